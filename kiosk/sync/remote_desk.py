"""A counter's actions done on the server (see kiosk/services/desk.py for why).

The answer carries the rows the action changed; they are stored in the replica at once and
announced, so the clerk sees the result without waiting for the change feed. The clerk's session
also goes to the link (``use_staff_session``): residents' names reach the replica only while
someone is signed in (kiosk.sync.agent). The server's
refusals come back as the same typed errors a local desk raises, so the console words them
the same way.
"""

from __future__ import annotations

import contextlib
import dataclasses
from typing import Any

from kiosk.core.counter_lease import CounterTaken
from kiosk.core.model import Staff, StaffRole
from kiosk.core.queueing import QueueError, Refusal
from kiosk.services import replica
from kiosk.services.context import Done, ServiceContext
from kiosk.services.desk import DeskRequest
from kiosk.services.errors import ConcurrentChange, NotFound, ServerUnreachable, SignedOut
from kiosk.services.staff_sessions import SignInRefusal, SignInRefused
from kiosk.sync.link import ServerLink, ServerRefused


class RemoteDesk:
    needs_sign_in = True

    def __init__(self, ctx: ServiceContext, link: ServerLink, branch_id: str) -> None:
        self._ctx = ctx
        self._link = link
        self._branch_id = branch_id
        self._session: str | None = None

    def sign_in(self, username: str, password: str) -> Staff:
        try:
            got = self._link.sign_in(username, password)
        except ServerRefused as exc:
            detail = exc.detail if isinstance(exc.detail, dict) else {}
            # 429: too many wrong tries; the clerk is told to wait, not that the network is gone.
            if exc.status in (401, 403, 429) and detail.get("refusal") in set(SignInRefusal):
                raise SignInRefused(SignInRefusal(detail["refusal"])) from None
            raise ServerUnreachable(exc.log_message) from None
        self._session = str(got["session"])
        self._link.use_staff_session(self._session)
        return Staff(
            id="", username=username, display_name=got["display_name"], role=StaffRole(got["role"])
        )

    def sign_out(self) -> None:
        session, self._session = self._session, None
        self._link.use_staff_session(None)
        if session is not None:
            # Unreachable: the server ends unused sessions by itself.
            with contextlib.suppress(ServerRefused, ServerUnreachable):
                self._link.sign_out(session)

    def session(self) -> str:
        """The clerk's session, for other calls made on their behalf; SignedOut if none."""
        if self._session is None:
            raise SignedOut()
        return self._session

    def signed_out(self) -> None:
        """The server said the session ended (another call found out)."""
        self._session = None
        self._link.use_staff_session(None)

    def perform(self, counter_id: str, req: DeskRequest) -> Done[Any]:
        if self._session is None:
            raise SignedOut()
        # Enums travel as their values (StrEnum values are the strings themselves). The server
        # names the lease's holder itself (device and clerk): only this console's id travels.
        body = dataclasses.asdict(req)
        body.pop("holder_name")
        if req.holder_id is not None:
            body["holder_id"] = req.holder_id.rsplit("/", 1)[-1]
        try:
            answer = self._link.act(counter_id, body, self._session)
        except ServerRefused as exc:
            detail = exc.detail if isinstance(exc.detail, dict) else {}
            if exc.status == 401 and detail.get("refusal") == "signed_out":
                self.signed_out()
                raise SignedOut() from None
            raise _as_local_error(exc, req) from None
        stored = replica.apply_rows(self._ctx, self._branch_id, answer["rows"])
        value = replica.desk_result(self._ctx, answer)
        return Done(value, stored.changes)


def _as_local_error(exc: ServerRefused, req: DeskRequest) -> Exception:
    detail = exc.detail if isinstance(exc.detail, dict) else {}
    if exc.status == 409:
        refusal = detail.get("refusal", "")
        if refusal == "counter_taken":
            return CounterTaken("", str(detail.get("holder", "")))
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
