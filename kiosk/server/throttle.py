"""Slows down guessing: after too many failed attempts under one key (an address trying
enrollment codes, a user name, a terminal), that key is refused for a while with 429.

An attempt is counted when it starts, under a lock, not when it has failed: a burst of
simultaneous wrong passwords would otherwise all pass the check before the first one fails
(60 at once were 60 Argon2 checks and 2.6 GB). A started attempt holds a place until it ends;
if it failed, the place stays taken for the window.

Kept in the memory of each server process: with several processes an attacker gets a few more
tries (one budget per process), which the size of the secrets makes irrelevant; what it stops is
a script trying thousands of codes or passwords.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections import deque
from collections.abc import Mapping
from types import TracebackType

from fastapi import HTTPException

from kiosk.services.staff import HASH_MEMORY_KIB

#: The memory Argon2 checks may take at once in one server process. Each check takes the
#: hash's memory cost (64 MiB with argon2-cffi's defaults), so 4 run at once and the others
#: wait their turn; with ``--workers N`` the server takes N times this at most.
ARGON2_BUDGET_KIB = 256 * 1024
ARGON2_SLOTS = max(1, ARGON2_BUDGET_KIB // HASH_MEMORY_KIB)

#: Failed sign-ins per user name (at any terminal) and per terminal (under any name) in
#: ``SIGN_IN_WINDOW_S``. The lock is per name so that a colleague's typos never lock a clerk
#: out; the looser one per terminal stops a stolen terminal trying one password on every name.
SIGN_INS_PER_USER = 10
SIGN_INS_PER_TERMINAL = 30
SIGN_IN_WINDOW_S = 600.0


class Throttled(Exception):
    """Too many recent failures under ``keys`` (the ones that were full)."""

    def __init__(self, keys: tuple[str, ...]) -> None:
        super().__init__(", ".join(keys))
        self.keys = keys


class Throttle:
    def __init__(self, max_failures: int = 10, window_s: float = 600.0) -> None:
        self.max_failures = max_failures
        self.window_s = window_s
        self._failures: dict[str, deque[float]] = {}
        self._running: dict[str, int] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        q = self._failures.setdefault(key, deque())
        while q and now - q[0] > self.window_s:
            q.popleft()
        return q

    def _taken(self, key: str, now: float) -> int:
        return len(self._recent(key, now)) + self._running.get(key, 0)

    def blocked(self, key: str) -> bool:
        with self._lock:
            return self._taken(key, time.monotonic()) >= self.max_failures

    def failed(self, key: str) -> None:
        with self._lock:
            self._failed(key, time.monotonic())

    def _failed(self, key: str, now: float) -> None:
        self._recent(key, now).append(now)
        if len(self._failures) > 10_000:  # forget the quiet ones, keep memory bounded
            for k in [k for k, q in self._failures.items() if not self._recent(k, now)]:
                del self._failures[k]

    def attempt(self, limits: Mapping[str, int]) -> Attempt:
        """Start an attempt under each key of ``limits`` (key -> most failures in the window).
        Raises Throttled, counting nothing, when a key has as many failures and running
        attempts as it may have."""
        wanted = dict(limits)
        with self._lock:
            now = time.monotonic()
            full = tuple(k for k, most in wanted.items() if self._taken(k, now) >= most)
            if full:
                raise Throttled(full)
            for k in wanted:
                self._running[k] = self._running.get(k, 0) + 1
        return Attempt(self, tuple(wanted))

    def _end(self, keys: tuple[str, ...], failed: bool) -> None:
        with self._lock:
            now = time.monotonic()
            for k in keys:
                left = self._running[k] - 1
                if left:
                    self._running[k] = left
                else:
                    del self._running[k]
                if failed:
                    self._failed(k, now)


class Attempt:
    """A started attempt: ``failed()`` when it was wrong; it ends when its ``with`` block does
    (an attempt that ended in an error of the server's own counts as no failure)."""

    def __init__(self, throttle: Throttle, keys: tuple[str, ...]) -> None:
        self._throttle = throttle
        self._keys = keys
        self._failed = False

    def failed(self) -> None:
        self._failed = True

    def __enter__(self) -> Attempt:
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _exc: BaseException | None,
        _tb: TracebackType | None,
    ) -> None:
        self._throttle._end(self._keys, self._failed)


class SignIns:
    """Staff sign-ins of one server process: attempts counted per user name and per terminal,
    and no more than ``ARGON2_SLOTS`` Argon2 checks at once (``hash_slot``). Waiting for a slot
    holds no thread: the check itself runs in the thread pool."""

    def __init__(self) -> None:
        self.attempts = Throttle(window_s=SIGN_IN_WINDOW_S)
        # Made outside any event loop; asyncio binds it to the server's loop at first use.
        self.hash_slot = asyncio.Semaphore(ARGON2_SLOTS)

    def attempt(self, device_id: str, username: str) -> Attempt:
        """Start a sign-in of ``username`` (as the staff service compares it) at the terminal;
        Throttled names ``user`` or ``terminal`` (or both) when one is locked."""
        try:
            return self.attempts.attempt(
                {
                    f"user:{username}": SIGN_INS_PER_USER,
                    f"terminal:{device_id}": SIGN_INS_PER_TERMINAL,
                }
            )
        except Throttled as exc:
            raise Throttled(tuple(k.split(":", 1)[0] for k in exc.keys)) from None


def too_many(window_s: float, detail: object) -> HTTPException:
    """The 429 answer: ``detail`` says what to the client, Retry-After when to come back."""
    return HTTPException(
        status_code=429, detail=detail, headers={"Retry-After": str(int(window_s))}
    )
