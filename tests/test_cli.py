"""The `kiosk` command's answers to mistakes: plain words and a non-zero exit, never a hang."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from kiosk import paths
from kiosk.cli import main
from kiosk.storage.db import open_database, sqlite_url
from kiosk.storage.demo import seed_demo

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def db(db_path: Path) -> str:
    """A database as the server leaves it (migrated, the demo catalogue): admin commands make
    none."""
    engine = open_database(sqlite_url(db_path))
    with engine.begin() as conn:
        seed_demo(conn)
    engine.dispose()
    return str(db_path)


def test_help_for_every_command(capsys) -> None:  # type: ignore[no-untyped-def]
    for argv in ([], ["demo"], ["run"], ["screenshots"]):
        try:
            main([*argv, "--help"])
        except SystemExit as exc:
            assert exc.code == 0
    out = capsys.readouterr().out
    assert "kiosk demo" in out or "demo" in out
    assert "--role" in out and "--out" in out and "--keep" in out


def test_a_mistyped_settings_path_is_refused(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--config", str(tmp_path / "kiosk.tmol"), "demo"]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_a_wrong_setting_is_named(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "kiosk.toml"
    bad.write_text('[kiosk]\norientation = "sideways"\n', encoding="utf-8")
    assert main(["--config", str(bad), "demo"]) == 2
    assert "orientation must be one of: portrait, landscape" in capsys.readouterr().err


def test_demo_refuses_a_database_url(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--db", "postgresql+psycopg://x/y", "demo"]) == 2
    assert "SQLite file" in capsys.readouterr().err


def test_a_terminal_that_cannot_start_says_why_and_exits(tmp_path: Path) -> None:
    code = (
        "import kiosk.terminal_run as r; r.STARTUP_FAILURE_EXIT_MS = 300; "
        "from kiosk.cli import main; raise SystemExit(main(sys.argv[1:]))"
    )
    db = tmp_path / "k.sqlite3"
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; " + code,
            "--db",
            str(db),
            "run",
            "--role",
            "kiosk",
            "--branch",
            "nergens",
        ],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 1
    assert "the kiosk could not start: branch nergens not found" in out.stderr
    assert f"kiosk: making a new database at {db}." in out.stderr


def test_admin_adds_and_closes_a_staff_account(db: str, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO("een-lang-wachtwoord\n"))
    args = [
        "--db",
        db,
        "admin",
        "staff",
        "add",
        "--username",
        "An.Peeters",
        "--name",
        "An",
        "--role",
        "counter_staff",
        "--password-stdin",
    ]
    assert main(args) == 0
    assert "Account an.peeters (counter_staff) added." in capsys.readouterr().out
    monkeypatch.setattr(sys, "stdin", io.StringIO("kort\n"))
    assert main([*args[:6], "jan", *args[7:]]) == 1
    assert "at least 10 characters" in capsys.readouterr().err
    assert main(["--db", db, "admin", "staff", "disable", "an.peeters"]) == 0
    assert main(["--db", db, "admin", "staff", "disable", "an.peeters"]) == 1


def test_admin_sets_hours_closing_days_sessions_rules_and_calendar_links(db: str, capsys) -> None:  # type: ignore[no-untyped-def]
    admin = ["--db", db, "admin"]
    assert (
        main([*admin, "hours", "set", "--branch", "gemeentehuis", "--day", "sat", "9:00-11:00"])
        == 0
    )
    # A closing day ahead of today, whatever the day the test runs ("hours show" lists those).
    ahead = (date.today() + timedelta(days=20)).isoformat()
    assert main([*admin, "closing-day", ahead, "--reason", "Tweede kerstdag"]) == 0
    assert (
        main(
            [
                *admin,
                "session",
                "--branch",
                "bib-halle",
                "--first",
                "2026-12-06",
                "--every",
                "2",
                "--hours",
                "10:00-12:00",
                "--services",
                "passport",
            ]
        )
        == 0
    )
    assert main([*admin, "checkin", "--late-after", "20"]) == 0
    assert "later than 20 minutes" in capsys.readouterr().out
    assert main([*admin, "hours", "show"]) == 0
    shown = capsys.readouterr().out
    assert "gemeentehuis   -            sat 09:00-11:00" in shown
    assert "Tweede kerstdag" in shown and "bib-halle from 2026-12-06 every 2" in shown
    assert (
        main(
            [
                *admin,
                "calendar",
                "link",
                "--branch",
                "gemeentehuis",
                "--counter",
                "2",
                "--server",
                "https://kiosk.zoersel.be",
            ]
        )
        == 0
    )
    link = capsys.readouterr().out.splitlines()[0]
    assert link.startswith("https://kiosk.zoersel.be/calendars/") and link.endswith(".ics")
    token = link.rsplit("/", 1)[1].removesuffix(".ics")
    assert main([*admin, "calendar", "revoke", token]) == 0
    assert main([*admin, "calendar", "revoke", token]) == 1
    # Mistakes get one plain line, not a traceback.
    assert main([*admin, "closing-day", "2026-12-27", "--branch", "nergens"]) == 2
    assert "unknown branch 'nergens'" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main([*admin, "hours", "set", "--branch", "gemeentehuis", "--day", "mon", "12:00-9:00"])
    assert "closing must come after opening" in capsys.readouterr().err


def test_admin_imports_appointments_from_a_json_file(tmp_path: Path, db: str, capsys) -> None:  # type: ignore[no-untyped-def]
    feed = tmp_path / "afspraken.json"
    feed.write_text(
        '{"format": "kiosk-appointments/1", "appointments": [{"uid": "w-1", "service": '
        '"passport", "branch": "gemeentehuis", "start": "2030-12-02T10:30:00+01:00", '
        '"minutes": 15, "first_name": "Els", "family_name": "Janssens"}]}'
    )
    assert main(["--db", db, "admin", "appointments", "import", str(feed)]) == 0
    assert "Added 1, moved 0, cancelled 0, unchanged 0." in capsys.readouterr().out
    assert main(["--db", db, "admin", "appointments", "import", str(feed)]) == 0
    assert "Added 0, moved 0, cancelled 0, unchanged 1." in capsys.readouterr().out
    assert main(["--db", db, "admin", "appointments", "import", str(tmp_path / "nope.ics")]) == 2


def test_admin_sets_shows_and_removes_a_service_text(db: str, capsys) -> None:  # type: ignore[no-untyped-def]
    admin = ["--db", db, "admin", "service-text"]
    assert main([*admin, "passport", "--lang", "fr", "--name", "Passeport de voyage"]) == 0
    assert "Changed: passport [fr] Passeport de voyage" in capsys.readouterr().out
    assert (
        main([*admin, "passport", "--lang", "tr", "--name", "Pasaport", "--bring", "Kimlik"]) == 0
    )
    out = capsys.readouterr().out
    assert "Added: passport [tr] Pasaport" in out and "'tr' is kept, not shown" in out

    assert main([*admin, "--show", "passport"]) == 0
    shown = capsys.readouterr().out
    assert "passport:" in shown and "nl  Reispas" in shown
    assert "fr  Passeport de voyage" in shown and "bring: Kimlik" in shown
    assert "eid:" not in shown
    assert main([*admin, "--show"]) == 0
    assert "eid:" in capsys.readouterr().out

    assert main([*admin, "passport", "--lang", "tr", "--remove"]) == 0
    assert "Removed" in capsys.readouterr().out
    assert main([*admin, "passport", "--lang", "tr", "--remove"]) == 1
    assert "has no text in 'tr'" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["nope", "--lang", "fr", "--name", "X"], "unknown service 'nope'"),
        (["passport", "--lang", "nl", "--name", "X"], "municipality's own language"),
        (["passport", "--lang", "fr1", "--name", "X"], "not a language code"),
        (["passport", "--lang", "tr", "--bring", "X"], "give --name"),
        (["passport", "--lang", "fr"], "give --name, --description or --bring"),
        (["passport", "--name", "X"], "say which language with --lang"),
        (["--lang", "fr", "--name", "X"], "say which service"),
        (["passport", "--lang", "fr", "--remove", "--name", "X"], "--remove takes no"),
        (["--show", "--lang", "fr"], "--show lists the texts"),
    ],
)
def test_service_text_mistakes_get_one_plain_line(db: str, capsys, argv, says) -> None:  # type: ignore[no-untyped-def]
    assert main(["--db", db, "admin", "service-text", *argv]) == 2
    # One line for the admin (log lines of the start-up aside).
    said = [line for line in capsys.readouterr().err.splitlines() if not line.startswith("ts=")]
    assert len(said) == 1 and said[0].startswith("kiosk: ") and says in said[0], said


def test_service_text_help_explains_the_fallback(capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit):
        main(["admin", "service-text", "--help"])
    out = capsys.readouterr().out
    assert "Dutch" in out and "--lang" in out and "--remove" in out and "--show" in out


@pytest.mark.parametrize(
    "command",
    [
        ["device", "list"],
        ["device", "add", "--branch", "gemeentehuis", "--role", "kiosk"],
        ["staff", "disable", "an.peeters"],
        ["hours", "show"],
        ["closing-day", "2026-12-26"],
        ["session", "--branch", "b", "--first", "2026-12-05", "--hours", "9:00-12:00",
         "--services", "passport"],
        ["checkin"],
        ["contact", "--phone", "014 00 00 00"],
        ["service-text", "--show"],
        ["appointments", "import", "afspraken.ics"],
        ["calendar", "revoke", "abc"],
    ],
)  # fmt: skip
def test_admin_commands_refuse_a_database_that_is_not_there(
    tmp_path: Path, capsys, command: list[str]
) -> None:  # type: ignore[no-untyped-def]
    missing = tmp_path / "no" / "such" / "folder" / "x.db"
    assert main(["--db", str(missing), "admin", *command]) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"kiosk: there is no database at {missing}. Start the server or the demo once to make "
        "one, or check --db."
    ]
    assert not (tmp_path / "no").exists()


def test_admin_refuses_the_default_database_when_it_is_not_there(
    tmp_path: Path, monkeypatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(paths, "data_dir", lambda: tmp_path / "data")
    monkeypatch.setattr(paths, "config_dir", lambda: tmp_path / "config")
    assert main(["admin", "hours", "show"]) == 2
    assert f"there is no database at {tmp_path / 'data' / 'kiosk.sqlite3'}." in (
        capsys.readouterr().err
    )
    assert not (tmp_path / "data").exists()


def test_a_short_password_is_said_at_once_not_after_asking_again(
    db: str, monkeypatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    import getpass
    import io

    typed = ["kort", "een-lang-wachtwoord", "een-lang-wachtwoord", "een-lang-wachtwoord", "anders"]
    prompts: list[str] = []

    def fake_getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return typed.pop(0)

    monkeypatch.setattr(getpass, "getpass", fake_getpass)
    add = ["--db", db, "admin", "staff", "add", "--role", "counter_staff", "--username"]
    too_short = ["kiosk: the password needs at least 10 characters."]
    assert main([*add, "an"]) == 1
    assert prompts == ["Password: "]  # not asked again
    assert capsys.readouterr().err.splitlines() == too_short
    monkeypatch.setattr(sys, "stdin", io.StringIO("kort\n"))
    assert main([*add, "an", "--password-stdin"]) == 1
    assert capsys.readouterr().err.splitlines() == too_short

    assert main([*add, "an"]) == 0
    assert prompts[1:] == ["Password: ", "The same password again: "]
    assert "Account an (counter_staff) added." in capsys.readouterr().out

    assert main([*add, "jan"]) == 1
    assert "kiosk: the two passwords are not the same." in capsys.readouterr().err


def _device_rows(out: str) -> list[list[str]]:
    """The list's lines cut at its header's column starts, without the demo's terminals."""
    header, *lines = out.splitlines()
    starts = [header.index(word) for word in ("id", "branch", "role", "name", "counter", "state")]
    ends = [*starts[1:], None]
    rows = [[line[a:b].strip() for a, b in zip(starts, ends, strict=True)] for line in lines]
    return [r for r in rows if r[3] in ("kiosk", "loket-1")]


