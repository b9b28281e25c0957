"""The bare baseline of bench/sync_bench.py: the least a FastAPI + SQLAlchemy + PostgreSQL app
must do for an issue, a call-next and a long-polled change feed, to measure the kiosk server
against in the same run, on the same machine, with the same clients (issue 13).

It runs on a schema of its own (sync_bench makes it and drops it; ``prepare`` makes the tables)
and keeps PostgreSQL's durability as it is (fsync and synchronous_commit untouched):
- ``POST /api/v1/tickets`` ``{"service_id", "ticket_id"?}``: in one transaction,
  ``UPDATE ticket_numbers ... RETURNING`` takes the next number on the line's one row (one hot
  row, as the kiosk server's per-letter number), ``INSERT`` the ticket, ``COMMIT``;
- ``POST /api/v1/counters/{line}/actions`` ``{"action": "call_next"}``: one index probe,
  ``SELECT ... WHERE line AND in_line ORDER BY arrived_at LIMIT 1 FOR UPDATE SKIP LOCKED``
  on a partial index, ``UPDATE`` that ticket to called, ``COMMIT`` (a counter serves the line of
  its own name);
- ``GET /api/v1/sync/feed?after=N&wait=S``: the fan-out. A trigger on ``tickets`` numbers every
  insert and update from a sequence and NOTIFYs the change, encoded as the feed's JSON, at
  commit. Each worker LISTENs on one asyncio connection of its own (psycopg's async
  connection: no thread, no hop between threads), keeps the recent changes as they came (bytes,
  encoded once, by the database) in a ring, and wakes every waiting request at once through
  one future each; a request answers from the ring, so a thousand waiting terminals cost no
  query. A cursor older than the ring is read from the table.
- ``GET /healthz``: ``{"status": "ok", "change_seq": N}``, the newest change this worker knows.

No authentication, no validation beyond pydantic's, no change log, no idempotent retries: the
bench sends device tokens but nothing reads them. Routes that touch the database are plain
``def`` (FastAPI runs them in its thread pool, a pooled connection each), as FastAPI's own SQL
tutorial does. uvicorn picks uvloop and httptools when they are installed (``stack`` says
what it has). ``main`` runs ``--workers`` processes, each on its own SO_REUSEPORT socket made
as TCP, as ``kiosk server`` does (a socket made without saying TCP leaves Nagle on: 40 ms per
answer on a kept-alive connection).

Usage: BENCH_BASELINE_URL=postgresql+psycopg://...?options=-csearch_path%3Dschema
       BENCH_BASELINE_CHANNEL=name python bench/baseline_app.py --port P [--workers N]
"""

import argparse
import asyncio
import json
import multiprocessing
import os
import signal
import socket
import threading
import uuid
from collections import deque
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from typing import Annotated, Any

# Only the standard library here: the supervisor process (``main``) stays small, as the kiosk
# server's does; FastAPI, pydantic and SQLAlchemy are imported where they are used.

URL_ENV, CHANNEL_ENV = "BENCH_BASELINE_URL", "BENCH_BASELINE_CHANNEL"
RING = 20_000  # changes kept in memory per worker, as the kiosk server's hub
PAGE_LIMIT = 500
SEEDING = "bench_baseline.seeding"  # set in a transaction whose rows notify nobody

SCHEMA = """
CREATE SEQUENCE change_seq;
CREATE TABLE ticket_numbers (line text PRIMARY KEY, last integer NOT NULL);
CREATE TABLE tickets (
    id text PRIMARY KEY,
    line text NOT NULL,
    number integer NOT NULL,
    state text NOT NULL DEFAULT 'waiting',
    in_line boolean NOT NULL DEFAULT true,
    counter text,
    arrived_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    called_at timestamptz,
    seq bigint NOT NULL DEFAULT nextval('change_seq')
);
CREATE INDEX tickets_line_head ON tickets (line, arrived_at) WHERE in_line;
CREATE UNIQUE INDEX tickets_seq ON tickets (seq);
CREATE FUNCTION ticket_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        NEW.seq := nextval('change_seq');
    END IF;
    IF coalesce(current_setting('{seeding}', true), '') <> 'on' THEN
        PERFORM pg_notify('{channel}', json_build_object('seq', NEW.seq, 'kind', 'ticket',
            'id', NEW.id, 'table', 'tickets', 'row', row_to_json(NEW))::text);
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER ticket_changed BEFORE INSERT OR UPDATE ON tickets
    FOR EACH ROW EXECUTE FUNCTION ticket_changed();
"""
TAKE_NUMBER = "UPDATE ticket_numbers SET last = last + 1 WHERE line = :line RETURNING last"
INSERT_TICKET = "INSERT INTO tickets (id, line, number) VALUES (:id, :line, :number)"
LINE_HEAD = (
    "SELECT id, number FROM tickets WHERE line = :line AND in_line "
    "ORDER BY arrived_at LIMIT 1 FOR UPDATE SKIP LOCKED"
)
CALL = (
    "UPDATE tickets SET in_line = false, state = 'called', counter = :line, "
    "called_at = clock_timestamp() WHERE id = :id"
)
FROM_TABLE = (
    "SELECT seq, json_build_object('seq', seq, 'kind', 'ticket', 'id', id, 'table', 'tickets', "
    "'row', row_to_json(t))::text FROM tickets t WHERE seq > :after ORDER BY seq LIMIT :limit"
)


