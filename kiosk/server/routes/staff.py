"""Staff sign-in at a counter's terminal (or a library's volunteer desk), and sign-out.

The session token goes with every counter action (header ``X-Staff-Session``), so the audit
log names the person, not only the machine.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Header, HTTPException, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from kiosk.core.model import Device, DeviceRole, StaffRole
from kiosk.server.deps import (
    device_with_role,
    get_ctx,
    get_throttle,
    refuse_if_throttled,
)
from kiosk.server.throttle import Throttle
from kiosk.services import staff_sessions
from kiosk.services.context import ServiceContext
from kiosk.services.staff_sessions import SignInRefused

router = APIRouter(prefix="/api/v1/staff", tags=["staff"])
staffed = device_with_role(DeviceRole.COUNTER, DeviceRole.VOLUNTEER)


class SignInIn(BaseModel):
    username: str = Field(min_length=1, max_length=80)
    password: str = Field(min_length=1, max_length=200)


class SignInOut(BaseModel):
    session: str = Field(description="Send as X-Staff-Session with every counter action")
    display_name: str
    role: StaffRole


@router.post(
    "/sign-in",
    response_model=SignInOut,
    summary="Sign a staff member in at this terminal",
    responses={
        401: {"description": "No device token, or wrong name or password (one answer)."},
        403: {"description": "Not a counter's terminal, or a role that does not work here."},
        429: {"description": "Too many failed sign-ins at this terminal; wait a few minutes."},
    },
)
async def sign_in(
    body: SignInIn,
    device: Annotated[Device, Depends(staffed)],
    ctx: Annotated[ServiceContext, Depends(get_ctx)],
    throttle: Annotated[Throttle, Depends(get_throttle)],
) -> SignInOut:
    # Counted per terminal, not per address: behind a proxy every terminal has the same one.
    refuse_if_throttled(throttle, device.id)
    try:
        # Argon2 takes a moment on purpose: off the event loop.
        done = await run_in_threadpool(
            staff_sessions.sign_in, ctx, device.id, device.role, body.username, body.password
        )
    except SignInRefused as exc:
        throttle.failed(device.id)
        if exc.refusal is staff_sessions.SignInRefusal.NOT_HERE:
            raise HTTPException(status_code=403, detail={"refusal": exc.refusal.value}) from None
        raise HTTPException(status_code=401, detail={"refusal": exc.refusal.value}) from None
    person = done.value.staff
    return SignInOut(session=done.value.token, display_name=person.display_name, role=person.role)


@router.post(
    "/sign-out",
    status_code=204,
    summary="End this staff session",
    responses={401: {"description": "No token, or an unknown or revoked one."}},
)
def sign_out(
    device: Annotated[Device, Depends(staffed)],
    ctx: Annotated[ServiceContext, Depends(get_ctx)],
    x_staff_session: Annotated[str | None, Header(max_length=100)] = None,
) -> Response:
    if x_staff_session:
        staff_sessions.sign_out(ctx, x_staff_session)
    return Response(status_code=204)
