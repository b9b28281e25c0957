"""``kiosk server`` as an admin starts it: a new database is announced."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import _free_port

ROOT = Path(__file__).resolve().parent.parent


def _server(db: Path, port: int) -> list[str]:
    return [sys.executable, "-m", "kiosk.cli", "--db", str(db), "server", "--port", str(port)]


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_SERVER_")}
    return {
        **env,
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }


def test_a_new_database_is_announced(tmp_path: Path) -> None:
    db = tmp_path / "new" / "server.sqlite3"
    server = subprocess.Popen(
        _server(db, _free_port()),
        cwd=ROOT,
        env=_env(tmp_path),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stderr is not None
        first = server.stderr.readline()  # the next line, a log line, comes within a second
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert first.strip() == f"kiosk: making a new database at {db}."
