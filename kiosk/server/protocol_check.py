"""Every API request speaks a sync protocol version the server knows; every answer tells the time.

A terminal sends ``Kiosk-Protocol`` (kiosk.sync.protocol); one the server cannot answer gets
426 (update the terminal) or 409 (update the server) with a ProtocolRefusal body, before any
route runs, so an old terminal never meets a message it half understands. A request without
the header speaks version 1. Every answer, refusals included, carries ``Kiosk-Server-Time``:
terminals compare it with their own clock.

Plain ASGI, not Starlette's BaseHTTPMiddleware: the feed's long polls pass straight through.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import datetime

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kiosk.sync.protocol import (
    API_PREFIX,
    OLDEST_PROTOCOL,
    PROTOCOL_HEADER,
    REFUSAL_STATUS,
    SERVER_TIME_HEADER,
    MismatchCode,
    ProtocolRefusal,
    iso,
    version_refusal,
)

log = logging.getLogger("kiosk.server.protocol")

_HEADER = PROTOCOL_HEADER.lower().encode()
_TIME = SERVER_TIME_HEADER.lower().encode()


def asked_version(raw: bytes | None) -> int:
    """The version a request speaks; a header that is no number speaks none (0: too old)."""
    if raw is None:
        return OLDEST_PROTOCOL
    try:
        return int(raw.decode("ascii").strip())
    except ValueError:
        return 0


class ProtocolCheck:
    def __init__(self, app: ASGIApp, now: Callable[[], datetime]) -> None:
        self.app = app
        self._now = now

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_time(message: Message) -> None:
            if message["type"] == "http.response.start":
                stamp = (_TIME, iso(self._now()).encode())
                message["headers"] = [*message.get("headers", []), stamp]
            await send(message)

        refusal = None
        if str(scope.get("path", "")).startswith(API_PREFIX):
            raw = dict(scope.get("headers", [])).get(_HEADER)
            refusal = version_refusal(asked_version(raw))
        if refusal is None:
            await self.app(scope, receive, send_with_time)
            return
        await _refuse(refusal, scope, send_with_time)


async def _refuse(refusal: ProtocolRefusal, scope: Scope, send: Send) -> None:
    client = scope.get("client") or ("-", 0)
    log.warning(
        "event=protocol_refused address=%s path=%s code=%s",
        client[0],
        scope.get("path"),
        refusal.code.value,
    )
    body = json.dumps(refusal.to_json()).encode()
    status = REFUSAL_STATUS[refusal.code]
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    if refusal.code is MismatchCode.TOO_OLD:
        headers.append((b"upgrade", f"{PROTOCOL_HEADER}/{refusal.server_protocol}".encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
