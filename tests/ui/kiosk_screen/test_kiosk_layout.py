"""Every screen fits the kiosk's screen, standing up and lying down, also when crowded: the
window never grows past the screen (that would hide the help button)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from kiosk.core.appointments import CheckInVerdict
from kiosk.services import printer_alerts
from kiosk.services.check_in import Booked, CheckInResult
from kiosk.services.printer_alerts import PrinterProblem
from kiosk.storage.demo import TOWN_HALL
from kiosk.ui.kiosk_screen import check_in_wording

from .conftest import local


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
    steps.choose.show_choices(booked)
    w.show_screen(steps.choose)
    assert_fits(kiosk, steps.choose, "choose")
    now = local(2026, 12, 25, 10, 0)
    for verdict in CheckInVerdict:
        if verdict in (CheckInVerdict.OK, CheckInVerdict.ALREADY):
            continue
        result = CheckInResult(verdict, booked[0], opens_at=local(2026, 12, 25, 8, 30))
        steps.answer.show_message(check_in_wording.answer(result, now))
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
    assert "Je was al aangemeld. Dit is je ticket nog eens." in kiosk.texts()
    assert_fits(kiosk, w.ticket, "appointment ticket again")
