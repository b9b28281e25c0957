"""The `kiosk` command's answers to mistakes: plain words and a non-zero exit, never a hang."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from kiosk.cli import main

ROOT = Path(__file__).resolve().parent.parent


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
        "import kiosk.bootstrap as b; b.STARTUP_FAILURE_EXIT_MS = 300; "
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


def test_admin_adds_and_closes_a_staff_account(tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    import io

    db = str(tmp_path / "k.sqlite3")
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
