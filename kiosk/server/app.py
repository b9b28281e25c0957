"""The FastAPI application, built by a factory around one ServiceContext.

Routes are thin: each calls a use case from kiosk.services. One module a resource under
kiosk/server/routes. The OpenAPI description is at /openapi.json, browsable at /docs.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from kiosk.server.access import AccessMiddleware
from kiosk.server.feed_hub import FeedHub
from kiosk.server.metrics import Metrics
from kiosk.server.routes import (
    appointments,
    counters,
    devices,
    health,
    staff,
    status_page,
    sync,
    tickets,
)
from kiosk.server.throttle import Throttle
from kiosk.services.context import ServiceContext
from kiosk.services.errors import DatabaseUnavailable

log = logging.getLogger("kiosk.server")


def create_app(ctx: ServiceContext) -> FastAPI:
    hub = FeedHub(ctx)
    writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kiosk-writer")

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        await hub.start()
        yield
        await hub.stop()
        writer.shutdown(wait=False)

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
    app.state.writer = writer
    app.state.throttle = Throttle()
    app.include_router(health.router)
    app.include_router(status_page.router)
    app.include_router(devices.router)
    app.include_router(sync.router)
    app.include_router(tickets.router)
    app.include_router(counters.router)
    app.include_router(staff.router)
    app.include_router(appointments.router)
    app.include_router(appointments.calendars)

    @app.exception_handler(DatabaseUnavailable)
    async def _db_down(_request: Request, exc: DatabaseUnavailable) -> JSONResponse:
        log.error(exc.log_message)
        return JSONResponse({"detail": "database unavailable"}, status_code=503)

    app.add_middleware(AccessMiddleware, metrics=app.state.metrics)
    return app
