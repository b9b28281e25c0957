"""The log lines name the device and follow stderr when it is replaced."""

from __future__ import annotations

import io
import logging
import sys

import pytest

from kiosk.logs import setup_logging


@pytest.fixture
def root_logging():
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    yield
    root.handlers[:], level = saved
    root.setLevel(level)


def test_a_line_names_the_device_and_goes_to_stderr_as_it_is_now(root_logging, monkeypatch) -> None:
    first = io.StringIO()
    monkeypatch.setattr(sys, "stderr", first)
    setup_logging("Kiosk hal")
    # stderr replaced after setup, the old one closed (as a test's capture is when it ends)
    later = io.StringIO()
    monkeypatch.setattr(sys, "stderr", later)
    first.close()
    logging.getLogger("kiosk.test").info("ticket %s issued", "A001")
    line = later.getvalue()
    assert "device=Kiosk_hal" in line
    assert "msg='ticket A001 issued'" in line
    assert "level=INFO" in line