def stack() -> str:
    """What uvicorn serves with here: it takes uvloop and httptools when they import."""
    import uvicorn

    def has(module: str) -> bool:
        with suppress(ImportError):
            __import__(module)
            return True
        return False

    loop = "uvloop" if has("uvloop") else "asyncio"
    http = "httptools" if has("httptools") else "h11"
    return f"uvicorn {uvicorn.__version__} ({loop}, {http}), sync SQLAlchemy + psycopg 3"


def prepare(engine: Any, channel: str, lines: list[str]) -> None:
    """The tables, in the schema ``engine`` works in, and a number row for each line."""
    from sqlalchemy import text

    with engine.begin() as conn:
        conn.exec_driver_sql(SCHEMA.replace("{seeding}", SEEDING).replace("{channel}", channel))
        for line in lines:
            conn.execute(text("INSERT INTO ticket_numbers VALUES (:line, 0)"), {"line": line})


def add_waiting(engine: Any, line: str, count: int) -> None:
    """``count`` more tickets waiting at the back of ``line``, in one statement, notifying
    nobody (a long line to call from, not news for the terminals)."""
    from sqlalchemy import text

    with engine.begin() as conn:
        conn.exec_driver_sql(f"SET LOCAL {SEEDING} = 'on'")
        last = conn.execute(
            text("UPDATE ticket_numbers SET last = last + :n WHERE line = :line RETURNING last"),
            {"n": count, "line": line},
        ).scalar_one()
        conn.execute(
            text(
                "INSERT INTO tickets (id, line, number, arrived_at) "
                "SELECT gen_random_uuid()::text, :line, :last - :n + i, "
                "clock_timestamp() + i * interval '1 microsecond' FROM generate_series(1, :n) i"
            ),
            {"n": count, "line": line, "last": last},
        )
        conn.exec_driver_sql("ANALYZE tickets")


class Feed:
    """The recent changes of this worker and the requests waiting for the next one."""

    def __init__(self, engine: Any, channel: str) -> None:
        self.engine, self.channel = engine, channel
        self.ring: deque[tuple[int, bytes]] = deque(maxlen=RING)
        self.head = self.floor = 0  # the ring holds every change after floor, up to head
        self.waiters: set[asyncio.Future[None]] = set()
        self.task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        import psycopg
        from sqlalchemy import make_url

        conninfo = make_url(os.environ[URL_ENV]).set(drivername="postgresql")
        conn = await psycopg.AsyncConnection.connect(
            conninfo.render_as_string(hide_password=False), autocommit=True
        )
        await conn.execute(f'LISTEN "{self.channel}"')  # before reading head: nothing is lost
        cur = await conn.execute("SELECT last_value FROM change_seq")
        row = await cur.fetchone()
        self.head = self.floor = int(row[0]) if row else 0
        self.task = asyncio.create_task(self.listen(conn))

    async def listen(self, conn: Any) -> None:
        async with conn:
            async for note in conn.notifies():
                seq = int(json.loads(note.payload)["seq"])
                self.ring.append((seq, note.payload.encode()))
                if len(self.ring) == self.ring.maxlen:
                    self.floor = self.ring[0][0] - 1
                self.head = max(self.head, seq)
                for fut in self.waiters:
                    if not fut.done():
                        fut.set_result(None)
                self.waiters.clear()

    def page(self, after: int) -> bytes | None:
        items: list[tuple[int, bytes]] = []
        for seq, raw in reversed(self.ring):  # the newest first: a waiter wants the last few
            if seq <= after:
                break
            items.append((seq, raw))
        if not items:
            return None
        items = items[::-1][:PAGE_LIMIT]  # the oldest first; a full page: the rest next time
        cursor = self.head if len(items) < PAGE_LIMIT else items[-1][0]
        return page(cursor, [raw for _, raw in items])

    async def wait_page(self, after: int, wait_s: float) -> bytes:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + wait_s
        while True:
            if after < self.floor:
                return await asyncio.to_thread(self.from_table, after)
            found = self.page(after)
            if found is not None:
                return found
            remaining = deadline - loop.time()
            if remaining <= 0:
                return page(max(after, self.head), [])
            fut: asyncio.Future[None] = loop.create_future()
            self.waiters.add(fut)
            try:
                async with asyncio.timeout(remaining):
                    await fut
            except TimeoutError:
                self.waiters.discard(fut)

    def from_table(self, after: int) -> bytes:
        from sqlalchemy import text

        with self.engine.connect() as conn:
            rows = conn.execute(text(FROM_TABLE), {"after": after, "limit": PAGE_LIMIT}).all()
        cursor = rows[-1][0] if rows else max(after, self.head)
        return page(cursor, [r[1].encode() for r in rows])


