"""Staff sign-in at a counter's terminal (or a library's volunteer desk), and sign-out.

The session token goes with every counter action (header ``X-Staff-Session``), so the audit
log names the person, not only the machine. Sign-ins are counted before their password is
checked and Argon2 checks wait their turn (kiosk.server.throttle); each failed or refused one
is logged with the terminal and, if an account has it, the user name.
"""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import APIRouter, Depends, Header, HTTPException, Request, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from kiosk.core.model import Device, StaffRole
from kiosk.server.deps import Ctx, StaffedDevice
from kiosk.server.throttle import SIGN_IN_WINDOW_S, SignIns, Throttled, too_many
from kiosk.services import staff, staff_sessions
from kiosk.services.staff_sessions import SignInRefused

log = logging.getLogger("kiosk.server.staff")

router = APIRouter(prefix="/api/v1/staff", tags=["staff"])


async def get_sign_ins(request: Request) -> SignIns:
    sign_ins: SignIns = request.app.state.sign_ins
    return sign_ins


class SignInIn(BaseModel):
    username: str = Field(min_length=1, max_length=80)
    password: str = Field(min_length=1, max_length=200)


class SignInOut(BaseModel):
    session: str = Field(description="Send as X-Staff-Session with every counter action")
    display_name: str
    role: StaffRole


def _where(device: Device) -> str:
    return f"device={device.id} device_name={device.name!r}"


@router.post(
    "/sign-in",
    response_model=SignInOut,
    summary="Sign a staff member in at this terminal",
    description=(
        "Failed sign-ins are counted per user name (10 in 10 minutes, at any terminal) and "
        "per terminal (30 in 10 minutes, under any name); beyond either, 429 until the "
        "first of those failures is 10 minutes old, for the right password too. A "
        "colleague's typos under their own name do not lock anyone else out. An attempt "
        "counts from the moment it arrives, so simultaneous ones cannot pass the limit "
        "together. A lone surrogate or another value that is not text: 422, naming the "
        "field, never its value."
    ),
    responses={
        401: {"description": "No device token, or wrong name or password (one answer)."},
        403: {"description": "Not a counter's terminal, or a role that does not work here."},
        429: {
            "description": "Too many failed sign-ins for this name or at this terminal "
            '(`{"refusal": "too_many_attempts"}`); wait the Retry-After seconds.'
        },
    },
)
async def sign_in(
    body: SignInIn,
    device: StaffedDevice,
    ctx: Ctx,
    sign_ins: Annotated[SignIns, Depends(get_sign_ins)],
) -> SignInOut:
    try:
        attempt = sign_ins.attempt(device.id, staff.compared_username(body.username))
    except Throttled as exc:
        known = await run_in_threadpool(staff.has_account, ctx, body.username)
        log.warning(
            "sign-in throttled %s username=%s limit=%s",
            _where(device),
            staff.compared_username(body.username) if known else "?",
            "+".join(exc.keys),
        )
        raise too_many(
            SIGN_IN_WINDOW_S, {"refusal": staff_sessions.SignInRefusal.TOO_MANY.value}
        ) from None
    with attempt:
        try:
            # Argon2 takes a moment and 64 MiB on purpose: off the event loop, a few at once.
            async with sign_ins.hash_slot:
                done = await run_in_threadpool(
                    staff_sessions.sign_in,
                    ctx,
                    device.id,
                    device.role,
                    body.username,
                    body.password,
                )
        except SignInRefused as exc:
            attempt.failed()
            log.warning("sign-in refused %s %s", _where(device), exc.log_message)
            status = 403 if exc.refusal is staff_sessions.SignInRefusal.NOT_HERE else 401
            raise HTTPException(status_code=status, detail={"refusal": exc.refusal.value}) from None
    person = done.value.staff
    return SignInOut(session=done.value.token, display_name=person.display_name, role=person.role)


@router.post(
    "/sign-out",
    status_code=204,
    summary="End this staff session",
    description="Ends the session only if it was made at this terminal; 204 either way.",
    responses={401: {"description": "No token, or an unknown or revoked one."}},
)
def sign_out(
    device: StaffedDevice,
    ctx: Ctx,
    x_staff_session: Annotated[str | None, Header(max_length=100)] = None,
) -> Response:
    if x_staff_session:
        staff_sessions.sign_out(ctx, x_staff_session, device.id)
    return Response(status_code=204)
