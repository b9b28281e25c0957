"""When the printer fails the ticket is never lost: it stays on screen and staff get an alert."""

from __future__ import annotations

import pytest

from kiosk.printing.printers import PrinterStatus
from kiosk.services import printer_alerts
from kiosk.storage.demo import TOWN_HALL


def ticket_number_on_screen(kiosk) -> str:
    return kiosk.window.ticket.number.text()


@pytest.mark.parametrize(
    ("status", "title"),
    [
        (PrinterStatus.OUT_OF_PAPER, "Sorry, het papier van de printer is op."),
        (PrinterStatus.OFFLINE, "Sorry, de printer werkt nu niet."),
        (PrinterStatus.ERROR, "Sorry, de printer werkt nu niet."),
    ],
)
def test_printer_problem_keeps_the_ticket_on_screen_and_tells_staff(
    kiosk, printer, ctx, stored_tickets, status, title
) -> None:
    printer.status = status
    kiosk.take_ticket("Identiteitskaart")

    shown = kiosk.texts()
    assert "A001" in shown
    assert not kiosk.window.ticket.qr.pixmap().isNull()
    assert title in shown
    assert "Onthoud je nummer of maak een foto van dit scherm." in shown
    assert "Een medewerker weet het al." in shown
    assert "Neem je ticket." not in shown
    # Twice the usual 20 seconds, to write the number down.
    assert "Dit scherm sluit over 40 seconden." in shown

    [alert] = printer_alerts.open_printer_alerts(ctx, TOWN_HALL)
    assert alert.device_id == "test-device"
    assert alert.device_name == "Testkiosk"
    assert alert.problem == status.value

    # The ticket is stored and in line, known as not printed.
    [ticket] = stored_tickets()
    assert ticket.display_number == "A001"
    assert ticket.is_waiting and not ticket.printed


def test_the_next_resident_is_warned_and_a_good_print_clears_the_alert(
    kiosk, printer, ctx, qtbot
) -> None:
    printer.status = PrinterStatus.OUT_OF_PAPER
    kiosk.take_ticket("Identiteitskaart")
    kiosk.tap("Klaar")
    warning = "De printer werkt nu niet. Je ziet je nummer op het scherm."
    qtbot.waitUntil(lambda: warning in kiosk.texts(), timeout=3000)

    printer.status = PrinterStatus.OK  # staff put in new paper
    kiosk.take_ticket("Identiteitskaart")
    assert "Neem je ticket." in kiosk.texts()
    kiosk.settle()
    assert printer_alerts.open_printer_alerts(ctx, TOWN_HALL) == []
    kiosk.tap("Klaar")
    qtbot.waitUntil(lambda: warning not in kiosk.texts(), timeout=3000)


def test_same_problem_twice_gives_one_alert(kiosk, printer, ctx) -> None:
    printer.status = PrinterStatus.OFFLINE
    kiosk.take_ticket("Attesten")
    kiosk.tap("Klaar")
    kiosk.take_ticket("Attesten")
    assert "C002" in kiosk.texts()
    assert len(printer_alerts.open_printer_alerts(ctx, TOWN_HALL)) == 1


def test_printer_failure_keeps_the_ticket_screen_twice_as_long(
    kiosk_settings, make_kiosk, printer, qtbot
) -> None:
    kiosk_settings(ticket_screen_s=1)
    printer.status = PrinterStatus.OUT_OF_PAPER
    kiosk = make_kiosk()
    kiosk.take_ticket("Identiteitskaart")
    assert "Dit scherm sluit over 2 seconden." in kiosk.texts()
    qtbot.wait(1300)
    assert ticket_number_on_screen(kiosk) == "A001"
    assert "A001" in kiosk.texts()
    qtbot.waitUntil(lambda: "Waarvoor kom je?" in kiosk.texts(), timeout=4000)


def test_a_printer_that_raises_counts_as_a_printer_error(kiosk, printer, ctx) -> None:
    def broken(slip):
        raise OSError("driver crashed")

    printer.print_ticket = broken
    kiosk.take_ticket("Identiteitskaart")
    assert "Sorry, de printer werkt nu niet." in kiosk.texts()
    [alert] = printer_alerts.open_printer_alerts(ctx, TOWN_HALL)
    assert alert.problem == "error"


def test_a_kiosk_without_a_printer_shows_the_ticket_as_the_normal_case(
    qtbot, terminal, ctx, stored_tickets
) -> None:
    """``[printer] kind = "none"``: the screen is the ticket. No apology, no staff alert, and
    the next resident is not warned about a broken printer."""
    from kiosk.printing.printers import NullPrinter
    from tests.ui.kiosk_screen.conftest import Kiosk

    kiosk = Kiosk(qtbot, terminal, NullPrinter(), "portrait")  # type: ignore[arg-type]
    try:
        kiosk.take_ticket("Identiteitskaart")

        shown = kiosk.texts()
        assert "A001" in shown
        assert not kiosk.window.ticket.qr.pixmap().isNull()
        assert "Je ticket staat op dit scherm." in shown
        assert "Onthoud je nummer of maak een foto. Scan de code om je beurt te volgen." in shown
        assert "Sorry" not in shown and "printer" not in shown.lower()
        assert "Een medewerker weet het al." not in shown
        # The longer time, to note the number.
        assert "Dit scherm sluit over 40 seconden." in shown
        assert printer_alerts.open_printer_alerts(ctx, TOWN_HALL) == []
        [ticket] = stored_tickets()
        assert ticket.display_number == "A001" and ticket.is_waiting

        kiosk.tap("Klaar")
        kiosk.settle()
        assert "De printer werkt nu niet" not in kiosk.texts()
    finally:
        kiosk.window.close()
