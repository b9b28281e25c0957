"""Central server benchmark over HTTP on PostgreSQL, against a bare baseline in the same run.
Prints one JSON object on its last line.

Two servers, one after the other, each with ``--workers`` processes (2) on a fresh PostgreSQL
schema of its own, dropped afterwards, measured by the same clients (bench/sync_clients.py)
over sockets on 127.0.0.1:
- ours: ``kiosk server`` (it migrates its schema and seeds the demo town of Zoersel); devices
  made through the Python API: a kiosk, counter 1's terminal, and one display per terminal of
  the propagation figure (1,000: a device may hold only a couple of long polls);
- the baseline, bench/baseline_app.py: FastAPI + SQLAlchemy doing only the SQL of an issue
  (UPDATE ... RETURNING on one hot number row, INSERT, COMMIT) and of a call-next (one probe
  ORDER BY ... LIMIT 1 FOR UPDATE SKIP LOCKED, UPDATE), and a long-poll feed woken by
  LISTEN/NOTIFY that answers every waiting request from memory (its docstring says how);
  ``baseline_stack`` says what it ran on.
Figures (each server's keys are the same; the baseline's end in ``_baseline``):
- issue_seq_*: POST /api/v1/tickets one at a time on one keep-alive connection (http.client,
  the lightest Python client), 2,000 after a warm-up, or fewer when they take over 25 s;
- issue_16_*: the same from 16 connections for 10 s, driven by wrk (a Python load generator
  would need one of the two cores for itself); errors = non-2xx answers. Every issue takes
  the next number of one line: one hot row;
- call_next_*: call_next at counter 1, one at a time (1,000, or fewer within 25 s), with 500,
  5,000 and 50,000 tickets waiting in its line (call_next_p99_ms_<N>; call_next_median_ms and
  call_next_p99_ms are the 5,000 case). The line is filled in one statement per length and
  then ANALYZEd: for ours, copies of a ticket issued through the Python API (new id, number,
  token, arriving just after it; issuing 50,000 one by one would take 10 minutes); for the
  baseline, fresh rows. The issue phases take "waste" tickets, a line counter 1 does not serve;
- propagation_N_*: N terminals each hold a long poll on /api/v1/sync/feed (wait=25); a kiosk
  issues a ticket; per terminal, the time from just before the issue is written until its
  answer with that ticket is in; percentiles over the terminals of all rounds. The client is
  one asyncio process on the same two cores as the server and PostgreSQL: its own reading
  time (tens of us an answer) is in the figure;
- idle_1000_rss_mb: summed VmRSS (MiB) of the server's processes (supervisor, workers,
  multiprocessing's resource tracker) while 1,000 long polls wait; *_pss_mb: shared pages once.
Ratios are ours / baseline: times (issue_seq_ratio, issue_seq_p99_ratio, issue_16_p99_ratio,
call_next_p99_ratio, propagation_N_ratio, idle_1000_rss_ratio) are better below 1,
issue_16_ratio (throughput) above 1. Absolute figures depend on the machine; the ratios are the
targets (issue 13): issue_seq <= 1.3 (p99 <= 1.5), issue_16 >= 0.9 (p99 <= 1.3), call-next
p99 <= 1.5 and within 20% from 500 to 50,000 waiting, propagation <= 1.2, idle_1000_rss_mb
<= 150 for ours. wrk must be installed (Debian: apt-get install wrk).
Usage: [KIOSK_BENCH_DATABASE_URL=postgresql+psycopg://...] python bench/sync_bench.py [--json]
       [--quick] [--workers N] [--server-log FILE]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import baseline_app
from sqlalchemy import Engine, create_engine, inspect, text
from sync_clients import (
    HOST,
    Client,
    family,
    healthz,
    memory_mb,
    pcts,
    propagation,
    run_wrk,
    say,
    timed,
)

from kiosk.core.model import DeviceRole, StaffRole
from kiosk.core.ports import ShiftedClock
from kiosk.services import devices, staff, tickets
from kiosk.services.context import Database, ServiceContext
from kiosk.storage.db import open_database
from kiosk.storage.demo import TOWN_HALL, counter_id, seed_demo, service_id

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
TERMINALS = (50, 1000)
LINES = (500, 5000, 50_000)  # tickets waiting while call_next is timed
WASTE = {"service_id": service_id("waste")}
#: A Wednesday morning at the demo town hall, when it serves walk-ins (a ticket outside a
#: service's hours is refused): the server (--at) and this process start their clocks here.
OPEN_MOMENT = datetime.fromisoformat("2026-12-02T09:05:00+01:00")
#: figure: the ratio's key (ours / baseline).
RATIOS = {
    "issue_seq_median_ms": "issue_seq_ratio",
    "issue_seq_p99_ms": "issue_seq_p99_ratio",
    "issue_16_per_s": "issue_16_ratio",
    "issue_16_p99_ms": "issue_16_p99_ratio",
    "call_next_p99_ms": "call_next_p99_ratio",
    "propagation_50_p95_ms": "propagation_50_ratio",
    "propagation_1000_p95_ms": "propagation_1000_ratio",
    "idle_1000_rss_mb": "idle_1000_rss_ratio",
}


@contextmanager
def fresh_schema(base_url: str, prefix: str) -> Iterator[tuple[str, str]]:
    """A new schema, dropped afterwards whatever happens; yields its name and the URL that
    works in it."""
    schema = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
        sep = "&" if "?" in base_url else "?"
        yield schema, f"{base_url}{sep}options=-csearch_path%3D{schema}"
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        admin.dispose()


@contextmanager
def running(cmd: list[str], env: dict[str, str], log: Path) -> Iterator[tuple[int, int]]:
    """(pid, port) of the server ``cmd`` (``--port`` added) once /healthz answers 200. It runs
    in its own session; at the end SIGTERM, and SIGKILL to the whole group if it is not gone
    after 10 s."""
    with socket.socket() as s:
        s.bind((HOST, 0))
        port = s.getsockname()[1]
    with open(log, "ab") as out:
        proc = subprocess.Popen(
            [*cmd, "--port", str(port)],
            stdout=out,
            stderr=out,
            env=env,
            cwd=ROOT,
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + 90
        while proc.poll() is None and time.monotonic() < deadline:
            with suppress(OSError):
                healthz(port)
                break
            time.sleep(0.1)
        else:
            raise RuntimeError(f"server not up (exit code {proc.returncode})")
        yield proc.pid, port
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


@dataclass
class Target:
    """A server that is up, and what the phases need of it."""

    pid: int
    port: int
    kiosk: str  # token of a kiosk
    displays: list[str]  # tokens for the long-polling terminals, one each
    desk: Client  # counter 1's terminal, its counter open
    desk_path: str
    fill_line: Callable[[int], None]  # that many more tickets at the back of the desk's line


def measure(t: Target, a: argparse.Namespace, folder: Path) -> dict:
    say(f"issue, one at a time: {a.issue_n}")
    client = Client(t.port, t.kiosk)
    seq = timed(lambda: client.post("/api/v1/tickets", WASTE), a.issue_n, a.budget_s)
    client.conn.close()
    say(f"issue, 16 clients for {a.wrk_s} s")
    out = {**pcts("issue_seq", seq, median=50, p99=99), "issue_seq_n": len(seq)}
    out.update(run_wrk(t.port, t.kiosk, WASTE, a.wrk_s, folder))

    def call() -> None:
        if t.desk.post(t.desk_path, {"action": "call_next"})["result"] != "called":
            raise RuntimeError("call_next found no one waiting")

    waiting = 0
    for line in LINES:
        say(f"call next: {line} waiting, {a.calls} calls")
        t.fill_line(line + a.calls + 50 - waiting)  # 50: timed()'s warm-up
        t.desk.conn.close()  # a fresh connection: filling may outlast the keep-alive
        calls = timed(call, a.calls, a.budget_s)
        waiting = line + a.calls - len(calls)
        out[f"call_next_p99_ms_{line}"] = pcts("call_next", calls, p99=99)["call_next_p99_ms"]
        if line == 5000:
            out |= {**pcts("call_next", calls, median=50, p99=99), "call_next_n": len(calls)}
    t.desk.conn.close()

    pids = family(t.pid)
    out |= {"idle_0_rss_mb": round(memory_mb(pids)[0], 1), "server_processes": len(pids)}
    missed = 0
    for n in TERMINALS:
        say(f"propagation to {n} terminals, {a.rounds} rounds")
        got = asyncio.run(propagation(t.port, t.kiosk, WASTE, t.displays, n, a.rounds, pids))
        out |= pcts(f"propagation_{n}", got["samples"], median=50, p95=95)
        missed += got["missed"]
    out |= {
        "propagation_missed": missed,  # woken by another change; samples: n x rounds - missed
        "idle_1000_rss_mb": round(got["rss_mb"], 1),  # every terminal holds an idle long poll
        "idle_1000_pss_mb": round(got["pss_mb"], 1),
    }
    return out


def make_devices(ctx: ServiceContext) -> tuple[str, str, list[str]]:
    """Tokens of a kiosk, of counter 1's terminal and of a display for each terminal."""

    def token(role: DeviceRole, name: str, counter: int | None = None) -> str:
        added = devices.add_device(ctx, "gemeentehuis", role, name, counter).value
        return devices.enroll_device(ctx, added.code).value.token

    displays = [token(DeviceRole.DISPLAY, f"Bench display {i}") for i in range(max(TERMINALS))]
    return token(DeviceRole.KIOSK, "Bench kiosk"), token(DeviceRole.COUNTER, "Bench", 1), displays


