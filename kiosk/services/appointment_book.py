"""The counter's appointment actions as one interface with two homes, like ``CounterDesk``.

``LocalAppointmentBook`` runs the use cases of kiosk.services.appointments on this machine's
database (the demo, or the server itself). ``kiosk.sync.remote_appointments`` sends the same
calls to the server, where bookings of every counter meet, so two clerks never book one slot.
The counter console only knows ``AppointmentBook``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from sqlalchemy import Connection

from kiosk.core.appointments import Appointment
from kiosk.core.model import Branch, Municipality, Service
from kiosk.core.slots import Slot
from kiosk.services import appointments as uc
from kiosk.services.appointments import DayEntry, NoShowFigure, Resident
from kiosk.services.context import Done, ServiceContext
from kiosk.services.errors import OtherBranchAppointment
from kiosk.storage import appointment_store as astore
from kiosk.storage import queue_store as store


@dataclass(frozen=True, slots=True)
class Confirmation:
    """What a confirmation slip needs (the UI words and formats it, printing lays it out)."""

    appointment: Appointment
    service: Service
    branch: Branch
    municipality: Municipality


def confirmation(
    ctx: ServiceContext, appointment_id: str, caller_branch: str | None = None
) -> Confirmation:
    """The slip of an appointment (of ``caller_branch``: else OtherBranchAppointment)."""
    with ctx.db.read() as conn:
        a = astore.appointment(conn, appointment_id)
        if caller_branch is not None and a.branch_id != caller_branch:
            raise OtherBranchAppointment(appointment_id)
        return _slip(conn, a)


def confirmation_of(ctx: ServiceContext, a: Appointment) -> Confirmation:
    """The slip of ``a`` as this terminal knows it: one it just booked or moved at another
    branch, which the server does not show it again (names stay in their branch)."""
    with ctx.db.read() as conn:
        return _slip(conn, a)


def _slip(conn: Connection, a: Appointment) -> Confirmation:
    return Confirmation(
        a,
        store.service(conn, a.service_id),
        store.branch(conn, a.branch_id),
        astore.municipality(conn),
    )


class AppointmentBook(Protocol):
    """May raise BookingRefused, NotFound, ConcurrentChange and, remote, ServerUnreachable."""

    def free_slots(
        self,
        service_id: str,
        branch_ids: Sequence[str] | None,
        after: datetime | None,
        limit: int = 8,
        ignore: str | None = None,
    ) -> list[Slot]: ...

    def book(
        self,
        service_id: str,
        branch_id: str,
        starts_at: datetime,
        resident: Resident,
        counter_id: str | None = None,
        appointment_id: str | None = None,
    ) -> Done[Appointment]: ...

    def move(
        self,
        appointment_id: str,
        starts_at: datetime,
        branch_id: str | None = None,
        counter_id: str | None = None,
    ) -> Done[Appointment]: ...

    def cancel(self, appointment_id: str) -> Done[Appointment]: ...

    def mark_no_show(self, appointment_id: str) -> Done[Appointment]: ...

    def day_list(
        self, branch_id: str, day: date, counter_id: str | None = None
    ) -> list[DayEntry]: ...

    def no_show_figures(
        self, branch_ids: Sequence[str] | None, first: date, last: date
    ) -> list[NoShowFigure]: ...

    def confirmation(self, appointment_id: str) -> Confirmation: ...


class LocalAppointmentBook:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def free_slots(
        self,
        service_id: str,
        branch_ids: Sequence[str] | None,
        after: datetime | None,
        limit: int = 8,
        ignore: str | None = None,
    ) -> list[Slot]:
        return uc.free_slots(
            self._ctx, service_id, branch_ids, after=after, limit=limit, ignore=ignore
        )

    def book(
        self,
        service_id: str,
        branch_id: str,
        starts_at: datetime,
        resident: Resident,
        counter_id: str | None = None,
        appointment_id: str | None = None,
    ) -> Done[Appointment]:
        return uc.book(
            self._ctx,
            service_id,
            branch_id,
            starts_at,
            resident,
            counter_id=counter_id,
            appointment_id=appointment_id,
        )

    def move(
        self,
        appointment_id: str,
        starts_at: datetime,
        branch_id: str | None = None,
        counter_id: str | None = None,
    ) -> Done[Appointment]:
        return uc.move(
            self._ctx, appointment_id, starts_at, branch_id=branch_id, counter_id=counter_id
        )

    def cancel(self, appointment_id: str) -> Done[Appointment]:
        return uc.cancel(self._ctx, appointment_id)

    def mark_no_show(self, appointment_id: str) -> Done[Appointment]:
        return uc.mark_no_show(self._ctx, appointment_id)

    def day_list(self, branch_id: str, day: date, counter_id: str | None = None) -> list[DayEntry]:
        return uc.day_list(self._ctx, branch_id, day, counter_id)

    def no_show_figures(
        self, branch_ids: Sequence[str] | None, first: date, last: date
    ) -> list[NoShowFigure]:
        return uc.no_show_figures(self._ctx, branch_ids, first, last)

    def confirmation(self, appointment_id: str) -> Confirmation:
        return confirmation(self._ctx, appointment_id)
