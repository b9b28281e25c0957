"""Typed dependencies of the routes, declared once."""

from __future__ import annotations

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from kiosk.core.model import Device
from kiosk.services.context import ServiceContext
from kiosk.services.devices import device_for_token

_bearer = HTTPBearer(auto_error=False, description="The device token from 'kiosk enroll'")


def get_ctx(request: Request) -> ServiceContext:
    ctx: ServiceContext = request.app.state.ctx
    return ctx


def current_device(
    request: Request,
    credentials: HTTPAuthorizationCredentials | None = Depends(_bearer),  # noqa: B008
) -> Device:
    """The enrolled, not revoked device whose token came as ``Authorization: Bearer <token>``.

    401 without a token or with one that is unknown or revoked (the same answer for both, so
    the server tells nobody which tokens once existed)."""
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise HTTPException(
            status_code=401, detail="device token needed", headers={"WWW-Authenticate": "Bearer"}
        )
    device = device_for_token(get_ctx(request), credentials.credentials)
    if device is None:
        raise HTTPException(
            status_code=401, detail="unknown device token", headers={"WWW-Authenticate": "Bearer"}
        )
    return device
