"""Typed dependencies of the routes, declared once."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Annotated, TypeVar

from fastapi import Depends, Header, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from kiosk.core.model import Device, DeviceRole, Staff
from kiosk.server.feed_hub import FeedHub
from kiosk.server.throttle import Throttle
from kiosk.services.context import ServiceContext
from kiosk.services.devices import device_for_token
from kiosk.services.staff_sessions import session_staff

T = TypeVar("T")

_bearer = HTTPBearer(auto_error=False, description="The device token from 'kiosk enroll'")


# Pitfall: FastAPI runs a plain ``def`` dependency in its thread pool. These are cheap, so they
# are ``async def`` and run on the event loop: a hop to a thread and back for each would cost
# more than the work. ``current_device`` reads the database only when the token is not in the
# context's cache (once per device per cache period).


async def get_ctx(request: Request) -> ServiceContext:
    ctx: ServiceContext = request.app.state.ctx
    return ctx


async def current_device(
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
    device = device_for_token(request.app.state.ctx, credentials.credentials)
    if device is None:
        raise HTTPException(
            status_code=401, detail="unknown device token", headers={"WWW-Authenticate": "Bearer"}
        )
    return device


def device_with_role(*roles: DeviceRole) -> Callable[[Device], Awaitable[Device]]:
    """A dependency: the calling device, if its role is one of ``roles``; else 403.

    401 (who are you?) comes first from ``current_device``; 403 means "known, but not allowed"."""
    allowed = frozenset(roles)

    async def check(device: Annotated[Device, Depends(current_device)]) -> Device:
        if device.role not in allowed:
            raise HTTPException(status_code=403, detail="not allowed for this kind of terminal")
        return device

    return check


async def get_hub(request: Request) -> FeedHub:
    hub: FeedHub = request.app.state.hub
    return hub


async def current_staff(
    request: Request,
    device: Annotated[Device, Depends(current_device)],
    x_staff_session: Annotated[str | None, Header(max_length=100)] = None,
) -> Staff:
    """The staff member signed in at this terminal (header ``X-Staff-Session``); 401 with
    ``{"refusal": "signed_out"}`` when nobody is (any more). On the event loop: a live session
    is remembered, the database is read about once a minute per clerk."""
    person = None
    if x_staff_session:
        person = session_staff(request.app.state.ctx, x_staff_session, device.id)
    if person is None:
        raise HTTPException(status_code=401, detail={"refusal": "signed_out"})
    return person


async def get_throttle(request: Request) -> Throttle:
    throttle: Throttle = request.app.state.throttle
    return throttle


def client_key(request: Request) -> str:
    return request.client.host if request.client else "unknown"


async def in_writer(request: Request, fn: Callable[[], T]) -> T:
    """Run a write on this process's writer thread.

    Writes that contend for one row (the next ticket number of a line) are faster one after
    another from one thread than from many at once: a thread holding a row lock would
    otherwise wait for Python's lock (the GIL) while the others spin, and every kiosk waits."""
    executor: ThreadPoolExecutor = request.app.state.writer
    return await asyncio.get_running_loop().run_in_executor(executor, fn)


# --- the dependencies as types: ``ctx: Ctx`` in a route's signature -------------------------

Ctx = Annotated[ServiceContext, Depends(get_ctx)]
Hub = Annotated[FeedHub, Depends(get_hub)]
RequestThrottle = Annotated[Throttle, Depends(get_throttle)]
#: Any enrolled terminal.
ThisDevice = Annotated[Device, Depends(current_device)]
#: The clerk signed in at the calling terminal.
SignedInStaff = Annotated[Staff, Depends(current_staff)]
#: A terminal that gives tickets: a kiosk or a volunteer's desk.
IssuingDevice = Annotated[Device, Depends(device_with_role(DeviceRole.KIOSK, DeviceRole.VOLUNTEER))]
#: A terminal where staff work: a counter or a volunteer's desk.
StaffedDevice = Annotated[
    Device, Depends(device_with_role(DeviceRole.COUNTER, DeviceRole.VOLUNTEER))
]
CounterDevice = Annotated[Device, Depends(device_with_role(DeviceRole.COUNTER))]
KioskDevice = Annotated[Device, Depends(device_with_role(DeviceRole.KIOSK))]
