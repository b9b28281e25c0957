"""Appointments for the counters of every branch, and the staff calendar links.

Bookings meet here, on the server, so two clerks never book the same slot: a counter terminal
asks for free slots and books through these endpoints (with the clerk signed in), and the
change feed brings every booking to the terminals of its branch. Appointments travel as
table rows (the sync wire format), so a terminal stores the answer in its replica at once.

Names, contacts and birth dates stay in their branch: a counter's terminal reads and changes
only its own branch's appointments (403 for another's). It may book at any branch, and move one
of its own there; the answer is the booking, for its slip, and from then on it is that
branch's. A library's volunteer desk only looks up free slots, which name nobody. The use
cases check the branch in the transaction that reads the appointment (``caller_branch``).

Calendar programs cannot send a token header: ``/calendars/{token}.ics`` is a secret link
made with ``kiosk admin calendar link`` (only its hash is stored); it expires, and
``kiosk admin calendar revoke`` switches it off sooner.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import Response
from pydantic import AwareDatetime, BaseModel, Field

from kiosk.core.appointments import Appointment
from kiosk.core.model import Device, Staff
from kiosk.server.deps import CounterDevice, Ctx, Hub, SignedInStaff, StaffedDevice, in_writer
from kiosk.server.feed_hub import FeedHub
from kiosk.services import appointments as uc
from kiosk.services import calendar_feeds, sync_server
from kiosk.services.appointment_book import confirmation
from kiosk.services.appointments import BookingRefused, Resident
from kiosk.services.context import Done, ServiceContext
from kiosk.services.errors import ConcurrentChange, NotFound, OtherBranchAppointment
from kiosk.storage import tables as tb
from kiosk.storage.appointment_store import appointment_values
from kiosk.storage.rows import branch_values, service_values
from kiosk.storage.wire import encode_row

router = APIRouter(prefix="/api/v1/appointments", tags=["appointments"])
calendars = APIRouter(prefix="/calendars", tags=["calendars"])
#: Free slots name nobody: a library volunteer may tell a resident when the next one is.
#: The rest is a counter's: volunteers are no municipal staff and see no resident's name.
_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"description": "No device token, or nobody signed in (``refusal`` = signed_out)."},
    403: {
        "description": "Not a counter's terminal (a library's volunteer desk only looks up "
        "free slots), or an appointment or day list of another branch than the terminal's."
    },
    404: {"description": "No such appointment, service or branch."},
    409: {
        "description": "Refused: ``detail.refusal`` is slot_taken, not_open, in_the_past, "
        "name_missing, too_long, not_open_state or concurrent_change."
    },
    422: {"description": "A date outside 2000-2099, or a field that is not valid."},
}


class SlotOut(BaseModel):
    branch_id: str
    counter_id: str
    starts_at: datetime
    minutes: int


class BookIn(BaseModel):
    id: str | None = Field(default=None, max_length=36, description="Made by the terminal")
    service_id: str = Field(max_length=36)
    branch_id: str = Field(max_length=36)
    starts_at: AwareDatetime
    counter_id: str | None = Field(default=None, max_length=36)
    first_name: str = Field(default="", max_length=uc.NAME_MAX)
    family_name: str = Field(max_length=uc.NAME_MAX)
    contact: str = Field(default="", max_length=uc.CONTACT_MAX)
    birth_date: date | None = None


class MoveIn(BaseModel):
    starts_at: AwareDatetime
    branch_id: str | None = Field(default=None, max_length=36)
    counter_id: str | None = Field(default=None, max_length=36)


class AppointmentOut(BaseModel):
    row: dict[str, Any] = Field(description="The appointments row, as the sync feed sends it")


class ConfirmationOut(BaseModel):
    appointment: dict[str, Any]
    service: dict[str, Any]
    branch: dict[str, Any]
    municipality: dict[str, str]


class DayEntryOut(BaseModel):
    row: dict[str, Any]
    status: str
    service_name: str
    ticket_number: str | None


class NoShowOut(BaseModel):
    service_id: str
    service_name: str
    no_shows: int
    due: int


#: Dates outside these years are typing errors (and overflow when turned into UTC times).
YEARS = range(2000, 2100)


def _sane(*moments: date | datetime | None) -> None:
    for m in moments:
        if m is not None and m.year not in YEARS:
            raise HTTPException(422, detail=f"a date between {YEARS.start} and {YEARS.stop}")


def _row(a: Appointment) -> dict[str, Any]:
    return encode_row(tb.appointments, appointment_values(a))


def _refusal(exc: Exception) -> HTTPException:
    if isinstance(exc, OtherBranchAppointment):
        return HTTPException(403, detail="an appointment of another branch")
    if isinstance(exc, BookingRefused):
        return HTTPException(409, detail={"refusal": exc.problem.value})
    if isinstance(exc, ConcurrentChange):
        return HTTPException(409, detail={"refusal": "concurrent_change"})
    return HTTPException(404, detail="unknown appointment, service or branch")


_REFUSED = (BookingRefused, ConcurrentChange, NotFound, OtherBranchAppointment)
_Run = Callable[[ServiceContext], Done[Appointment]]


@dataclass(frozen=True, slots=True)
class _Desk:
    """A write's who and where: a counter's terminal with its clerk signed in."""

    request: Request
    device: Device
    person: Staff
    ctx: ServiceContext
    hub: FeedHub

    async def write(self, action: str, run: _Run) -> AppointmentOut:
        """Run ``run`` on the writer thread, with an audit line; its appointment's row."""

        def go() -> AppointmentOut:
            audited = sync_server.audited(self.ctx, self.device, self.person.id, action, action)
            try:
                done = run(audited)
            except _REFUSED as exc:
                raise _refusal(exc) from None
            if done.changes:
                self.hub.poke_threadsafe()
            return AppointmentOut(row=_row(done.value))

        return await in_writer(self.request, go)


