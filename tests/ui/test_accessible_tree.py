"""What an assistive technology sees (design/accessibility.md, points 1 and 2), in process.

Every screen of every role is reached through the role's screenshot tool (the same path the
screenshots take). On each screen, the QAccessible tree of every visible window is walked
(offscreen, no X server): every interactive control has a role that fits its kind and a
non-empty Dutch accessible name; on the kiosk every touch target is at least 48 x 48 px at the
kiosk's real size (1080 x 1920 portrait and 1920 x 1080 landscape, 1 px = 1 px on the screen),
with a few px between neighbouring targets; and nothing a screen reader stops at for nothing: no
unnamed image (icons are decorative), no empty text, nothing but a control takes the focus
(accessible_checks.noise_problems).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from accessible_checks import controls, naming_problems, size_problems, visible_windows
from every_screen import walk
from PySide6.QtWidgets import QWidget

# --- kiosk ---------------------------------------------------------------------------------


@pytest.mark.parametrize("orientation", ["portrait", "landscape"])
def test_every_kiosk_screen_is_named_and_touchable(terminal, tmp_path, orientation) -> None:
    """In the normal look and with bigger text (the shared walk, every_screen.py)."""
    found = walk(terminal, tmp_path, orientation)
    assert {"start", "priority", "ticket", "help-call", "check-in-code", "start-big"} <= set(
        found.visited
    )
    assert not found.accessible, "\n".join(found.accessible)


# --- counter and display: every window on screen when a screenshot is saved ----------------


def _check_at_each_save(
    monkeypatch: pytest.MonkeyPatch, module: object, problems: list[str], seen: list[str]
) -> None:
    save: Callable[..., Path] = module._save  # type: ignore[attr-defined]

    def checking_save(*args: object) -> Path:
        path = save(*args)
        seen.append(path.stem)
        for window in visible_windows():
            problems.extend(naming_problems(controls(path.stem, window)))
        return path

    monkeypatch.setattr(module, "_save", checking_save)


def test_every_counter_screen_is_named(terminal, tmp_path, monkeypatch) -> None:
    from kiosk.ui.counter import screenshots

    problems: list[str] = []
    seen: list[str] = []
    _check_at_each_save(monkeypatch, screenshots, problems, seen)
    screenshots.render_screenshots(terminal, tmp_path)
    assert len(seen) >= 5
    assert not problems, "\n".join(dict.fromkeys(problems))


def test_every_display_screen_is_named(terminal, tmp_path, monkeypatch) -> None:
    from kiosk.ui.display import screenshots

    problems: list[str] = []
    seen: list[str] = []
    _check_at_each_save(monkeypatch, screenshots, problems, seen)
    screenshots.render_screenshots(terminal, tmp_path)
    assert len(seen) >= 3
    assert not problems, "\n".join(dict.fromkeys(problems))


# --- the checks themselves -----------------------------------------------------------------


def test_the_checks_catch_an_unnamed_icon_button_and_a_small_target(qapp) -> None:
    from PySide6.QtWidgets import QPushButton

    window = QWidget()
    window.resize(400, 200)
    icon_only = QPushButton(window)
    icon_only.setGeometry(10, 10, 80, 80)
    small = QPushButton("Ok", window)
    small.setGeometry(92, 10, 30, 30)  # 2 px from the other one
    window.show()
    qapp.processEvents()
    try:
        items = controls("test", window)
        assert any("no accessible name" in p for p in naming_problems(items))
        sizes = size_problems(items, window)
        assert any("smaller than" in p and "'Ok'" in p for p in sizes)
        assert any("apart" in p for p in sizes)
    finally:
        window.close()
