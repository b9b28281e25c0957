"""``kiosk screenshots`` shoots every role in every language it speaks, each on a fresh
database; ``languages=`` limits them (renderers and databases are stand-ins here: fast). The
kiosk's pictures are the ones the tests' shared walk checks (issue 11's acceptance)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from kiosk import bootstrap, screenshots


@pytest.fixture
def shots(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Record which role was shot in which language; write one file per call."""
    from kiosk.ui.counter import screenshots as counter
    from kiosk.ui.display import screenshots as display
    from kiosk.ui.kiosk_screen import screenshots as kiosk

    made: list[tuple[str, str]] = []

    def fake(role: str):  # type: ignore[no-untyped-def]
        def render(terminal, out: Path, *args, **kw):  # type: ignore[no-untyped-def]
            lang = kw.get("language", "nl")
            made.append((role, lang))
            path = out / f"{role}-{lang}-{len(made)}.png"
            path.write_bytes(b"png")
            return [path]

        return render

    # No databases either: each job gets a stand-in context and terminal.
    def context(settings, clock=None):  # type: ignore[no-untyped-def]
        return SimpleNamespace(clock=None, db=SimpleNamespace(close=lambda: None))

    def terminal(ctx, settings, name):  # type: ignore[no-untyped-def]
        tasks = SimpleNamespace(pending=0, shutdown=lambda: None)
        return SimpleNamespace(tasks=tasks, feed=SimpleNamespace(stop=lambda: None))

    monkeypatch.setattr(bootstrap, "build_context", context)
    monkeypatch.setattr(bootstrap, "build_terminal", terminal)
    monkeypatch.setattr(kiosk, "render_screenshots", fake("kiosk"))
    monkeypatch.setattr(counter, "render_screenshots", fake("counter"))
    monkeypatch.setattr(display, "render_screenshots", fake("display"))
    return made


def test_every_language_by_default(shots, tmp_path, qapp) -> None:
    files = screenshots.render_screenshots(tmp_path)
    assert len(files) == len(shots)
    for role in ("counter", "display"):
        assert [lang for r, lang in shots if r == role] == ["nl", "fr", "en", "de"]
    assert [lang for r, lang in shots if r == "kiosk"] == ["nl", "nl", "fr", "en", "de", "ar"]


def test_only_the_languages_asked(shots, tmp_path, qapp) -> None:
    screenshots.render_screenshots(tmp_path, languages=("fr",))
    assert shots == [("kiosk", "fr"), ("counter", "fr"), ("display", "fr")]


def test_the_kiosk_pictures_are_those_the_layout_walk_checks(
    shots, monkeypatch, tmp_path, qapp
) -> None:
    """The kiosk's pictures are taken in every look (MODES) standing up and lying down in
    Dutch, and in the normal look standing up in each other language: exactly the pictures
    the shared walk of the tests takes and checks as each is taken (tests/ui/every_screen.py:
    no scroll bar, clipped text or half button; issue 11's acceptance)."""
    from kiosk.ui.common import i18n
    from kiosk.ui.kiosk_screen import screenshots as kiosk
    from kiosk.ui.kiosk_screen.screenshots import MODES

    taken: list[tuple[str, tuple[str, ...], str]] = []

    def render(terminal, out, orientation="portrait", modes=(), **kw):  # type: ignore[no-untyped-def]
        taken.append((orientation, tuple(modes), kw.get("language", "nl")))
        return []

    monkeypatch.setattr(kiosk, "render_screenshots", render)
    screenshots.render_screenshots(tmp_path)
    others = [lang for lang in i18n.ROLE_LANGUAGES["kiosk"] if lang != "nl"]
    assert taken == [
        ("portrait", tuple(MODES), "nl"),
        ("landscape", tuple(MODES), "nl"),
        *(("portrait", (), lang) for lang in others),
    ]
