"""Central server benchmark over HTTP on PostgreSQL. Prints one JSON object on its last line.

Runs ``kiosk server --workers 2`` as a subprocess on a fresh PostgreSQL schema (the server
migrates it and seeds the demo town of Zoersel; the schema is dropped afterwards), makes
devices through the Python API, and measures over sockets on 127.0.0.1:
- issue_seq_*: POST /api/v1/tickets one at a time on one keep-alive connection (http.client,
  the lightest Python client), 2,000 after a warm-up, or fewer when they take over 25 s;
- issue_16_*: the same from 16 connections for 10 s, driven by wrk (a Python load generator
  would need one of the two cores for itself); errors = non-2xx answers;
- call_next_*: call_next at counter 1, one at a time (1,000, or fewer within 25 s), with 5,000
  tickets waiting in its lines, made through the Python API and then ANALYZEd. The issue
  phases take "waste" tickets, a line counter 1 does not serve;
- propagation_N_*: N terminals (displays of the town hall) each hold a long poll on
  /api/v1/sync/feed (wait=25); a kiosk issues a ticket; per terminal, the time from just before
  the issue is written until its answer with that ticket is in; percentiles over the
  terminals of all rounds. The client is one asyncio process on the same two cores as the
  server and PostgreSQL: its own reading time (tens of us an answer) is in the figure;
- idle_1000_rss_mb: summed VmRSS (MiB) of the server's processes (supervisor, workers,
  multiprocessing's resource tracker) while 1,000 long polls wait; *_pss_mb: shared pages once.

Targets (2-core machine): issue_seq median <= 2 ms, p99 <= 5 ms; issue_16 >= 1000/s with
p99 <= 50 ms; call_next_p99_ms <= 5; propagation p95 <= 25 ms to 50 terminals and <= 100 ms to
1,000; idle_1000_rss_mb <= 150.
Usage: [KIOSK_BENCH_DATABASE_URL=postgresql+psycopg://...] python bench/sync_bench.py [--json]
       [--quick] [--workers N] [--server-log FILE]
"""

from __future__ import annotations

import argparse
import asyncio
import http.client
import json
import os
import platform
import re
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import datetime
from pathlib import Path

from sqlalchemy import create_engine

from kiosk.core.model import DeviceRole, StaffRole
from kiosk.core.ports import ShiftedClock
from kiosk.services import devices, staff, tickets
from kiosk.services.context import Database, ServiceContext
from kiosk.storage.db import open_database
from kiosk.storage.demo import TOWN_HALL, counter_id, seed_demo, service_id

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
HOST = "127.0.0.1"
DISPLAYS = 10  # terminals share these devices' tokens round-robin
WASTE = {"service_id": service_id("waste")}
#: A Wednesday morning at the demo town hall, when it serves walk-ins (a ticket outside a
#: service's hours is refused): the server (--at) and this process start their clocks here.
OPEN_MOMENT = datetime.fromisoformat("2026-12-02T09:05:00+01:00")


def say(msg: str) -> None:
    print(f"sync_bench: {msg}", file=sys.stderr, flush=True)


def percentile(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(p / 100 * (len(s) - 1))))]


def pcts(name: str, values: list[float], **ps: float) -> dict[str, float]:
    return {f"{name}_{k}_ms": round(percentile(values, p), 3) for k, p in ps.items()}


@contextmanager
def fresh_schema(base_url: str) -> Iterator[str]:
    """A new schema, dropped afterwards whatever happens; yields the URL that works in it."""
    schema = f"bench_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
        yield f"{base_url}{'&' if '?' in base_url else '?'}options=-csearch_path%3D{schema}"
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        admin.dispose()


def healthz(port: int) -> dict:
    """``{"status": "ok", "change_seq": N}``; OSError while the server is not (yet) up."""
    with urllib.request.urlopen(f"http://{HOST}:{port}/healthz", timeout=5) as resp:
        return json.load(resp)


@contextmanager
def running_server(url: str, workers: int, log: Path) -> Iterator[tuple[int, int]]:
    """(pid, port) of ``kiosk server`` once /healthz answers 200. It runs in its own session;
    at the end SIGTERM, and SIGKILL to the whole group if it is not gone after 10 s."""
    with socket.socket() as s:
        s.bind((HOST, 0))
        port = s.getsockname()[1]
    # A KIOSK_SERVER_* variable of the caller's shell must not change the server under test.
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_SERVER_")}
    cmd = [sys.executable, "-m", "kiosk.cli", "--db", url, "server", "--host", HOST]
    cmd += ["--port", str(port), "--workers", str(workers), "--at", OPEN_MOMENT.isoformat()]
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            cmd, stdout=out, stderr=out, env=env, cwd=ROOT, start_new_session=True
        )
    try:
        deadline = time.monotonic() + 60
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


