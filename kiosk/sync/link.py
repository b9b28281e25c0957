"""The HTTP link from a terminal to the server, with its device token. Qt-free, blocking:
callers run it off the GUI thread (the sync agent's threads, the counter's task lanes).

Errors: ServerUnreachable for anything that means "no usable answer" (no route, refused,
timeout, 5xx), ServerRefused for a definite "no" (4xx) with the server's detail.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from typing import Any

import requests

from kiosk.services.errors import ServerUnreachable

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


class ServerLink:
    """One server, one device token. Safe to share between threads (a session per thread).

    ``ca_file``: the certificate (PEM) of the authority that signed the server's certificate
    (``[sync] ca_file``); "" trusts the usual public authorities. Certificates are always
    checked: a server that cannot prove who it is gets no token.

    ``staff_session``: the clerk signed in at this terminal (the counter's RemoteDesk sets it
    with ``use_staff_session``). Snapshots and feed pages asked with it carry residents' names;
    without it, none. ``session_changed`` (the sync agent's) runs under ``session_lock`` each
    time it changes, so a page asked for one clerk is never stored after another took over."""

    def __init__(self, base_url: str, token: str, ca_file: str = "") -> None:
        self.base_url = base_url.rstrip("/")
        self._token = token
        self._verify: str | bool = ca_file or True
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
            s.headers["Authorization"] = f"Bearer {self._token}"
            self._local.session = s
        return s

    def close(self) -> None:
        s = getattr(self._local, "session", None)
        if s is not None:
            s.close()

    def _call(
        self, method: str, path: str, *, timeout_s: float = READ_TIMEOUT_S, **kwargs: Any
    ) -> Any:
        try:
            # verify with each request: a session's own would lose to REQUESTS_CA_BUNDLE.
            answer = self._session().request(
                method,
                self.base_url + path,
                timeout=(CONNECT_TIMEOUT_S, timeout_s),
                verify=self._verify,
                **kwargs,
            )
        except requests.RequestException as exc:
            raise ServerUnreachable(f"{method} {path}: {exc.__class__.__name__}") from exc
        if answer.status_code >= 500:
            raise ServerUnreachable(f"{method} {path}: {answer.status_code}")
        if answer.status_code == 204:
            return {}
        try:
            body = answer.json()
        except ValueError as exc:
            raise ServerUnreachable(f"{method} {path}: not JSON") from exc
        if answer.status_code >= 400:
            raise ServerRefused(answer.status_code, body.get("detail"))
        return body

    def me(self) -> dict[str, Any]:
        result: dict[str, Any] = self._call("GET", "/api/v1/devices/me")
        return result

    def snapshot(self, session: str | None = None) -> dict[str, Any]:
        """``session``: the clerk's, for names; the caller says which, to know what it got."""
        result: dict[str, Any] = self._call(
            "GET", "/api/v1/sync/snapshot", timeout_s=30, headers=_clerk(session)
        )
        return result

    def feed(self, after: int, wait_s: float, session: str | None = None) -> dict[str, Any]:
        params = {"after": after, "wait": wait_s}
        result: dict[str, Any] = self._call(
            "GET",
            "/api/v1/sync/feed",
            params=params,
            timeout_s=wait_s + READ_TIMEOUT_S,
            headers=_clerk(session),
        )
        return result

    def check_in_secret(self) -> str:
        return str(self._call("GET", "/api/v1/check-in/secret")["secret"])

    def find_appointments(self, family_name: str, birth_date: date) -> list[dict[str, Any]]:
        body = {"family_name": family_name, "birth_date": birth_date.isoformat()}
        return list(self._call("POST", "/api/v1/check-in/find", json=body)["appointments"])

    def push(self, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        result = self._call("POST", "/api/v1/sync/push", json={"items": items}, timeout_s=30)
        return list(result["results"])

    def lease(self, day: date, letter: str, count: int) -> dict[str, Any]:
        body = {"day": day.isoformat(), "letter": letter, "count": count}
        result: dict[str, Any] = self._call("POST", "/api/v1/sync/numbers", json=body)
        return result

    def act(self, counter_id: str, body: dict[str, Any], session: str) -> dict[str, Any]:
        result: dict[str, Any] = self._call(
            "POST",
            f"/api/v1/counters/{counter_id}/actions",
            json=body,
            headers={"X-Staff-Session": session},
        )
        return result

    def sign_in(self, username: str, password: str) -> dict[str, Any]:
        body = {"username": username, "password": password}
        result: dict[str, Any] = self._call("POST", "/api/v1/staff/sign-in", json=body)
        return result

    def sign_out(self, session: str) -> None:
        self._call("POST", "/api/v1/staff/sign-out", headers={"X-Staff-Session": session})

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
        return self._call(
            method, path, json=json, params=params, headers={"X-Staff-Session": session}
        )


def _clerk(session: str | None) -> dict[str, str]:
    return {"X-Staff-Session": session} if session else {}
