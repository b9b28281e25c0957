"""Every screen fits the kiosk's screen, standing up and lying down, also when crowded: the
window never grows past the screen (that would hide the help button). Every picture of every
screen in every look and language is clean (no scroll bar, clipped text or half button),
"Meer contrast" moves nothing, and the ticket's countdown, "Ik heb meer tijd nodig" and QR
code never leave the screen (issue 11 points 2, 3 and 5, and its acceptance)."""

from __future__ import annotations

import pytest
from every_screen import LOOKS, walk
from layout_checks import scroll_bars
from PySide6.QtWidgets import QApplication, QScrollBar, QWidget
from reach_checks import page_button

from kiosk.core.appointments import CheckInVerdict
from kiosk.services import printer_alerts
from kiosk.services.check_in import Booked, CheckInResult
from kiosk.services.printer_alerts import PrinterProblem
from kiosk.storage.demo import TOWN_HALL
from kiosk.ui.common import i18n
from kiosk.ui.kiosk_screen import check_in_wording
from kiosk.ui.kiosk_screen.reach_parts import visible_rect_in
from kiosk.ui.kiosk_screen.screenshots import MODES

from .conftest import local

#: The languages other than Dutch that ``kiosk screenshots`` photographs the kiosk in.
LANGUAGES = ("fr", "en", "de", "ar")


def assert_fits(kiosk, screen: QWidget, what: str) -> None:
    kiosk.settle()
    room = kiosk.window.stack.size()
    need = screen.minimumSizeHint()
    assert need.height() <= room.height(), f"{what}: needs {need}, has {room}"
    assert need.width() <= room.width(), f"{what}: needs {need}, has {room}"


@pytest.mark.parametrize("orientation", ["portrait", "landscape"])
def test_every_screen_fits_even_when_crowded(make_kiosk, ctx, clock, orientation) -> None:
    # Christmas with the printer out of paper: the most the start screen ever says.
    clock.set(local(2026, 12, 25, 10, 0))
    printer_alerts.report_printer_problem(
        ctx, TOWN_HALL, "test-device", "Testkiosk", PrinterProblem.OUT_OF_PAPER
    )
    kiosk = make_kiosk(orientation)
    w = kiosk.window
    kiosk.qtbot.waitUntil(lambda: w.start.printer_notice.isVisible(), timeout=3000)
    assert_fits(kiosk, w.start, "start, closed, printer problem")

    for service in ("Reispas", "Rijbewijs", "Identiteitskaart"):
        kiosk.tap(service)
        assert_fits(kiosk, w.info, f"info {service}")
        kiosk.tap("Terug")

    steps = w.check_in
    kiosk.tap("Ik heb een afspraak")
    assert_fits(kiosk, steps.menu, "check-in")
    for screen in (steps.code, steps.name, steps.birth):
        w.show_screen(screen)
        assert_fits(kiosk, screen, type(screen).__name__)

    service = next(iter(w.start.services))
    booked = [
        Booked(f"a{i}", service, local(2026, 12, 25, 9 + i), TOWN_HALL, "Gemeentehuis Zoersel")
        for i in range(6)
    ]
    steps.choose.show_choices(booked, w.terminal.zone)
    w.show_screen(steps.choose)
    assert_fits(kiosk, steps.choose, "choose")
    now = local(2026, 12, 25, 10, 0)
    for verdict in CheckInVerdict:
        if verdict in (CheckInVerdict.OK, CheckInVerdict.ALREADY):
            continue
        result = CheckInResult(verdict, booked[0], opens_at=local(2026, 12, 25, 8, 30))
        steps.answer.show_message(check_in_wording.answer(result, now, w.terminal.zone))
        w.show_screen(steps.answer)
        assert_fits(kiosk, steps.answer, verdict.value)
    size = (1080, 1920) if orientation == "portrait" else (1920, 1080)
    assert (w.width(), w.height()) == size


@pytest.mark.parametrize("orientation", ["portrait", "landscape"])
def test_a_long_name_and_a_ticket_shown_again_fit(make_kiosk, ctx, clock, orientation) -> None:
    from kiosk.core.appointments import qr_payload

    from .conftest import book

    kiosk = make_kiosk(orientation)
    w = kiosk.window
    kiosk.tap("Ik heb een afspraak")
    kiosk.tap("Ik heb geen code")
    kiosk.type_on_keys("W" * 40)
    assert_fits(kiosk, w.check_in.name, "a very long name")
    assert w.check_in.name.typed.text().endswith("WW|")

    appointment = book(ctx, "licence", local(2026, 11, 30, 9, 15))
    kiosk.scan(qr_payload(appointment.reference))
    kiosk.tap("Klaar")
    kiosk.scan(qr_payload(appointment.reference))
    assert "Je zei al dat je er bent. Hier is je ticket nog eens." in kiosk.texts()
    assert_fits(kiosk, w.ticket, "appointment ticket again")


# --- every picture, every look (issue 11: acceptance, points 3 and 5) ----------------------

WALKS = [("portrait", "nl"), ("landscape", "nl"), *(("portrait", lang) for lang in LANGUAGES)]


