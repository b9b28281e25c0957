"""A resident with an appointment checks in at the kiosk: by scanning the letter, by typing the
code, or by family name and birth date. They get a ticket that is called at their time."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent

from kiosk.core.appointments import qr_payload
from kiosk.core.model import TicketOrigin
from kiosk.services import appointments, check_in, tickets
from kiosk.services.appointments import Resident
from kiosk.services.tickets import NumbersUsedUp
from kiosk.storage.errors import DatabaseUnavailable
from kiosk.ui.kiosk_screen.scanner import ScanReader

from .conftest import book, local


def stored_ticket(ctx, status_url: str):
    return tickets.ticket_status(ctx, status_url.rsplit("/", 1)[1]).ticket


@pytest.fixture
def licence_at_1030(ctx, clock):
    """Jan booked his driving licence for 10:30 today; it is now 10:05."""
    appointment = book(ctx, "licence", local(2026, 11, 30, 10, 30))
    clock.set(local(2026, 11, 30, 10, 5))
    return appointment


def test_scanning_the_letter_gives_the_appointment_ticket(
    kiosk, printer, ctx, licence_at_1030
) -> None:
    kiosk.scan(qr_payload(licence_at_1030.reference))

    shown = kiosk.texts()
    assert "R001" in shown
    assert "Rijbewijs" in shown
    assert "Afspraak" in shown
    assert "Je afspraak is om 10:30." in shown
    assert "We roepen je nummer." in shown
    assert "Neem je ticket." in shown
    assert "Er is niemand voor jou." not in shown  # the line does not matter: the time does

    # Printed like a walk-in ticket, marked as an appointment, with its time.
    [slip] = printer.slips
    assert slip.number == "R001"
    assert slip.priority_text == "Afspraak"
    assert slip.labels.people_ahead == "Je afspraak"
    assert slip.people_ahead_text == "10:30"
    ticket = stored_ticket(ctx, slip.status_url)
    assert ticket.origin is TicketOrigin.APPOINTMENT
    assert ticket.appointment_id == licence_at_1030.id
    assert ticket.due_at == licence_at_1030.starts_at


def test_scanning_works_on_any_screen(kiosk, licence_at_1030) -> None:
    kiosk.tap("Identiteitskaart")
    assert "Heb je voorrang nodig?" in kiosk.texts()
    kiosk.scan(qr_payload(licence_at_1030.reference))
    assert "Je afspraak is om 10:30." in kiosk.texts()


def test_scanning_twice_shows_the_same_ticket_again(kiosk, printer, licence_at_1030) -> None:
    kiosk.scan(qr_payload(licence_at_1030.reference))
    kiosk.tap("Klaar")
    kiosk.scan(qr_payload(licence_at_1030.reference))

    shown = kiosk.texts()
    assert "R001" in shown
    assert "Je zei al dat je er bent. Hier is je ticket nog eens." in shown
    assert [s.number for s in printer.slips] == ["R001", "R001"]


def test_typing_the_code_on_the_keypad(kiosk, licence_at_1030) -> None:
    kiosk.tap("Ik heb een afspraak")
    assert "Hou de code van je brief voor de scanner." in kiosk.texts()
    kiosk.tap("Typ je code")
    assert kiosk.button("OK").isEnabled() is False

    reference = licence_at_1030.reference
    kiosk.type_on_keys(reference[:5] + "K")  # one wrong key...
    kiosk.tap("Wis 1 teken")  # ...taken back
    kiosk.type_on_keys(reference[5])
    assert kiosk.window.check_in.code.code == reference
    kiosk.tap("OK")
    kiosk.settle()

    assert "R001" in kiosk.texts()
    assert "Je afspraak is om 10:30." in kiosk.texts()


def test_the_keypad_only_has_the_characters_of_a_code(kiosk) -> None:
    kiosk.tap("Ik heb een afspraak")
    kiosk.tap("Typ je code")
    keys = kiosk.window.check_in.code.keypad.keys
    assert "".join(keys) == "34679ACDEFGHJKMNPQRTUVWXY"
    assert all(k.height() >= 96 for k in keys.values())


def test_checking_in_by_family_name_and_birth_date(kiosk, printer, licence_at_1030) -> None:
    kiosk.tap("Ik heb een afspraak")
    kiosk.tap("Ik heb geen code")
    assert "Wat is je familienaam?" in kiosk.texts()
    kiosk.type_on_keys("VAN DEN BROECK")
    assert "VAN DEN BROECK" in kiosk.texts()
    kiosk.tap("Verder")

    assert "Wanneer ben je geboren?" in kiosk.texts()
    kiosk.type_on_keys("02041950")
    assert kiosk.window.check_in.birth.said.text() == "2 april 1950"  # said back in words
    kiosk.tap("Zoek mijn afspraak")
    kiosk.settle()

    shown = kiosk.texts()
    assert "R001" in shown
    assert "Je afspraak is om 10:30." in shown
    assert "Van den Broeck" not in shown and "Jan" not in shown  # no names on a public screen
    assert [s.number for s in printer.slips] == ["R001"]


def test_two_appointments_for_one_name_are_told_apart_by_service_and_time(
    kiosk, ctx, clock
) -> None:
    book(ctx, "licence", local(2026, 11, 30, 10, 30))
    book(ctx, "eid", local(2026, 11, 30, 10, 0))
    clock.set(local(2026, 11, 30, 10, 5))

    kiosk.tap("Ik heb een afspraak")
    kiosk.tap("Ik heb geen code")
    kiosk.type_on_keys("van den broeck".upper())
    kiosk.tap("Verder")
    kiosk.type_on_keys("02041950")
    kiosk.tap("Zoek mijn afspraak")
    kiosk.settle()

    shown = kiosk.texts()
    assert "Welke afspraak is van jou?" in shown
    assert "Jan" not in shown and "BROECK" not in shown
    assert {"Identiteitskaart om 10:00", "Rijbewijs om 10:30"} <= set(kiosk.button_names())
    kiosk.tap("Rijbewijs om 10:30")
    kiosk.settle()
    assert "R001" in kiosk.texts()


def test_a_one_digit_day_or_month_gets_its_zero_by_itself(kiosk) -> None:
    kiosk.tap("Ik heb een afspraak")
    kiosk.tap("Ik heb geen code")
    kiosk.type_on_keys("PEETERS")
    kiosk.tap("Verder")
    kiosk.type_on_keys("751988")  # 7, then 5: no day starts with 7, no month with 5
    assert kiosk.window.check_in.birth.digits == "07051988"
    assert kiosk.window.check_in.birth.said.text() == "7 mei 1988"


def test_a_wrong_birth_date_is_said_plainly(kiosk) -> None:
    kiosk.tap("Ik heb een afspraak")
    kiosk.tap("Ik heb geen code")
    kiosk.type_on_keys("PEETERS")
    kiosk.tap("Verder")
    kiosk.type_on_keys("31021990")
    assert "Deze datum kan niet. Kijk hem nog eens na." in kiosk.texts()
    assert not kiosk.button("Zoek mijn afspraak").isEnabled()


def test_no_appointment_for_the_name_gives_a_way_to_try_again(kiosk, licence_at_1030) -> None:
    kiosk.tap("Ik heb een afspraak")
    kiosk.tap("Ik heb geen code")
    kiosk.type_on_keys("VAN DEN BROEK")  # a letter short
    kiosk.tap("Verder")
    kiosk.type_on_keys("02041950")
    kiosk.tap("Zoek mijn afspraak")
    kiosk.settle()

    shown = kiosk.texts()
    assert "We vinden geen afspraak." in shown
    assert "Kijk of alles juist is. Lukt het niet? Vraag het aan de balie." in shown
    assert "Naar het begin" in kiosk.button_names()
    kiosk.tap("Probeer opnieuw")
    assert kiosk.window.check_in.name.name == "VAN DEN BROEK"  # to correct, not to retype
    kiosk.type_on_keys("-")
    kiosk.tap("Wis 1 teken")
    kiosk.tap("Wis 1 teken")
    kiosk.type_on_keys("CK")
    kiosk.tap("Verder")
    kiosk.tap("Zoek mijn afspraak")  # the birth date is still there
    kiosk.settle()
    assert "Je afspraak is om 10:30." in kiosk.texts()


def test_an_unknown_code_is_not_found(kiosk) -> None:
    kiosk.tap("Ik heb een afspraak")
    kiosk.tap("Typ je code")
    kiosk.type_on_keys("KKKKKK")
    kiosk.tap("OK")
    kiosk.settle()

    shown = kiosk.texts()
    assert "We vinden deze code niet." in shown
    assert "Kijk of je de code goed hebt getypt." in shown
    assert "Lukt het niet? Vraag het aan de balie." in shown
    kiosk.tap("Typ je code opnieuw")
    assert kiosk.window.check_in.code.code == ""
    kiosk.tap("Terug")
    kiosk.tap("Terug")
    assert "Waarvoor kom je?" in kiosk.texts()


def test_too_late_gets_a_walk_in_ticket_for_the_same_service(
    kiosk, printer, ctx, clock, stored_tickets
) -> None:
    appointment = book(ctx, "licence", local(2026, 11, 30, 9, 15))
    clock.set(local(2026, 11, 30, 9, 45))
    kiosk.scan(qr_payload(appointment.reference))

    shown = kiosk.texts()
    assert "Je bent te laat voor je afspraak." in shown
    assert "Geen probleem. Neem een gewoon ticket. Dan helpen we je zo snel mogelijk." in shown
    assert stored_tickets() == []
    kiosk.tap("Neem een gewoon ticket")
    kiosk.settle()

    assert "R001" in kiosk.texts()
    assert "Er is niemand voor jou." in kiosk.texts()
    [ticket] = stored_tickets()
    assert ticket.origin is TicketOrigin.KIOSK
    assert ticket.appointment_id is None
    assert [s.number for s in printer.slips] == ["R001"]


def test_too_early_says_from_when(kiosk, ctx, stored_tickets) -> None:
    appointment = book(ctx, "licence", local(2026, 11, 30, 11, 0))
    kiosk.scan(qr_payload(appointment.reference))

    shown = kiosk.texts()
    assert "Je bent vroeg." in shown
    assert "Vanaf 10:30 kan je zeggen dat je er bent." in shown
    assert "Je afspraak is om 11:00." in shown
    assert stored_tickets() == []


def test_an_appointment_on_another_day(kiosk, ctx) -> None:
    appointment = book(ctx, "licence", local(2026, 12, 1, 10, 0))
    kiosk.scan(qr_payload(appointment.reference))
    shown = kiosk.texts()
    assert "Je afspraak is op een andere dag." in shown
    assert "Je afspraak is morgen om 10:00." in shown


def test_a_cancelled_appointment(kiosk, ctx) -> None:
    appointment = book(ctx, "licence", local(2026, 11, 30, 9, 15))
    appointments.cancel(ctx, appointment.id)
    kiosk.scan(qr_payload(appointment.reference))
    shown = kiosk.texts()
    assert "Deze afspraak gaat niet meer door." in shown
    assert "Vraag het aan de balie. Daar kan je een nieuwe afspraak maken." in shown
    kiosk.tap("Naar het begin")
    assert "Waarvoor kom je?" in kiosk.texts()


@pytest.mark.parametrize("trouble", [DatabaseUnavailable("disk I/O error"), NumbersUsedUp("R")])
def test_database_trouble_during_check_in_gets_the_usual_friendly_retry(
    kiosk, monkeypatch, licence_at_1030, trouble
) -> None:
    real = check_in.check_in_by_code

    def down(*args, **kwargs):
        raise trouble

    monkeypatch.setattr(check_in, "check_in_by_code", down)
    kiosk.scan(qr_payload(licence_at_1030.reference))
    shown = kiosk.texts()
    assert "Er ging iets mis." in shown
    assert "Probeer opnieuw of vraag hulp aan de balie." in shown
    assert "Traceback" not in shown and "disk" not in shown

    monkeypatch.setattr(check_in, "check_in_by_code", real)
    kiosk.tap("Probeer opnieuw")
    kiosk.settle()
    assert "Je afspraak is om 10:30." in kiosk.texts()


def test_going_back_to_the_start_forgets_the_typed_name(kiosk_settings, make_kiosk, qtbot) -> None:
    kiosk_settings(reset_after_s=1)
    kiosk = make_kiosk()
    kiosk.tap("Ik heb een afspraak")
    kiosk.tap("Ik heb geen code")
    kiosk.type_on_keys("PEETERS")
    qtbot.waitUntil(lambda: "Waarvoor kom je?" in kiosk.texts(), timeout=4000)
    assert "PEETERS" not in kiosk.texts()
    kiosk.tap("Ik heb een afspraak")
    kiosk.tap("Ik heb geen code")
    assert kiosk.window.check_in.name.name == ""


def test_the_way_back_goes_one_step_back(kiosk) -> None:
    kiosk.tap("Ik heb een afspraak")
    kiosk.tap("Ik heb geen code")
    kiosk.type_on_keys("PEETERS")
    kiosk.tap("Verder")
    kiosk.tap("Terug")
    assert "Wat is je familienaam?" in kiosk.texts()
    assert "PEETERS" in kiosk.texts()
    kiosk.tap("Terug")
    assert "Hou de code van je brief voor de scanner." in kiosk.texts()
    kiosk.tap("Terug")
    assert "Waarvoor kom je?" in kiosk.texts()


# --- the scanner: fast keys ending in Enter -------------------------------------------------


class _Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _press(reader: ScanReader, clock: _Clock, text: str, gap_ms: float) -> list[bool]:
    used = []
    for ch in text:
        clock.now += gap_ms / 1000
        event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, ch)
        used.append(reader.feed(event))
    clock.now += gap_ms / 1000
    enter = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    used.append(reader.feed(enter))
    return used


def test_only_fast_keys_with_the_appointment_prefix_are_a_scan(qapp) -> None:
    clock = _Clock()
    reader = ScanReader(clock=clock)
    scans: list[str] = []
    reader.scanned.connect(scans.append)

    assert _press(reader, clock, "KIOSK-APPT:K7QD4X", gap_ms=5)[-1] is True
    assert scans == ["KIOSK-APPT:K7QD4X"]
    _press(reader, clock, "KIOSK-APPT:K7QD4X", gap_ms=120)  # a person at a keyboard
    _press(reader, clock, "9780140449136", gap_ms=5)  # a book's barcode
    assert scans == ["KIOSK-APPT:K7QD4X"]
    # A pause in the middle: what came before is not part of the scan.
    _press(reader, clock, "KIOSK", gap_ms=5)
    clock.now += 1
    _press(reader, clock, "-APPT:K7QD4X", gap_ms=5)
    assert len(scans) == 1


def test_a_scan_from_a_slow_typist_does_nothing(kiosk, qtbot, licence_at_1030) -> None:
    for ch in qr_payload(licence_at_1030.reference)[:4]:
        qtbot.keyClick(kiosk.window, ch)
        qtbot.wait(70)
    qtbot.keyClick(kiosk.window, Qt.Key.Key_Return)
    kiosk.settle()
    assert "Waarvoor kom je?" in kiosk.texts()


def test_born_today_or_before_1900_is_no_birth_date() -> None:
    from kiosk.ui.kiosk_screen.birth_screen import parse

    today = date(2026, 11, 30)
    assert parse("02041950", today) == date(1950, 4, 2)
    assert parse("01121990", today) == date(1990, 12, 1)
    assert parse("01122026", today) is None  # tomorrow
    assert parse("01011899", today) is None
    assert parse("0204195", today) is None


def test_someone_else_with_the_same_birthday_is_not_found(kiosk, ctx, clock) -> None:
    book(
        ctx, "licence", local(2026, 11, 30, 10, 30), Resident("An", "Peeters", "", date(1950, 4, 2))
    )
    clock.set(local(2026, 11, 30, 10, 5))
    kiosk.tap("Ik heb een afspraak")
    kiosk.tap("Ik heb geen code")
    kiosk.type_on_keys("JANSSENS")
    kiosk.tap("Verder")
    kiosk.type_on_keys("02041950")
    kiosk.tap("Zoek mijn afspraak")
    kiosk.settle()
    assert "We vinden geen afspraak." in kiosk.texts()
