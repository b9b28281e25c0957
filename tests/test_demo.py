"""`kiosk demo` end to end, as a newcomer would do it: tap a service at the (scaled) kiosk,
answer the priority question, press "Volgende" at the counter, and see the call on the display.

The demo runs in its own process (tests/demo_driver.py), as it does for a user: a Qt event loop
that has run and quit cannot be shared with the other tests.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from kiosk.core.ports import SystemClock
from kiosk.services import display
from kiosk.services.context import Database, ServiceContext
from kiosk.storage.db import open_database, sqlite_url
from kiosk.storage.demo import TOWN_HALL

ROOT = Path(__file__).resolve().parent.parent


def test_newcomer_takes_and_calls_a_ticket_in_the_demo_on_a_sunday_evening(tmp_path: Path) -> None:
    """Started on a Sunday at 19:19, when the town hall is closed: the demo's clock starts at
    Monday's opening, says so, and a ticket can be taken and called. On a 1920x1080 screen every
    window lies whole on it, also after bigger text in the kiosk (issue 11 point 13)."""
    db = tmp_path / "demo.sqlite3"
    tickets = tmp_path / "demo-tickets"
    tickets.mkdir()
    (tickets / "old-A001.pdf").write_bytes(b"%PDF- a ticket of the last demo")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={_full_hd(tmp_path)}"}
    out = subprocess.run(
        [sys.executable, "-m", "tests.demo_driver", str(db), "2026-12-06T19:19:00+01:00"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    line = next((x for x in out.stdout.splitlines() if x.startswith("DEMO-RESULT ")), None)
    assert line is not None, out.stdout[-3000:] + out.stderr[-3000:]
    result = json.loads(line.removeprefix("DEMO-RESULT "))
    assert result["errors"] == []
    assert result["steps"] == [
        "windows",
        "demo-mark",
        "fits-bigger-text",
        "fits-normal-text",
        "service",
        "priority",
        "ticket",
        "called",
    ]
    assert result["exit_code"] == 0  # the driver closed a window: the whole demo ended
    assert (
        "the demo town hall is closed now, so the demo's clock starts at its next opening, "
        "Monday 7 December 09:00 (use --now to keep the real time)"
    ) in out.stderr
    assert "Traceback" not in out.stderr
    # Every connection to the demo's file was closed: the write-ahead log is folded back in.
    assert not Path(f"{db}-wal").exists()
    ctx = ServiceContext(Database(open_database(sqlite_url(db))), SystemClock())
    board = display.display_board(ctx, TOWN_HALL)
    calls = board.recent_calls
    assert [(c.ticket_number, c.counter_name) for c in calls] == [("A001", "Loket 1")]
    # Taken on the demo's clock: Monday morning, not Sunday evening.
    called_at = calls[0].at.astimezone(ZoneInfo("Europe/Brussels"))
    assert (called_at.date(), called_at.hour) == (date(2026, 12, 7), 9)
    # A fresh demo starts with an empty ticket folder: only this run's PDFs.
    printed = sorted(p.name for p in tickets.iterdir())
    assert [n[-9:] for n in printed if not n.startswith("afspraak-")] == ["-A001.pdf"]
    assert "old-A001.pdf" not in printed
    # The demo's booked appointments: one confirmation slip to try the kiosk's check-in with.
    assert len([n for n in printed if n.startswith("afspraak-")]) == 1


def _full_hd(folder: Path) -> Path:
    """A Qt offscreen screen of 1920x1080 with window frames (QT_QPA_PLATFORM's configfile)."""
    screen = {"name": "full-hd", "x": 0, "y": 0, "width": 1920, "height": 1080}
    path = folder / "screens.json"
    path.write_text(json.dumps({"windowFrameMargins": True, "screens": [screen]}))
    return path


def _demo_under_dev_py(tmp_path: Path) -> subprocess.Popen[str]:
    """``python3 build/dev.py demo`` as a newcomer starts it, in a process group of its own
    (as a terminal makes one), once its windows are up."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    proc = subprocess.Popen(
        [sys.executable, "build/dev.py", "demo"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    assert proc.stderr is not None
    seen = ""
    deadline = time.monotonic() + 120
    while "kiosk demo: running" not in seen:
        line = proc.stderr.readline()
        assert line and time.monotonic() < deadline, seen[-3000:]
        seen += line
    return proc


def _group_gone(proc: subprocess.Popen[str], pgid: int, within_s: float) -> bool:
    """dev.py and everything it started (uv, the demo) have ended within ``within_s``."""
    deadline = time.monotonic() + within_s
    while time.monotonic() < deadline:
        proc.poll()  # reaps dev.py when it has ended (a zombie still counts in its group)
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.1)
    return False


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize(
    ("signal_number", "to_group", "codes"),
    [
        (signal.SIGINT, True, (130,)),  # Ctrl+C in a terminal: every process of the group
        (signal.SIGINT, False, (130,)),  # sent to dev.py alone: it passes it on
        (signal.SIGTERM, False, (0,)),  # a supervisor stopping it
    ],
    ids=["ctrl-c", "sigint-to-dev-py", "sigterm"],
)
def test_ctrl_c_or_sigterm_ends_the_whole_demo_cleanly(
    tmp_path: Path, signal_number: int, to_group: bool, codes: tuple[int, ...]
) -> None:
    proc = _demo_under_dev_py(tmp_path)
    pgid = os.getpgid(proc.pid)
    try:
        if to_group:
            os.killpg(pgid, signal_number)
        else:
            proc.send_signal(signal_number)
        assert _group_gone(proc, pgid, 5), "a process of the demo is still running after 5 s"
        assert proc.wait(timeout=1) in codes
        assert proc.stderr is not None
        rest = proc.stderr.read()
        assert "Traceback" not in rest and "KeyboardInterrupt" not in rest, rest[-3000:]
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pgid, signal.SIGKILL)
