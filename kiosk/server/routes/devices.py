"""Device enrollment: a terminal trades its one-time code for its device token."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, Field

from kiosk.core.model import DeviceRole
from kiosk.server.deps import get_ctx
from kiosk.services.context import ServiceContext
from kiosk.services.devices import EnrollmentRefusal, EnrollmentRefused, enroll_device

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
    role: DeviceRole
    name: str


@router.post(
    "/api/v1/devices/enroll",
    response_model=EnrollOut,
    summary="Trade a one-time enrollment code for the device's token",
    responses={400: {"description": "The code is unknown, used, expired or revoked."}},
)
def enroll(body: EnrollIn, ctx: Annotated[ServiceContext, Depends(get_ctx)]) -> EnrollOut:
    try:
        done = enroll_device(ctx, body.code)
    except EnrollmentRefused as exc:
        raise HTTPException(
            status_code=400, detail={"code": exc.refusal.value, "message": REFUSALS[exc.refusal]}
        ) from None
    d = done.value.device
    return EnrollOut(
        device_id=d.id, token=done.value.token, branch_id=d.branch_id, role=d.role, name=d.name
    )
