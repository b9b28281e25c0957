"""The appointments part of the counter screenshots: a realistic day of appointments, a few
weeks of history for the no-show figures, and the pictures of the Afspraken page and its
dialogs. Used by kiosk.ui.counter.screenshots; every write goes through the use cases on the
terminal's db lane, like the rest of the screenshots.

Names are made up. With a FakeClock the history is booked "in the past" by setting the clock
back for a moment; with a real clock there is no history.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPixmap

from kiosk.core.appointments import Appointment
from kiosk.core.model import Counter
from kiosk.services import check_in
from kiosk.services.appointments import BookingRefused, Resident
from kiosk.services.catalogue import BranchCatalogue
from kiosk.ui.common.terminal import Terminal
from kiosk.ui.counter.booking_dialog import BookingDialog
from kiosk.ui.counter.figures_dialog import FiguresDialog
from kiosk.ui.counter.header import APPOINTMENTS, QUEUE
from kiosk.ui.counter.queue_screen import QueueScreen

#: (local time, service code, first name, family name) of today's appointments at our counter.
TODAY = [
    ("09:45", "passport", "Jan", "Van den Broeck"),
    ("10:15", "licence", "Mohamed", "El Amrani"),
    ("10:30", "eid", "An", "Peeters"),
    ("10:45", "passport", "Sofie", "Claes"),
    ("11:00", "eid", "Lotte", "Wouters"),
    ("11:15", "licence", "Pieter", "Janssens"),
    ("11:30", "passport", "Emma", "De Smet"),
]
#: Past days (before today) and what became of their appointments: "n" no-show, "b" came.
HISTORY = [
    (14, "passport", "nbb"),
    (12, "eid", "bnbb"),
    (9, "passport", "bnb"),
    (7, "licence", "bb"),
]

Run = Callable[[Callable[[], Any]], Any]


def _service(cat: BranchCatalogue, code: str) -> str:
    found = next((s for s in cat.services if s.code == code), None)
    return (found or cat.services[0]).id


def _at(now: datetime, hhmm: str, zone: ZoneInfo) -> datetime:
    h, m = (int(x) for x in hhmm.split(":"))
    return datetime.combine(now.astimezone(zone).date(), time(h, m), tzinfo=zone)


def book_day(terminal: Terminal, run: Run, cat: BranchCatalogue, mine: Counter) -> dict[str, str]:
    """Book today's appointments on ``mine``; returns appointment ids by family name."""
    book, branch, now = terminal.appointments, terminal.branch.id, terminal.ctx.clock.now()
    assert book is not None
    ids: dict[str, str] = {}
    for hhmm, code, first, family in TODAY:
        sid, at = _service(cat, code), _at(now, hhmm, terminal.zone)
        if at < now or not mine.serves(sid):
            continue
        who = Resident(first, family, "0470 12 34 56")
        try:
            a: Appointment = run(
                lambda sid=sid, at=at, who=who: book.book(sid, branch, at, who, counter_id=mine.id)
            )
        except BookingRefused:
            continue
        ids[family] = a.id
    return ids


def book_history(terminal: Terminal, run: Run, cat: BranchCatalogue) -> None:
    """Some weeks of appointments, a few of them not come: the figures have something to show."""
    clock = terminal.ctx.clock
    set_clock = getattr(clock, "set", None)
    book, branch = terminal.appointments, terminal.branch.id
    if set_clock is None or book is None:
        return
    back = clock.now()
    for days, code, fates in HISTORY:
        set_clock(back - timedelta(days=days))
        sid = _service(cat, code)
        slots = book.free_slots(sid, [branch], None, limit=len(fates))
        booked = []
        for i, slot in enumerate(slots):
            who = Resident("Inwoner", f"Voorbeeld {days}-{i}")
            booked.append(run(lambda s=slot, w=who, k=sid: book.book(k, branch, s.starts_at, w)))
        if booked:
            set_clock(max(a.starts_at for a in booked) + timedelta(minutes=30))
        for a, fate in zip(booked, fates, strict=False):
            if fate == "n":
                run(lambda a=a: book.mark_no_show(a.id))
    set_clock(back)


def check_in_now(terminal: Terminal, run: Run, ids: dict[str, str], *families: str) -> None:
    ctx, branch = terminal.ctx, terminal.branch.id
    for family in families:
        if family in ids:
            run(lambda aid=ids[family]: check_in.check_in(ctx, branch, aid))


def finish_day(terminal: Terminal, run: Run, ids: dict[str, str]) -> None:
    """The first resident never came; one cancelled by phone."""
    book = terminal.appointments
    assert book is not None
    if "Van den Broeck" in ids:
        run(lambda: book.mark_no_show(ids["Van den Broeck"]))
    if "Janssens" in ids:
        run(lambda: book.cancel(ids["Janssens"]))


def appointment_shots(
    screen: QueueScreen,
    cat: BranchCatalogue,
    shot: Callable[[str, QPixmap | None], Path],
    with_dialog: Callable[[Any], QPixmap],
    settle: Callable[[], None],
) -> list[Path]:
    """The Afspraken page, a new booking (slots, form, done) and the figures."""
    page = screen.appointments
    screen.show_page(APPOINTMENTS)
    settle()
    row = next((i for i, e in enumerate(page.model.entries()) if e.status.value == "late"), 0)
    page.select_row(row)
    settle()
    paths = [shot("appointments", None)]

    page.open_booking()
    settle()
    dialog = page.dialog
    assert isinstance(dialog, BookingDialog)
    dialog.picker.select_service(_service(cat, "passport"))
    settle()
    dialog.picker.select_slot(0)
    settle()
    paths.append(shot("booking", with_dialog(dialog)))
    dialog.next_button.click()
    dialog.first_name.setText(QCoreApplication.translate("CounterScreenshots", "Marie"))
    dialog.family_name.setText(QCoreApplication.translate("CounterScreenshots", "Verhoeven"))
    dialog.contact.setText("marie.verhoeven@example.be")
    dialog.birth_date.setText("14.03.1958")
    settle()
    paths.append(shot("booking-form", with_dialog(dialog)))
    dialog.book_button.click()
    settle()
    paths.append(shot("booking-done", with_dialog(dialog)))
    dialog.accept()
    settle()

    page.open_figures()
    settle()
    figures = page.dialog
    assert isinstance(figures, FiguresDialog)
    paths.append(shot("figures", with_dialog(figures)))
    figures.accept()
    settle()
    screen.show_page(QUEUE)
    settle()
    return paths