def open_desk(ctx: ServiceContext, desk: Client, path: str) -> None:
    """Opens counter 1; when the server wants a clerk signed in for counter actions (answer 401
    ``signed_out``), signs one in first and sends the session with every action."""
    try:
        desk.post(path, {"action": "open"})
        return
    except RuntimeError as exc:
        if "-> 401" not in str(exc) or "signed_out" not in str(exc):
            raise
    password = uuid.uuid4().hex
    staff.add_staff(ctx, "bench.clerk", "Bench clerk", StaffRole.COUNTER_STAFF, password)
    signed = desk.post("/api/v1/staff/sign-in", {"username": "bench.clerk", "password": password})
    desk.headers["X-Staff-Session"] = signed["session"]
    desk.post(path, {"action": "open"})


def copy_ticket(engine: Engine, ticket_id: str, count: int) -> None:
    """``count`` copies of ticket ``ticket_id`` right behind it in its line, in one statement:
    each with an id, a number (taken from its line's number row) and a token of its own,
    arriving a microsecond after the one before; every other column as the original's."""
    made = {
        "id": "gen_random_uuid()::text",
        "number": "n.last - :count + i",
        "token": "md5(random()::text) || md5(i::text || clock_timestamp()::text)",
        "issued_at": "t.issued_at + i * interval '1 microsecond'",
        "arrived_at": "t.arrived_at + i * interval '1 microsecond'",
    }
    cols = [c["name"] for c in inspect(engine).get_columns("tickets")]
    into = ", ".join(f'"{c}"' for c in cols)
    values = ", ".join(made.get(c, f't."{c}"') for c in cols)
    copies = text(
        "WITH t AS (SELECT * FROM tickets WHERE id = :id), "
        "n AS (UPDATE ticket_numbers SET last = last + :count FROM t "
        "WHERE ticket_numbers.branch_id = t.branch_id AND ticket_numbers.day = t.day "
        "AND ticket_numbers.letter = t.letter RETURNING last) "
        f"INSERT INTO tickets ({into}) SELECT {values} FROM t, n, generate_series(1, :count) i"
    )
    with engine.begin() as conn:
        conn.execute(copies, {"id": ticket_id, "count": count})
        # As autovacuum would within its next minute: without planner statistics the line-head
        # query plans badly on this fresh table and call_next costs 3x more.
        conn.exec_driver_sql("ANALYZE tickets")


