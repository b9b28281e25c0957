"""Two separate ``kiosk server`` processes, each on its own port as on two machines behind a
load balancer, on one PostgreSQL database: a ticket issued through one wakes a terminal that
long-polls the change feed of the other (LISTEN/NOTIFY), inside its long poll, in both
directions. The README's "How far one server goes" names this test."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
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
#: The servers and this test share one moment, the town hall open (10:00 on a Monday), so the
#: test means the same at any hour it runs.
OPEN_AT = "2026-11-30T10:00:00+01:00"
MONDAY_MORNING = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
#: How long a feed request may wait; a woken one answers long before.
WAIT_S = 10

pytestmark = pytest.mark.skipif(
    not PG_URL,
    reason="needs PostgreSQL (set KIOSK_TEST_DATABASE_URL): SQLite serves one machine only",
)


@dataclass
class Servers:
    a: str  # base address of the first process
    b: str  # of the second
    ctx: ServiceContext  # on the same database, to enroll devices


def _start(url: str, port: int, tmp_path: Path, name: str) -> subprocess.Popen[bytes]:
    # A KIOSK_SERVER_* variable of the caller's shell must not change the servers under test.
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_SERVER_")}
    env |= {"XDG_CONFIG_HOME": str(tmp_path / name), "XDG_DATA_HOME": str(tmp_path / name)}
    return subprocess.Popen(
        [sys.executable, "-m", "kiosk.cli", "--db", url, "server", "--host", "127.0.0.1",
         "--port", str(port), "--at", OPEN_AT],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip


def _wait_up(base: str, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while True:
        assert proc.poll() is None, f"server at {base} ended with {proc.returncode}"
        try:
            if requests.get(f"{base}/healthz", timeout=1).ok:
                return
        except requests.RequestException:
            pass
        assert time.monotonic() < deadline, f"server at {base} did not start"
        time.sleep(0.1)


@pytest.fixture
def servers(tmp_path: Path) -> Iterator[Servers]:
    """Two server processes on one fresh schema (migrated and seeded here first, so they do
    not race to do it), stopped and the schema dropped whatever happens."""
    schema = f"two_{uuid.uuid4().hex[:10]}"
    engine = _pg_engine(schema)
    procs: list[subprocess.Popen[bytes]] = []
    try:
        with engine.begin() as conn:
            seed_demo(conn)
        url = f"{PG_URL}{'&' if '?' in PG_URL else '?'}options=-csearch_path%3D{schema}"
        bases = []
        for name in ("a", "b"):
            port = _free_port()
            procs.append(_start(url, port, tmp_path, name))
            bases.append(f"http://127.0.0.1:{port}")
        for base, proc in zip(bases, procs, strict=True):
            _wait_up(base, proc)
        yield Servers(
            bases[0], bases[1], ServiceContext(Database(engine), ShiftedClock(MONDAY_MORNING))
        )
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        engine.dispose()
        _drop_pg_schema(schema)


def _bearer(ctx: ServiceContext, role: DeviceRole, name: str) -> dict[str, str]:
    added = devices.add_device(ctx, "gemeentehuis", role, name).value
    return {"Authorization": f"Bearer {devices.enroll_device(ctx, added.code).value.token}"}


def _polls_waiting(base: str) -> int:
    for line in requests.get(f"{base}/metrics", timeout=5).text.splitlines():
        if line.startswith("kiosk_feed_polls_waiting "):
            return int(float(line.split()[1]))
    raise AssertionError("no kiosk_feed_polls_waiting in /metrics")


def _issue_while_polling(
    kiosk: dict[str, str], through: str, display: dict[str, str], polled: str, cursor: int
) -> tuple[str, requests.Response]:
    """A ticket issued through ``through`` while ``display`` holds a long poll on ``polled``
    (waiting there before the issue, so only a wake-up can bring the ticket); the ticket's id
    and the poll's answer."""
    with ThreadPoolExecutor(1) as pool:
        poll = pool.submit(
            requests.get,
            f"{polled}/api/v1/sync/feed",
            params={"after": cursor, "wait": WAIT_S},
            headers=display,
            timeout=WAIT_S + 20,
        )
        deadline = time.monotonic() + 10
        while _polls_waiting(polled) < 1:
            assert not poll.done(), f"the poll answered before anything changed: {poll.result()}"
            assert time.monotonic() < deadline, "the poll never waited"
            time.sleep(0.02)
        issued = requests.post(
            f"{through}/api/v1/tickets",
            json={"service_id": service_id("eid")},
            headers=kiosk,
            timeout=10,
        )
        assert issued.status_code == 200, issued.text
        return issued.json()["ticket_id"], poll.result()


def test_a_change_through_one_server_wakes_the_long_poll_on_the_other(servers: Servers) -> None:
    kiosk = _bearer(servers.ctx, DeviceRole.KIOSK, "kiosk")
    display = _bearer(servers.ctx, DeviceRole.DISPLAY, "wachtzaal")
    snapshot = requests.get(f"{servers.b}/api/v1/sync/snapshot", headers=display, timeout=10)
    cursor = snapshot.json()["cursor"]

    for through, polled in ((servers.a, servers.b), (servers.b, servers.a)):
        ticket_id, answer = _issue_while_polling(kiosk, through, display, polled, cursor)
        assert answer.status_code == 200, answer.text
        page = answer.json()
        # Woken with the ticket: a poll that timed out answers with no changes.
        assert ("ticket", ticket_id) in [(c["kind"], c["id"]) for c in page["changes"]], page
        assert page["cursor"] > cursor
        cursor = page["cursor"]

    tags = {requests.get(f"{b}/healthz", timeout=5).headers["x-kiosk-process"] for b in
            (servers.a, servers.b)}  # fmt: skip
    assert len(tags) == 2, "both addresses reached one process"
