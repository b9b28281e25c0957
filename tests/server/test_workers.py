"""Several server processes behind one port (``kiosk server --workers 2``) on PostgreSQL: a
ticket issued through one process wakes the long-polling terminals of every process at once
(LISTEN/NOTIFY), not at their next 25-second round. Which process answered shows in the
``x-kiosk-process`` header: a random tag of each process, the same for all its answers."""

from __future__ import annotations

import re
import subprocess
import sys
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import pytest
import requests

from kiosk.core.model import DeviceRole
from kiosk.core.ports import ShiftedClock
from kiosk.services import devices
from kiosk.services.context import Database, ServiceContext
from kiosk.storage.demo import seed_demo, service_id
from tests.conftest import PG_URL, _drop_pg_schema, _free_port, _pg_engine

ROOT = Path(__file__).resolve().parents[2]
#: The server and this test share one set moment, the town hall open (10:00 on a Monday), so
#: the test means the same at any hour it runs.
MONDAY_MORNING = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)

pytestmark = pytest.mark.skipif(not PG_URL, reason="needs PostgreSQL (KIOSK_TEST_DATABASE_URL)")


def test_a_ticket_through_one_process_wakes_the_terminals_of_all() -> None:
    schema = f"w_{uuid.uuid4().hex[:10]}"
    engine = _pg_engine(schema)
    with engine.begin() as conn:
        seed_demo(conn)
    ctx = ServiceContext(Database(engine), ShiftedClock(MONDAY_MORNING))

    def token(role: DeviceRole, name: str) -> str:
        added = devices.add_device(ctx, "gemeentehuis", role, name).value
        return devices.enroll_device(ctx, added.code).value.token

    kiosk_token = token(DeviceRole.KIOSK, "kiosk")
    # Sixteen displays, one poll each: one terminal may have only two polls waiting.
    displays = [{"Authorization": f"Bearer {token(DeviceRole.DISPLAY, f'scherm {i}')}"}
                for i in range(16)]  # fmt: skip
    url = f"{PG_URL}{'&' if '?' in PG_URL else '?'}options=-csearch_path%3D{schema}"
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [sys.executable, "-m", "kiosk.cli", "--db", url, "server", "--port", str(port),
         "--workers", "2", "--at", "2026-11-30T10:00:00+01:00"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if requests.get(f"{base}/healthz", timeout=1).ok:
                    break
            except requests.RequestException:
                pass
            assert time.monotonic() < deadline, "server did not start"
            time.sleep(0.2)
        time.sleep(1.5)  # both workers up
        cursor = requests.get(
            f"{base}/api/v1/sync/snapshot", headers=displays[0], timeout=10
        ).json()["cursor"]

        def poll(i: int) -> tuple[str, list[str], float]:
            # A fresh connection each: the kernel spreads them over the two processes.
            with requests.Session() as s:
                r = s.get(
                    f"{base}/api/v1/sync/feed",
                    params={"after": cursor, "wait": 20},
                    headers=displays[i],
                    timeout=30,
                )
            kinds = [c["kind"] for c in r.json()["changes"]]
            return r.headers["x-kiosk-process"], kinds, time.monotonic()

        with ThreadPoolExecutor(16) as pool:
            waiting = [pool.submit(poll, i) for i in range(16)]
            time.sleep(1.5)  # everyone is waiting
            issued_at = time.monotonic()
            kiosk = {"Authorization": f"Bearer {kiosk_token}"}
            answer = requests.post(
                f"{base}/api/v1/tickets",
                json={"service_id": service_id("eid")},
                headers=kiosk,
                timeout=10,
            )
            assert answer.status_code == 200
            results = [f.result(timeout=30) for f in waiting]
        assert all("ticket" in kinds for _p, kinds, _t in results)
        assert len({p for p, _k, _t in results}) == 2, "all polls landed on one process"
        assert all(re.fullmatch("[0-9a-f]{8}", p) for p, _k, _t in results)  # no process id
        assert max(t for _p, _k, t in results) - issued_at < 5  # woken, not timed out
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
        engine.dispose()
        _drop_pg_schema(schema)