async def _desk(
    request: Request,
    device: CounterDevice,
    person: SignedInStaff,
    ctx: Ctx,
    hub: Hub,
) -> _Desk:
    return _Desk(request, device, person, ctx, hub)


Desk = Annotated[_Desk, Depends(_desk)]


@router.get(
    "/slots", response_model=list[SlotOut], summary="The next free slots", responses=_ERRORS
)
def slots(
    device: StaffedDevice,
    ctx: Ctx,
    service_id: Annotated[str, Query(max_length=36)],
    branch_id: Annotated[list[str] | None, Query(max_length=20)] = None,
    after: AwareDatetime | None = None,
    limit: Annotated[int, Query(ge=1, le=50)] = 8,
    ignore: Annotated[str | None, Query(max_length=36)] = None,
) -> list[SlotOut]:
    """Earliest first, at the branches listed (none: every branch); equal times go to the
    branch listed first. Names nobody, so a library's volunteer desk may ask too. ``ignore``:
    an appointment of the terminal's own branch being moved (its own slot counts as free)."""
    _sane(after)
    try:
        found = uc.free_slots(
            ctx,
            service_id,
            branch_id,
            after=after,
            limit=limit,
            ignore=ignore,
            caller_branch=device.branch_id,
        )
    except (NotFound, OtherBranchAppointment) as exc:
        raise _refusal(exc) from None
    return [
        SlotOut(
            branch_id=s.branch_id, counter_id=s.counter_id, starts_at=s.starts_at, minutes=s.minutes
        )
        for s in found
    ]


@router.post("", response_model=AppointmentOut, summary="Book an appointment", responses=_ERRORS)
async def book(body: BookIn, desk: Desk) -> AppointmentOut:
    """At any branch: the next free slot may be elsewhere. The answer is the booking, for its
    slip; one at another branch is that branch's from then on (403 here). The ``id`` made by
    the terminal makes a retry answer the first booking; the id of another branch's
    appointment answers 403, unless this is the very request that booked it."""
    _sane(body.starts_at)
    who = Resident(body.first_name, body.family_name, body.contact, body.birth_date)
    return await desk.write(
        "book",
        lambda c: uc.book(
            c,
            body.service_id,
            body.branch_id,
            body.starts_at,
            who,
            counter_id=body.counter_id,
            appointment_id=body.id,
            caller_branch=desk.device.branch_id,
        ),
    )


@router.post(
    "/{appointment_id}/move", response_model=AppointmentOut, summary="Move", responses=_ERRORS
)
async def move(appointment_id: str, body: MoveIn, desk: Desk) -> AppointmentOut:
    """An appointment of the terminal's own branch, to another time, or to another branch
    (which has it from then on)."""
    _sane(body.starts_at)
    return await desk.write(
        "move_appointment",
        lambda c: uc.move(
            c,
            appointment_id,
            body.starts_at,
            branch_id=body.branch_id,
            counter_id=body.counter_id,
            caller_branch=desk.device.branch_id,
        ),
    )


