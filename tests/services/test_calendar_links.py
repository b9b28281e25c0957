"""Staff calendar links: they expire, an admin lists them and revokes one by its id (or by the
token, as before), and links made before expiry existed get one when the database migrates."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import requests
from sqlalchemy import Engine, column, create_engine, insert, table

from kiosk.cli import main
from kiosk.core.ports import FakeClock
from kiosk.services import calendar_feeds
from kiosk.services.calendar_feeds import LINK_DAYS, MAX_LINK_DAYS, BadLifetime, LinkState
from kiosk.services.context import Database, ServiceContext
from kiosk.storage.db import SCHEMA_HEAD, alembic_config, make_engine, sqlite_url
from kiosk.storage.demo import TOWN_HALL, counter_id, seed_demo
from kiosk.storage.tables import UTCDateTime
from tests.conftest import PG_URL


def test_a_link_works_for_a_year_by_default_and_then_no_more(
    ctx: ServiceContext, clock: FakeClock
) -> None:
    link = calendar_feeds.create_link(ctx, TOWN_HALL)
    assert link.expires_at == clock.now() + timedelta(days=LINK_DAYS)
    clock.set(clock.now() + timedelta(days=LINK_DAYS) - timedelta(seconds=1))
    assert calendar_feeds.feed_ics(ctx, link.token) is not None
    clock.set(clock.now() + timedelta(seconds=1))
    assert calendar_feeds.feed_ics(ctx, link.token) is None
    [listed] = calendar_feeds.list_links(ctx)
    assert (listed.id, listed.state) == (link.id, LinkState.EXPIRED)


def test_a_link_for_some_days_and_the_bounds(ctx: ServiceContext, clock: FakeClock) -> None:
    link = calendar_feeds.create_link(ctx, TOWN_HALL, days=7)
    clock.set(clock.now() + timedelta(days=7))
    assert calendar_feeds.feed_ics(ctx, link.token) is None
    for days in (0, -1, MAX_LINK_DAYS + 1):
        with pytest.raises(BadLifetime):
            calendar_feeds.create_link(ctx, TOWN_HALL, days=days)
    assert calendar_feeds.create_link(ctx, TOWN_HALL, days=MAX_LINK_DAYS).expires_at == (
        clock.now() + timedelta(days=MAX_LINK_DAYS)
    )


def test_links_are_listed_and_revoked_by_id(ctx: ServiceContext, clock: FakeClock) -> None:
    whole = calendar_feeds.create_link(ctx, TOWN_HALL)
    clock.set(clock.now() + timedelta(minutes=1))
    desk2 = calendar_feeds.create_link(ctx, TOWN_HALL, counter_id("gemeentehuis", 2))
    listed = calendar_feeds.list_links(ctx)
    assert [(k.id, k.branch_code, k.counter_number, k.state) for k in listed] == [
        (whole.id, "gemeentehuis", None, LinkState.ON),
        (desk2.id, "gemeentehuis", 2, LinkState.ON),
    ]
    # The list never shows a token: a calendar link is shown once, when it is made.
    assert all(whole.token not in repr(k) and desk2.token not in repr(k) for k in listed)

    assert calendar_feeds.revoke_link(ctx, desk2.id)
    assert calendar_feeds.feed_ics(ctx, desk2.token) is None
    assert calendar_feeds.feed_ics(ctx, whole.token) is not None  # the other one still works
    assert not calendar_feeds.revoke_link(ctx, desk2.id)  # already off
    assert not calendar_feeds.revoke_link(ctx, str(uuid.uuid4()))
    # By token, as before.
    assert calendar_feeds.revoke_link(ctx, whole.token)
    assert [k.state for k in calendar_feeds.list_links(ctx)] == [LinkState.REVOKED] * 2


def test_an_expired_link_answers_404_on_the_server(
    ctx: ServiceContext, clock: FakeClock, base: str
) -> None:
    link = calendar_feeds.create_link(ctx, TOWN_HALL, days=1)
    assert requests.get(base + link.path(), timeout=10).status_code == 200
    clock.set(clock.now() + timedelta(days=1))
    answer = requests.get(base + link.path(), timeout=10)
    assert answer.status_code == 404 and link.token not in answer.text


def test_the_admin_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "k.sqlite3")
    engine = make_engine(sqlite_url(Path(db)))
    _upgrade(engine, "head")
    with engine.begin() as conn:
        seed_demo(conn)
    engine.dispose()
    admin = ["--db", db, "admin", "calendar"]
    assert main([*admin, "list"]) == 0
    assert capsys.readouterr().out == "No calendar links.\n"
    assert main([*admin, "link", "--branch", "gemeentehuis", "--days", "30"]) == 0
    url, until, _warning = capsys.readouterr().out.splitlines()
    token = url.rsplit("/", 1)[1].removesuffix(".ics")
    link_id = until.rsplit("(id ", 1)[1].rstrip(").")
    assert until.startswith("Works until ")
    assert main([*admin, "link", "--branch", "gemeentehuis", "--counter", "2"]) == 0
    second = capsys.readouterr().out.splitlines()[0].rsplit("/", 1)[1].removesuffix(".ics")
    assert main([*admin, "link", "--branch", "gemeentehuis", "--days", "731"]) == 2
    assert capsys.readouterr().err == f"kiosk: a calendar link lasts 1 to {MAX_LINK_DAYS} days.\n"

    assert main([*admin, "list"]) == 0
    header, first, other = capsys.readouterr().out.splitlines()
    assert header.split() == ["id", "branch", "counter", "made", "expires", "state"]
    assert first.split()[:3] == [link_id, "gemeentehuis", "all"] and first.endswith(" on")
    assert other.split()[1:3] == ["gemeentehuis", "2"]
    assert token not in first + other and second not in first + other

    assert main([*admin, "revoke", link_id]) == 0
    assert main([*admin, "revoke", link_id]) == 1
    assert main([*admin, "revoke", second]) == 0  # by token
    assert main([*admin, "list"]) == 0
    assert [line.split()[-1] for line in capsys.readouterr().out.splitlines()[-2:]] == [
        "revoked",
        "revoked",
    ]


# --- the migration ---------------------------------------------------------------------------


def _upgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    command.upgrade(alembic_config(engine), revision)


@pytest.fixture(params=["sqlite", *(["postgresql"] if PG_URL else [])])
def empty_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """A database with no schema yet, on SQLite and (when there is one) PostgreSQL."""
    if request.param == "sqlite":
        engine = make_engine(sqlite_url(tmp_path / "old.sqlite3"))
        yield engine
        engine.dispose()
        return
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    sep = "&" if "?" in PG_URL else "?"
    engine = make_engine(f"{PG_URL}{sep}options=-csearch_path%3D{schema}")
    yield engine
    engine.dispose()
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
    admin.dispose()


def test_links_made_before_expiry_existed_get_an_id_and_expire_a_year_after(
    empty_engine: Engine,
) -> None:
    assert SCHEMA_HEAD >= "0011"  # this test knows the revision before the links changed (0010)
    _upgrade(empty_engine, "0010")
    made = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    old_feeds = table(
        "calendar_feeds",
        column("token_hash"),
        column("branch_id"),
        column("created_at", UTCDateTime),
    )
    with empty_engine.begin() as conn:
        seed_demo(conn)
        for token_hash in ("a" * 64, "b" * 64):
            conn.execute(
                insert(old_feeds).values(
                    token_hash=token_hash, branch_id=TOWN_HALL, created_at=made
                )
            )
    _upgrade(empty_engine, "head")
    ctx = ServiceContext(Database(empty_engine), FakeClock(made + timedelta(days=364)))
    listed = calendar_feeds.list_links(ctx)
    assert len({k.id for k in listed}) == 2
    assert [(k.expires_at, k.state) for k in listed] == [
        (made + timedelta(days=365), LinkState.ON)
    ] * 2