def family(root: int) -> list[int]:
    """``root`` and all its descendants (uvicorn's workers, multiprocessing's helpers)."""
    out = subprocess.run(["ps", "-e", "-o", "pid=,ppid="], capture_output=True, text=True)
    parent = {int(c): int(p) for c, p in (line.split() for line in out.stdout.splitlines())}
    found = [root]
    for pid in found:
        found += [c for c, p in parent.items() if p == pid]
    return found


def memory_mb(pids: list[int]) -> tuple[float, float]:
    """(summed VmRSS, summed Pss) in MiB; Pss shares each shared page among its users."""
    text = "".join(
        Path(f"/proc/{p}/{f}").read_text() for p in pids for f in ("status", "smaps_rollup")
    )
    kb = {k: sum(map(int, re.findall(rf"^{k}:\s+(\d+) kB", text, re.M))) for k in ("VmRSS", "Pss")}
    return kb["VmRSS"] / 1024, kb["Pss"] / 1024


def cpu_ticks(pids: list[int]) -> int:
    """utime + stime of ``pids`` in clock ticks (1/100 s)."""
    fields = [Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split() for p in pids]
    return sum(int(f[11]) + int(f[12]) for f in fields)


class Client:
    """One keep-alive connection for POSTs with a device token. No socket tricks (such as
    TCP_QUICKACK): the server is timed as a terminal's HTTP client would see it."""

    def __init__(self, port: int, token: str) -> None:
        self.conn = http.client.HTTPConnection(HOST, port, timeout=30)
        self.headers = {"Content-Type": "application/json", "Authorization": f"Bearer {token}"}

    def post(self, path: str, body: dict) -> dict:
        self.conn.request("POST", path, json.dumps(body).encode(), self.headers)
        resp = self.conn.getresponse()
        data = resp.read()
        if resp.status != 200:
            raise RuntimeError(f"POST {path} {json.dumps(body)} -> {resp.status} {data[:500]!r}")
        return json.loads(data)


def timed(fn: Callable[[], object], n: int, budget_s: float, warmup: int = 50) -> list[float]:
    """Latencies (ms) of n calls after a warm-up; fewer when they take more than budget_s in
    all, so that a slow server still gives a figure within the run's few minutes."""
    for _ in range(warmup):
        fn()
    lat: list[float] = []
    end = time.perf_counter() + budget_s
    while len(lat) < n and (t0 := time.perf_counter()) < end:
        fn()
        lat.append((time.perf_counter() - t0) * 1000)
    if len(lat) < n:
        say(f"time budget of {budget_s} s used up after {len(lat)} of {n} requests")
    return lat


WRK_LUA = """wrk.method = "POST"
wrk.body = '{body}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer {token}"
"""
UNIT_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def run_wrk(port: int, token: str, seconds: int, folder: Path) -> dict:
    script = folder / "issue.lua"
    script.write_text(WRK_LUA.format(body=json.dumps(WASTE), token=token))
    url = f"http://{HOST}:{port}/api/v1/tickets"
    cmd = ["wrk", "-t2", "-c16", f"-d{seconds}s", "--latency", "-s", str(script), url]
    text = subprocess.run(cmd, capture_output=True, text=True, timeout=seconds + 60, check=True)
    say("wrk:\n" + text.stdout)
    return parse_wrk(text.stdout)


def parse_wrk(text: str) -> dict:
    p99 = re.search(r"^\s*99%\s+([\d.]+)(us|ms|s|m)\s*$", text, re.M)
    rps = re.search(r"Requests/sec:\s+([\d.]+)", text)
    total = re.search(r"(\d+) requests in", text)
    if not (p99 and rps and total):
        raise RuntimeError(f"unexpected wrk output:\n{text}")
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
    sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    return {
        "issue_16_per_s": float(rps[1]),
        "issue_16_p99_ms": round(float(p99[1]) * UNIT_MS[p99[2]], 3),
        "issue_16_errors": int(non2xx[1]) if non2xx else 0,
        "issue_16_socket_errors": sum(map(int, sock.groups())) if sock else 0,
        "issue_16_requests": int(total[1]),
    }


