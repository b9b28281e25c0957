"""Helpers shared by the server tests."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator

import pytest


class ServerLog(logging.Handler):
    """Tells when the server has logged the traceback of an error.

    Starlette answers 500 before uvicorn logs the exception, and CPython 3.11 cannot build ASTs
    in two threads at once (python/cpython#106905): pytest formatting our failure while the server
    thread formats its traceback may die with "SystemError: AST constructor recursion depth
    mismatch". So a test that got a 5xx waits for this first. Formatting here caches the text on
    the record, so the other handlers do not format it again."""

    def __init__(self) -> None:
        super().__init__()
        self.logged = threading.Event()

    def emit(self, record: logging.LogRecord) -> None:
        if record.exc_info:
            self.format(record)
            self.logged.set()

    def wait_after(self, status: int) -> None:
        if status >= 500:
            self.logged.wait(5)
        self.logged.clear()


@pytest.fixture
def server_log() -> Iterator[ServerLog]:
    handler = ServerLog()
    root = logging.getLogger()
    root.addHandler(handler)
    yield handler
    root.removeHandler(handler)
