"""Issuing a ticket on the server: a kiosk or volunteer desk that is online, or a script."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from pydantic import BaseModel, Field

from kiosk.core.model import PriorityReason
from kiosk.server.deps import Ctx, Hub, IssuingDevice, in_writer
from kiosk.services.pushed_ticket import RESIDENT_REASONS
from kiosk.services.tickets import (
    OutsideWalkInHours,
    ServiceNotOffered,
    TicketIdTaken,
    issue_ticket,
)

router = APIRouter(tags=["tickets"])


class IssueIn(BaseModel):
    service_id: str = Field(min_length=1, max_length=36)
    priority: PriorityReason | None = None
    ticket_id: str | None = Field(
        default=None,
        min_length=1,
        max_length=36,
        description="Made by the caller (a UUID) so a retry returns the same ticket",
    )


class IssueOut(BaseModel):
    ticket_id: str
    number: str = Field(description="As printed and shown, e.g. 'A 12'")
    people_ahead: int
    wait_minutes: int
    status_url: str = Field(description="The ticket's public status page (its QR code)")


@router.post(
    "/api/v1/tickets",
    response_model=IssueOut,
    summary="Give a resident a numbered place in line at this terminal's branch",
    responses={
        401: {"description": "No token, or an unknown or revoked one."},
        403: {"description": "Only kiosks and volunteer desks hand out tickets."},
        409: {
            "description": "A ticket with this id exists and was not asked for here, or the "
            "branch does not serve this service without an appointment now."
        },
        422: {
            "description": "This branch does not offer the service, or a priority that is not "
            "a resident's own reason (65+, a disability, pregnancy)."
        },
    },
)
async def issue(
    body: IssueIn,
    request: Request,
    device: IssuingDevice,
    ctx: Ctx,
    hub: Hub,
) -> IssueOut:
    if body.priority is not None and body.priority not in RESIDENT_REASONS:
        # "staff" is a clerk's call at the counter, never a terminal's: the same rule as pushes.
        raise HTTPException(status_code=422, detail="a terminal gives only a resident's reason")
    try:
        done = await in_writer(
            request,
            lambda: issue_ticket(
                ctx,
                device.branch_id,
                body.service_id,
                priority=body.priority,
                ticket_id=body.ticket_id,
                issued_by=device.id,
            ),
        )
    except ServiceNotOffered:
        raise HTTPException(status_code=422, detail="service not offered here") from None
    except TicketIdTaken:
        raise HTTPException(status_code=409, detail="this ticket id is taken") from None
    except OutsideWalkInHours:
        raise HTTPException(
            status_code=409, detail="no walk-in tickets for this service now"
        ) from None
    hub.poke()
    t = done.value
    return IssueOut(
        ticket_id=t.ticket.id,
        number=t.ticket.display_number,
        people_ahead=t.people_ahead,
        wait_minutes=t.wait_minutes,
        status_url=t.status_url,
    )