class HttpConn(asyncio.Protocol):
    """A keep-alive HTTP/1.1 connection for one request at a time on a bare transport (1,000
    of these must stay cheap: no client library). The answer's future gets (arrival time,
    status, body), the time taken on entry of the read that completed the answer."""

    def __init__(self) -> None:
        self.buf = bytearray()
        self.fut: asyncio.Future[tuple[float, int, bytes]] | None = None
        self.transport: asyncio.Transport | None = None

    def data_received(self, data: bytes) -> None:
        now = time.perf_counter()
        self.buf += data
        end = self.buf.find(b"\r\n\r\n")
        if self.fut is None or self.fut.done() or end < 0:
            return
        length = re.search(rb"(?i)\r\ncontent-length:\s*(\d+)", self.buf[:end])
        if length is None:
            self.fut.set_exception(RuntimeError(f"no Content-Length: {bytes(self.buf[:end])!r}"))
        elif len(self.buf) >= (need := end + 4 + int(length[1])):
            status, body = int(self.buf[9:12]), bytes(self.buf[end + 4 : need])
            del self.buf[:need]
            self.fut.set_result((now, status, body))

    def connection_lost(self, exc: Exception | None) -> None:
        self.transport = None
        if self.fut is not None and not self.fut.done():
            self.fut.set_exception(ConnectionError(f"server closed the connection ({exc})"))

    def send(self, raw: bytes) -> asyncio.Future[tuple[float, int, bytes]]:
        assert self.transport is not None
        self.fut = asyncio.get_running_loop().create_future()
        self.transport.write(raw)
        return self.fut


async def connect(port: int) -> HttpConn:
    conn = HttpConn()
    conn.transport, _ = await asyncio.get_running_loop().create_connection(lambda: conn, HOST, port)
    return conn


def raw_request(port: int, method: str, target: str, token: str, body: dict | None) -> bytes:
    data = json.dumps(body).encode() if body is not None else b""
    extra = f"Content-Type: application/json\r\nContent-Length: {len(data)}\r\n" if data else ""
    head = f"{method} {target} HTTP/1.1\r\nHost: {HOST}:{port}\r\nAuthorization: Bearer {token}"
    return f"{head}\r\n{extra}\r\n".encode() + data


async def until_quiet(pids: list[int], limit_s: float = 20.0) -> None:
    """Until the server's processes used at most 20 ms of CPU in each of two 0.2 s windows:
    every long poll sent is then past authentication and parked in the hub (no server figure
    counts the waiting polls of all processes)."""
    deadline, calm, last = time.monotonic() + limit_s, 0, cpu_ticks(pids)
    while calm < 2 and time.monotonic() < deadline:
        await asyncio.sleep(0.2)
        now = cpu_ticks(pids)
        calm, last = (calm + 1 if now - last <= 2 else 0), now
    if calm < 2:
        say(f"server still busy after {limit_s} s; measuring anyway")


async def propagation(
    port: int, kiosk: str, displays: list[str], n: int, rounds: int, pids: list[int]
) -> dict:
    """Arms n long polls; per round one issue, each poll's delay until it has the ticket, and
    the polls armed again with the cursor each got (on the same connections: keep-alive)."""
    cursors = [healthz(port)["change_seq"]] * n
    terms: list[HttpConn] = []
    for start in range(0, n, 200):  # in batches, so the listen backlog never overflows
        terms += await asyncio.gather(*(connect(port) for _ in range(start, min(n, start + 200))))
    samples: list[float] = []
    missed, memory = 0, (0.0, 0.0)
    for r in range(rounds):
        for i, t in enumerate(terms):
            if t.transport is None or t.transport.is_closing():
                terms[i] = await connect(port)
        feed = "/api/v1/sync/feed?after={}&wait=25"
        futs = [
            t.send(raw_request(port, "GET", feed.format(c), displays[i % len(displays)], None))
            for i, (t, c) in enumerate(zip(terms, cursors, strict=True))
        ]
        await until_quiet(pids)
        if early := sum(f.done() for f in futs):
            raise RuntimeError(f"{early} long polls answered before any change (round {r})")
        if r == 0:
            memory = memory_mb(pids)  # every terminal holds an idle long poll now
        issuer = await connect(port)  # a fresh one: the keep-alive timeout is 5 s
        ticket_id = str(uuid.uuid4())
        request = raw_request(
            port, "POST", "/api/v1/tickets", kiosk, {**WASTE, "ticket_id": ticket_id}
        )
        t0 = time.perf_counter()
        issued = issuer.send(request)
        answers = await asyncio.wait_for(asyncio.gather(*futs), 30)
        _, status, raw = await asyncio.wait_for(issued, 30)
        issuer.transport.close()  # type: ignore[union-attr]
        if status != 200:
            raise RuntimeError(f"POST /api/v1/tickets in round {r} -> {status} {raw[:500]!r}")
        for i, (arrived, status, raw) in enumerate(answers):
            if status != 200:
                raise RuntimeError(f"GET /api/v1/sync/feed -> {status} {raw[:500]!r}")
            page = json.loads(raw)
            cursors[i] = page["cursor"]
            if any(c["id"] == ticket_id for c in page["changes"]):
                samples.append((arrived - t0) * 1000)
            else:  # woken by some other change: not a measurement of ours
                missed += 1
        say(f"{n} terminals, round {r + 1}: p95 {percentile(samples[-n:], 95):.1f} ms")
    for t in terms:
        if t.transport is not None:
            t.transport.close()
    return {"samples": samples, "missed": missed, "rss_mb": memory[0], "pss_mb": memory[1]}


