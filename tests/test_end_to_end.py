"""The whole system on one machine, as separate processes on 127.0.0.1: ``kiosk server``, and a
kiosk, two counters and a waiting-room display, each added with ``kiosk admin device add``,
enrolled with ``kiosk enroll`` and run by ``kiosk run``'s bootstrap (offscreen). A resident
takes a ticket at the kiosk; the clerks sign in at both counters; counter 2 sees the ticket
waiting; counter 1 calls it; the display shows the call. On PostgreSQL when
KIOSK_TEST_DATABASE_URL is set.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import requests

from tests.conftest import PG_URL, _drop_pg_schema, _free_port, _pg_engine

ROOT = Path(__file__).resolve().parent.parent
#: The server and every terminal run on one clock, started at a Monday morning when the demo
#: town hall is open: the test means the same whatever the day or hour it runs.
MOMENT = datetime(2026, 11, 30, 10, 0, tzinfo=ZoneInfo("Europe/Brussels"))


@pytest.fixture
def database(tmp_path: Path) -> Iterator[str]:
    if not PG_URL:
        yield str(tmp_path / "server.sqlite3")
        return
    schema = f"e2e_{uuid.uuid4().hex[:10]}"
    _pg_engine(schema).dispose()  # creates the schema (and migrates it)
    sep = "&" if "?" in PG_URL else "?"
    yield f"{PG_URL}{sep}options=-csearch_path%3D{schema}"
    _drop_pg_schema(schema)


def _env(tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "PYTHON_KEYRING_BACKEND": "tests.keyring_for_tests.SessionKeyring",
        "KIOSK_TEST_KEYRING": str(tmp_path / "keyring.json"),
        "PYTHONPATH": str(ROOT),
    }


def _kiosk(env: dict[str, str], *args: str) -> str:
    out = subprocess.run(
        [sys.executable, "-m", "kiosk.cli", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    return out.stdout


def test_ticket_from_the_kiosk_is_called_at_a_counter_and_shown_on_the_display(
    tmp_path: Path, database: str
) -> None:
    env = _env(tmp_path)
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [
            *(sys.executable, "-m", "kiosk.cli", "--db", database),
            *("server", "--port", str(port), "--at", MOMENT.strftime("%Y-%m-%d %H:%M")),
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    drivers: dict[str, subprocess.Popen[str]] = {}
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if requests.get(f"{url}/healthz", timeout=1).status_code == 200:
                    break
            except requests.RequestException:
                pass
            assert server.poll() is None, server.stderr.read() if server.stderr else ""
            assert time.monotonic() < deadline, "server did not start"
            time.sleep(0.2)

        terminals = {
            "kiosk": ("kiosk", None),
            "loket-1": ("counter", 1),
            "loket-2": ("counter", 2),
            "wachtzaal": ("display", None),
        }
        for name, (role, counter) in terminals.items():
            extra = ["--counter", str(counter)] if counter else []
            added = _kiosk(
                env, "--db", database, "admin", "device", "add", "--branch", "gemeentehuis",
                "--role", role, "--name", name, *extra,
            )  # fmt: skip
            code = re.search(r"Enrollment code: (\S+)", added)
            assert code is not None, added
            config = tmp_path / f"{name}.toml"
            _kiosk(env, "--config", str(config), "enroll", "--server", url, "--code", code[1])
            text = config.read_text()
            assert "token" not in text and f'server = "{url}"' in text

        subprocess.run(
            [sys.executable, "-m", "kiosk.cli", "--db", database, "admin", "staff", "add",
             "--username", "an.peeters", "--name", "An Peeters", "--role", "counter_staff",
             "--password-stdin"],
            input="correct horse battery\n", cwd=ROOT, env=env, check=True, timeout=60,
            capture_output=True, text=True,
        )  # fmt: skip
        ready = "Wachtrij voor je loket"
        sign_in = [
            "see:Aanmelden",
            "fill:Gebruikersnaam=an.peeters",
            "fill:Wachtwoord=correct horse battery",
            "tap:Aanmelden",
        ]
        scripts = {
            "wachtzaal": ["see:Nog geen oproepen", "see:A001 naar Loket 1", "say:shown", "hold"],
            "loket-2": [*sign_in, f"see:{ready}", "see:A001", "say:seen", "hold"],
            "loket-1": [*sign_in, f"see:{ready}", "see:A001", "tap:Volgende", "say:called", "hold"],
            "kiosk": ["tap:Identiteitskaart", "tap:Nee, ik wacht gewoon", "see:A001", "hold"],
        }
        for name, steps in scripts.items():
            drivers[name] = subprocess.Popen(
                [sys.executable, "-m", "tests.terminal_driver", str(tmp_path / f"{name}.toml"),
                 terminals[name][0], MOMENT.isoformat(), *steps],
                cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                stderr=subprocess.PIPE, text=True,
            )  # fmt: skip
        said = {
            name: _read_until(p, "STEP shown" if name == "wachtzaal" else None)
            for name, p in [("wachtzaal", drivers["wachtzaal"])]
        }
        assert "STEP shown" in said["wachtzaal"], _report(drivers)
        results = {name: _finish(p) for name, p in drivers.items()}
        for name, result in results.items():
            assert result["errors"] == [], (name, result)
            assert result["reached"][-1] == "hold", (name, result)
        status = requests.get(f"{url}/healthz", timeout=5).json()
        assert status["status"] == "ok"
    finally:
        for p in drivers.values():
            if p.poll() is None:
                p.kill()
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()


def _read_until(p: subprocess.Popen[str], marker: str | None, timeout_s: float = 120) -> str:
    assert p.stdout is not None
    seen = ""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        line = p.stdout.readline()
        if not line:
            break
        seen += line
        if marker and marker in line:
            break
    return seen


def _finish(p: subprocess.Popen[str]) -> dict[str, object]:
    out, err = p.communicate(input="", timeout=60)
    line = next((x for x in out.splitlines() if x.startswith("DRIVER-RESULT ")), None)
    assert line is not None, out[-2000:] + err[-3000:]
    result: dict[str, object] = json.loads(line.removeprefix("DRIVER-RESULT "))
    return result


def _report(drivers: dict[str, subprocess.Popen[str]]) -> str:
    parts = []
    for name, p in drivers.items():
        p.kill()
        out, err = p.communicate(timeout=10)
        parts.append(f"--- {name}\n{out[-1500:]}\n{err[-2500:]}")
    return "\n".join(parts)
