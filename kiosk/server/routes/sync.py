"""Sync for enrolled terminals: snapshot, long-polled change feed, pushes, number leases.

Every endpoint needs a device token; what a terminal gets is limited to its own branch. No
ticket's status-page token ever leaves the server this way. Residents' names, contact details
and birth dates reach a counter only while a clerk is signed in there (its ``X-Staff-Session``
comes with the request); kiosks, displays and volunteer desks never get them (wire.Audience).
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Header, HTTPException, Query
from fastapi.responses import Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from kiosk.core.model import Device, DeviceRole
from kiosk.server.deps import Ctx, Hub, IssuingDevice, ThisDevice
from kiosk.services import sync_push, sync_server
from kiosk.services.context import ServiceContext
from kiosk.services.push_answers import PushStatus, Refusal
from kiosk.services.staff_sessions import session_staff
from kiosk.services.sync_server import LeaseRefused
from kiosk.storage.wire import Audience
from kiosk.sync.protocol import OutboxKind, PushItem

router = APIRouter(prefix="/api/v1/sync", tags=["sync"])
#: Terminals that get residents' personal data while a clerk is signed in there. Not a
#: library's volunteer desk: it sees no appointments at all (README, "Privacy").
STAFFED_ROLES = frozenset({DeviceRole.COUNTER})
StaffSession = Annotated[
    str | None,
    Header(
        max_length=100,
        description="The signed-in clerk's session, at a counter: then appointments come with "
        "names, contact and birth date; without it (or with one that ended) they come blank",
    ),
]


def audience_of(ctx: ServiceContext, device: Device, session: str | None) -> Audience:
    """What ``device`` may hold of residents' data now (see wire.Audience)."""
    if device.role is DeviceRole.KIOSK:
        return Audience.KIOSK
    staffed = device.role in STAFFED_ROLES and session
    if staffed and session_staff(ctx, session or "", device.id) is not None:
        return Audience.STAFF
    return Audience.SHIELDED


#: The longest a feed request waits for news; terminals ask with wait=25.
MAX_WAIT_S = 30.0


class SnapshotOut(BaseModel):
    cursor: int = Field(description="Go on reading the feed after this sequence number")
    day: date = Field(description="The branch's local day on the server")
    rows: dict[str, list[dict[str, Any]]] = Field(
        description="Rows per table, as stored (times in ISO 8601 with offset); tickets "
        "without their status-page token; appointments without match key, and without names, "
        "contact, birth date or reference unless a clerk is signed in (a kiosk gets the "
        "reference keyed with the check-in secret)"
    )


@router.get(
    "/snapshot",
    response_model=SnapshotOut,
    summary="Everything a terminal of this branch mirrors, with the cursor to go on from",
    responses={401: {"description": "No token, or an unknown or revoked one."}},
)
def snapshot(
    device: ThisDevice,
    ctx: Ctx,
    x_staff_session: StaffSession = None,
) -> SnapshotOut:
    audience = audience_of(ctx, device, x_staff_session)
    snap = sync_server.snapshot(ctx, device.branch_id, audience)
    return SnapshotOut(cursor=snap.cursor, day=snap.day, rows=snap.rows)


class FeedChange(BaseModel):
    seq: int
    kind: Literal["ticket", "call", "counter", "printer_alert", "catalogue", "appointment", "help"]
    id: str
    table: str | None = Field(description="The table of ``row``; null: reread the snapshot")
    row: dict[str, Any] | None


class FeedOut(BaseModel):
    cursor: int = Field(description="Ask again with after=cursor")
    reset: bool = Field(description="true: the cursor is unknown here, reread the snapshot")
    changes: list[FeedChange]


