"""Structured logs that name the device: ``key=value`` lines, one event per line."""

from __future__ import annotations

import logging
import sys
from typing import Any


class DeviceFilter(logging.Filter):
    def __init__(self, device: str) -> None:
        super().__init__()
        self.device = device.replace(" ", "_")

    def filter(self, record: logging.LogRecord) -> bool:
        record.device = self.device
        return True


class StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to ``sys.stderr`` as it is when a line is written, not as it was when the handler
    was made: a replaced stderr (a service wrapper, a test's capture that has since closed)
    would otherwise fail every later line with "I/O operation on closed file"."""

    def __init__(self) -> None:
        super().__init__()

    @property
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, value: Any) -> None:
        pass  # always the current sys.stderr


def setup_logging(device: str, level: int = logging.INFO) -> None:
    handler = StderrHandler()
    handler.addFilter(DeviceFilter(device))
    handler.setFormatter(
        logging.Formatter(
            "ts=%(asctime)s level=%(levelname)s device=%(device)s logger=%(name)s msg=%(message)r"
        )
    )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # Qt multimedia and alembic chatter is not ours to report at INFO.
    logging.getLogger("alembic").setLevel(logging.WARNING)