def run_ours(url: str, a: argparse.Namespace, folder: Path, log: Path) -> dict:
    # A KIOSK_SERVER_* variable of the caller's shell must not change the server under test.
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_SERVER_")}
    cmd = [sys.executable, "-m", "kiosk.cli", "--db", url, "server", "--host", HOST]
    cmd += ["--workers", str(a.workers), "--at", OPEN_MOMENT.isoformat()]
    with running(cmd, env, log) as (pid, port):
        say(f"kiosk server up on port {port}, processes {family(pid)}")
        engine = open_database(url)  # migrated by the server already
        with engine.begin() as conn:
            seed_demo(conn)  # idempotent: the server seeded it on first start
        ctx = ServiceContext(Database(engine), ShiftedClock(OPEN_MOMENT))
        say(f"enrolling a kiosk, a counter and {max(TERMINALS)} displays")
        kiosk, counter, displays = make_devices(ctx)
        desk = Client(port, counter)
        path = f"/api/v1/counters/{counter_id('gemeentehuis', 1)}/actions"
        open_desk(ctx, desk, path)

        def fill_line(count: int) -> None:
            issued = tickets.issue_ticket(ctx, TOWN_HALL, service_id("eid")).value
            copy_ticket(engine, issued.ticket.id, count - 1)

        try:
            return measure(Target(pid, port, kiosk, displays, desk, path, fill_line), a, folder)
        finally:
            engine.dispose()