def make_devices(ctx: ServiceContext) -> tuple[str, str, list[str]]:
    """Tokens of a kiosk, of counter 1's terminal and of DISPLAYS displays of the town hall."""

    def token(role: DeviceRole, name: str, counter: int | None = None) -> str:
        added = devices.add_device(ctx, "gemeentehuis", role, name, counter).value
        return devices.enroll_device(ctx, added.code).value.token

    displays = [token(DeviceRole.DISPLAY, f"Bench display {i}") for i in range(DISPLAYS)]
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


def run(url: str, folder: Path, log: Path, a: argparse.Namespace) -> dict:
    with running_server(url, a.workers, log) as (pid, port):
        say(f"server up on port {port}, processes {family(pid)}")
        engine = open_database(url)  # migrated by the server already
        with engine.begin() as conn:
            seed_demo(conn)  # idempotent: the server seeded it on first start
        ctx = ServiceContext(Database(engine), ShiftedClock(OPEN_MOMENT))
        kiosk, counter, displays = make_devices(ctx)

        say(f"issue, one at a time: {a.issue_n}")
        client = Client(port, kiosk)
        seq = timed(lambda: client.post("/api/v1/tickets", WASTE), a.issue_n, a.budget_s)
        client.conn.close()
        say(f"issue, 16 clients for {a.wrk_s} s")
        wrk = run_wrk(port, kiosk, a.wrk_s, folder)

        say(f"call next: {a.waiting} waiting, {a.calls} calls")
        for _ in range(a.waiting + a.calls + 50):  # `waiting` stay in line throughout
            tickets.issue_ticket(ctx, TOWN_HALL, service_id("eid"))
        # After a bulk load, as autovacuum would within its next minute: planner statistics.
        # Without them the line-head query plans badly on this fresh table and call_next
        # costs 3x more, changing from run to run with autovacuum's timing.
        with engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE tickets")
        desk = Client(port, counter)
        path = f"/api/v1/counters/{counter_id('gemeentehuis', 1)}/actions"
        open_desk(ctx, desk, path)

        def call() -> None:
            if desk.post(path, {"action": "call_next"})["result"] != "called":
                raise RuntimeError("call_next found no one waiting")

        calls = timed(call, a.calls, a.budget_s)
        desk.conn.close()
        engine.dispose()

        pids = family(pid)
        rss_0 = memory_mb(pids)[0]
        props = {}
        for n in (50, 1000):
            say(f"propagation to {n} terminals, {a.rounds} rounds")
            props[n] = asyncio.run(propagation(port, kiosk, displays, n, a.rounds, pids))
    return {
        **pcts("issue_seq", seq, median=50, p99=99),
        **wrk,
        **pcts("call_next", calls, median=50, p99=99),
        **pcts("propagation_50", props[50]["samples"], median=50, p95=95),
        **pcts("propagation_1000", props[1000]["samples"], median=50, p95=95),
        "propagation_missed": props[50]["missed"] + props[1000]["missed"],
        "idle_1000_rss_mb": round(props[1000]["rss_mb"], 1),
        "idle_1000_pss_mb": round(props[1000]["pss_mb"], 1),
        "idle_0_rss_mb": round(rss_0, 1),  # the same processes before any long poll
        "issue_seq_n": len(seq),
        "issue_16_seconds": a.wrk_s,
        "waiting": a.waiting,
        "call_next_n": len(calls),
        "propagation_rounds": a.rounds,  # samples: terminals x rounds - missed
        "workers": a.workers,
        "server_processes": len(pids),
        "database": "postgresql",
        "python": platform.python_version(),
        "cpu_count": os.cpu_count(),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", help="only the JSON line on stdout")
    ap.add_argument("--quick", action="store_true", help="small samples, for a smoke run")
    ap.add_argument("--workers", type=int, default=2, help="server processes (default 2)")
    ap.add_argument("--server-log", type=Path, help="keep the server's log in this file")
    a = ap.parse_args()
    a.issue_n, a.wrk_s, a.waiting, a.calls, a.rounds, a.budget_s = (
        (200, 3, 500, 100, 2, 5.0) if a.quick else (2000, 10, 5000, 1000, 8, 25.0)
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
            with fresh_schema(base) as url:
                result = run(url, Path(tmp), log, a)
        except Exception:
            if log.exists():
                say("server log, last lines:\n" + "\n".join(log.read_text().splitlines()[-40:]))
            raise
        finally:
            if a.server_log and log.exists():
                shutil.copyfile(log, a.server_log)
    if not a.json:
        for k, v in result.items():
            print(f"{k:>28}: {v}")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