@router.post(
    "/{appointment_id}/cancel", response_model=AppointmentOut, summary="Cancel", responses=_ERRORS
)
async def cancel(appointment_id: str, desk: Desk) -> AppointmentOut:
    """An appointment of the terminal's own branch."""
    branch = desk.device.branch_id
    return await desk.write("cancel_appointment", lambda c: uc.cancel(c, appointment_id, branch))


@router.post(
    "/{appointment_id}/no-show",
    response_model=AppointmentOut,
    summary="Mark that nobody came",
    responses=_ERRORS,
)
async def no_show(appointment_id: str, desk: Desk) -> AppointmentOut:
    """An appointment of the terminal's own branch, once its time has come."""
    branch = desk.device.branch_id
    return await desk.write(
        "appointment_no_show", lambda c: uc.mark_no_show(c, appointment_id, branch)
    )


@router.get(
    "/day", response_model=list[DayEntryOut], summary="One day's appointments", responses=_ERRORS
)
def day(
    device: CounterDevice,
    person: SignedInStaff,
    ctx: Ctx,
    branch_id: Annotated[str, Query(max_length=36)],
    day: date,
    counter_id: Annotated[str | None, Query(max_length=36)] = None,
) -> list[DayEntryOut]:
    """With names and contacts, so of the terminal's own branch only (403 for another)."""
    _sane(day)
    if branch_id != device.branch_id:
        raise HTTPException(403, detail="the appointments of another branch")
    return [
        DayEntryOut(
            row=_row(e.appointment),
            status=e.status.value,
            service_name=e.service_name,
            ticket_number=e.ticket_number,
        )
        for e in uc.day_list(ctx, branch_id, day, counter_id)
    ]


@router.get(
    "/no-shows",
    response_model=list[NoShowOut],
    summary="No-shows per service",
    responses=_ERRORS,
)
def no_shows(
    device: CounterDevice,
    person: SignedInStaff,
    ctx: Ctx,
    first: date,
    last: date,
    branch_id: Annotated[list[str] | None, Query(max_length=20)] = None,
) -> list[NoShowOut]:
    """Counts per service, no names, at the branches listed (none: every branch): the
    figures of the whole municipality are no branch's secret."""
    _sane(first, last)
    return [
        NoShowOut(
            service_id=f.service_id, service_name=f.service_name, no_shows=f.no_shows, due=f.due
        )
        for f in uc.no_show_figures(ctx, branch_id, first, last)
    ]


@router.get(
    "/{appointment_id}/confirmation",
    response_model=ConfirmationOut,
    summary="What the confirmation slip needs",
    responses=_ERRORS,
)
def confirmation_of(
    appointment_id: str,
    device: CounterDevice,
    person: SignedInStaff,
    ctx: Ctx,
) -> ConfirmationOut:
    """Of an appointment of the terminal's own branch (403 for another: a terminal that just
    booked one there makes its slip from the booking's answer)."""
    try:
        c = confirmation(ctx, appointment_id, device.branch_id)
    except (NotFound, OtherBranchAppointment) as exc:
        raise _refusal(exc) from None
    m = c.municipality
    return ConfirmationOut(
        appointment=_row(c.appointment),
        service=encode_row(tb.services, service_values(c.service)),
        branch=encode_row(tb.branches, branch_values(c.branch)),
        municipality={
            "id": m.id,
            "name": m.name,
            "timezone": m.timezone,
            "phone": m.phone,
            "website": m.website,
        },
    )


@calendars.get(
    "/{token}.ics",
    summary="A staff calendar (iCalendar) of a branch or a counter, by secret link",
    responses={
        200: {"content": {"text/calendar": {}}, "description": "The calendar"},
        404: {"description": "Unknown, expired or revoked link."},
    },
)
def calendar(token: str, ctx: Ctx) -> Response:
    """Service, first name and family initial, time and place of each appointment of a week
    back and three months ahead; no contact, birth date or booking reference (the reference
    is the resident's check-in code)."""
    body = calendar_feeds.feed_ics(ctx, token)
    if body is None:
        raise HTTPException(404, detail="unknown calendar link")
    return Response(body, media_type="text/calendar; charset=utf-8")
