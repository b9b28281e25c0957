"""Every request's passage: hide the internal pages from strangers, read the body within its
limits, refuse NUL characters, add the security headers, tag the process, count, log. A plain
ASGI middleware: FastAPI's ``@app.middleware("http")`` wraps every request in extra tasks and
streams, which cost about as much as issuing a ticket."""

from __future__ import annotations

import json
import logging
import secrets
import time
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kiosk.server.exposure import InternalPages, security_headers
from kiosk.server.limits import BodyLimits, BodyRefused, read_body, refuse_declared
from kiosk.server.metrics import Metrics

log = logging.getLogger("kiosk.server")

#: Which server process answered (several may share the port: kiosk server --workers): random
#: for each process, so that it tells an outsider nothing (a process id would). The log names
#: it once at start.
PROCESS_TAG = secrets.token_hex(4).encode()
_NUL_ANSWER = json.dumps({"detail": "text with a NUL character is not accepted"}).encode()
_NOT_FOUND = json.dumps({"detail": "Not Found"}).encode()


class AccessMiddleware:
    def __init__(
        self, app: ASGIApp, metrics: Metrics, limits: BodyLimits, internal: InternalPages
    ) -> None:
        self.app = app
        self.metrics = metrics
        self.limits = limits
        self.internal = internal

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def send_tagged(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = security_headers(scope, list(message.get("headers", [])))
                message["headers"] = [*headers, (b"x-kiosk-process", PROCESS_TAG)]
            await send(message)

        try:
            await self._pass(scope, receive, send_tagged)
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

    async def _pass(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.internal.hidden(scope):
            await _answer(send, 404, _NOT_FOUND)
            return
        body = None
        try:
            # Read the body now (any route would read it whole anyway) to look for NUL.
            if scope["method"] in ("POST", "PUT", "PATCH"):
                body = await read_body(scope, receive, self.limits)
            else:  # no route reads these bodies; a huge one is refused all the same
                refuse_declared(scope, self.limits)
        except BodyRefused as exc:
            log.info(exc.log_message)
            answer = json.dumps({"detail": exc.user_message}).encode()
            # Close the connection: the rest of the body is not read, so no next request.
            await _answer(send, exc.status, answer, close=True)
            return
        # No client of ours sends a NUL character and PostgreSQL cannot store one: refuse it
        # here, for every route, rather than fail deep inside with a 500.
        nul = "\x00" in scope.get("path", "") or b"%00" in scope.get("query_string", b"")
        if nul or (body is not None and (b"\\u0000" in body or b"\x00" in body)):
            await _answer(send, 422, _NUL_ANSWER)
            return

        async def replay() -> Message:
            nonlocal body
            if body is None:
                return await receive()
            chunk, body = body, None
            return {"type": "http.request", "body": chunk, "more_body": False}

        await self.app(scope, replay, send)


async def _answer(send: Any, status: int, body: bytes, close: bool = False) -> None:
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    if close:
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
