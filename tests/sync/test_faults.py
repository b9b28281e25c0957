"""Faults the sync must survive: the server killed (SIGKILL) in the middle of a push, and
started again. Every ticket the kiosk made arrives exactly once, none is lost."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import requests
from sqlalchemy import select

from kiosk.core.model import DeviceRole
from kiosk.core.ports import FakeClock
from kiosk.services import devices, replica, tickets
from kiosk.services.context import Database, ServiceContext
from kiosk.storage import tables as tb
from kiosk.storage.db import open_database, sqlite_url
from kiosk.storage.demo import seed_demo, service_id
from kiosk.sync.agent import SyncAgent, SyncOptions
from kiosk.sync.link import ServerLink
from tests.conftest import _free_port

ROOT = Path(__file__).resolve().parents[2]


def _start_server(db: Path, port: int, at: datetime) -> subprocess.Popen[bytes]:
    """``kiosk server`` on its own clock, set to the terminal's moment: the server leases
    numbers only around its own today, so a test must not depend on the real date."""
    local = at.astimezone(ZoneInfo("Europe/Brussels")).strftime("%Y-%m-%d %H:%M")
    proc = subprocess.Popen(
        [
            *(sys.executable, "-m", "kiosk.cli", "--db", str(db)),
            *("server", "--port", str(port), "--at", local),
        ],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while True:
        try:
            if requests.get(f"http://127.0.0.1:{port}/healthz", timeout=1).ok:
                return proc
        except requests.RequestException:
            pass
        assert proc.poll() is None and time.monotonic() < deadline, "server did not start"
        time.sleep(0.1)


def test_server_killed_mid_push_loses_nothing_and_stores_nothing_twice(
    tmp_path: Path, clock: FakeClock
) -> None:
    db = tmp_path / "server.sqlite3"
    server_ctx = ServiceContext(Database(open_database(sqlite_url(db))), clock)
    with server_ctx.db.engine.begin() as conn:
        seed_demo(conn)
    added = devices.add_device(server_ctx, "gemeentehuis", DeviceRole.KIOSK, "Kiosk").value
    token = devices.enroll_device(server_ctx, added.code).value.token

    port = _free_port()
    server = _start_server(db, port, clock.now())
    local = ServiceContext(
        Database(open_database(sqlite_url(tmp_path / "replica.sqlite3"))),
        clock,
        replica_device_id=added.device.id,
    )
    agent = SyncAgent(
        local,
        ServerLink(f"http://127.0.0.1:{port}", token),
        added.device.branch_id,
        issues_tickets=True,
        options=SyncOptions(wait_s=1, max_retry_s=0.2, numbers_ahead=600, push_batch=10),
    ).start()
    try:
        assert agent.wait_synced(20)
        agent.lease_now()
        made = [
            tickets.issue_ticket(local, added.device.branch_id, service_id("eid")).value.ticket
            for _ in range(500)
        ]
        agent.push_soon()
        deadline = time.monotonic() + 30
        while replica.pending_count(local) > 400:  # some batches are in, most are not
            assert time.monotonic() < deadline
            time.sleep(0.005)
        server.send_signal(signal.SIGKILL)
        server.wait(timeout=10)
        left = replica.pending_count(local)
        assert 0 < left < 500

        server = _start_server(db, port, clock.now())
        deadline = time.monotonic() + 60
        while replica.pending_count(local) > 0:
            assert time.monotonic() < deadline, "the outbox did not drain"
            time.sleep(0.05)
        assert agent.rejected == 0
        with server_ctx.db.read() as conn:
            rows = conn.execute(select(tb.tickets.c.id, tb.tickets.c.number)).all()
        assert sorted(r.id for r in rows) == sorted(t.id for t in made)
        assert sorted(r.number for r in rows) == sorted(t.number for t in made)
        assert len({r.number for r in rows}) == 500
    finally:
        agent.stop()
        server.kill()
        server.wait(timeout=10)
        local.db.close()
        server_ctx.db.close()
