"""The HTTP link from a terminal to the server, with its device token. Qt-free, blocking:
callers run it off the GUI thread (the sync agent's threads, the counter's task lanes).

Every request says which sync protocol it speaks (kiosk.sync.protocol); every answer says the
server's time, which the link compares with the terminal's clock.

Errors: ServerUnreachable for anything that means "no usable answer" (no route, refused,
timeout, 5xx), ProtocolMismatch when terminal and server speak different protocol versions,
ServerRefused for another definite "no" (4xx) with the server's detail.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from typing import Any

import requests

from kiosk.services.errors import ServerUnreachable
from kiosk.sync.protocol import (
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    SERVER_TIME_HEADER,
    Enrollment,
    FeedPage,
    MismatchCode,
    PushItem,
    PushResult,
    Snapshot,
)

log = logging.getLogger(__name__)

#: Seconds to wait for a connection; a server that does not accept within this is "down".
CONNECT_TIMEOUT_S = 3.0
#: Seconds to wait for an ordinary answer.
READ_TIMEOUT_S = 10.0


class ServerRefused(Exception):
    def __init__(self, status: int, detail: Any) -> None:
        super().__init__(f"{status}: {detail}")
        self.status = status
        self.detail = detail
        self.log_message = f"server refused with {status}: {detail}"


class ProtocolMismatch(ServerRefused):
    """Terminal and server speak different protocol versions: one of them must be updated
    (``code``: which). The terminal stops asking and says so on its screen."""

    def __init__(self, status: int, detail: Mapping[str, Any]) -> None:
        super().__init__(status, detail)
        self.code = MismatchCode(detail["code"])
        self.server_protocol = int(detail.get("server_protocol", 0))
        self.log_message = (
            f"event=protocol_mismatch server={self.server_protocol} code={self.code.value}"
        )


class CertificateNotTrusted(ServerUnreachable):
    """The server's TLS certificate is not signed by an authority this terminal trusts."""


def _mismatch(status: int, body: Any) -> ProtocolMismatch | None:
    detail = body.get("detail") if isinstance(body, dict) else None
    if status in (409, 426) and isinstance(detail, dict):
        try:
            return ProtocolMismatch(status, detail)
        except (KeyError, ValueError):
            return None
    return None


class ClockWatch:
    """How far the terminal's clock is from the server's, from each answer's server time.

    ``on_change(off_s)`` runs when the clock goes beyond ``allowed_s`` either way (``off_s``:
    seconds the terminal is ahead, negative when behind) and with 0.0 when it is back within;
    both are logged. The answer's time on the way is not allowed for: it is milliseconds, the
    allowance minutes (a long poll's wait comes before the server stamps its answer)."""

    def __init__(
        self,
        clock: Callable[[], datetime],
        allowed_s: float,
        on_change: Callable[[float], None] = lambda _off: None,
    ) -> None:
        self._clock = clock
        self.allowed_s = allowed_s
        self.on_change = on_change
        #: Seconds the terminal's clock was ahead of the server's at the last answer.
        self.off_s = 0.0
        self.is_off = False

    def heard(self, server_time: str | None) -> None:
        if not server_time:
            return
        try:
            theirs = datetime.fromisoformat(server_time)
        except ValueError:
            return
        if theirs.tzinfo is None:
            return
        self.off_s = (self._clock() - theirs).total_seconds()
        off = abs(self.off_s) > self.allowed_s
        if off == self.is_off:
            return
        self.is_off = off
        if off:
            log.warning(
                "event=clock_off terminal_ahead_s=%.0f allowed_s=%.0f", self.off_s, self.allowed_s
            )
        else:
            log.info("event=clock_right_again terminal_ahead_s=%.0f", self.off_s)
        self.on_change(self.off_s if off else 0.0)


def enroll(base_url: str, code: str, ca_file: str = "") -> Enrollment:
    """Trade a one-time code for the terminal's token and place (no token yet: a bare link).
    Raises CertificateNotTrusted, ServerUnreachable,
    ProtocolMismatch, or ServerRefused (400: the code does not work; its detail says why)."""
    link = ServerLink(base_url, "", ca_file=ca_file)
    try:
        body = link.call("POST", "/api/v1/devices/enroll", json={"code": code}, timeout_s=15)
    finally:
        link.close()
    return Enrollment.from_json(body)


