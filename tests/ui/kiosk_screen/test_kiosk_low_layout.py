"""Reaching and touching (issue 5, point 5; issue 11, point 3): the low layout "Alles lager"
keeps every control 380-1220 mm above the floor, and every touch target is at least 9 mm with
2 mm between two, at the kiosk's configured screen size (kiosk/core/reach.py converts design
pixels to mm). The rows above reach show the screen's read-only top (its title, the ticket's
number), not an empty third of the screen; a screen that does not fit shows a page at a time,
whole buttons only, with "Vorige", "1/4" and "Meer", never a scroll bar.

The screens are checked in the shared walk (every_screen.py, standing up; lying down a 32 inch
screen is within reach under its header) with reach_checks.py, in the normal look, low and low
with bigger text, also mounted higher.
"""

from __future__ import annotations

import pytest
from every_screen import walk
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QLabel
from reach_checks import page_button

from kiosk.ui.kiosk_screen.reach_parts import visible_rect_in

from .conftest import KEY_NAMES, Kiosk, book, local


@pytest.mark.slow
def test_every_screen_keeps_every_control_within_reach_and_big_enough(terminal, tmp_path) -> None:
    found = walk(terminal, tmp_path, "portrait")
    assert {"start-low", "check-in-code-low", "check-in-name-low-big", "ticket-low"} <= set(
        found.visited
    )
    assert not found.reach, "\n".join(dict.fromkeys(found.reach))


def test_the_read_only_top_goes_up_and_the_pages_say_where_you_are(
    qtbot, terminal, printer
) -> None:
    """Low: the question (start) and the number (ticket) sit above reach, right under the
    header; a screen that does not fit says which page shows ("1/3") and turns with "Meer"."""
    kiosk = Kiosk(qtbot, terminal, printer, "portrait")
    w = kiosk.window
    kiosk.tap("Alles lager")
    QApplication.processEvents()
    band = w.reach.band
    assert band is not None
    header_bottom = w.header.height()

    def rows(widget) -> tuple[int, int]:  # type: ignore[no-untyped-def]
        top = widget.mapTo(w, QPoint(0, 0)).y()
        return top, top + widget.height()

    [title] = [lab for lab in w.findChildren(QLabel, "kioskTitle") if lab.isVisible()]
    assert title.text() == "Waarvoor kom je?"
    top, bottom = rows(title)
    assert bottom <= band.top and top - header_bottom <= 40
    assert page_button(w, "Meer") is not None
    shown = [lab for lab in w.findChildren(QLabel, "pageNumber") if lab.isVisible()]
    assert len(shown) == 1
    first, count = shown[0].text().split("/")
    assert first == "1" and int(count) >= 2
    assert shown[0].accessibleName() == f"Deel 1 van {count}"
    kiosk.tap("Meer")
    assert shown[0].text() == f"2/{count}"
    kiosk.tap("Vorige")
    assert shown[0].text() == f"1/{count}"

    kiosk.take_ticket("Identiteitskaart")
    assert w.current is w.ticket
    QApplication.processEvents()
    top, bottom = rows(w.ticket.number)
    assert w.ticket.number.isVisible() and w.ticket.number.text()
    assert bottom <= band.top
    more_top, more_bottom = rows(w.ticket.more)
    assert band.holds(more_top, more_bottom)


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
        view = window.stack.currentWidget()
        view_top = view.mapTo(window, QPoint(0, 0)).y()
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
    tap = kiosk.tap

    def tap_and_count(name: str) -> None:
        if name in ("Meer", "Vorige"):
            turned.append(name)
        tap(name)

    kiosk.tap = tap_and_count  # type: ignore[method-assign]
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
