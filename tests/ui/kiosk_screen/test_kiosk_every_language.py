"""Every kiosk screen in French, English, German and Arabic, standing up: no text clipped, no
buttons overlapping, every control named with a fitting role and big enough, and enough
contrast. Longer words (German, French) and right to left (Arabic) are where a screen that
is fine in Dutch breaks. One walk per language, in the normal look (every_screen.py)."""

from __future__ import annotations

import pytest
from every_screen import walk


@pytest.mark.slow
@pytest.mark.parametrize("language", ["fr", "en", "de", "ar"])
def test_every_screen_reads_whole_in_each_language(terminal, tmp_path, language) -> None:
    found = walk(terminal, tmp_path, "portrait", language)
    assert {"start", "priority", "ticket", "help-call", "check-in-code"} <= set(found.visited)
    assert all(f"-{language}-" in path.name for path in found.saved)
    problems = found.clipped + found.accessible + found.contrast + found.edges
    assert not found.unmeasured, f"no text measured on {found.unmeasured}"
    assert not problems, "\n".join(problems)
