"""Counter leases (kiosk/core/counter_lease.py) in the database. None of these functions
commits (the use case's unit of work does)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import RowMapping, and_, bindparam, delete, exists, insert, select, update
from sqlalchemy.sql.elements import ColumnElement

from kiosk.core.counter_lease import CounterLease, LeaseHolder
from kiosk.storage import tables as tb
from kiosk.storage.tables import counter_leases
from kiosk.storage.unit_of_work import Tx

_LEASE = select(counter_leases).where(counter_leases.c.counter_id == bindparam("id"))


def lease(conn: Tx, counter_id: str) -> CounterLease | None:
    r = conn.execute(_LEASE, {"id": counter_id}).mappings().first()
    return None if r is None else _lease_from(r)


def _lease_from(r: RowMapping) -> CounterLease:
    holder = LeaseHolder(r["holder_id"], r["holder_name"])
    return CounterLease(r["counter_id"], holder, r["expires_at"])


def save_lease(conn: Tx, new: CounterLease) -> None:
    """Store ``new`` as the counter's lease (taken or renewed)."""
    values = {
        "holder_id": new.holder.id,
        "holder_name": new.holder.name,
        "expires_at": new.expires_at,
    }
    c = counter_leases.c
    if conn.execute(
        update(counter_leases).where(c.counter_id == new.counter_id).values(values)
    ).rowcount:
        return
    conn.execute(insert(counter_leases).values(counter_id=new.counter_id, **values))


def drop_lease(conn: Tx, counter_id: str) -> None:
    conn.execute(delete(counter_leases).where(counter_leases.c.counter_id == counter_id))


def run_out_on_open_counters(conn: Tx, now: datetime) -> list[CounterLease]:
    """The leases that ran out by ``now`` on counters still marked open: consoles that
    stopped renewing (crashed, unplugged, cut off) and left their desk open."""
    c = counter_leases.c
    q = (
        select(counter_leases)
        .join(tb.counters, tb.counters.c.id == c.counter_id)
        .where(tb.counters.c.is_open.is_(True), c.expires_at <= now)
        .order_by(c.counter_id)
    )
    return [_lease_from(r) for r in conn.execute(q).mappings()]


def drop_lease_if_run_out(conn: Tx, counter_id: str, now: datetime) -> bool:
    """Drop the counter's lease only if it is still run out at ``now``; False when its console
    renewed it (or closed the desk) in the meantime. The condition is checked by the delete
    itself, so a renewal that commits first always wins (PostgreSQL re-reads a row it waited
    for; SQLite has one writer at a time)."""
    c = counter_leases.c
    done = conn.execute(
        delete(counter_leases).where(c.counter_id == counter_id, c.expires_at <= now)
    )
    return bool(done.rowcount)


def not_run_out(now_param: str = "now") -> ColumnElement[bool]:
    """For a query on ``counters``: the counter has no lease, or one that still runs at the
    bound parameter ``now_param``. A counter without a lease (a replica, which holds none, or
    one opened before leases) keeps counting by ``is_open`` alone."""
    c = counter_leases.c
    run_out = exists().where(
        and_(c.counter_id == tb.counters.c.id, c.expires_at <= bindparam(now_param))
    )
    return ~run_out
