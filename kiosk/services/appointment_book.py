"""The counter's appointment actions as one interface with two homes, like ``CounterDesk``.

``LocalAppointmentBook`` runs the use cases of kiosk.services.appointments on this machine's
database (the demo, or the server itself). ``kiosk.sync.remote_appointments`` sends the same
calls to the server, where bookings of every counter meet, so two clerks never book one slot.
The counter console only knows ``AppointmentBook``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Concatenate, Generic, ParamSpec, Protocol, Self, TypeVar, overload

from kiosk.core.appointments import Appointment
from kiosk.core.model import Branch, Municipality, Service
from kiosk.core.slots import Slot
from kiosk.services import appointments as uc
from kiosk.services.appointments import DayEntry, NoShowFigure, Resident
from kiosk.services.context import Done, ServiceContext, Tx
from kiosk.storage import appointment_store as astore
from kiosk.storage import catalogue_store as store

P = ParamSpec("P")
R = TypeVar("R")


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
        return _slip(conn, uc.ours(astore.appointment(conn, appointment_id), caller_branch))


def confirmation_of(ctx: ServiceContext, a: Appointment) -> Confirmation:
    """The slip of ``a`` as this terminal knows it: one it just booked or moved at another
    branch, which the server does not show it again (names stay in their branch)."""
    with ctx.db.read() as conn:
        return _slip(conn, a)


def _slip(conn: Tx, a: Appointment) -> Confirmation:
    return Confirmation(
        a,
        store.service(conn, a.service_id),
        store.branch(conn, a.branch_id),
        astore.municipality(conn),
    )


class AppointmentBook(Protocol):
    """May raise BookingRefused, NotFound, ConcurrentChange and, remote, ServerUnreachable.
    Each method takes what the use case of the same name in kiosk.services.appointments takes,
    less the context and the caller's branch."""

    def free_slots(
        self,
        service_id: str,
        branch_ids: Sequence[str] | None,
        after: datetime | None,
        *,
        limit: int = 8,
        ignore: str | None = None,
    ) -> list[Slot]: ...

    def book(
        self,
        service_id: str,
        branch_id: str,
        starts_at: datetime,
        resident: Resident,
        *,
        counter_id: str | None = None,
        appointment_id: str | None = None,
    ) -> Done[Appointment]: ...

    def move(
        self,
        appointment_id: str,
        starts_at: datetime,
        *,
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


class _OnThisMachine(Generic[P, R]):
    """A use case as a method of LocalAppointmentBook: the book's context goes first, the
    console's arguments follow as they are. The local book is nothing but the use cases on this
    machine's database, so their arguments are not spelled out (and forwarded) a second time."""

    def __init__(self, use_case: Callable[Concatenate[ServiceContext, P], R]) -> None:
        self._use_case = use_case

    @overload
    def __get__(self, book: None, owner: object = None) -> Self: ...

    @overload
    def __get__(self, book: LocalAppointmentBook, owner: object = None) -> Callable[P, R]: ...

    def __get__(
        self, book: LocalAppointmentBook | None, owner: object = None
    ) -> Self | Callable[P, R]:
        if book is None:  # looked up on the class (help(), inspect): the descriptor itself
            return self
        use_case, ctx = self._use_case, book._ctx

        def on_this_machine(*args: P.args, **kwargs: P.kwargs) -> R:
            return use_case(ctx, *args, **kwargs)

        return on_this_machine


class LocalAppointmentBook:
    """The use cases of kiosk.services.appointments on this machine's database."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    free_slots = _OnThisMachine(uc.free_slots)
    book = _OnThisMachine(uc.book)
    move = _OnThisMachine(uc.move)
    cancel = _OnThisMachine(uc.cancel)
    mark_no_show = _OnThisMachine(uc.mark_no_show)
    day_list = _OnThisMachine(uc.day_list)
    no_show_figures = _OnThisMachine(uc.no_show_figures)
    confirmation = _OnThisMachine(confirmation)
