"""Reaching and touching (issue 5, point 5): the low layout "Alles lager" keeps every control
380-1220 mm above the floor, and every touch target is at least 9 mm with 2 mm between two, at
the kiosk's configured screen size (kiosk/core/reach.py converts design pixels to mm).

One rendering pass (standing up; lying down a 32 inch screen is within reach under its header)
walks every screen the screenshot tool shows, in the normal look, low and low with bigger text.
"""

from __future__ import annotations

from itertools import combinations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QWidget

from kiosk.core.reach import ScreenReach
from kiosk.ui.kiosk_screen.reach_layout import reach_of
from kiosk.ui.kiosk_screen.reach_parts import controls_of, visible_rect_in
from kiosk.ui.kiosk_screen.screenshots import render_screenshots
from kiosk.ui.kiosk_screen.window import KioskWindow

from .conftest import KEY_NAMES, Kiosk, book, local

#: The other mounting height tried on every screen: higher, so less of the screen is in reach.
HIGHER_MM = 950

Rect = tuple[int, int, int, int]


def _targets(window: QWidget) -> list[tuple[QWidget, Rect]]:
    """Every control a resident can touch now, with the part of it that shows."""
    found: list[tuple[QWidget, Rect]] = []
    for w in window.findChildren(QAbstractButton) + window.findChildren(QLineEdit):
        if not (w.isVisible() and w.isEnabled()):
            continue
        rect = visible_rect_in(w, window)
        if rect is not None:
            found.append((w, rect))
    return found


def _name(w: QWidget) -> str:
    return w.accessibleName() or (w.text() if hasattr(w, "text") else "") or w.objectName()


def _out_of_reach(window: KioskWindow, where: str) -> list[str]:
    band = window.reach.band
    assert band is not None
    return [
        f"{where}: {_name(w)!r} rows {top}-{bottom} outside {band.top}-{band.bottom}"
        for w, (_left, top, _right, bottom) in _targets(window)
        if not band.holds(top, bottom)
    ]


def _too_small_or_close(window: KioskWindow, reach: ScreenReach, where: str) -> list[str]:
    problems = []
    least, gap = reach.target_px(), reach.spacing_px()
    targets = _targets(window)
    for w, _rect in targets:
        if w.width() < least or w.height() < least:
            mm = f"{reach.px_to_mm(w.width()):.1f} x {reach.px_to_mm(w.height()):.1f} mm"
            problems.append(f"{where}: {_name(w)!r} is {mm}, less than 9 mm")
    for (a, ra), (b, rb) in combinations(targets, 2):
        if a.isAncestorOf(b) or b.isAncestorOf(a):
            continue
        dx = max(rb[0] - ra[2], ra[0] - rb[2])
        dy = max(rb[1] - ra[3], ra[1] - rb[3])
        apart = max(dx, dy)  # < 0 on both axes: they overlap
        if apart < gap:
            problems.append(f"{where}: {_name(a)!r} and {_name(b)!r} are {apart} px apart")
    return problems


def _every_control_on_some_page(window: KioskWindow, where: str) -> list[str]:
    """Turning pages with "Meer" shows every control of the screen whole, within reach."""
    reach = window.reach
    page = window.current
    wanted = {w for w in controls_of(page) if w.isEnabled()}
    seen: set[QWidget] = set()
    problems: list[str] = []
    for _ in range(30):
        QApplication.processEvents()
        problems += _out_of_reach(window, where)
        for w, (left, top, right, bottom) in _targets(window):
            if (right - left, bottom - top) == (w.width(), w.height()):
                seen.add(w)
        if not (reach.down.isVisible() and reach.down.isEnabled()):
            break
        reach.down.click()
    reach.turn_page(down=False)  # and back, one page at a time
    while reach.up.isVisible() and reach.up.isEnabled():
        reach.up.click()
    missing = sorted(_name(w) for w in wanted - seen)
    if missing:
        problems.append(f"{where}: never shown whole, even with 'Meer': {missing}")
    return problems


def test_every_screen_keeps_every_control_within_reach_and_big_enough(terminal, tmp_path) -> None:
    problems: list[str] = []
    visited: list[str] = []
    default = reach_of(terminal.settings.kiosk, "portrait")
    higher = ScreenReach.for_orientation(
        "portrait", terminal.settings.kiosk.screen_diagonal_in, HIGHER_MM
    )

    def visit(window: KioskWindow, name: str) -> None:
        visited.append(name)
        problems.extend(_too_small_or_close(window, default, name))
        reach = window.reach
        if not name.endswith(("-low", "-low-big")):
            # The toggle itself is always within reach, on every screen.
            assert reach.button.isVisible(), name
            band = reach.band
            assert band is not None
            rect = visible_rect_in(reach.button, window)
            assert rect is not None and band.holds(rect[1], rect[3]), name
            return
        assert reach.low and reach.calm.isVisible(), name
        # Above the band: no control, only words (the screen's title, a note).
        assert not controls_of(reach.calm), name
        problems.extend(_every_control_on_some_page(window, name))
        if name.endswith("-low"):
            reach.use_reach(higher)
            problems.extend(_every_control_on_some_page(window, f"{name} at {HIGHER_MM} mm"))
            reach.use_reach(default)
            QApplication.processEvents()

    render_screenshots(terminal, tmp_path, "portrait", modes=("low", "low-big"), visit=visit)

    assert {"start-low", "check-in-code-low", "check-in-name-low-big", "ticket-low"} <= set(visited)
    assert not problems, "\n".join(dict.fromkeys(problems))


