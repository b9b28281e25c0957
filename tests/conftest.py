"""Shared fixtures: a seeded demo database, a fake clock, a service context, a UI terminal.

Tests run offscreen (no display needed); set before Qt is imported anywhere.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from kiosk.core.ports import FakeClock
from kiosk.services.context import Database, ServiceContext
from kiosk.storage.db import open_database, sqlite_url
from kiosk.storage.demo import TOWN_HALL, seed_demo

#: A Monday morning in Brussels (09:00 local = 08:00 UTC in winter).
MONDAY_9AM = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(MONDAY_9AM)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "kiosk.sqlite3"


@pytest.fixture
def ctx(db_path: Path, clock: FakeClock) -> ServiceContext:
    engine = open_database(sqlite_url(db_path))
    with engine.begin() as conn:
        seed_demo(conn)
    yield ServiceContext(Database(engine), clock)
    engine.dispose()


@pytest.fixture
def terminal(qapp, ctx: ServiceContext):  # type: ignore[no-untyped-def]
    """A UI terminal for the demo town hall, on the test database."""
    from kiosk.config import Settings
    from kiosk.services import catalogue
    from kiosk.services.catalogue import branch_catalogue
    from kiosk.ui.common.feed import ChangeFeed
    from kiosk.ui.common.idle import wait_idle
    from kiosk.ui.common.tasks import TaskRunner
    from kiosk.ui.common.terminal import Terminal
    from kiosk.ui.common.theme import apply_theme

    apply_theme(qapp)
    tasks = TaskRunner()
    feed = ChangeFeed(
        tasks,
        lambda seq: catalogue.changes_after(ctx, seq),
        lambda: catalogue.last_change(ctx),
        interval_ms=100,
    )
    term = Terminal(
        ctx=ctx,
        tasks=tasks,
        feed=feed,
        settings=Settings(),
        branch=branch_catalogue(ctx, TOWN_HALL).branch,
        device_id="test-device",
        device_name="Testkiosk",
    )
    wait_idle(tasks)
    yield term
    feed.stop()
    wait_idle(tasks)
    tasks.shutdown()
