"""The Alembic migrations build exactly the schema the code declares."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from kiosk.storage.db import open_database, sqlite_url
from kiosk.storage.demo import seed_demo
from kiosk.storage.tables import metadata


def test_migrated_schema_matches_tables(tmp_path) -> None:
    engine = open_database(sqlite_url(tmp_path / "m.sqlite3"))
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []


def test_opening_twice_and_seeding_twice_is_harmless(tmp_path) -> None:
    url = sqlite_url(tmp_path / "m.sqlite3")
    e1 = open_database(url)
    with e1.begin() as c:
        assert seed_demo(c) is True
    e1.dispose()
    e2 = open_database(url)
    with e2.begin() as c:
        assert seed_demo(c) is False
    with e2.connect() as c:
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_migrated_schema_matches_tables_on_each_database(ctx) -> None:
    """Same check through the shared fixture: on PostgreSQL too when CI provides one."""
    with ctx.db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []


def test_schema_head_constant_is_alembics_head(tmp_path) -> None:
    from alembic.script import ScriptDirectory

    from kiosk.storage.db import SCHEMA_HEAD, alembic_config, current_revision, make_engine

    engine = make_engine(sqlite_url(tmp_path / "h.sqlite3"))
    assert ScriptDirectory.from_config(alembic_config(engine)).get_current_head() == SCHEMA_HEAD
    assert current_revision(engine) is None
    open_database(sqlite_url(tmp_path / "h.sqlite3"))
    assert current_revision(engine) == SCHEMA_HEAD
