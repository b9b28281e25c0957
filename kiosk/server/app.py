"""The FastAPI application, built by a factory around one ServiceContext.

Routes are thin: each calls a use case from kiosk.services. One module a resource under
kiosk/server/routes. The OpenAPI description is at /openapi.json, browsable at /docs, for the
addresses in ``[server] docs_from`` (this machine by default).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from kiosk.server.abandoned_counters import AbandonedCounters
from kiosk.server.access import PROCESS_TAG, AccessMiddleware
from kiosk.server.bad_input import answer_bad_input
from kiosk.server.exposure import InternalPages
from kiosk.server.feed_hub import FeedHub
from kiosk.server.limits import BodyLimits
from kiosk.server.metrics import Metrics
from kiosk.server.protocol_check import ProtocolCheck
from kiosk.server.routes import (
    appointments,
    check_in,
    counters,
    devices,
    health,
    staff,
    status_page,
    sync,
    tickets,
)
from kiosk.server.settings import ServerSettings
from kiosk.server.throttle import SignIns, Throttle
from kiosk.services.context import ServiceContext
from kiosk.services.errors import DatabaseUnavailable

log = logging.getLogger("kiosk.server")


def create_app(ctx: ServiceContext, settings: ServerSettings | None = None) -> FastAPI:
    """The app on ``ctx``; ``settings``: its limits and who sees what (the database, address
    and clock in them are ``ctx``'s business, see kiosk.bootstrap.build_server_app)."""
    settings = settings or ServerSettings()
    hub = FeedHub(ctx, polls_per_device=settings.feed_polls_per_device)
    writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kiosk-writer")
    abandoned = AbandonedCounters(ctx, hub, writer, settings.abandoned_counters_every_s)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        log.info("event=process_started tag=%s", PROCESS_TAG.decode())
        await hub.start()
        await abandoned.start()
        yield
        await abandoned.stop()
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
            "Terminals authenticate with their device token (Authorization: Bearer). "
            f"Request bodies are limited to {settings.max_body_bytes} bytes (413 beyond)."
        ),
    )
    app.state.ctx = ctx
    app.state.metrics = Metrics()
    app.state.hub = hub
    app.state.writer = writer
    app.state.throttle = Throttle()
    app.state.sign_ins = SignIns()
    app.state.name_misses = check_in.new_throttle()
    app.include_router(health.router)
    app.include_router(status_page.router)
    app.include_router(devices.router)
    app.include_router(sync.router)
    app.include_router(tickets.router)
    app.include_router(counters.router)
    app.include_router(staff.router)
    app.include_router(appointments.router)
    app.include_router(appointments.calendars)
    app.include_router(check_in.router)

    app.add_exception_handler(RequestValidationError, answer_bad_input)

    @app.exception_handler(DatabaseUnavailable)
    async def _db_down(_request: Request, exc: DatabaseUnavailable) -> JSONResponse:
        log.error(exc.log_message)
        return JSONResponse({"detail": "database unavailable"}, status_code=503)

    app.add_middleware(ProtocolCheck, now=ctx.clock.now)
    app.add_middleware(
        AccessMiddleware,
        metrics=app.state.metrics,
        limits=BodyLimits(settings.max_body_bytes, settings.body_timeout_s),
        internal=InternalPages.of(settings),
    )
    return app
