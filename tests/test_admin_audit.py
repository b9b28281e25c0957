"""What administrators do with ``kiosk admin`` is in the audit log: terminals added, given a
new code, switched off or removed; staff accounts added or closed; calendar links made or
switched off; each with the OS user who ran the command and when."""

from __future__ import annotations

import io
import re
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk.cli import main
from kiosk.services import admin_audit
from kiosk.services.context import ServiceContext
from kiosk.storage import tables as tb


@pytest.fixture
def admin(ctx: ServiceContext, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """``kiosk --db ... admin`` on the test database, run by the OS user jan.admin."""
    for var in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.setenv(var, "jan.admin")
    monkeypatch.delenv("SUDO_USER", raising=False)
    url = ctx.db.engine.url
    db = str(db_path) if url.get_backend_name() == "sqlite" else url.render_as_string(False)
    return ["--db", db, "admin"]


def audit(ctx: ServiceContext) -> list[tuple[str, str | None, str | None, str]]:
    a = tb.audit_log.c
    with ctx.db.read() as conn:
        rows = conn.execute(
            select(a.action, a.actor, a.device_id, a.detail, a.at, a.staff_id).order_by(a.at)
        ).all()
    assert all(r.staff_id is None for r in rows)  # no clerk did these
    return [(r.action, r.actor, r.device_id, r.detail) for r in rows]


def out_line(capsys: pytest.CaptureFixture[str], pattern: str) -> str:
    found = re.search(pattern, capsys.readouterr().out)
    assert found, pattern
    return found.group(1)


def test_terminals_added_renewed_removed_and_switched_off_are_audited(
    ctx: ServiceContext, admin: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    before = datetime.now(UTC)
    add = [*admin, "device", "add", "--branch", "gemeentehuis"]
    assert main([*add, "--role", "counter", "--name", "Testloket", "--counter", "1"]) == 0
    loket = out_line(capsys, r"Device Testloket \((\S+)\) added")
    assert main([*add, "--role", "display", "--name", "Testscherm"]) == 0
    display = out_line(capsys, r"Device Testscherm \((\S+)\) added")
    assert main([*add, "--role", "display", "--name", "Testscherm"]) == 0  # a new code
    assert main([*admin, "device", "remove", display]) == 0
    assert main([*admin, "device", "revoke", loket]) == 0
    rows = audit(ctx)
    assert [(action, actor, device) for action, actor, device, _ in rows] == [
        ("device_add", "jan.admin", loket),
        ("device_add", "jan.admin", display),
        ("device_new_code", "jan.admin", display),
        ("device_remove", "jan.admin", display),
        ("device_revoke", "jan.admin", loket),
    ]
    assert rows[0][3].startswith("name='Testloket' role=counter counter_id=")
    a = tb.audit_log.c
    with ctx.db.read() as conn:
        at = conn.execute(select(a.at).order_by(a.at)).scalars().all()
    assert all(before <= t <= datetime.now(UTC) for t in at)


def test_staff_accounts_added_and_closed_are_audited_without_the_password(
    ctx: ServiceContext,
    admin: list[str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("een-lang-wachtwoord\n"))
    add = ["staff", "add", "--username", "An.Peeters", "--role", "counter_staff"]
    assert main([*admin, *add, "--password-stdin"]) == 0
    assert main([*admin, "staff", "disable", "an.peeters"]) == 0
    assert main([*admin, "staff", "disable", "an.peeters"]) == 1  # nothing changed: no line
    assert audit(ctx) == [
        ("staff_add", "jan.admin", None, "username=an.peeters role=counter_staff"),
        ("staff_disable", "jan.admin", None, "username=an.peeters"),
    ]


def test_calendar_links_made_and_switched_off_are_audited(
    ctx: ServiceContext, admin: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    link = [*admin, "calendar", "link", "--branch", "gemeentehuis"]
    assert main([*link, "--counter", "2"]) == 0
    token = out_line(capsys, r"/calendars/(\w+)\.ics")
    assert main([*admin, "calendar", "revoke", token]) == 0
    assert main(link) == 0
    link_id = out_line(capsys, r"\(id (\S+)\)")
    assert main([*admin, "calendar", "revoke", link_id]) == 0
    rows = audit(ctx)
    assert [(action, actor) for action, actor, _, _ in rows] == [
        ("calendar_link", "jan.admin"),
        ("calendar_revoke", "jan.admin"),
        ("calendar_link", "jan.admin"),
        ("calendar_revoke", "jan.admin"),
    ]
    assert rows[2][3].startswith(f"link_id={link_id} counter_id=- days=365")
    assert rows[3][3] == f"link_id={link_id}"
    assert all(token not in detail for *_, detail in rows)  # the link is the secret


def test_the_os_user_under_sudo_and_without_a_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(admin_audit.getpass, "getuser", lambda: "root")
    monkeypatch.setenv("SUDO_USER", "jan.admin")
    assert admin_audit.os_user() == "jan.admin (as root)"
    monkeypatch.delenv("SUDO_USER")

    def nameless() -> str:
        raise OSError("No username set in the environment")

    monkeypatch.setattr(admin_audit.getpass, "getuser", nameless)
    assert re.fullmatch(r"uid \d+|unknown", admin_audit.os_user())
