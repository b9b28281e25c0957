"""`kiosk demo` end to end, as a newcomer would do it: tap a service at the (scaled) kiosk,
answer the priority question, press "Volgende" at the counter, and see the call on the display.

The demo runs in its own process (tests/demo_driver.py), as it does for a user: a Qt event loop
that has run and quit cannot be shared with the other tests.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from kiosk.core.ports import SystemClock
from kiosk.services import display
from kiosk.services.context import Database, ServiceContext
from kiosk.storage.db import open_database, sqlite_url
from kiosk.storage.demo import TOWN_HALL

ROOT = Path(__file__).resolve().parent.parent


def test_newcomer_takes_and_calls_a_ticket_in_the_demo(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite3"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-m", "tests.demo_driver", str(db)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    line = next((x for x in out.stdout.splitlines() if x.startswith("DEMO-RESULT ")), None)
    assert line is not None, out.stdout[-3000:] + out.stderr[-3000:]
    result = json.loads(line.removeprefix("DEMO-RESULT "))
    assert result["errors"] == []
    assert result["steps"] == ["windows", "service", "priority", "ticket", "called"]
    ctx = ServiceContext(Database(open_database(sqlite_url(db))), SystemClock())
    calls = display.display_board(ctx, TOWN_HALL).recent_calls
    assert [(c.ticket_number, c.counter_name) for c in calls] == [("A001", "Loket 1")]
    printed = sorted(p.name for p in (tmp_path / "demo-tickets").iterdir())
    assert [n[-9:] for n in printed if not n.startswith("afspraak-")] == ["-A001.pdf"]
    # The demo's booked appointments: one confirmation slip to try the kiosk's check-in with.
    assert len([n for n in printed if n.startswith("afspraak-")]) == 1
