"""Device enrollment: a terminal trades its one-time code for its device token.

Codes are counted per address before they are looked up (kiosk.server.throttle), so a burst of
guesses cannot pass the limit together; refusals are logged with the address and the reason,
never the code.
"""

from __future__ import annotations

import logging

from fastapi import APIRouter, HTTPException, Request
from pydantic import BaseModel, Field

from kiosk.core.model import DeviceRole
from kiosk.server.deps import Ctx, RequestThrottle, ThisDevice, client_key
from kiosk.server.throttle import Throttled, too_many
from kiosk.services.devices import (
    EnrollmentRefusal,
    EnrollmentRefused,
    device_place,
    enroll_device,
)

log = logging.getLogger("kiosk.server.devices")

router = APIRouter(tags=["devices"])

#: What the person at the terminal reads when the code does not work.
REFUSALS = {
    EnrollmentRefusal.UNKNOWN_CODE: "This code is not known. Check the code and try again.",
    EnrollmentRefusal.CODE_USED: "This code was used already. Ask for a new code.",
    EnrollmentRefusal.CODE_EXPIRED: "This code is too old. Ask for a new code.",
    EnrollmentRefusal.DEVICE_REVOKED: "This device was switched off. Ask for a new code.",
}


class EnrollIn(BaseModel):
    code: str = Field(min_length=5, max_length=40, description="The code shown by kiosk admin")


class EnrollOut(BaseModel):
    device_id: str
    token: str = Field(description="Shown once: keep it in the OS keyring")
    branch_id: str
    branch_code: str
    role: DeviceRole
    name: str
    counter_number: int | None = Field(description="The counter a counter's terminal serves")
    public_url: str = Field(description="Where residents' phones open ticket status pages")


@router.post(
    "/api/v1/devices/enroll",
    response_model=EnrollOut,
    summary="Trade a one-time enrollment code for the device's token",
    description=(
        "A code gives one token, once: of simultaneous enrollments with it, one gets the "
        "token and the others 400 `code_used`. 10 failed codes from one address within 10 "
        "minutes, counted as they arrive, lock that address (429). A code that is not text "
        "(a number, a list, a lone surrogate): 422, naming the field, never its value."
    ),
    responses={
        400: {"description": "The code is unknown, used, expired or revoked."},
        429: {"description": "Too many failed codes from this address; wait a few minutes."},
    },
)
def enroll(
    body: EnrollIn,
    request: Request,
    ctx: Ctx,
    throttle: RequestThrottle,
) -> EnrollOut:
    address = client_key(request)
    try:
        attempt = throttle.attempt({address: throttle.max_failures})
    except Throttled:
        log.warning("enrollment throttled address=%s", address)
        raise too_many(
            throttle.window_s, "too many failed attempts; try again in a few minutes"
        ) from None
    with attempt:
        try:
            done = enroll_device(ctx, body.code)
        except EnrollmentRefused as exc:
            attempt.failed()
            log.warning("enrollment refused address=%s reason=%s", address, exc.refusal.value)
            raise HTTPException(
                status_code=400,
                detail={"code": exc.refusal.value, "message": REFUSALS[exc.refusal]},
            ) from None
    d = done.value.device
    where = device_place(ctx, d)
    return EnrollOut(
        device_id=d.id,
        token=done.value.token,
        branch_id=d.branch_id,
        branch_code=where.branch_code,
        role=d.role,
        name=d.name,
        counter_number=where.counter_number,
        public_url=ctx.status_base_url,
    )


class DeviceOut(BaseModel):
    device_id: str
    branch_id: str
    role: DeviceRole
    name: str
    counter_id: str | None


@router.get(
    "/api/v1/devices/me",
    response_model=DeviceOut,
    summary="The device the token belongs to (a terminal checks its enrollment)",
    responses={401: {"description": "No token, or an unknown or revoked one."}},
)
def me(device: ThisDevice) -> DeviceOut:
    return DeviceOut(
        device_id=device.id,
        branch_id=device.branch_id,
        role=device.role,
        name=device.name,
        counter_id=device.counter_id,
    )