def run_baseline(url: str, schema: str, a: argparse.Namespace, folder: Path, log: Path) -> dict:
    engine = create_engine(url)
    baseline_app.prepare(engine, schema, [WASTE["service_id"], "eid"])
    env = {**os.environ, baseline_app.URL_ENV: url, baseline_app.CHANNEL_ENV: schema}
    cmd = [sys.executable, str(ROOT / "bench" / "baseline_app.py"), "--host", HOST]
    cmd += ["--workers", str(a.workers)]
    try:
        with running(cmd, env, log) as (pid, port):
            say(f"baseline up on port {port}, processes {family(pid)}")
            tokens = [f"terminal-{i}" for i in range(max(TERMINALS))]  # read by nobody

            def fill_line(count: int) -> None:
                baseline_app.add_waiting(engine, "eid", count)

            desk, path = Client(port, "counter"), "/api/v1/counters/eid/actions"
            return measure(Target(pid, port, "kiosk", tokens, desk, path, fill_line), a, folder)
    finally:
        engine.dispose()


def compare(ours: dict, base: dict) -> dict:
    """Ours, the baseline's figures as ``<key>_baseline``, and the ratios ours / baseline."""
    out = dict(ours)
    out |= {f"{k}_baseline": v for k, v in base.items()}
    for figure, key in RATIOS.items():
        out[key] = round(ours[figure] / base[figure], 3) if base[figure] else None
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", help="only the JSON line on stdout")
    ap.add_argument("--quick", action="store_true", help="small samples, for a smoke run")
    ap.add_argument("--workers", type=int, default=2, help="server processes (default 2)")
    ap.add_argument("--server-log", type=Path, help="keep the servers' log in this file")
    a = ap.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("sync_bench: wrk is not installed (Debian: apt-get install wrk)")
    a.issue_n, a.wrk_s, a.calls, a.rounds, a.budget_s = (
        (200, 3, 100, 2, 5.0) if a.quick else (2000, 10, 1000, 8, 25.0)
    )
    # 1,000 terminal sockets here, and as many in the server (it inherits the limit).
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    want = 8192 if hard == resource.RLIM_INFINITY else min(hard, 8192)
    if soft < want:
        resource.setrlimit(resource.RLIMIT_NOFILE, (want, hard))
    base = os.environ.get("KIOSK_BENCH_DATABASE_URL") or DEFAULT_URL
    with tempfile.TemporaryDirectory(prefix="kiosk-sync-bench-") as tmp:
        log = Path(tmp) / "server.log"
        try:
            with fresh_schema(base, "bench") as (_, url):
                ours = run_ours(url, a, Path(tmp), log)
            with fresh_schema(base, "bench_baseline") as (schema, url):
                baseline = run_baseline(url, schema, a, Path(tmp), log)
        except Exception:
            if log.exists():
                say("server log, last lines:\n" + "\n".join(log.read_text().splitlines()[-40:]))
            raise
        finally:
            if a.server_log and log.exists():
                shutil.copyfile(log, a.server_log)
    result = compare(ours, baseline) | {
        "baseline_stack": baseline_app.stack(),
        "call_next_waiting": list(LINES),  # the same with --quick
        "issue_16_seconds": a.wrk_s,
        "propagation_rounds": a.rounds,
        "workers": a.workers,
        "quick": a.quick,
        "database": "postgresql",
        "python": platform.python_version(),
        "cpu_count": os.cpu_count(),
    }
    if not a.json:
        print(f"{'figure':>28}  {'ours':>10}  {'baseline':>10}  ratio")
        for k, v in ours.items():
            ratio = result.get(RATIOS.get(k, ""), "")
            print(f"{k:>28}  {v:>10}  {baseline[k]:>10}  {ratio}")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
