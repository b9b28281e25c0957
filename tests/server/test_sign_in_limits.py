"""Guessing staff passwords, against a real server on loopback: each attempt is counted before
its Argon2 check, so a burst of wrong passwords gets 429 instead of a hash each; only a few
Argon2 checks (64 MiB each) run at once; the lock is per user name, so a colleague's typos do
not lock a clerk out of the terminal; a sign-out ends a session only at its own terminal.
"""

from __future__ import annotations

import logging
import threading
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
import requests
from argon2 import PasswordHasher

from kiosk.core.model import DeviceRole, StaffRole
from kiosk.server import throttle
from kiosk.services import devices, staff
from kiosk.services.context import ServiceContext
from kiosk.storage.demo import counter_id
from tests.server.conftest import ServerLog

AN = ("an.peeters", "correct horse battery staple")
BERT = ("bert.claes", "another long password")


class CountingHasher(PasswordHasher):
    """Argon2 as the server uses it, counting the checks that run at once."""

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self.running = 0
        self.most = 0
        self.checks = 0

    def verify(self, hash: str | bytes, password: str | bytes) -> bool:
        with self._lock:
            self.running += 1
            self.checks += 1
            self.most = max(self.most, self.running)
        try:
            return super().verify(hash, password)
        finally:
            with self._lock:
                self.running -= 1


@pytest.fixture
def hasher(monkeypatch: pytest.MonkeyPatch) -> CountingHasher:
    counting = CountingHasher()
    monkeypatch.setattr(staff, "_hasher", counting)
    return counting


def terminal(ctx: ServiceContext, name: str, counter: int = 1) -> dict[str, str]:
    added = devices.add_device(ctx, "gemeentehuis", DeviceRole.COUNTER, name, counter).value
    return {"Authorization": f"Bearer {devices.enroll_device(ctx, added.code).value.token}"}


def clerks(ctx: ServiceContext) -> None:
    for name, password in (AN, BERT):
        staff.add_staff(ctx, name, name.title(), StaffRole.COUNTER_STAFF, password)


def sign_in(base: str, headers: dict[str, str], name: str, password: str) -> requests.Response:
    return requests.post(
        f"{base}/api/v1/staff/sign-in",
        json={"username": name, "password": password},
        headers=headers,
        timeout=60,
    )


def all_at_once(n: int, call: Callable[[int], requests.Response]) -> list[requests.Response]:
    """``call(i)`` for i < n, from n threads released together."""
    start = threading.Barrier(n)

    def one(i: int) -> requests.Response:
        start.wait()
        return call(i)

    with ThreadPoolExecutor(n) as pool:
        return list(pool.map(one, range(n)))


def test_a_burst_of_wrong_passwords_is_refused_before_hashing(
    ctx: ServiceContext, base: str, hasher: CountingHasher
) -> None:
    clerks(ctx)
    loket = terminal(ctx, "loket-1")
    answers = all_at_once(60, lambda i: sign_in(base, loket, AN[0], f"wrong password {i}"))
    assert Counter(a.status_code for a in answers) == {401: 10, 429: 50}
    assert hasher.checks == 10  # a refused attempt costs no hash
    assert hasher.most <= throttle.ARGON2_SLOTS
    locked = next(a for a in answers if a.status_code == 429)
    assert locked.json()["detail"] == {"refusal": "too_many_attempts"}
    assert locked.headers["Retry-After"] == "600"
    # The lock is An's: her right password waits too, at any terminal...
    assert sign_in(base, loket, *AN).status_code == 429
    assert sign_in(base, terminal(ctx, "loket-2", 2), *AN).status_code == 429
    # ...but a colleague signs in at the same terminal.
    assert sign_in(base, loket, *BERT).status_code == 200


def test_a_terminal_trying_many_names_is_stopped(
    ctx: ServiceContext, base: str, hasher: CountingHasher
) -> None:
    clerks(ctx)
    loket = terminal(ctx, "loket-1")
    answers = all_at_once(40, lambda i: sign_in(base, loket, f"name-{i}", "a guessed password"))
    assert Counter(a.status_code for a in answers) == {401: 30, 429: 10}
    assert hasher.checks == 30
    assert sign_in(base, loket, *BERT).status_code == 429  # someone is spraying from here
    assert sign_in(base, terminal(ctx, "loket-2", 2), *BERT).status_code == 200


def test_failed_and_throttled_sign_ins_say_who_and_where(
    ctx: ServiceContext, base: str, caplog: pytest.LogCaptureFixture
) -> None:
    clerks(ctx)
    loket = terminal(ctx, "Loket 1")
    me = requests.get(f"{base}/api/v1/devices/me", headers=loket, timeout=5).json()
    caplog.set_level(logging.INFO, logger="kiosk")
    for i in range(11):
        sign_in(base, loket, AN[0], f"wrong password {i}")
    sign_in(base, loket, "my secret passphrase", "typed in the name field")
    lines = [r.getMessage() for r in caplog.records if "sign-in" in r.getMessage()]
    where = f"device={me['device_id']} device_name='Loket 1'"
    assert f"sign-in refused {where} username=an.peeters reason=wrong_password" in lines
    assert f"sign-in throttled {where} username=an.peeters limit=user" in lines
    # A name no account has may be a password typed in the wrong field: not logged.
    assert f"sign-in refused {where} username=? reason=unknown_name" in lines
    logged = " ".join(r.getMessage() for r in caplog.records)
    assert "wrong password" not in logged and "secret passphrase" not in logged


@pytest.mark.parametrize(
    ("field", "body"),
    [
        ("username", {"username": "an.peeters\ud800", "password": AN[1]}),
        ("password", {"username": AN[0], "password": "geheim\udfffwachtwoord"}),
    ],
    ids=["surrogate in name", "surrogate in password"],
)
def test_a_lone_surrogate_is_refused_plainly(
    ctx: ServiceContext, base: str, field: str, body: dict[str, Any], server_log: ServerLog
) -> None:
    clerks(ctx)
    answer = requests.post(
        f"{base}/api/v1/staff/sign-in", json=body, headers=terminal(ctx, "loket-1"), timeout=10
    )
    server_log.wait_after(answer.status_code)
    assert answer.status_code == 422, answer.text
    [problem] = answer.json()["detail"]
    assert problem["loc"] == ["body", field] and set(problem) == {"loc", "msg", "type"}
    assert "peeters" not in answer.text and "geheim" not in answer.text


def test_a_session_ends_only_at_its_own_terminal(ctx: ServiceContext, base: str) -> None:
    clerks(ctx)
    loket1, loket2 = terminal(ctx, "loket-1"), terminal(ctx, "loket-2", 2)
    session = sign_in(base, loket1, *AN).json()["session"]
    other = requests.post(
        f"{base}/api/v1/staff/sign-out", headers={**loket2, "X-Staff-Session": session}, timeout=5
    )
    assert other.status_code == 204  # says nothing about sessions elsewhere
    act = f"{base}/api/v1/counters/{counter_id('gemeentehuis', 1)}/actions"
    with_session = {**loket1, "X-Staff-Session": session}
    opened = requests.post(act, json={"action": "open"}, headers=with_session, timeout=5)
    assert opened.status_code == 200, opened.text
    requests.post(f"{base}/api/v1/staff/sign-out", headers=with_session, timeout=5)
    closed = requests.post(act, json={"action": "close"}, headers=with_session, timeout=5)
    assert closed.status_code == 401 and closed.json()["detail"] == {"refusal": "signed_out"}