def test_admin_adds_lists_removes_and_renews_terminals(db: str, capsys) -> None:  # type: ignore[no-untyped-def]
    from kiosk.core.ports import SystemClock
    from kiosk.services import devices
    from kiosk.services.context import Database, ServiceContext

    device = ["--db", db, "admin", "device"]
    add = [*device, "add", "--branch", "gemeentehuis", "--role", "counter", "--counter", "1"]
    assert main([*add, "--name", "loket-1"]) == 0
    first = capsys.readouterr().out
    assert "Device loket-1 (" in first and "added." in first
    assert main([*add, "--name", "loket-1"]) == 0  # a rerun: the same terminal, a new code
    again = capsys.readouterr().out
    assert again.splitlines()[0] == (
        "Device loket-1 was added before but never enrolled: here is a new code."
    )
    assert (
        main([*device, "add", "--branch", "bib-halle", "--role", "kiosk", "--name", "kiosk"]) == 0
    )
    capsys.readouterr()

    assert main([*device, "list"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split() == ["id", "branch", "role", "name", "counter", "state"]
    rows = _device_rows(out)
    assert [r[1:] for r in rows] == [
        ["bib-halle", "kiosk", "kiosk", "-", "waiting for enrollment"],
        ["gemeentehuis", "counter", "loket-1", "1", "waiting for enrollment"],
    ]
    kiosk_id, loket_id = rows[0][0], rows[1][0]

    assert main([*device, "remove", kiosk_id]) == 0
    assert f"Device kiosk ({kiosk_id}) removed" in capsys.readouterr().out
    assert main([*device, "remove", kiosk_id]) == 2
    assert f"kiosk: unknown device '{kiosk_id}'." in capsys.readouterr().err

    code = again.split("Enrollment code: ")[1].split()[0]
    ctx = ServiceContext(Database(open_database(sqlite_url(Path(db)))), SystemClock())
    try:
        devices.enroll_device(ctx, code)
    finally:
        ctx.db.close()
    assert main([*device, "remove", loket_id]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"kiosk: device loket-1 has enrolled: switch it off with 'kiosk admin device revoke "
        f"{loket_id}' instead."
    ]
    assert main([*add, "--name", "loket-1"]) == 1
    assert f"'kiosk admin device revoke {loket_id}'" in capsys.readouterr().err
    assert main([*device, "list"]) == 0
    assert [r[5] for r in _device_rows(capsys.readouterr().out)] == ["enrolled"]
    assert main([*device, "revoke", loket_id]) == 0
    assert f"Device {loket_id} is switched off." in capsys.readouterr().out
    assert main([*device, "list"]) == 0
    assert [r[5] for r in _device_rows(capsys.readouterr().out)] == ["switched off"]


def test_at_is_the_municipality_s_wall_clock_time(db: str) -> None:
    """``--at 10:00`` is ten o'clock where the municipality is (Lisbon: 10:00 UTC in winter,
    not Brussels' 09:00 UTC); a time with an offset stays that moment."""
    from datetime import UTC, datetime

    from sqlalchemy import update

    from kiosk.cli.common import local_moment, moment_utc
    from kiosk.storage import tables as tb

    engine = open_database(sqlite_url(Path(db)))
    with engine.begin() as conn:
        conn.execute(update(tb.municipalities).values(timezone="Europe/Lisbon"))
    engine.dispose()
    url = sqlite_url(Path(db))
    assert moment_utc(local_moment("2026-12-07 10:00"), url) == datetime(
        2026, 12, 7, 10, 0, tzinfo=UTC
    )
    offset = local_moment("2026-12-07T10:00+01:00")
    assert moment_utc(offset, url) == datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
