"""Fixtures for the printing tests: a typical Dutch slip and a running fake printer."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime

import pytest

from kiosk.printing.slip import TicketSlip
from tests.printing.fake_printer import FakeEscposPrinter

STATUS_URL = "https://wachtrij.gemeente.be/t/3f2a9c1e-7b4d-4e8a-9a51-2c6d0e8f1a77"


def _make_slip(**changes: object) -> TicketSlip:
    values: dict[str, object] = {
        "number": "A123",
        "service_name": "Adreswijziging – Attest é",
        "branch_name": "Stadhuis Zottegem",
        "printed_at": datetime(2026, 3, 4, 9, 5),
        "people_ahead_text": "3",
        "wait_text": "ongeveer 10 min",
        "status_url": STATUS_URL,
        "priority_text": "",
    }
    values.update(changes)
    return TicketSlip(**values)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def make_slip() -> Callable[..., TicketSlip]:
    """Factory: a typical slip, with any field replaced by keyword."""
    return _make_slip


@pytest.fixture
def slip() -> TicketSlip:
    return _make_slip()


@pytest.fixture
def fake_printer() -> Iterator[FakeEscposPrinter]:
    with FakeEscposPrinter() as fake:
        yield fake
