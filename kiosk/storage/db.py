"""Opening the database: engine settings, SQLite pragmas, and migrations to the newest schema.

SQLite runs in WAL mode with synchronous=NORMAL: a commit is durable against an application crash
and readers (the display, other counters) never block the writer. A power cut may lose the last
few commits at worst, never corrupt the file. busy_timeout lets several processes share the file
(the demo runs kiosk, counter and display against one file).
"""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")


def sqlite_url(path: Path) -> str:
    return f"sqlite+pysqlite:///{path}"


def make_engine(url: str) -> Engine:
    """An engine for ``url`` with the settings this app relies on."""
    if url.startswith("sqlite"):
        # isolation_level=None: pysqlite must not start transactions on its own; we emit BEGIN
        # ourselves so that writers take the lock up front (BEGIN IMMEDIATE). A deferred
        # transaction that reads and then writes can fail at once with SQLITE_BUSY when another
        # process wrote in between, which busy_timeout does not cover.
        engine = create_engine(
            url, connect_args={"check_same_thread": False, "timeout": 10, "isolation_level": None}
        )

        @event.listens_for(engine, "begin")
        def _begin(conn):  # type: ignore[no-untyped-def]
            read_only = conn.get_execution_options().get("kiosk_read_only", False)
            conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record):  # type: ignore[no-untyped-def]
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=10000")
            cur.close()

        return engine
    return create_engine(url, pool_pre_ping=True)


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest revision (safe to call on every start)."""
    command.upgrade(alembic_config(engine), "head")


def open_database(url: str) -> Engine:
    """Engine for ``url``, created and migrated. Creates the parent folder of a SQLite file."""
    if url.startswith("sqlite") and ":memory:" not in url:
        Path(url.split("///", 1)[1]).parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(url)
    upgrade(engine)
    return engine
