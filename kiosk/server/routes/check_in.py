"""What a kiosk needs from the server to check residents in without holding their data.

- ``POST /api/v1/check-in/find``: who has an appointment here today under this family name and
  birth date. The kiosk holds no names and no match keys (README, "Privacy"), so it asks; the
  answer names no one: appointment, service, time and building only.
- ``GET /api/v1/check-in/secret``: the secret a kiosk keys a typed or scanned code with, to find
  it in its replica (which holds references only keyed), also while offline. The kiosk keeps it
  in the OS keyring.

Only kiosks may ask. Look-ups that find nobody are counted per kiosk: a script with a kiosk's
token cannot try names and birth dates by the thousand (429 for a while).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from kiosk.server.deps import Ctx, KioskDevice
from kiosk.server.throttle import Throttle, Throttled, too_many
from kiosk.services import check_in

router = APIRouter(prefix="/api/v1/check-in", tags=["check-in"])
#: Look-ups that found nobody, per kiosk, before it must wait: residents mistype, a script
#: trying names and birth dates needs millions.
MISSES_PER_WINDOW = 30
MISS_WINDOW_S = 600.0


def new_throttle() -> Throttle:
    return Throttle(max_failures=MISSES_PER_WINDOW, window_s=MISS_WINDOW_S)


async def get_misses(request: Request) -> Throttle:
    misses: Throttle = request.app.state.name_misses
    return misses


class FindIn(BaseModel):
    family_name: str = Field(min_length=1, max_length=80)
    birth_date: date


class FoundOut(BaseModel):
    appointment_id: str
    service_id: str
    starts_at: datetime
    branch_id: str


class FindOut(BaseModel):
    appointments: list[FoundOut] = Field(
        description="Today's appointments at this kiosk's branch for this name and birth date, "
        "not cancelled; usually one, none when nobody matches"
    )


@router.post(
    "/find",
    response_model=FindOut,
    summary="Today's appointments at this branch for a family name and birth date",
    responses={
        401: {"description": "No token, or an unknown or revoked one."},
        403: {"description": "Only kiosks check residents in."},
        429: {"description": "Too many look-ups that found nobody; wait a few minutes."},
    },
)
async def find(
    body: FindIn,
    device: KioskDevice,
    ctx: Ctx,
    misses: Annotated[Throttle, Depends(get_misses)],
) -> FindOut:
    # Counted as it starts: a burst of look-ups at once gets no more tries than one by one.
    try:
        attempt = misses.attempt({device.id: MISSES_PER_WINDOW})
    except Throttled:
        detail = "too many look-ups that found nobody; try again in a few minutes"
        raise too_many(misses.window_s, detail) from None
    with attempt:
        found = await run_in_threadpool(
            check_in.find_by_name, ctx, device.branch_id, body.family_name, body.birth_date
        )
        if not found:
            attempt.failed()
    return FindOut(
        appointments=[
            FoundOut(
                appointment_id=b.appointment_id,
                service_id=b.service.id,
                starts_at=b.starts_at,
                branch_id=b.branch_id,
            )
            for b in found
        ]
    )


class SecretOut(BaseModel):
    secret: str = Field(description="Key references with it (HMAC); keep it in the OS keyring")


@router.get(
    "/secret",
    response_model=SecretOut,
    summary="The secret a kiosk keys check-in codes with",
    responses={
        401: {"description": "No token, or an unknown or revoked one."},
        403: {"description": "Only kiosks check residents in."},
    },
)
def secret(
    _device: KioskDevice,
    ctx: Ctx,
) -> SecretOut:
    return SecretOut(secret=check_in.check_in_secret(ctx))
