"""Staff calendars: secret links to an iCalendar feed of a branch's or a counter's appointments.

A calendar program (Outlook, Google Calendar, Thunderbird) subscribes to a URL and cannot send
a token header, so the link itself is the secret: 192 random bits, shown once, only its hash
kept (like device tokens). The feed holds the service, the resident's first name and family
initial and the reference; never contact details or birth dates.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import insert, select, update

from kiosk.services.calendars import appointments_ics
from kiosk.services.context import ServiceContext
from kiosk.storage import appointment_store as astore
from kiosk.storage import queue_store as store
from kiosk.storage import tables as tb

#: What a feed covers: a week back (for "who came last Tuesday?") and three months ahead.
PAST = timedelta(days=7)
AHEAD = timedelta(days=92)


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class CalendarLink:
    token: str
    branch_id: str
    counter_id: str | None

    def path(self) -> str:
        return f"/calendars/{self.token}.ics"


def create_link(ctx: ServiceContext, branch_id: str, counter_id: str | None = None) -> CalendarLink:
    """A new secret link. The token is returned once and never stored.

    Hex, not urlsafe base64: a urlsafe token can start with "-", and then
    ``kiosk admin calendar revoke TOKEN`` reads it as an option (CI caught it).
    """
    token = secrets.token_hex(24)
    with ctx.db.write() as conn:
        store.branch(conn, branch_id)  # NotFound for a wrong branch
        if counter_id is not None:
            store.counter(conn, counter_id)
        conn.execute(
            insert(tb.calendar_feeds).values(
                token_hash=_hash(token),
                branch_id=branch_id,
                counter_id=counter_id,
                created_at=ctx.clock.now(),
            )
        )
    return CalendarLink(token, branch_id, counter_id)


def revoke_link(ctx: ServiceContext, token: str) -> bool:
    """Stop a link (a calendar shared by mistake). False when it was unknown or revoked."""
    f = tb.calendar_feeds.c
    with ctx.db.write() as conn:
        res = conn.execute(
            update(tb.calendar_feeds)
            .where(f.token_hash == _hash(token), f.revoked_at.is_(None))
            .values(revoked_at=ctx.clock.now())
        )
    return res.rowcount == 1


def feed_ics(ctx: ServiceContext, token: str) -> bytes | None:
    """The calendar behind a link, or None for an unknown or revoked one."""
    f = tb.calendar_feeds.c
    now = ctx.clock.now()
    with ctx.db.read() as conn:
        link = conn.execute(
            select(tb.calendar_feeds).where(f.token_hash == _hash(token), f.revoked_at.is_(None))
        ).first()
        if link is None:
            return None
        branch = store.branch(conn, link.branch_id)
        counters = {c.id: c.name for c in store.counters_of_branch(conn, branch.id)}
        found = astore.between(
            conn, [branch.id], now - PAST, now + AHEAD, counter_id=link.counter_id
        )
        services = {s.id: s.name for s in store.all_services(conn)}
    name = (
        branch.name
        if link.counter_id is None
        else f"{branch.name} – {counters.get(link.counter_id, '')}"
    )
    place = f"{branch.name}, {branch.address}" if branch.address else branch.name
    return appointments_ics(
        found,
        calendar_name=f"Afspraken {name}",
        services=services,
        places={branch.id: place},
        counters=counters,
        now=now,
    )
