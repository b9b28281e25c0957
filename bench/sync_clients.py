"""The clients of bench/sync_bench.py, the same for the kiosk server and for its bare baseline
(bench/baseline_app.py), and what it reads of the servers' processes: an http.client
connection for one request at a time, wrk for 16 connections, a bare asyncio connection per
long-polling terminal, and VmRSS, Pss and CPU time from /proc.
"""

from __future__ import annotations

import asyncio
import http.client
import json
import re
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Callable
from pathlib import Path

HOST = "127.0.0.1"


def say(msg: str) -> None:
    print(f"sync_bench: {msg}", file=sys.stderr, flush=True)


def percentile(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(p / 100 * (len(s) - 1))))]


def pcts(name: str, values: list[float], **ps: float) -> dict[str, float]:
    return {f"{name}_{k}_ms": round(percentile(values, p), 3) for k, p in ps.items()}


def healthz(port: int) -> dict:
    """``{"status": "ok", "change_seq": N}``; OSError while the server is not (yet) up."""
    with urllib.request.urlopen(f"http://{HOST}:{port}/healthz", timeout=5) as resp:
        return json.load(resp)


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


def run_wrk(port: int, token: str, body: dict, seconds: int, folder: Path) -> dict:
    """POST /api/v1/tickets with ``body`` from 16 connections (2 threads) for ``seconds``."""
    script = folder / "issue.lua"
    script.write_text(WRK_LUA.format(body=json.dumps(body), token=token))
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
    port: int, kiosk: str, body: dict, displays: list[str], n: int, rounds: int, pids: list[int]
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
            port, "POST", "/api/v1/tickets", kiosk, {**body, "ticket_id": ticket_id}
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
