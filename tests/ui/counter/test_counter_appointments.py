"""Appointments at the counter, step by step as a clerk at the town hall works with them: the
"Afspraken" page, booking, moving, cancelling, a no-show, the badge in the queue, the figures
and the confirmation."""

from __future__ import annotations

import io
import time
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from kiosk.core.appointments import Appointment, AppointmentState
from kiosk.services import check_in
from kiosk.services.appointments import Resident
from kiosk.storage.demo import TOWN_HALL, counter_id, service_id
from kiosk.ui.counter import actions as act
from kiosk.ui.counter import confirmation_output
from kiosk.ui.counter.appointment_models import DayModel
from kiosk.ui.counter.appointments_page import AppointmentsPage
from kiosk.ui.counter.badges import PILL_ROLE
from kiosk.ui.counter.booking_dialog import BookingDialog
from kiosk.ui.counter.figures_dialog import FiguresDialog
from kiosk.ui.counter.header import APPOINTMENTS
from kiosk.ui.counter.models import WaitingModel
from kiosk.ui.counter.queue_screen import QueueScreen
from tests.ui.counter.test_counter_console import (
    open_desk,
    press,
    settle,
    wait_for_reads,
    waiting_numbers,
)

LOKET_1 = counter_id("gemeentehuis", 1)
JAN = Resident("Jan", "Peeters", "0470 12 34 56")


def local(h: int, mi: int = 0, day: int = 30, month: int = 11) -> datetime:
    """Brussels wall time in winter (UTC+1) as UTC."""
    return datetime(2026, month, day, h - 1, mi, tzinfo=UTC)