def test_one_tap_turns_it_on_and_the_next_resident_finds_it_off(qtbot, terminal, printer) -> None:
    kiosk = Kiosk(qtbot, terminal, printer, "portrait")
    window = kiosk.window
    assert not window.reach.low and not window.reach.calm.isVisible()
    kiosk.tap("Alles lager")
    assert window.reach.low and window.reach.calm.isVisible()
    assert "Alle knoppen staan nu lager." in kiosk.texts()
    # With bigger text too: the toggle keeps a place within reach.
    kiosk.tap("Grotere letters")
    assert window.reach.low and window.reach.button.isVisible()
    kiosk.take_ticket("Identiteitskaart")
    assert window.current is window.ticket and window.reach.low
    kiosk.tap("Klaar")
    assert window.current is window.start
    assert not window.reach.low and not window.reach.calm.isVisible()
    assert not window.seeing.big


def test_nobody_touching_the_kiosk_brings_the_normal_layout_back(
    qtbot, terminal, printer, kiosk_settings
) -> None:
    kiosk_settings(reset_after_s=1)
    kiosk = Kiosk(qtbot, terminal, printer, "portrait")
    kiosk.tap("Alles lager")
    assert kiosk.window.reach.low
    qtbot.waitUntil(lambda: not kiosk.window.reach.low, timeout=3000)


def test_the_warning_before_the_reset_is_within_reach(
    qtbot, terminal, printer, kiosk_settings
) -> None:
    kiosk_settings(reset_after_s=4, warn_before_reset_s=3)
    kiosk = Kiosk(qtbot, terminal, printer, "portrait")
    kiosk.tap("Alles lager")
    kiosk.tap("Identiteitskaart")
    warning = kiosk.window.reset_warning
    qtbot.waitUntil(lambda: warning.showing, timeout=3000)
    QApplication.processEvents()
    band = kiosk.window.reach.band
    rect = visible_rect_in(warning.more, kiosk.window)
    assert band is not None and rect is not None and band.holds(rect[1], rect[3])


def test_no_toggle_where_everything_is_within_reach(
    qtbot, terminal, printer, kiosk_settings
) -> None:
    kiosk_settings(screen_bottom_mm=450)  # 450 + 708 mm: the whole screen is within reach
    kiosk = Kiosk(qtbot, terminal, printer, "portrait")
    assert not kiosk.window.reach.needed
    assert "Alles lager" not in kiosk.button_names()
    kiosk.window.reach.set_low(True)  # a tap that cannot happen changes nothing
    assert not kiosk.window.reach.low and not kiosk.window.reach.calm.isVisible()


def _reach_and_tap(kiosk: Kiosk, name: str) -> None:
    """Tap ``name`` the way a resident in a wheelchair does: only when all of it shows within
    reach; else first "Meer" (or "Vorige"), one tap a page."""
    window = kiosk.window
    band = window.reach.band
    assert band is not None
    for _ in range(10):
        QApplication.processEvents()
        button = kiosk.button(name)
        rect = visible_rect_in(button, window)
        whole = rect is not None and (rect[2] - rect[0], rect[3] - rect[1]) == (
            button.width(),
            button.height(),
        )
        if whole and rect is not None and band.holds(rect[1], rect[3]):
            kiosk.tap(name)
            return
        viewport = window.stack.currentWidget().viewport()
        view_top = viewport.mapTo(window, QPoint(0, 0)).y()
        top = button.mapTo(window, QPoint(0, 0)).y()
        kiosk.tap("Vorige" if top < view_top else "Meer")
    raise AssertionError(f"{name!r} never came within reach")


def test_a_resident_in_a_wheelchair_takes_a_ticket_and_checks_in(
    qtbot, terminal, printer, ctx, clock
) -> None:
    book(ctx, "licence", local(2026, 11, 30, 10, 30))
    clock.set(local(2026, 11, 30, 10, 5))
    kiosk = Kiosk(qtbot, terminal, printer, "portrait")
    turned: list[str] = []
    kiosk.window.reach.down.clicked.connect(lambda: turned.append("Meer"))
    kiosk.window.reach.up.clicked.connect(lambda: turned.append("Vorige"))
    _reach_and_tap(kiosk, "Alles lager")
    _reach_and_tap(kiosk, "Identiteitskaart")
    _reach_and_tap(kiosk, "Nee, ik wacht gewoon")
    kiosk.settle()
    assert len(printer.slips) == 1
    _reach_and_tap(kiosk, "Klaar")
    # The next resident, in a wheelchair too, checks in by name and birth date.
    _reach_and_tap(kiosk, "Alles lager")
    _reach_and_tap(kiosk, "Ik heb een afspraak")
    _reach_and_tap(kiosk, "Ik heb geen code")
    for ch in "VAN DEN BROECK":
        _reach_and_tap(kiosk, KEY_NAMES.get(ch, ch))
    _reach_and_tap(kiosk, "Verder")
    for ch in "02041950":
        _reach_and_tap(kiosk, ch)
    _reach_and_tap(kiosk, "Zoek mijn afspraak")
    kiosk.settle()
    assert len(printer.slips) == 2 and printer.slips[1].number == "R001"
    # The keyboard and the check-in menu did not fit the band: pages were turned both ways.
    assert {"Meer", "Vorige"} <= set(turned)
