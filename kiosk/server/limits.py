"""What one request may cost the server: bytes of body, seconds of body, seconds of head.

Without these a single script holds the server: a 100 MB body is read whole into memory before
anything looks at it, and a connection that sends its request one byte a minute (or nothing at
all) is kept for ever. The limits come from ``[server]`` (kiosk/server/settings.py).

- The body: ``read_body`` refuses a declared Content-Length over the limit before reading a
  byte (413), counts a streamed body as it arrives (413 as soon as it passes the limit), and
  gives the whole body a deadline (408). AccessMiddleware reads every body through it.
- The head (request line and headers): uvicorn bounds only the idle time between requests;
  ``HeadTimeoutProtocol`` also closes a connection whose next request head has not arrived
  within ``header_timeout_s`` of connecting or of the previous answer.

Pitfall: FastAPI's own ``max_body_size`` counts bytes only as the route reads them, which is
after AccessMiddleware has read the body for its NUL check, and puts no bound on time.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Any

from starlette.types import Receive, Scope
from uvicorn.protocols.http.h11_impl import H11Protocol

log = logging.getLogger("kiosk.server")


@dataclass(frozen=True, slots=True)
class BodyLimits:
    max_bytes: int
    timeout_s: float


class BodyRefused(Exception):
    """A request body the server will not read (any further)."""

    def __init__(self, status: int, user_message: str, log_message: str) -> None:
        super().__init__(log_message)
        self.status = status
        self.user_message = user_message
        self.log_message = log_message


def _too_large(limits: BodyLimits) -> BodyRefused:
    return BodyRefused(
        413,
        f"the request is too large; at most {limits.max_bytes} bytes are accepted",
        f"event=body_refused reason=too_large limit={limits.max_bytes}",
    )


def declared_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:  # h11 refuses these before we see them; be safe anyway
                return None
    return None


def refuse_declared(scope: Scope, limits: BodyLimits) -> None:
    """BodyRefused (413) when the request says its body is larger than the limit."""
    declared = declared_length(scope)
    if declared is not None and declared > limits.max_bytes:
        raise _too_large(limits)


async def read_body(scope: Scope, receive: Receive, limits: BodyLimits) -> bytes:
    """The whole body, within the limits of size and time; BodyRefused otherwise."""
    refuse_declared(scope, limits)
    deadline = asyncio.get_running_loop().time() + limits.timeout_s
    parts: list[bytes] = []
    size = 0
    while True:
        try:
            async with asyncio.timeout_at(deadline):
                message = await receive()
        except TimeoutError:
            raise BodyRefused(
                408,
                "the request took too long to arrive",
                f"event=body_refused reason=too_slow limit_s={limits.timeout_s:g}",
            ) from None
        if message["type"] != "http.request":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limits.max_bytes:
            raise _too_large(limits)
        parts.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(parts)


class HeadTimeoutProtocol(H11Protocol):
    """uvicorn's HTTP/1.1 protocol, and a connection waits at most ``head_timeout_s`` for
    its next request's line and headers (from connecting, or from the previous answer); then
    it is closed. A request being answered (its head arrived: a long poll, a body on its way)
    is left to the server's other limits."""

    def __init__(self, *args: Any, head_timeout_s: float, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._head_timeout_s = head_timeout_s
        self._head_timer: asyncio.TimerHandle | None = None

    def _answering(self) -> bool:
        return self.cycle is not None and not self.cycle.response_complete

    def _wait_for_head(self) -> None:
        self._stop_head_timer()
        if not self._answering() and not self.transport.is_closing():
            self._head_timer = self.loop.call_later(self._head_timeout_s, self._head_too_slow)

    def _stop_head_timer(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _head_too_slow(self) -> None:
        self._head_timer = None
        if not self._answering() and not self.transport.is_closing():
            log.debug("event=connection_closed reason=slow_request_head")
            self.transport.close()

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._wait_for_head()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if self._answering():
            self._stop_head_timer()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._wait_for_head()  # unless a pipelined request started at once

    def connection_lost(self, exc: Exception | None) -> None:
        self._stop_head_timer()
        super().connection_lost(exc)
