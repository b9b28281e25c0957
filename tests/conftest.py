"""Shared fixtures: a seeded demo database, a fake clock, a service context, a UI terminal.

Tests run offscreen (no display needed); set before Qt is imported anywhere.
"""

from __future__ import annotations

import os
import secrets
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from kiosk.core.ports import FakeClock
from kiosk.services.context import Database, ServiceContext
from kiosk.storage.db import open_database, sqlite_url
from kiosk.storage.demo import TOWN_HALL, seed_demo

ROOT = Path(__file__).resolve().parent.parent

#: A Monday morning in Brussels (09:00 local = 08:00 UTC in winter).
MONDAY_9AM = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(MONDAY_9AM)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "kiosk.sqlite3"


PG_URL = os.environ.get("KIOSK_TEST_DATABASE_URL", "")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Under pytest-xdist (build/dev.py test runs one worker per core), the tests that read the
    shared walk through every kiosk screen (tests/ui/every_screen.py: most of a minute per
    orientation) go to one worker, which walks once, instead of each worker walking again."""
    for item in items:
        walk = getattr(getattr(item, "module", None), "walk", None)
        if getattr(walk, "__module__", "") == "every_screen":
            item.add_marker(pytest.mark.xdist_group("every_screen_walk"))


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests of the Qt-free layers that use ``ctx`` run on SQLite, and also on PostgreSQL when
    KIOSK_TEST_DATABASE_URL is set (CI sets it). Mark a test ``sqlite_only`` to opt out."""
    if "ctx" not in metafunc.fixturenames:
        return
    backends = ["sqlite"]
    in_ui = "ui" in Path(str(metafunc.definition.path)).relative_to(ROOT / "tests").parts
    if PG_URL and not in_ui and metafunc.definition.get_closest_marker("sqlite_only") is None:
        backends.append("postgresql")
    metafunc.parametrize("ctx", backends, indirect=True)


def _pg_engine(schema: str):  # type: ignore[no-untyped-def]
    from sqlalchemy import create_engine

    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    admin.dispose()
    sep = "&" if "?" in PG_URL else "?"
    return open_database(f"{PG_URL}{sep}options=-csearch_path%3D{schema}")


def _drop_pg_schema(schema: str) -> None:
    from sqlalchemy import create_engine

    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
    admin.dispose()


@pytest.fixture
def ctx(request: pytest.FixtureRequest, db_path: Path, clock: FakeClock) -> ServiceContext:
    backend = getattr(request, "param", "sqlite")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    engine = _pg_engine(schema) if backend == "postgresql" else open_database(sqlite_url(db_path))
    with engine.begin() as conn:
        seed_demo(conn)
    yield ServiceContext(Database(engine), clock)
    engine.dispose()
    if backend == "postgresql":
        _drop_pg_schema(schema)


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


def _free_port() -> int:
    """A loopback port nobody listens on, below the systems' ephemeral ranges (Linux 32768+,
    Windows and macOS 49152+). Pitfall: a port the kernel picked (bind to 0) comes from the
    range it also gives outgoing connections, so a database connection made before the server
    binds could take it (a test server then never starts and its test errors after 10 s)."""
    while True:
        port = 20_000 + secrets.randbelow(10_000)  # not `random`: tests may seed it
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port


@contextmanager
def serving(app: Any, settings: Any) -> Iterator[str]:
    """``app`` served by uvicorn on loopback at ``settings.port`` (a ServerSettings), set up
    as 'kiosk server' sets it up (kiosk.serve.uvicorn_config); yields its address."""
    import uvicorn

    from kiosk.serve import uvicorn_config

    server = uvicorn.Server(uvicorn_config(replace(settings, host="127.0.0.1"), app))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.02)
    yield f"{settings.scheme()}://127.0.0.1:{settings.port}"
    server.should_exit = True
    thread.join(timeout=5)


@pytest.fixture
def base(ctx: ServiceContext) -> Iterator[str]:
    """A real server (uvicorn) on a free loopback port, on the test database."""
    from kiosk.server.app import create_app
    from kiosk.server.settings import ServerSettings

    settings = ServerSettings(port=_free_port())
    ctx.status_base_url = f"http://127.0.0.1:{settings.port}"
    with serving(create_app(ctx, settings), settings) as url:
        yield url
