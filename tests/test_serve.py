"""``kiosk server`` as an admin starts it: a port in use is said at once, in one plain line,
before the database is touched; a new database is announced."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
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


def test_a_port_in_use_is_said_at_once_and_nothing_is_made(tmp_path: Path) -> None:
    db = tmp_path / "server.sqlite3"
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        started = time.monotonic()
        out = subprocess.run(
            _server(db, port),
            cwd=ROOT,
            env=_env(tmp_path),
            capture_output=True,
            text=True,
            timeout=60,
        )
        took = time.monotonic() - started
    assert out.returncode == 1
    assert out.stderr.splitlines() == [
        f"kiosk: port {port} on 127.0.0.1 is already in use. Stop the other program or choose "
        "another port with --port."
    ]
    assert took < 15, took  # the interpreter's start on a busy machine; no server, no migration
    assert not db.exists()


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
