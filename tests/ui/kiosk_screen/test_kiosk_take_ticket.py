"""A resident takes a walk-in ticket at the kiosk: choose, (say if they need priority), get it."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import zxingcpp
from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice

from kiosk.core.model import PriorityReason
from kiosk.services import tickets
from kiosk.storage.demo import TOWN_HALL, service_id


def stored_ticket(ctx, status_url: str):
    return tickets.ticket_status(ctx, status_url.rsplit("/", 1)[1]).ticket


def test_resident_takes_a_ticket_for_identiteitskaart(kiosk, printer, ctx) -> None:
    assert "Waarvoor kom je?" in kiosk.texts()

    kiosk.tap("Identiteitskaart")
    assert "Heb je voorrang nodig?" in kiosk.texts()
    kiosk.tap("Nee, ik wacht gewoon")
    kiosk.settle()

    shown = kiosk.texts()
    assert "A001" in shown
    assert "Identiteitskaart" in shown
    assert "Er is niemand voor jou." in shown
    assert "Je bent bijna aan de beurt." in shown
    assert "Neem je ticket." in shown
    assert "Je oude identiteitskaart en een pasfoto" in shown  # what to bring
    assert "Dit scherm sluit over 20 seconden." in shown
    qr = kiosk.window.ticket.qr.pixmap()
    assert not qr.isNull() and min(qr.width(), qr.height()) >= 300

    # One slip came out of the printer, with the resident's texts.
    [slip] = printer.slips
    assert slip.number == "A001"
    assert slip.service_name == "Identiteitskaart"
    assert slip.branch_name == "Gemeentehuis Zoersel"
    assert slip.labels.your_number == "Je nummer"
    assert slip.printed_at == datetime(2026, 11, 30, 9, 0, tzinfo=ZoneInfo("Europe/Brussels"))
    assert slip.printed_at.utcoffset().total_seconds() == 3600
    assert slip.priority_text == ""

    # The ticket is stored, in line, and known to be printed.
    ticket = stored_ticket(ctx, slip.status_url)
    assert ticket.display_number == "A001"
    assert ticket.service_id == service_id("eid")
    assert ticket.is_waiting
    assert ticket.priority is None
    assert ticket.printed


def test_qr_code_on_screen_leads_to_the_ticket_status_page(kiosk, printer) -> None:
    kiosk.take_ticket("Reispas")

    # Read the code from what is drawn on screen, as a phone camera would.
    picture = kiosk.window.ticket.qr.grab().toImage()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    picture.save(buffer, "PNG")
    image = Image.open(io.BytesIO(bytes(buffer.data())))
    assert min(image.size) >= 300

    [code] = zxingcpp.read_barcodes(image)
    [slip] = printer.slips
    assert code.text == slip.status_url
    assert "/t/" in code.text


def test_priority_answer_is_stored_on_the_ticket(kiosk, printer, ctx) -> None:
    kiosk.take_ticket("Identiteitskaart", answer="Ja, ik ben 65 jaar of ouder")

    assert "Voorrang" in kiosk.texts()
    [slip] = printer.slips
    assert slip.priority_text == "Voorrang"
    assert stored_ticket(ctx, slip.status_url).priority is PriorityReason.ELDERLY


def test_each_priority_reason_is_stored(make_kiosk, printer, ctx) -> None:
    kiosk = make_kiosk()
    answers = {
        "Ja, ik heb een beperking": PriorityReason.DISABILITY,
        "Ja, ik ben zwanger": PriorityReason.PREGNANCY,
    }
    for answer, reason in answers.items():
        kiosk.take_ticket("Attesten", answer=answer)
        assert stored_ticket(ctx, printer.slips[-1].status_url).priority is reason
        kiosk.tap("Klaar")


def test_back_on_the_priority_question_returns_to_the_start(kiosk, printer) -> None:
    kiosk.tap("Verhuizen")
    assert "Je koos: Verhuizen" in kiosk.texts()
    kiosk.tap("Terug")
    assert "Waarvoor kom je?" in kiosk.texts()
    kiosk.settle()
    assert printer.slips == []


def test_without_the_priority_question_the_ticket_comes_at_once(
    kiosk_settings, make_kiosk, printer
) -> None:
    kiosk_settings(ask_priority=False)
    kiosk = make_kiosk()
    kiosk.tap("Attesten")
    kiosk.settle()
    assert "C001" in kiosk.texts()
    assert [s.number for s in printer.slips] == ["C001"]


def test_people_ahead_and_an_about_wait_are_shown(kiosk, ctx) -> None:
    for _ in range(2):
        tickets.issue_ticket(ctx, TOWN_HALL, service_id("eid"))
    kiosk.take_ticket("Identiteitskaart")

    shown = kiosk.texts()
    assert "A003" in shown
    assert "Er zijn 2 mensen voor jou." in shown
    wait_line = next(line for line in shown.splitlines() if line.startswith("Je wacht ongeveer"))
    minutes = int(wait_line.split()[3])
    assert minutes > 0 and minutes % 5 == 0


def test_klaar_goes_back_to_the_start_at_once(kiosk) -> None:
    kiosk.take_ticket("Identiteitskaart")
    kiosk.tap("Klaar")
    assert "Waarvoor kom je?" in kiosk.texts()
    assert "A001" not in kiosk.texts()


def test_ticket_screen_counts_down_and_returns_to_the_start(
    kiosk_settings, make_kiosk, qtbot
) -> None:
    kiosk_settings(ticket_screen_s=2)
    kiosk = make_kiosk()
    kiosk.take_ticket("Identiteitskaart")
    assert "Dit scherm sluit over 2 seconden." in kiosk.texts()
    qtbot.waitUntil(lambda: "Dit scherm sluit over 1 seconde." in kiosk.texts(), timeout=4000)
    qtbot.waitUntil(lambda: "Waarvoor kom je?" in kiosk.texts(), timeout=4000)


def test_slip_time_is_local_time(kiosk, printer, clock) -> None:
    # Summer: Brussels is UTC+2. A Thursday afternoon, when the town hall is open.
    clock.set(datetime(2026, 7, 2, 12, 30, tzinfo=UTC))
    kiosk.take_ticket("Attesten")
    [slip] = printer.slips
    assert (slip.printed_at.hour, slip.printed_at.minute) == (14, 30)
