"""Contrast on rendered pixels: every text of every kiosk screen >= 4.5:1, and >= 7:1 with
"Meer contrast" on; the counter console and the waiting-room display >= 4.5:1.

The screens are reached the way the screenshot tool reaches them (its ``visit`` hook); each
text widget's part of the window grab gives its background and text colour (contrast_pixels).
"""

from __future__ import annotations

import pytest
from contrast_pixels import Measured, measure_window
from PySide6.QtWidgets import QApplication

from kiosk.ui.kiosk_screen.screenshots import render_screenshots
from kiosk.ui.kiosk_screen.window import KioskWindow

NORMAL = 4.5
HIGH = 7.0


def _check(found: list[Measured], minimum: float, where: str, lowest: dict[str, Measured]):
    assert found, f"{where}: no text measured"
    worst = min(found, key=lambda m: m.ratio)
    if where.split(" ")[0] not in lowest or worst.ratio < lowest[where.split(" ")[0]].ratio:
        lowest[where.split(" ")[0]] = worst
    return [f"{where}: {m}" for m in found if m.ratio < minimum]


@pytest.mark.slow
@pytest.mark.parametrize("orientation", ["portrait", "landscape"])
def test_every_kiosk_screen_has_enough_contrast(terminal, tmp_path, orientation) -> None:
    failures: list[str] = []
    lowest: dict[str, Measured] = {}
    visited: list[str] = []

    def visit(window: KioskWindow, name: str) -> None:
        QApplication.processEvents()
        image = window.grab().toImage()
        contrast = name.endswith("-contrast")
        minimum = HIGH if contrast else NORMAL
        kind = "contrast" if contrast else "normal"
        failures.extend(_check(measure_window(window, image), minimum, f"{kind} {name}", lowest))
        visited.append(name)

    render_screenshots(terminal, tmp_path, orientation, modes=("contrast",), visit=visit)

    for kind, worst in lowest.items():
        print(f"lowest {kind} {orientation}: {worst}")
    assert "start" in visited and "start-contrast" in visited
    assert len(visited) >= 30
    assert not failures, "\n".join(failures)


def test_counter_and_display_have_enough_contrast(terminal, tmp_path, monkeypatch) -> None:
    """The clerk's console and the waiting-room display, in their only (normal) look."""
    from kiosk.ui.counter import screenshots as counter_shots
    from kiosk.ui.counter.window import CounterWindow
    from kiosk.ui.display import screenshots as display_shots

    failures: list[str] = []
    lowest: dict[str, Measured] = {}
    measured: list[str] = []
    counter_save = counter_shots._save
    display_save = display_shots._save

    def counter_measuring_save(pm, out_dir, name, size):  # type: ignore[no-untyped-def]
        windows = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, CounterWindow) and w.isVisible() and w.size() == pm.size()
        ]
        # Shots with a dialog drawn over a dimmed window are not the window's own pixels.
        if name in ("choose", "queue", "printer-alert", "offline") and windows:
            failures.extend(
                _check(measure_window(windows[0], pm.toImage()), NORMAL, f"counter {name}", lowest)
            )
            measured.append(f"counter-{name}")
        return counter_save(pm, out_dir, name, size)

    def display_measuring_save(window, path):  # type: ignore[no-untyped-def]
        image = window.grab().toImage()
        failures.extend(
            _check(measure_window(window, image), NORMAL, f"display {path.name}", lowest)
        )
        measured.append(path.name)
        return display_save(window, path)

    monkeypatch.setattr(counter_shots, "_save", counter_measuring_save)
    monkeypatch.setattr(display_shots, "_save", display_measuring_save)
    counter_shots.render_screenshots(terminal, tmp_path)
    display_shots.render_screenshots(terminal, tmp_path)

    for kind, worst in lowest.items():
        print(f"lowest {kind}: {worst}")
    assert any(m.startswith("counter-") for m in measured)
    assert any(m.startswith("display-") for m in measured)
    assert not failures, "\n".join(failures)
