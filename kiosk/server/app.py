"""The FastAPI application, built by a factory around one ServiceContext.

Routes are thin: each calls a use case from kiosk.services. One module a resource under
kiosk/server/routes. The OpenAPI description is at /openapi.json, browsable at /docs.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse

from kiosk.server.feed_hub import FeedHub
from kiosk.server.metrics import Metrics
from kiosk.server.routes import counters, devices, health, staff, status_page, sync, tickets
from kiosk.server.throttle import Throttle
from kiosk.services.context import ServiceContext
from kiosk.services.errors import DatabaseUnavailable

log = logging.getLogger("kiosk.server")
PROCESS_TAG = f"{os.getpid()}"


async def _has_nul(request: Request) -> bool:
    if "\x00" in request.scope.get("path", "") or b"%00" in request.scope.get("query_string", b""):
        return True
    if request.method in ("POST", "PUT", "PATCH"):
        body = await request.body()
        return b"\\u0000" in body or b"\x00" in body
    return False


def create_app(ctx: ServiceContext) -> FastAPI:
    hub = FeedHub(ctx)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        await hub.start()
        yield
        await hub.stop()

    app = FastAPI(
        lifespan=lifespan,
        title="kiosk server",
        version="0.1.0",
        description=(
            "Central server of the kiosk queue system: the shared queue of every branch, the "
            "sync of its terminals (snapshot, long-polled change feed, idempotent pushes, "
            "number leases for offline kiosks), counters' actions, device enrollment, health "
            "and metrics, and the public ticket status page that each ticket's QR code opens. "
            "Terminals authenticate with their device token (Authorization: Bearer)."
        ),
    )
    app.state.ctx = ctx
    app.state.metrics = Metrics()
    app.state.hub = hub
    app.state.throttle = Throttle()
    app.include_router(health.router)
    app.include_router(status_page.router)
    app.include_router(devices.router)
    app.include_router(sync.router)
    app.include_router(tickets.router)
    app.include_router(counters.router)
    app.include_router(staff.router)

    @app.exception_handler(DatabaseUnavailable)
    async def _db_down(_request: Request, exc: DatabaseUnavailable) -> JSONResponse:
        log.error(exc.log_message)
        return JSONResponse({"detail": "database unavailable"}, status_code=503)

    @app.middleware("http")
    async def _count(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        started = time.perf_counter()
        if await _has_nul(request):
            # No client of ours sends a NUL character; PostgreSQL cannot even store one. Refuse
            # it here, for every route, instead of failing deep inside with a 500.
            response: Response = JSONResponse(
                {"detail": "text with a NUL character is not accepted"}, status_code=422
            )
        else:
            response = await call_next(request)
        # Which server process answered: several may share the port (kiosk server --workers).
        response.headers["X-Kiosk-Process"] = PROCESS_TAG
        route = request.scope.get("route")
        path = getattr(route, "path", "unmatched")
        app.state.metrics.count_request(request.method, path, response.status_code)
        log.info(
            "method=%s route=%s status=%s ms=%.1f",
            request.method,
            path,
            response.status_code,
            (time.perf_counter() - started) * 1000,
        )
        return response

    return app
