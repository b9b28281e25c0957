"""Slows down guessing: after too many failed attempts from one address (enrollment codes,
staff passwords), that address is refused for a while with 429.

Kept in the memory of each server process: with several processes an attacker gets a few more
tries (one budget per process), which the size of the secrets makes irrelevant; what it stops is
a script trying thousands of codes or passwords.
"""

from __future__ import annotations

import threading
import time
from collections import deque


class Throttle:
    def __init__(self, max_failures: int = 10, window_s: float = 600.0) -> None:
        self.max_failures = max_failures
        self.window_s = window_s
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        q = self._failures.setdefault(key, deque())
        while q and now - q[0] > self.window_s:
            q.popleft()
        return q

    def blocked(self, key: str) -> bool:
        with self._lock:
            return len(self._recent(key, time.monotonic())) >= self.max_failures

    def failed(self, key: str) -> None:
        with self._lock:
            now = time.monotonic()
            self._recent(key, now).append(now)
            if len(self._failures) > 10_000:  # forget the quiet ones, keep memory bounded
                for k in [k for k, q in self._failures.items() if not self._recent(k, now)]:
                    del self._failures[k]
