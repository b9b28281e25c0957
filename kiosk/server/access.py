"""Every request's passage: refuse NUL characters, name the process, count, log. A plain ASGI
middleware: FastAPI's ``@app.middleware("http")`` wraps every request in extra tasks and
streams, which cost about as much as issuing a ticket."""

from __future__ import annotations

import json
import logging
import os
import time
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kiosk.server.metrics import Metrics

log = logging.getLogger("kiosk.server")

#: Which server process answered: several may share the port (kiosk server --workers).
PROCESS_TAG = str(os.getpid()).encode()
_NUL_ANSWER = json.dumps({"detail": "text with a NUL character is not accepted"}).encode()


class AccessMiddleware:
    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500
        # No client of ours sends a NUL character and PostgreSQL cannot store one: refuse it
        # here, for every route, rather than fail deep inside with a 500.
        body = await _read_body(receive) if scope["method"] in ("POST", "PUT", "PATCH") else None
        nul = "\x00" in scope.get("path", "") or b"%00" in scope.get("query_string", b"")
        nul = nul or (body is not None and (b"\\u0000" in body or b"\x00" in body))

        async def replay() -> Message:
            nonlocal body
            if body is None:
                return await receive()
            chunk, body = body, None
            return {"type": "http.request", "body": chunk, "more_body": False}

        async def send_tagged(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [
                    *message.get("headers", []),
                    (b"x-kiosk-process", PROCESS_TAG),
                ]
            await send(message)

        try:
            if nul:
                await _answer(send_tagged, 422, _NUL_ANSWER)
            else:
                await self.app(scope, replay, send_tagged)
        finally:
            route = getattr(scope.get("route"), "path", "unmatched")
            self.metrics.count_request(scope["method"], route, status)
            log.info(
                "method=%s route=%s status=%s ms=%.1f",
                scope["method"],
                route,
                status,
                (time.perf_counter() - started) * 1000,
            )


async def _read_body(receive: Receive) -> bytes:
    parts: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        parts.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(parts)


async def _answer(send: Any, status: int, body: bytes) -> None:
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
