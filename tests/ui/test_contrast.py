"""Contrast on rendered pixels: every text of every kiosk screen >= 4.5:1, and >= 7:1 with
"Meer contrast" on; the counter console and the waiting-room display >= 4.5:1. Every kiosk
button's edge (its border, or its fill) >= 3:1 against what surrounds it (WCAG 1.4.11), in the
normal look: measured on the same grabs, no rendering pass of its own (CI time).

The screens are reached the way the screenshot tool reaches them (its ``visit`` hook); each
text widget's part of the window grab gives its background and text colour (contrast_pixels).
"""

from __future__ import annotations

import pytest
from contrast_pixels import Measured, measure_button_edges, measure_window
from every_screen import NON_TEXT, NORMAL, walk
from PySide6.QtWidgets import QApplication


def _check(found: list[Measured], minimum: float, where: str, lowest: dict[str, Measured]):
    assert found, f"{where}: no text measured"
    worst = min(found, key=lambda m: m.ratio)
    if where.split(" ")[0] not in lowest or worst.ratio < lowest[where.split(" ")[0]].ratio:
        lowest[where.split(" ")[0]] = worst
    return [f"{where}: {m}" for m in found if m.ratio < minimum]


@pytest.mark.slow
@pytest.mark.parametrize("orientation", ["portrait", "landscape"])
def test_every_kiosk_screen_has_enough_contrast(terminal, tmp_path, orientation) -> None:
    """Measured on each screen of the shared walk (every_screen.py): text in the normal look
    and in "Meer contrast", and button edges in the normal look."""
    found = walk(terminal, tmp_path, orientation)
    for kind, worst in found.lowest.items():
        print(f"lowest {kind} {orientation}: {worst}")
    assert "start" in found.visited and "start-contrast" in found.visited
    assert len(found.visited) >= 30
    assert not found.unmeasured, f"no text measured on {found.unmeasured}"
    failures = found.contrast + found.edges
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


def test_the_edge_measurement_sees_a_faint_border(qapp) -> None:
    """The measurement itself, on two buttons: the old faint outline fails, EDGE passes."""
    from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

    from kiosk.ui.common.theme import Colours

    page = QWidget()
    page.setObjectName("page")
    page.setStyleSheet(f"QWidget#page {{ background: {Colours.BACKGROUND}; }}")
    row = QHBoxLayout(page)
    row.setContentsMargins(40, 40, 40, 40)
    row.setSpacing(40)
    for name, border in (("faint", Colours.BORDER), ("edge", Colours.EDGE)):
        button = QPushButton(name)
        button.setAccessibleName(name)
        button.setMinimumSize(200, 80)
        button.setStyleSheet(
            f"background: {Colours.CARD}; border: 3px solid {border}; border-radius: 16px;"
        )
        row.addWidget(button)
    page.resize(600, 200)
    page.show()
    QApplication.processEvents()
    found = {m.text: m.ratio for m in measure_button_edges(page, page.grab().toImage())}
    page.close()
    assert found["faint"] < NON_TEXT <= found["edge"], found
