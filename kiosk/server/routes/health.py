"""Liveness and metrics: what a load balancer and Prometheus ask."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import PlainTextResponse

from kiosk.server.deps import Ctx
from kiosk.services import catalogue

router = APIRouter(tags=["health"])


@router.get("/healthz", summary="Is the server up and its database reachable?")
def healthz(ctx: Ctx) -> dict[str, object]:
    """``{"status": "ok", "change_seq": N}``; a database that cannot be read answers 503."""
    return {"status": "ok", "change_seq": catalogue.last_change(ctx)}


@router.get(
    "/metrics",
    response_class=PlainTextResponse,
    summary="Prometheus metrics (only for the addresses in [server] metrics_from)",
    description="Requests by route and status, and the long polls waiting, of the server "
    "process that answers (each of ``--workers`` processes counts its own). Any other address "
    "gets 404; by default only this machine may read them.",
)
async def metrics(request: Request) -> str:
    return str(request.app.state.metrics.render(request.app.state.hub.waiting))
