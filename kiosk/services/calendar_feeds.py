"""Staff calendars: secret links to an iCalendar feed of a branch's or a counter's appointments.

A calendar program (Outlook, Google Calendar, Thunderbird) subscribes to a URL and cannot send
a token header, so the link itself is the secret: 192 random bits, shown once, only its hash
kept (like device tokens). The feed holds the service, the resident's first name and family
initial; never contact details, birth dates or the booking reference (the resident's check-in
code). A link has an id to list and revoke it by, and expires (LINK_DAYS by default): one
forgotten on a former colleague's phone stops by itself.

The feed, :func:`feed_ics`: a week back and three months ahead of the link's branch or counter,
written by kiosk.formats.ics_feed. Staff calendars get shared and synced to phones: whoever
reads a synced phone must not be able to check in for the resident.
"""

from __future__ import annotations

import enum
import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk.core.model import new_id
from kiosk.formats.ics_feed import appointments_ics
from kiosk.services import admin_audit
from kiosk.services.context import ServiceContext
from kiosk.storage import appointment_store as astore
from kiosk.storage import catalogue_store as store
from kiosk.storage.appointment_store import CalendarLinkRow

#: What a feed covers: a week back (for "who came last Tuesday?") and three months ahead.
PAST = timedelta(days=7)
AHEAD = timedelta(days=92)
#: How long a link works unless the admin says otherwise, and the longest it may.
LINK_DAYS = 365
MAX_LINK_DAYS = 730


class BadLifetime(Exception):
    """A link's lifetime out of 1..MAX_LINK_DAYS days."""

    user_message = f"a calendar link lasts 1 to {MAX_LINK_DAYS} days"
    log_message = "calendar link refused: lifetime"


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class CalendarLink:
    token: str
    id: str
    branch_id: str
    counter_id: str | None
    expires_at: datetime

    def path(self) -> str:
        return f"/calendars/{self.token}.ics"


class LinkState(enum.StrEnum):
    ON = "on"
    EXPIRED = "expired"
    REVOKED = "revoked"


@dataclass(frozen=True, slots=True)
class LinkListing:
    """One line of ``kiosk admin calendar list``: which calendar, since and until when."""

    id: str
    branch_code: str
    counter_number: int | None
    created_at: datetime
    expires_at: datetime
    state: LinkState


def create_link(
    ctx: ServiceContext, branch_id: str, counter_id: str | None = None, days: int = LINK_DAYS
) -> CalendarLink:
    """A new secret link, working for ``days`` (BadLifetime outside 1..MAX_LINK_DAYS). The
    token is returned once and never stored.

    Hex, not urlsafe base64: a urlsafe token can start with "-", and then
    ``kiosk admin calendar revoke TOKEN`` reads it as an option (CI caught it).
    """
    if not 1 <= days <= MAX_LINK_DAYS:
        raise BadLifetime()
    token = secrets.token_hex(24)
    now = ctx.clock.now()
    row = CalendarLinkRow(new_id(), branch_id, counter_id, now, now + timedelta(days=days), None)
    with ctx.db.write() as conn:
        store.branch(conn, branch_id)  # NotFound for a wrong branch
        if counter_id is not None:
            store.counter(conn, counter_id)
        astore.insert_calendar_link(conn, _hash(token), row)
        detail = f"link_id={row.id} counter_id={counter_id or '-'} days={days}"
        admin_audit.note(conn, ctx, "calendar_link", by=None, branch_id=branch_id, detail=detail)
    return CalendarLink(token, row.id, branch_id, counter_id, row.expires_at)


def list_links(ctx: ServiceContext) -> list[LinkListing]:
    """Every link ever made, the oldest first, with whether it still works."""
    now = ctx.clock.now()
    with ctx.db.read() as conn:
        rows = astore.calendar_links(conn)
        codes = {b.id: b.code for b in store.branches(conn)}
        numbers = {c.id: c.number for b in codes for c in store.counters_of_branch(conn, b)}
    return [
        LinkListing(
            r.id,
            codes.get(r.branch_id, r.branch_id),
            None if r.counter_id is None else numbers.get(r.counter_id),
            r.created_at,
            r.expires_at,
            _state(r, now),
        )
        for r in rows
    ]


def _state(r: CalendarLinkRow, now: datetime) -> LinkState:
    if r.revoked_at is not None:
        return LinkState.REVOKED
    return LinkState.EXPIRED if r.expires_at <= now else LinkState.ON


def revoke_link(ctx: ServiceContext, id_or_token: str) -> bool:
    """Stop a link (a calendar shared by mistake), by the id ``list_links`` shows or by its
    token. False when it was unknown or revoked already."""
    now = ctx.clock.now()
    with ctx.db.write() as conn:
        # The audit line names the id, never the token (the token is the secret).
        how = f"link_id={id_or_token}"
        revoked = astore.revoke_calendar_link(conn, now, link_id=id_or_token)
        if not revoked:
            how = "by_token"
            revoked = astore.revoke_calendar_link(conn, now, token_hash=_hash(id_or_token))
        if revoked:
            admin_audit.note(conn, ctx, "calendar_revoke", by=None, detail=how)
    return revoked


# --- the feed ---------------------------------------------------------------------------------


def feed_ics(ctx: ServiceContext, token: str) -> bytes | None:
    """The calendar behind a link, or None for an unknown, revoked or expired one."""
    now = ctx.clock.now()
    with ctx.db.read() as conn:
        link = astore.live_calendar_link(conn, _hash(token), now)
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
