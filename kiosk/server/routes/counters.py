"""A counter's actions, done on the server so that two counters never both call one ticket.

One endpoint, one body (``DeskRequest``): the server runs exactly what a counter on one
machine runs. The answer names what the action produced and carries the rows it changed, so
the counter shows the result at once instead of waiting for the feed. Each action is written
to the audit log.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from pydantic import BaseModel, Field
from sqlalchemy.exc import IntegrityError

from kiosk.core.counter_lease import DEFAULT_LEASE_S, MAX_LEASE_S, MIN_LEASE_S, CounterTaken
from kiosk.core.model import (
    Counter,
    Device,
    HelpRequest,
    Outcome,
    PriorityReason,
    Staff,
    Ticket,
)
from kiosk.core.queueing import QueueError
from kiosk.server.deps import Ctx, Hub, SignedInStaff, StaffedDevice, in_writer
from kiosk.server.feed_hub import FeedHub
from kiosk.services import counter_work as work
from kiosk.services import sync_server
from kiosk.services.context import ServiceContext
from kiosk.services.desk import NEEDS_TICKET, DeskAction, DeskRequest, MissingTicket, perform
from kiosk.services.errors import ConcurrentChange, NotFound

router = APIRouter(prefix="/api/v1/counters", tags=["counters"])


class DeskIn(BaseModel):
    action: DeskAction
    ticket_id: str | None = Field(default=None, max_length=36)
    outcome: Outcome = Outcome.HELPED
    service_id: str | None = Field(default=None, max_length=36)
    target_counter_id: str | None = Field(default=None, max_length=36)
    priority: PriorityReason | None = None
    help_request_id: str | None = Field(default=None, max_length=36)
    #: open, close, renew: the console's lease on the counter (kiosk/core/counter_lease.py).
    holder_id: str | None = Field(default=None, max_length=40)
    lease_s: int = Field(default=DEFAULT_LEASE_S, ge=MIN_LEASE_S, le=MAX_LEASE_S)


class DeskOut(BaseModel):
    result: str = Field(description="called, ticket, counter, help or nothing (no one waiting)")
    ticket_id: str | None = None
    help_request_id: str | None = None
    call_id: str | None = None
    finished_id: str | None = Field(default=None, description="The visit call_next closed")
    counter_id: str | None = None
    rows: dict[str, list[dict[str, Any]]] = Field(description="The rows the action changed")


@router.post(
    "/{counter_id}/actions",
    response_model=DeskOut,
    summary="Do a clerk's action at a counter (call next, recall, finish, ...)",
    responses={
        401: {
            "description": "No device token, an unknown or revoked one, or no staff member "
            "signed in (``detail.refusal`` = ``signed_out``: sign in again)."
        },
        403: {"description": "Not a counter's terminal, or a counter of another branch."},
        404: {"description": "No such counter, ticket or help request (of this branch)."},
        409: {
            "description": "Not possible now (another counter was first, the ticket moved on, "
            "another console has the counter open: ``counter_taken``, ``detail.holder``); "
            "``detail.refusal`` says why."
        },
    },
)
async def act(
    counter_id: str,
    body: DeskIn,
    request: Request,
    device: StaffedDevice,
    person: SignedInStaff,
    ctx: Ctx,
    hub: Hub,
) -> DeskOut:
    return await in_writer(request, lambda: _act(counter_id, body, device, person, ctx, hub))


def _act(
    counter_id: str, body: DeskIn, device: Device, person: Staff, ctx: ServiceContext, hub: FeedHub
) -> DeskOut:
    try:
        sync_server.check_desk_request(
            ctx, device, counter_id, body.ticket_id if body.action in NEEDS_TICKET else None
        )
    except NotFound:
        raise HTTPException(status_code=404, detail="unknown counter or ticket") from None
    except sync_server.OtherBranch:
        raise HTTPException(status_code=403, detail="a counter of another branch") from None
    req = DeskRequest(**body.model_dump())
    if req.holder_id is not None:
        # The server names the console, by its device and the clerk signed in at it.
        holder = f"{device.id}/{req.holder_id}"
        req = replace(req, holder_id=holder, holder_name=f"{device.name} ({person.display_name})")
    try:
        done = perform(
            sync_server.audited(ctx, device, person.id, req.action.value, req), counter_id, req
        )
    except QueueError as exc:
        raise HTTPException(
            status_code=409, detail={"refusal": exc.refusal.value, "message": str(exc)}
        ) from None
    except CounterTaken as exc:
        detail = {"refusal": "counter_taken", "holder": exc.holder_name, "message": str(exc)}
        raise HTTPException(status_code=409, detail=detail) from None
    except ConcurrentChange:
        raise HTTPException(
            status_code=409, detail={"refusal": "concurrent_change", "message": "changed first"}
        ) from None
    except (NotFound, IntegrityError):
        raise HTTPException(status_code=404, detail="unknown counter or ticket") from None
    except MissingTicket as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from None
    if done.changes:
        hub.poke_threadsafe()
    out = _describe(done.value)
    rows = sync_server.rows_of_result(ctx, done.value, done.changes)
    return DeskOut(rows=rows, **out)


def _describe(value: object) -> dict[str, Any]:
    if isinstance(value, work.Called):
        return {
            "result": "called",
            "ticket_id": value.ticket.id,
            "call_id": value.call.id,
            "finished_id": value.finished.id if value.finished else None,
        }
    if isinstance(value, Ticket):
        return {"result": "ticket", "ticket_id": value.id}
    if isinstance(value, Counter):
        return {"result": "counter", "counter_id": value.id}
    if isinstance(value, HelpRequest):
        return {"result": "help", "help_request_id": value.id}
    return {"result": "nothing"}
