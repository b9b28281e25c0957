"""One walk through every kiosk screen in every look, per orientation, shared by the tests that
inspect screens: the screenshots, contrast (text and button edges), bigger text (nothing
clipped or overlapping), the accessible tree (names, roles, target sizes), the low layout
(reach_checks.py, standing up) and the layout of every picture: no scroll bar, clipped text or
half button (layout_checks.screen_problems, run as each PNG is taken), and "Meer contrast"
moving nothing (every widget where the normal look has it). The looks and languages are those
``kiosk screenshots`` writes (test_screenshots_command.py checks that they stay the same).

Why shared: each of those tests used to drive the kiosk through all its screens on its own.
A walk takes most of a minute (restyling for bigger text re-polishes every widget), and CI has
a 20-minute budget. Now the first test that asks for an orientation walks it once, with every
check run on every screen as it is shown, and keeps the findings (plain strings and file
paths, no widgets); the other tests read them.

Pitfall: the walk uses the terminal (database, clock) of the test that happens to ask first,
and the PNGs are in that test's tmp_path. The walk only reads what it made itself, so which
test comes first does not change the findings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from accessible_checks import controls, naming_problems, noise_problems, size_problems
from contrast_pixels import Measured, measure_button_edges, measure_window
from layout_checks import (
    always_there,
    clipped_texts,
    geometry_map,
    moved_widgets,
    overlapping_buttons,
    screen_problems,
)
from PySide6.QtWidgets import QApplication
from reach_checks import HIGHER_MM, reach_problems

from kiosk.core.reach import ScreenReach
from kiosk.services import printer_alerts
from kiosk.ui.kiosk_screen.screenshots import MODES, render_screenshots
from kiosk.ui.kiosk_screen.window import KioskWindow

#: Contrast minimums (WCAG 2.2: text 4.5:1, "Meer contrast" 7:1, a control's edge 3:1).
NORMAL = 4.5
HIGH = 7.0
NON_TEXT = 3.0

#: Every look ``kiosk screenshots`` photographs (the low ones only standing up).
LOOKS = tuple(MODES)


@dataclass
class Walk:
    """What one walk found, by check. ``visited`` names each screen in each look as the
    screenshot files do: ``start``, ``start-big``, ``start-contrast``."""

    orientation: str
    visited: list[str] = field(default_factory=list)
    saved: list[Path] = field(default_factory=list)
    contrast: list[str] = field(default_factory=list)
    edges: list[str] = field(default_factory=list)
    lowest: dict[str, Measured] = field(default_factory=dict)
    clipped: list[str] = field(default_factory=list)
    accessible: list[str] = field(default_factory=list)
    unmeasured: list[str] = field(default_factory=list)
    #: A scroll bar, a clipped text or a half button in a picture (every PNG, every look).
    layout: list[str] = field(default_factory=list)
    #: Widgets that "Meer contrast" moved or resized.
    moved: list[str] = field(default_factory=list)
    #: The low layout's faults (standing up, in Dutch).
    reach: list[str] = field(default_factory=list)
    #: Printer alerts still open after the walk (it makes its own printer trouble).
    alerts_left: list[object] = field(default_factory=list)

    def note_lowest(self, kind: str, found: list[Measured]) -> None:
        if not found:
            return
        worst = min(found, key=lambda m: m.ratio)
        if kind not in self.lowest or worst.ratio < self.lowest[kind].ratio:
            self.lowest[kind] = worst


_WALKS: dict[tuple[str, str], Walk] = {}


def walk(terminal, tmp_path: Path, orientation: str, language: str = "nl") -> Walk:  # type: ignore[no-untyped-def]
    """The findings of the walk in ``orientation`` (walked now if this process has not yet).

    Dutch is walked in every look; another language in the normal look only (the looks
    change sizes and colours, not words, and each look costs most of the walk's time)."""
    key = (orientation, language)
    if key not in _WALKS:
        out = tmp_path / f"walk-{orientation}-{language}"
        _WALKS[key] = _walk(terminal, out, orientation, language)
    return _WALKS[key]


def _look_of(name: str) -> str:
    """The look in a screenshot's name ("start-low-big": "low-big"), "" for the normal one."""
    for look in sorted(MODES, key=len, reverse=True):
        if name.endswith(f"-{look}"):
            return look
    return ""


def _walk(terminal, out: Path, orientation: str, language: str) -> Walk:  # type: ignore[no-untyped-def]
    found = Walk(orientation)
    normal_places: dict[str, dict[str, tuple[int, int, int, int]]] = {}
    kiosk = terminal.settings.kiosk
    higher = ScreenReach.for_orientation("portrait", kiosk.screen_diagonal_in, HIGHER_MM)

    def visit(window: KioskWindow, name: str) -> None:
        QApplication.processEvents()
        if orientation == "portrait" and language == "nl":
            found.reach.extend(reach_problems(window, name, higher))
            QApplication.processEvents()
        look = _look_of(name)
        screen = name.removesuffix(f"-{look}") if look else name
        if not look:
            normal_places[screen] = geometry_map(window)
        elif look == "contrast":
            found.moved.extend(
                f"{name}: {p}" for p in moved_widgets(normal_places[screen], geometry_map(window))
            )
        # Last: the window as it is photographed (the checks above may have turned pages).
        found.layout.extend(f"{name}: {p}" for p in screen_problems(window))
        found.visited.append(name)
        image = window.grab().toImage()
        high = name.endswith("-contrast")
        big = name.endswith("-big")

        texts = measure_window(window, image)
        if not texts:
            found.unmeasured.append(name)
        kind = "contrast" if high else "normal"
        found.note_lowest(kind, texts)
        minimum = HIGH if high else NORMAL
        found.contrast.extend(f"{kind} {name}: {m}" for m in texts if m.ratio < minimum)
        if not high and not big:
            edges = measure_button_edges(window, image)
            found.note_lowest("edge", edges)
            found.edges.extend(f"edge {name}: {m}" for m in edges if m.ratio < NON_TEXT)

        if big or language != "nl":
            assert window.seeing.big == big
            found.clipped.extend(f"{name}: {p}" for p in clipped_texts(window))
            found.clipped.extend(f"{name}: overlap {p}" for p in overlapping_buttons(window))
            found.clipped.extend(f"{name}: {p}" for p in always_there(window))

        if not high:  # the high-contrast look moves nothing: the normal look's tree holds
            items = controls(name, window)
            if not items:
                found.accessible.append(f"{name}: no controls in the accessible tree")
            found.accessible.extend(naming_problems(items))
            found.accessible.extend(size_problems(items, window))
            found.accessible.extend(noise_problems(name, window))

    looks = LOOKS if language == "nl" else ()
    found.saved = render_screenshots(
        terminal, out, orientation, modes=looks, visit=visit, language=language
    )
    found.alerts_left = list(printer_alerts.open_printer_alerts(terminal.ctx, terminal.branch.id))
    found.accessible = list(dict.fromkeys(found.accessible))
    return found
