"""Appointments for the counters of every branch, and the staff calendar links.

Bookings meet here, on the server, so two clerks never book the same slot: a counter terminal
asks for free slots and books through these endpoints (with the clerk signed in), and the
change feed brings every booking to the terminals of its branch. Appointments travel as
table rows (the sync wire format), so a terminal stores the answer in its replica at once.

Calendar programs cannot send a token header: ``/calendars/{token}.ics`` is a secret link
made with ``kiosk admin calendar-link`` (only its hash is stored; revoke it there too).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import Response
from pydantic import AwareDatetime, BaseModel, Field

from kiosk.core.appointments import Appointment
from kiosk.core.model import Device, DeviceRole, Staff
from kiosk.server.deps import current_staff, device_with_role, get_ctx, get_hub, in_writer
from kiosk.server.feed_hub import FeedHub
from kiosk.services import appointments as uc
from kiosk.services import calendar_feeds, sync_server
from kiosk.services.appointment_book import confirmation
from kiosk.services.appointments import BookingRefused, Resident
from kiosk.services.context import Done, ServiceContext
from kiosk.services.errors import ConcurrentChange, NotFound
from kiosk.storage import tables as tb
from kiosk.storage.appointment_store import appointment_values
from kiosk.storage.rows import branch_values, service_values
from kiosk.storage.wire import encode_row

router = APIRouter(prefix="/api/v1/appointments", tags=["appointments"])
calendars = APIRouter(prefix="/calendars", tags=["calendars"])
staffed = device_with_role(DeviceRole.COUNTER, DeviceRole.VOLUNTEER)

_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"description": "No device token, or nobody signed in (``refusal`` = signed_out)."},
    403: {"description": "Not a counter's terminal."},
    404: {"description": "No such appointment, service or branch."},
    409: {
        "description": "Refused: ``detail.refusal`` is slot_taken, not_open, in_the_past, "
        "name_missing, too_long, not_open_state or concurrent_change."
    },
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
    if isinstance(exc, BookingRefused):
        return HTTPException(409, detail={"refusal": exc.problem.value})
    if isinstance(exc, ConcurrentChange):
        return HTTPException(409, detail={"refusal": "concurrent_change"})
    return HTTPException(404, detail="unknown appointment, service or branch")


async def _write(
    request: Request,
    ctx: ServiceContext,
    hub: FeedHub,
    device: Device,
    person: Staff,
    action: str,
    run: Any,
) -> AppointmentOut:
    def go() -> AppointmentOut:
        audited = sync_server.audited(ctx, device, person.id, action, action)
        try:
            done: Done[Appointment] = run(audited)
        except (BookingRefused, ConcurrentChange, NotFound) as exc:
            raise _refusal(exc) from None
        if done.changes:
            hub.poke_threadsafe()
        return AppointmentOut(row=_row(done.value))

    return await in_writer(request, go)


@router.get(
    "/slots", response_model=list[SlotOut], summary="The next free slots", responses=_ERRORS
)
def slots(
    device: Annotated[Device, Depends(staffed)],
    ctx: Annotated[ServiceContext, Depends(get_ctx)],
    service_id: Annotated[str, Query(max_length=36)],
    branch_id: Annotated[list[str] | None, Query(max_length=20)] = None,
    after: AwareDatetime | None = None,
    limit: Annotated[int, Query(ge=1, le=50)] = 8,
    ignore: Annotated[str | None, Query(max_length=36)] = None,
) -> list[SlotOut]:
    """Earliest first; equal times go to the branch listed first."""
    _sane(after)
    try:
        found = uc.free_slots(ctx, service_id, branch_id, after=after, limit=limit, ignore=ignore)
    except NotFound as exc:
        raise _refusal(exc) from None
    return [
        SlotOut(
            branch_id=s.branch_id, counter_id=s.counter_id, starts_at=s.starts_at, minutes=s.minutes
        )
        for s in found
    ]


@router.post("", response_model=AppointmentOut, summary="Book an appointment", responses=_ERRORS)
async def book(
    body: BookIn,
    request: Request,
    device: Annotated[Device, Depends(staffed)],
    person: Annotated[Staff, Depends(current_staff)],
    ctx: Annotated[ServiceContext, Depends(get_ctx)],
    hub: Annotated[FeedHub, Depends(get_hub)],
) -> AppointmentOut:
    _sane(body.starts_at)
    who = Resident(body.first_name, body.family_name, body.contact, body.birth_date)
    return await _write(
        request,
        ctx,
        hub,
        device,
        person,
        "book",
        lambda c: uc.book(
            c,
            body.service_id,
            body.branch_id,
            body.starts_at,
            who,
            counter_id=body.counter_id,
            appointment_id=body.id,
        ),
    )


@router.post(
    "/{appointment_id}/move", response_model=AppointmentOut, summary="Move", responses=_ERRORS
)
async def move(
    appointment_id: str,
    body: MoveIn,
    request: Request,
    device: Annotated[Device, Depends(staffed)],
    person: Annotated[Staff, Depends(current_staff)],
    ctx: Annotated[ServiceContext, Depends(get_ctx)],
    hub: Annotated[FeedHub, Depends(get_hub)],
) -> AppointmentOut:
    return await _write(
        request,
        ctx,
        hub,
        device,
        person,
        "move_appointment",
        lambda c: uc.move(
            c,
            appointment_id,
            body.starts_at,
            branch_id=body.branch_id,
            counter_id=body.counter_id,
        ),
    )


@router.post(
    "/{appointment_id}/cancel", response_model=AppointmentOut, summary="Cancel", responses=_ERRORS
)
async def cancel(
    appointment_id: str,
    request: Request,
    device: Annotated[Device, Depends(staffed)],
    person: Annotated[Staff, Depends(current_staff)],
    ctx: Annotated[ServiceContext, Depends(get_ctx)],
    hub: Annotated[FeedHub, Depends(get_hub)],
) -> AppointmentOut:
    return await _write(
        request,
        ctx,
        hub,
        device,
        person,
        "cancel_appointment",
        lambda c: uc.cancel(c, appointment_id),
    )


@router.post(
    "/{appointment_id}/no-show",
    response_model=AppointmentOut,
    summary="Mark that nobody came",
    responses=_ERRORS,
)
async def no_show(
    appointment_id: str,
    request: Request,
    device: Annotated[Device, Depends(staffed)],
    person: Annotated[Staff, Depends(current_staff)],
    ctx: Annotated[ServiceContext, Depends(get_ctx)],
    hub: Annotated[FeedHub, Depends(get_hub)],
) -> AppointmentOut:
    return await _write(
        request,
        ctx,
        hub,
        device,
        person,
        "appointment_no_show",
        lambda c: uc.mark_no_show(c, appointment_id),
    )


@router.get(
    "/day", response_model=list[DayEntryOut], summary="One day's appointments", responses=_ERRORS
)
def day(
    device: Annotated[Device, Depends(staffed)],
    person: Annotated[Staff, Depends(current_staff)],
    ctx: Annotated[ServiceContext, Depends(get_ctx)],
    branch_id: Annotated[str, Query(max_length=36)],
    day: date,
    counter_id: Annotated[str | None, Query(max_length=36)] = None,
) -> list[DayEntryOut]:
    _sane(day)
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
    device: Annotated[Device, Depends(staffed)],
    person: Annotated[Staff, Depends(current_staff)],
    ctx: Annotated[ServiceContext, Depends(get_ctx)],
    first: date,
    last: date,
    branch_id: Annotated[list[str] | None, Query(max_length=20)] = None,
) -> list[NoShowOut]:
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
    device: Annotated[Device, Depends(staffed)],
    person: Annotated[Staff, Depends(current_staff)],
    ctx: Annotated[ServiceContext, Depends(get_ctx)],
) -> ConfirmationOut:
    try:
        c = confirmation(ctx, appointment_id)
    except NotFound as exc:
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
        404: {"description": "Unknown or revoked link."},
    },
)
def calendar(token: str, ctx: Annotated[ServiceContext, Depends(get_ctx)]) -> Response:
    body = calendar_feeds.feed_ics(ctx, token)
    if body is None:
        raise HTTPException(404, detail="unknown calendar link")
    return Response(body, media_type="text/calendar; charset=utf-8")
