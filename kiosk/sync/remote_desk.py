"""A counter's actions done on the server (see kiosk/services/desk.py for why).

The answer carries the rows the action changed; they are stored in the replica at once and
announced, so the clerk sees the result without waiting for the change feed. The server's
refusals come back as the same typed errors a local desk raises, so the console words them
the same way.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from kiosk.core.queueing import QueueError, Refusal
from kiosk.services import replica
from kiosk.services.context import Done, ServiceContext
from kiosk.services.desk import DeskRequest
from kiosk.services.errors import ConcurrentChange, NotFound, ServerUnreachable
from kiosk.sync.link import ServerLink, ServerRefused


class RemoteDesk:
    def __init__(self, ctx: ServiceContext, link: ServerLink, branch_id: str) -> None:
        self._ctx = ctx
        self._link = link
        self._branch_id = branch_id

    def perform(self, counter_id: str, req: DeskRequest) -> Done[Any]:
        body = {k: (v.value if hasattr(v, "value") else v) for k, v in _fields(req).items()}
        try:
            answer = self._link.act(counter_id, body)
        except ServerRefused as exc:
            raise _as_local_error(exc, req) from None
        stored = replica.apply_rows(self._ctx, self._branch_id, answer["rows"])
        value = replica.desk_result(self._ctx, answer)
        return Done(value, stored.changes)


def _fields(req: DeskRequest) -> dict[str, Any]:
    return {f.name: getattr(req, f.name) for f in dataclasses.fields(req)}


def _as_local_error(exc: ServerRefused, req: DeskRequest) -> Exception:
    detail = exc.detail if isinstance(exc.detail, dict) else {}
    if exc.status == 409:
        refusal = detail.get("refusal", "")
        if refusal == "concurrent_change":
            return ConcurrentChange(req.ticket_id or "")
        try:
            return QueueError(Refusal(refusal))
        except ValueError:
            return ConcurrentChange(req.ticket_id or "")
    if exc.status == 404:
        return NotFound("ticket", req.ticket_id or "")
    # 401/403/422: this terminal may not do this (revoked, wrong branch): the same plain
    # "ask the administrator" as a server that cannot be used.
    return ServerUnreachable(exc.log_message)
