"""Structured logs that name the device: ``key=value`` lines, one event per line."""

from __future__ import annotations

import logging
import sys


class DeviceFilter(logging.Filter):
    def __init__(self, device: str) -> None:
        super().__init__()
        self.device = device.replace(" ", "_")

    def filter(self, record: logging.LogRecord) -> bool:
        record.device = self.device
        return True


def setup_logging(device: str, level: int = logging.INFO) -> None:
    handler = logging.StreamHandler(sys.stderr)
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