class ServerLink:
    """One server, one device token. Safe to share between threads (a session per thread).

    ``ca_file``: the certificate (PEM) of the authority that signed the server's certificate
    (``[sync] ca_file``); "" trusts the usual public authorities. Certificates are always
    checked: a server that cannot prove who it is gets no token.

    ``staff_session``: the clerk signed in at this terminal (the counter's RemoteDesk sets it
    with ``use_staff_session``). Snapshots and feed pages asked with it carry residents' names;
    without it, none. ``session_changed`` (the sync agent's) runs under ``session_lock`` each
    time it changes, so a page asked for one clerk is never stored after another took over."""

    def __init__(
        self,
        base_url: str,
        token: str,
        ca_file: str = "",
        clock_watch: ClockWatch | None = None,
        protocol_version: int = PROTOCOL_VERSION,
    ) -> None:
        """``protocol_version``: the one this terminal speaks (another only in tests)."""
        self.base_url = base_url.rstrip("/")
        self._protocol = protocol_version
        self._token = token
        self._verify: str | bool = ca_file or True
        #: The clock compared with the server's; the sync agent reports what it finds.
        self.clock_watch = clock_watch or ClockWatch(lambda: datetime.now(UTC), 120.0)
        self._local = threading.local()
        self.staff_session: str | None = None
        self.session_lock = threading.RLock()
        self.session_changed: Callable[[str | None], None] = lambda _session: None

    def use_staff_session(self, session: str | None) -> None:
        with self.session_lock:
            if session == self.staff_session:
                return
            self.staff_session = session
            self.session_changed(session)

    def _session(self) -> requests.Session:
        s: requests.Session | None = getattr(self._local, "session", None)
        if s is None:
            s = requests.Session()
            if self._token:
                s.headers["Authorization"] = f"Bearer {self._token}"
            s.headers[PROTOCOL_HEADER] = str(self._protocol)
            self._local.session = s
        return s

    def close(self) -> None:
        s = getattr(self._local, "session", None)
        if s is not None:
            s.close()

    def call(
        self, method: str, path: str, *, timeout_s: float = READ_TIMEOUT_S, **kwargs: Any
    ) -> Any:
        """One request; its JSON answer, or one of the errors of this module."""
        try:
            # verify with each request: a session's own would lose to REQUESTS_CA_BUNDLE.
            answer = self._session().request(
                method,
                self.base_url + path,
                timeout=(CONNECT_TIMEOUT_S, timeout_s),
                verify=self._verify,
                **kwargs,
            )
        except requests.exceptions.SSLError as exc:
            raise CertificateNotTrusted(f"{method} {path}: SSLError") from exc
        except requests.RequestException as exc:
            raise ServerUnreachable(f"{method} {path}: {exc.__class__.__name__}") from exc
        self.clock_watch.heard(answer.headers.get(SERVER_TIME_HEADER))
        if answer.status_code >= 500:
            raise ServerUnreachable(f"{method} {path}: {answer.status_code}")
        if answer.status_code == 204:
            return {}
        try:
            body = answer.json()
        except ValueError as exc:
            raise ServerUnreachable(f"{method} {path}: not JSON") from exc
        if answer.status_code >= 400:
            mismatch = _mismatch(answer.status_code, body)
            if mismatch is not None:
                raise mismatch
            raise ServerRefused(answer.status_code, body.get("detail"))
        return body

    def me(self) -> dict[str, Any]:
        result: dict[str, Any] = self.call("GET", "/api/v1/devices/me")
        return result

    def snapshot(self, session: str | None = None) -> Snapshot:
        """``session``: the clerk's, for names; the caller says which, to know what it got."""
        return Snapshot.from_json(
            self.call("GET", "/api/v1/sync/snapshot", timeout_s=30, headers=_clerk(session))
        )

    def feed(self, after: int, wait_s: float, session: str | None = None) -> FeedPage:
        params = {"after": after, "wait": wait_s}
        result: dict[str, Any] = self.call(
            "GET",
            "/api/v1/sync/feed",
            params=params,
            timeout_s=wait_s + READ_TIMEOUT_S,
            headers=_clerk(session),
        )
        return FeedPage.from_json(result)

    def check_in_secret(self) -> str:
        return str(self.call("GET", "/api/v1/check-in/secret")["secret"])

    def find_appointments(self, family_name: str, birth_date: date) -> list[dict[str, Any]]:
        body = {"family_name": family_name, "birth_date": birth_date.isoformat()}
        return list(self.call("POST", "/api/v1/check-in/find", json=body)["appointments"])

    def push(self, items: list[PushItem]) -> list[PushResult]:
        body = {"items": [i.to_json() for i in items]}
        result = self.call("POST", "/api/v1/sync/push", json=body, timeout_s=30)
        return [PushResult.from_json(r) for r in result["results"]]

    def lease(self, day: date, letter: str, count: int) -> dict[str, Any]:
        body = {"day": day.isoformat(), "letter": letter, "count": count}
        result: dict[str, Any] = self.call("POST", "/api/v1/sync/numbers", json=body)
        return result

    def act(self, counter_id: str, body: dict[str, Any], session: str) -> dict[str, Any]:
        result: dict[str, Any] = self.call(
            "POST",
            f"/api/v1/counters/{counter_id}/actions",
            json=body,
            headers={"X-Staff-Session": session},
        )
        return result

    def sign_in(self, username: str, password: str) -> dict[str, Any]:
        body = {"username": username, "password": password}
        result: dict[str, Any] = self.call("POST", "/api/v1/staff/sign-in", json=body)
        return result

    def sign_out(self, session: str) -> None:
        self.call("POST", "/api/v1/staff/sign-out", headers={"X-Staff-Session": session})

    def as_clerk(
        self,
        method: str,
        path: str,
        session: str,
        *,
        json: dict[str, Any] | None = None,
        params: dict[str, Any] | list[tuple[str, Any]] | None = None,
    ) -> Any:
        """A call on behalf of the signed-in clerk (the appointment endpoints)."""
        return self.call(
            method, path, json=json, params=params, headers={"X-Staff-Session": session}
        )


def _clerk(session: str | None) -> dict[str, str]:
    return {"X-Staff-Session": session} if session else {}