def page(cursor: int, items: list[bytes]) -> bytes:
    return b'{"cursor":%d,"reset":false,"changes":[%s]}' % (cursor, b",".join(items))


def build_app() -> Any:
    """The app of one worker: its routes, its pooled connections and its feed."""
    from fastapi import FastAPI, Query
    from fastapi.responses import Response
    from pydantic import BaseModel
    from sqlalchemy import create_engine, text

    take_number, insert_ticket = text(TAKE_NUMBER), text(INSERT_TICKET)
    line_head, call = text(LINE_HEAD), text(CALL)
    engine = create_engine(os.environ[URL_ENV], pool_size=20)
    feed = Feed(engine, os.environ[CHANNEL_ENV])

    class IssueIn(BaseModel):
        service_id: str
        ticket_id: str | None = None

    class ActionIn(BaseModel):
        action: str

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        await feed.start()
        yield
        if feed.task is not None:
            feed.task.cancel()

    app = FastAPI(lifespan=lifespan)

    @app.get("/healthz")
    async def healthz() -> dict[str, Any]:
        return {"status": "ok", "change_seq": feed.head}

    @app.post("/api/v1/tickets")
    def issue(body: IssueIn) -> dict[str, Any]:
        ticket_id = body.ticket_id or str(uuid.uuid4())
        with engine.begin() as conn:
            number = conn.execute(take_number, {"line": body.service_id}).scalar_one()
            params = {"id": ticket_id, "line": body.service_id, "number": number}
            conn.execute(insert_ticket, params)
        return {"id": ticket_id, "line": body.service_id, "number": number}

    @app.post("/api/v1/counters/{line}/actions")
    def counter_action(line: str, body: ActionIn) -> dict[str, Any]:
        if body.action != "call_next":
            return {"result": body.action}  # opening a counter and the like: nothing to do
        with engine.begin() as conn:
            head = conn.execute(line_head, {"line": line}).first()
            if head is None:
                return {"result": "nobody_waiting"}
            conn.execute(call, {"id": head.id, "line": line})
        return {"result": "called", "id": head.id, "number": head.number}

    @app.get("/api/v1/sync/feed")
    async def sync_feed(
        after: Annotated[int, Query(ge=0)] = 0, wait: Annotated[float, Query(ge=0, le=30)] = 25.0
    ) -> Response:
        return Response(await feed.wait_page(after, wait), media_type="application/json")

    return app


def serve_worker(host: str, port: int) -> None:
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    config = uvicorn.Config(
        build_app(),
        log_level="warning",
        access_log=False,
        server_header=False,
        timeout_keep_alive=5,
        timeout_graceful_shutdown=2,
    )
    uvicorn.Server(config).run(sockets=[sock])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--workers", type=int, default=2)
    a = ap.parse_args()
    spawn = multiprocessing.get_context("spawn")
    workers = [
        spawn.Process(target=serve_worker, args=(a.host, a.port), name=f"baseline-{i}")
        for i in range(a.workers)
    ]
    for w in workers:
        w.start()
    stopping = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stopping.set())
    signal.signal(signal.SIGINT, lambda *_: stopping.set())
    while not stopping.is_set() and all(w.is_alive() for w in workers):
        stopping.wait(0.5)
    for w in workers:
        if w.is_alive() and w.pid is not None:
            os.kill(w.pid, signal.SIGTERM)
    for w in workers:
        w.join(timeout=10)
        if w.is_alive():
            w.kill()


if __name__ == "__main__":
    main()