@router.get(
    "/feed",
    response_model=FeedOut,
    summary="Changes of this branch after a cursor; waits up to ``wait`` seconds for one",
    description="Long poll: answers at once when there is news, else as soon as something "
    "changes, else after ``wait`` seconds with no changes and the cursor moved on. Each change "
    "carries its row as it is now, so applying a page is storing its rows in order. A terminal "
    "may have a few polls waiting (``[server] feed_polls_per_device``, 2); one more answers "
    "the oldest at once, with no changes.",
    responses={401: {"description": "No token, or an unknown or revoked one."}},
)
async def feed(
    device: ThisDevice,
    hub: Hub,
    ctx: Ctx,
    after: Annotated[int, Query(ge=0, le=2**62)] = 0,
    wait: Annotated[float, Query(ge=0, le=MAX_WAIT_S)] = 25.0,
    x_staff_session: StaffSession = None,
) -> Response:
    # The session is checked when the poll starts: a clerk who signs out meanwhile is the
    # terminal's to handle (it drops a page asked for by a clerk who left, kiosk.sync.agent).
    audience = audience_of(ctx, device, x_staff_session)
    body = await hub.wait_page(device.branch_id, after, wait, audience, device.id)
    return Response(body, media_type="application/json")


class PushItemIn(BaseModel):
    id: str = Field(min_length=1, max_length=36, description="The outbox item's own id")
    kind: OutboxKind
    payload: dict[str, Any]


class PushIn(BaseModel):
    items: list[PushItemIn] = Field(max_length=500)


class PushResultOut(BaseModel):
    id: str
    status: PushStatus = Field(
        description="stored; duplicate (stored before, nothing changed); later (it needs a "
        "record that has not arrived yet: send it again); rejected (never: drop it)"
    )
    reason: str = Field(
        description="Empty when stored; else why, one of: "
        + ", ".join(f"'{r.value}'" for r in Refusal)
    )


class PushOut(BaseModel):
    results: list[PushResultOut]


@router.post(
    "/push",
    response_model=PushOut,
    summary="Deliver a terminal's outbox, in order; safe to send again",
    description="Each item is answered on its own, in order; a refused item does not cost the "
    "others. The server takes from a terminal only what it knows. A kiosk's ticket: a number "
    "leased to that kiosk, of the service's letter; new and waiting, with nothing a counter "
    "does (refused: 'state', 'counter_fields'); a priority only as a reason a resident gives "
    "(elderly, disability, pregnancy; never 'staff' or a bare flag: 'priority'); a status-page "
    "token of at least 128 random bits, 22 to 64 characters of A-Z a-z 0-9 _ - ('token'). Its "
    "times are moved to within the number's lease, its day and the server's now ('day' when the "
    "day has not begun on the server). Printer trouble comes only from terminals that print "
    "tickets, a 'printed' only for the kiosk's own ticket ('issuer'), and no time lies ahead of "
    "the server's.",
    responses={401: {"description": "No token, or an unknown or revoked one."}},
)
def push(
    body: PushIn,
    device: ThisDevice,
    ctx: Ctx,
    hub: Hub,
) -> PushOut:
    items = [PushItem(i.id, i.kind, i.payload) for i in body.items]
    done = sync_push.accept_pushes(ctx, device, items)
    if done.changes:
        hub.poke_threadsafe()
    return PushOut(
        results=[PushResultOut(id=r.id, status=r.status, reason=r.reason) for r in done.value]
    )


class LeaseIn(BaseModel):
    day: date
    letter: str = Field(min_length=1, max_length=2)
    count: int = Field(ge=1, le=sync_server.MAX_LEASE)


class LeaseOut(BaseModel):
    id: str
    day: date
    letter: str
    first: int
    last: int


@router.post(
    "/numbers",
    response_model=LeaseOut,
    summary="Lease a block of ticket numbers to this kiosk, for use while offline too",
    responses={
        401: {"description": "No token, or an unknown or revoked one."},
        403: {"description": "Only kiosks and volunteer desks hand out tickets."},
        422: {"description": "A day too far away, or a letter this branch does not use."},
    },
)
async def lease(
    body: Annotated[LeaseIn, Body()],
    device: IssuingDevice,
    ctx: Ctx,
) -> LeaseOut:
    try:
        block = await run_in_threadpool(
            sync_server.lease_numbers, ctx, device, body.day, body.letter, body.count
        )
    except LeaseRefused as exc:
        raise HTTPException(status_code=422, detail=f"lease refused: {exc.reason}") from None
    return LeaseOut(
        id=block.id, day=block.day, letter=block.letter, first=block.first, last=block.last
    )
