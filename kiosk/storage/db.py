"""Opening the database: engine settings, SQLite pragmas, and migrations to the newest schema.

SQLite runs in WAL mode with synchronous=NORMAL: a commit is durable against an application crash
and readers (the display, other counters) never block the writer. A power cut may lose the last
few commits at worst, never corrupt the file. busy_timeout lets several processes share the file
(the demo runs kiosk, counter and display against one file).

A SQLite file holds residents' data (a counter's replica, the demo): it is made for its OS user
only (0600; SQLite gives its -wal and -shm files the same mode), in a folder only for that user
(kiosk.paths.private_dir), and deleted rows are overwritten (secure_delete), so that names a
replica forgot are not left in its free pages.
"""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError

from kiosk.paths import private_dir

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")
#: The newest Alembic revision. Alembic itself is only loaded when a database is behind this
#: (it costs about a quarter of a second at every start otherwise); a test keeps the two equal.
SCHEMA_HEAD = "0013"
SAFETY_AUTOCHECKPOINT_PAGES = 20_000


def sqlite_url(path: Path) -> str:
    return f"sqlite+pysqlite:///{path}"


def make_engine(url: str) -> Engine:
    """An engine for ``url`` with the settings this app relies on.

    hide_parameters: a database error's text never carries the statement's values (a ticket's
    status-page token, a resident's name), wherever it is logged or shown. PostgreSQL's own
    message may still name a conflicting key: log an error's kind, never its text."""
    if url.startswith("sqlite"):
        # isolation_level=None: pysqlite must not start transactions on its own; we emit BEGIN
        # ourselves so that writers take the lock up front (BEGIN IMMEDIATE). A deferred
        # transaction that reads and then writes can fail at once with SQLITE_BUSY when another
        # process wrote in between, which busy_timeout does not cover.
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": 10, "isolation_level": None},
            hide_parameters=True,
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
            cur.execute("PRAGMA secure_delete=ON")
            # Checkpoints normally run in the background (Checkpointer); this large automatic
            # limit is only the safety net for a process that runs without one.
            cur.execute(f"PRAGMA wal_autocheckpoint={SAFETY_AUTOCHECKPOINT_PAGES}")
            cur.close()

        return engine
    return create_engine(url, pool_pre_ping=True, hide_parameters=True)


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def current_revision(engine: Engine) -> str | None:
    """The schema revision stored in the database, or None for a new database."""
    try:
        with engine.connect() as conn:
            conn.execution_options(kiosk_read_only=True)
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except DBAPIError:  # no alembic_version table yet
        return None


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest revision (safe to call on every start)."""
    if current_revision(engine) == SCHEMA_HEAD:
        return
    from alembic import command

    command.upgrade(alembic_config(engine), "head")


def open_database(url: str) -> Engine:
    """Engine for ``url``, created and migrated. Creates the parent folder of a SQLite file."""
    if url.startswith("sqlite") and ":memory:" not in url:
        path = Path(url.split("///", 1)[1])
        private_dir(path.parent)
        private_file(path)
    engine = make_engine(url)
    upgrade(engine)
    return engine


def private_file(path: Path) -> None:
    """Make the database file for this OS user only (0600) before SQLite makes it with the
    umask's mode (0644: readable for every user of the machine); narrow one an older version
    made, with its -wal and -shm files. Windows: nothing to do (see kiosk.paths)."""
    if os.name == "nt":
        return
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        return
    except FileExistsError:
        pass
    for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            if file.exists() and file.stat().st_mode & 0o077:
                file.chmod(0o600)
        except OSError as exc:  # another user's file: SQLite says so if it cannot be used
            log.warning("event=database_mode_kept file=%s error=%s", file.name, exc.strerror)


class Checkpointer:
    """Moves the SQLite write-ahead log into the database file from a background thread.

    Why: with automatic checkpoints, every thousandth page written makes the unlucky writer copy
    the log into the database file, which takes 5-50 ms: a resident's touch or a clerk's call
    would sometimes stall. A PASSIVE checkpoint here never blocks readers or writers; it does
    what it can and leaves the rest for next time. Does nothing for other databases.
    """

    def __init__(self, engine: Engine, interval_s: float = 1.0) -> None:
        self.engine = engine
        self.interval_s = interval_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> Checkpointer:
        if self.engine.dialect.name == "sqlite" and self._thread is None:
            self._thread = threading.Thread(
                target=self._run, name="kiosk-wal-checkpoint", daemon=True
            )
            self._thread.start()
        return self

    def _run(self) -> None:
        while not self._stop.wait(self.interval_s):
            try:
                # The raw driver connection: no SQLAlchemy transaction (our "begin" hook would
                # take the write lock, and a checkpoint must run outside any transaction).
                raw = self.engine.raw_connection()
                try:
                    raw.driver_connection.execute("PRAGMA wal_checkpoint(PASSIVE)")  # type: ignore[union-attr]
                finally:
                    raw.close()
            except Exception as exc:  # never let housekeeping take the app down
                log.warning("WAL checkpoint failed: %s", exc)

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