def wait(terminal, done, timeout: float = 3.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not done() and time.monotonic() < deadline:
        settle(terminal, 20)
    assert done(), "the screen did not get there in time"


def booked(terminal, code: str, at: datetime, who: Resident = JAN) -> Appointment:  # type: ignore[no-untyped-def]
    """A booking made elsewhere (another counter, the phone): announced like any write."""
    assert terminal.appointments is not None
    done = terminal.appointments.book(service_id(code), TOWN_HALL, at, who, counter_id=LOKET_1)
    terminal.announce(done.changes)
    return done.value


def stored(terminal, a: Appointment) -> Appointment:  # type: ignore[no-untyped-def]
    return terminal.appointments.confirmation(a.id).appointment


def afspraken(window, terminal) -> tuple[QueueScreen, AppointmentsPage]:  # type: ignore[no-untyped-def]
    """Open Loket 1 and go to the "Afspraken" tab."""
    screen = open_desk(window, terminal)
    screen.header.tabs[APPOINTMENTS].click()
    wait_for_reads(screen, terminal)
    assert screen.pages.currentWidget() is screen.appointments
    return screen, screen.appointments


def rows(page: AppointmentsPage, column: int = DayModel.NAME) -> list[str]:
    return [page.model.index(r, column).data() for r in range(page.model.rowCount())]


def select(page: AppointmentsPage, name: str) -> None:
    page.select_row(rows(page).index(name))


def slots_loaded(dialog: BookingDialog) -> bool:
    return not dialog.picker.searching and bool(dialog.picker.slot_model.slots())


# --- booking --------------------------------------------------------------------------------


def test_clerk_books_a_passport_at_the_first_free_slot(window, terminal, clock):
    screen, page = afspraken(window, terminal)
    assert page.empty_label.isVisibleTo(page)
    assert page.empty_label.text() == "Vandaag geen afspraken voor je loket."

    page.new_button.click()
    dialog = page.dialog
    assert isinstance(dialog, BookingDialog) and dialog.isVisible()
    assert not dialog.next_button.isEnabled()  # nothing chosen yet
    dialog.picker.select_service(service_id("passport"))
    wait(terminal, lambda: slots_loaded(dialog))
    # Own building first, or all of them; the free moments under a heading per day.
    buttons = [b.text() for b in dialog.picker.branch_buttons.values()]
    assert buttons == ["Gemeentehuis Zoersel"]  # only the town hall does passports
    model = dialog.picker.slot_model
    assert model.index(0).data() == "Vandaag, maandag 30 november"
    assert model.index(1).data() == "09:00 · Gemeentehuis Zoersel, Loket 1"
    assert len(model.slots()) == 8

    dialog.picker.select_slot(0)
    dialog.next_button.click()
    assert "Reispas · maandag 30 november 2026 om 09:00" in dialog.who_summary.text()
    assert not dialog.book_button.isEnabled()  # the family name is needed
    dialog.first_name.setText("Marie")
    dialog.family_name.setText("Verhoeven")
    dialog.birth_date.setText("31.02.1958")
    dialog.book_button.click()
    assert dialog.who_error.text() == "Deze geboortedatum klopt niet. Schrijf ze zo: 02.04.1950."
    dialog.birth_date.setText("14.3.1958")
    dialog.book_button.click()
    wait(terminal, lambda: dialog.appointment is not None)

    a = dialog.appointment
    assert a is not None
    assert (a.family_name, a.birth_date, a.counter_id) == ("Verhoeven", date(1958, 3, 14), LOKET_1)
    assert a.starts_at == local(9, 0)
    assert dialog.done_title.text() == "De afspraak staat vast"
    assert dialog.reference_label.text().replace(" ", "") == a.reference
    dialog.finish_button.click()
    wait_for_reads(screen, terminal)

    # Planned on Loket 1: it is in this counter's list, and in the whole building's.
    assert rows(page) == ["Marie Verhoeven"]
    assert rows(page, DayModel.STATUS) == ["Verwacht"]
    assert page.selected_id() == a.id
    page.branch_button.click()
    wait_for_reads(screen, terminal)
    assert rows(page, DayModel.COUNTER) == ["Loket 1"]
    assert not page.view.isColumnHidden(DayModel.COUNTER)


def test_a_slot_someone_just_took_sends_the_clerk_back_to_the_list(window, terminal):
    _screen, page = afspraken(window, terminal)
    page.new_button.click()
    dialog = page.dialog
    assert isinstance(dialog, BookingDialog)
    dialog.picker.select_service(service_id("passport"))
    wait(terminal, lambda: slots_loaded(dialog))
    dialog.picker.select_slot(0)
    dialog.next_button.click()
    dialog.family_name.setText("Verhoeven")
    # Meanwhile two other clerks fill 9:00 at both passport counters.
    for name in ("Claes", "Wouters"):
        terminal.appointments.book(
            service_id("passport"), TOWN_HALL, local(9, 0), Resident("", name)
        )

    dialog.book_button.click()
    wait(terminal, lambda: dialog.pages.currentIndex() == 0 and slots_loaded(dialog))
    assert dialog.pick_error.text() == "Iemand anders nam net dit moment. Kies een ander moment."
    assert dialog.picker.slot_model.slots()[0].starts_at == local(9, 15)
    dialog.reject()


# --- moving, cancelling, no-show ------------------------------------------------------------


def test_clerk_moves_an_appointment_to_tomorrow(window, terminal):
    a = booked(terminal, "passport", local(9, 30))
    screen, page = afspraken(window, terminal)
    assert rows(page, DayModel.TIME) == ["09:30"]
    select(page, "Jan Peeters")
    page.move_button.click()
    dialog = page.dialog
    assert isinstance(dialog, BookingDialog)
    assert not dialog.picker.service_list.isVisibleTo(dialog)  # the service stays the same
    assert dialog.next_button.text() == "Verplaatsen"
    wait(terminal, lambda: slots_loaded(dialog))

    dialog.picker.search_from(date(2026, 12, 1))  # "Later, vanaf een dag"
    wait(terminal, lambda: slots_loaded(dialog))
    assert dialog.picker.later_button.text() == "Vanaf dinsdag 1 december"
    assert dialog.picker.slot_model.index(0).data() == "Morgen, dinsdag 1 december"
    dialog.picker.select_slot(0)
    dialog.next_button.click()
    wait(terminal, lambda: dialog.appointment is not None)

    moved = stored(terminal, a)
    assert moved.starts_at == local(9, 0, day=1, month=12)
    assert moved.reference == a.reference  # the old slip's code still works
    assert dialog.done_title.text() == "De afspraak is verplaatst"
    dialog.finish_button.click()
    wait_for_reads(screen, terminal)
    assert rows(page) == []  # no longer today


def test_clerk_cancels_only_after_saying_yes(window, terminal):
    a = booked(terminal, "eid", local(10, 0))
    screen, page = afspraken(window, terminal)
    select(page, "Jan Peeters")

    page.cancel_button.click()
    box = page.confirm_box
    assert box is not None and box.isVisible()
    assert box.text() == "De afspraak van Jan Peeters om 10:00 (Identiteitskaart) annuleren?"
    [no] = [b for b in box.buttons() if b.text() == "Nee, behouden"]
    no.click()
    settle(terminal)
    assert stored(terminal, a).state is AppointmentState.BOOKED

    page.cancel_button.click()
    assert page.confirm_box is not None and page.confirm_yes is not None
    page.confirm_yes.click()
    wait(terminal, lambda: rows(page, DayModel.STATUS) == ["Geannuleerd"])
    assert stored(terminal, a).state is AppointmentState.CANCELLED
    assert screen.message.text() == "De afspraak van Jan Peeters is geannuleerd."
    assert not page.move_button.isEnabled() and not page.cancel_button.isEnabled()
    assert page.hint_label.text() == "Deze afspraak is geannuleerd."


def test_a_late_resident_is_marked_as_not_come(window, terminal, clock):
    a = booked(terminal, "passport", local(9, 15))
    screen, page = afspraken(window, terminal)
    select(page, "Jan Peeters")
    assert rows(page, DayModel.STATUS) == ["Verwacht"]
    assert not page.no_show_button.isEnabled()
    assert page.hint_label.text() == "'Niet gekomen' kan vanaf 09:15."

    clock.advance(25 * 60)  # 9:25, nobody came
    page.refresh()  # the minute timer does this
    wait(terminal, lambda: rows(page, DayModel.STATUS) == ["Te laat"])
    assert page.view.model().index(0, DayModel.STATUS).data(PILL_ROLE) is not None  # colour
    assert page.no_show_button.isEnabled()

    page.no_show_button.click()
    wait(terminal, lambda: rows(page, DayModel.STATUS) == ["Niet gekomen"])
    assert stored(terminal, a).state is AppointmentState.NO_SHOW
    assert screen.message.text() == "Jan Peeters staat bij 'Niet gekomen'."


# --- the queue and the figures --------------------------------------------------------------


def test_an_appointment_ticket_is_marked_in_the_queue(window, terminal, clock):
    a = booked(terminal, "passport", local(9, 30))
    screen = open_desk(window, terminal)
    clock.advance(10 * 60)  # 9:10: check-in is open from 9:00
    terminal.announce(check_in.check_in(terminal.ctx, TOWN_HALL, a.id).changes)
    wait(terminal, lambda: waiting_numbers(screen) == ["P001"])

    badge = screen.waiting_model.index(0, WaitingModel.PRIORITY)
    assert badge.data() == "Afspraak 09:30"
    assert badge.data(PILL_ROLE) is not None
    assert screen.waiting_model.index(0, WaitingModel.NUMBER).data(PILL_ROLE) is None

    # Called: the panel says so too.
    press(screen, terminal, act.NEXT)
    assert screen.current.number_label.text() == "P001"
    assert screen.current.appointment_label.text() == "Met afspraak om 09:30"
    assert screen.current.appointment_row.isVisibleTo(screen)

    screen.show_page(APPOINTMENTS)
    wait_for_reads(screen, terminal)
    assert rows(screen.appointments, DayModel.STATUS) == ["Aangemeld · P001"]


def test_the_figures_show_the_no_show_per_service(window, terminal, clock):
    came = booked(terminal, "passport", local(9, 0))
    gone = booked(terminal, "passport", local(9, 15), Resident("An", "Claes"))
    booked(terminal, "eid", local(9, 30), Resident("Piet", "Janssens"))
    clock.advance(40 * 60)
    terminal.announce(terminal.appointments.mark_no_show(gone.id).changes)
    assert came.id != gone.id
    _screen, page = afspraken(window, terminal)

    page.figures_button.click()
    dialog = page.dialog
    assert isinstance(dialog, FiguresDialog)
    wait(terminal, lambda: dialog.model.rowCount() == 2)
    cells = [
        [dialog.model.index(r, c).data() for c in range(4)] for r in range(dialog.model.rowCount())
    ]
    assert cells == [["Reispas", "1", "2", "50 %"], ["Identiteitskaart", "0", "1", "0 %"]]
    dialog.all_button.click()
    wait(terminal, lambda: not dialog.status.isVisibleTo(dialog))
    assert dialog.model.rowCount() == 2
    dialog.accept()


# --- the confirmation -----------------------------------------------------------------------


def test_saving_the_confirmation_writes_a_pdf_with_the_reference(
    window, terminal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    a = booked(terminal, "passport", local(10, 0))
    screen, page = afspraken(window, terminal)
    select(page, "Jan Peeters")
    target = tmp_path / "bevestiging"  # the clerk types no ".pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), ""))
    )

    page.save_button.click()
    pdf = target.with_suffix(".pdf")
    wait(terminal, lambda: "bevestiging.pdf" in screen.message.text())
    assert screen.message.text() == "De bevestiging staat in bevestiging.pdf."

    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    assert a.reference in text.replace(" ", "")
    assert "maandag 30 november 2026" in text
    assert "03 298 00 00" in text  # the municipality's phone, to change the appointment


def test_printing_the_confirmation_goes_to_the_default_printer(
    window, terminal, monkeypatch: pytest.MonkeyPatch
):
    booked(terminal, "eid", local(11, 0))
    sent: list[bytes] = []

    def fake_printer(pdf: bytes, name: str) -> str:
        sent.append(pdf)
        return "Balieprinter"

    monkeypatch.setattr(confirmation_output, "_print_on_default", fake_printer)
    screen, page = afspraken(window, terminal)
    select(page, "Jan Peeters")
    page.print_button.click()
    wait(terminal, lambda: bool(sent) and bool(screen.message.text()))
    assert sent[0].startswith(b"%PDF")
    assert screen.message.text() == "De bevestiging gaat naar de printer Balieprinter."


def test_f9_switches_between_the_queue_and_the_appointments(window, terminal, qtbot):
    screen = open_desk(window, terminal)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_F9)
    assert screen.pages.currentWidget() is screen.appointments
    assert screen.header.tabs[APPOINTMENTS].isChecked()
    qtbot.keyClick(window, Qt.Key.Key_F9)
    assert screen.pages.currentIndex() == 0