def test_the_walk_takes_the_pictures_kiosk_screenshots_takes() -> None:
    """test_screenshots_command.py checks the command's side: every look in Dutch, both
    orientations; the normal look standing up in the other languages."""
    assert tuple(MODES) == LOOKS
    assert set(LANGUAGES) == set(i18n.ROLE_LANGUAGES["kiosk"]) - {"nl"}


@pytest.mark.slow
@pytest.mark.parametrize(("orientation", "language"), WALKS)
def test_no_scroll_bar_clipped_text_or_half_button_in_any_screenshot(
    terminal, tmp_path, orientation, language
) -> None:
    """The shared walk (every_screen.py) takes the pictures ``kiosk screenshots`` takes and
    checks each one as it is taken (layout_checks.screen_problems): no scroll bar, no text
    clipped or cut short, no button or text that shows only in part, in any look or language."""
    found = walk(terminal, tmp_path, orientation, language)
    assert len(found.visited) == len(found.saved) >= 20  # every picture was checked
    if language == "nl":
        looks = {name.split("-")[-1] for name in found.visited}
        assert {"big", "contrast"} <= looks
        if orientation == "portrait":
            assert {"start-low", "ticket-low-big", "check-in-name-low"} <= set(found.visited)
    assert not found.layout, "\n".join(found.layout)


@pytest.mark.slow
@pytest.mark.parametrize("orientation", ["portrait", "landscape"])
def test_more_contrast_moves_nothing(terminal, tmp_path, orientation) -> None:
    """Every widget of every screen stays where it is, as big as it is, with "Meer contrast"
    (no scroll bar, "Hulp met je gsm of computer" not cut off, the holiday screen whole)."""
    found = walk(terminal, tmp_path, orientation)
    contrast = [name for name in found.visited if name.endswith("-contrast")]
    assert "start-closed-contrast" in contrast and len(contrast) >= 20
    assert not found.moved, "\n".join(found.moved[:40])


@pytest.mark.parametrize("orientation", ["portrait", "landscape"])
def test_no_screen_has_a_scroll_bar_in_any_look(make_kiosk, orientation) -> None:
    """No scroll bar at all: a screen that does not fit shows a page at a time (page_view.py)."""
    kiosk = make_kiosk(orientation)
    w = kiosk.window
    for big, contrast, low in ((False, False, False), (True, False, False), (False, True, True)):
        w.seeing.set_modes(big, contrast)
        w.reach.set_low(low)
        kiosk.settle()
        assert w.findChildren(QScrollBar) == []
        assert not scroll_bars(w)


# --- the ticket's fixed bottom (issue 11 point 2) -------------------------------------------


def _whole(widget: QWidget, window: QWidget) -> bool:
    seen = visible_rect_in(widget, window)
    return seen is not None and (seen[2] - seen[0], seen[3] - seen[1]) == widget.size().toTuple()


@pytest.mark.parametrize("orientation", ["portrait", "landscape"])
def test_the_countdown_more_time_and_the_qr_code_stay_on_the_ticket_screen(
    make_kiosk, orientation
) -> None:
    """With bigger text and in the low layout the countdown, "Ik heb meer tijd nodig" and the
    QR code stay whole on the screen, on every page of the ticket (its fixed bottom), and the
    button within reach in the low layout."""
    kiosk = make_kiosk(orientation)
    w = kiosk.window
    kiosk.take_ticket("Identiteitskaart")
    ticket = w.ticket
    assert w.current is ticket
    looks = [(False, False), (True, False)]
    if w.reach.needed:
        looks += [(False, True), (True, True)]
    for big, low in looks:
        w.seeing.set_modes(big, False)
        w.reach.set_low(low)
        kiosk.settle()
        QApplication.processEvents()
        for _ in range(6):  # every page of the ticket
            for part in (ticket.countdown, ticket.more, ticket.qr):
                assert part.isVisible() and _whole(part, w), (big, low, part.objectName())
            assert ticket.countdown.text() == ticket.countdown_text != ""
            if low:
                band = w.reach.band
                seen = visible_rect_in(ticket.more, w)
                assert band is not None and seen is not None and band.holds(seen[1], seen[3])
            more = page_button(w, "Meer")
            if more is None or not more.isEnabled():
                break
            more.click()
            QApplication.processEvents()


def test_the_tickets_fixed_bottom_speaks_the_residents_language(make_kiosk, request) -> None:
    """Its words live in ticket_parts.py (context TicketScreen): in German they are German."""
    request.addfinalizer(lambda: i18n.use_language("kiosk", "nl"))
    kiosk = make_kiosk("portrait")
    w = kiosk.window
    kiosk.take_ticket("Identiteitskaart")
    i18n.use_language("kiosk", "de", w)
    kiosk.settle()
    footer = w.ticket.footer
    assert footer.follow.text() == "Ihre Nummer am Handy verfolgen"
    assert footer.more.text() == "Ich brauche mehr Zeit"
    assert footer.qr.accessibleName() == "QR-Code Ihres Tickets"
    assert "Ihre Nummer" in kiosk.texts()
