"""Staff calendars: secret links to an iCalendar feed of a branch's or a counter's appointments.

A calendar program (Outlook, Google Calendar, Thunderbird) subscribes to a URL and cannot send
a token header, so the link itself is the secret: 192 random bits, shown once, only its hash
kept (like device tokens). The feed holds the service, the resident's first name and family
initial; never contact details, birth dates or the booking reference (the resident's check-in
code). A link has an id to list and revoke it by, and expires (LINK_DAYS by default): one
forgotten on a former colleague's phone stops by itself.

The feed, :func:`appointments_ics`: an RFC 5545 VCALENDAR (METHOD:PUBLISH), one VEVENT per
appointment, times in UTC (so no VTIMEZONE). UID ``<id>@kiosk`` and SEQUENCE = version let a
subscribed calendar update events in place; cancelled appointments stay in with STATUS:CANCELLED
so calendars remove them (an event that merely disappears lingers in some clients). Staff
calendars get shared and synced to phones: SUMMARY has the first name and family initial only;
whoever reads a synced phone must not be able to check in for the resident.
"""

from __future__ import annotations

import enum
import hashlib
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import icalendar

from kiosk.core.appointments import Appointment, AppointmentState
from kiosk.core.model import new_id
from kiosk.services import admin_audit
from kiosk.services.context import ServiceContext
from kiosk.storage import appointment_store as astore
from kiosk.storage import queue_store as store
from kiosk.storage.appointment_store import CalendarLinkRow

PRODID = "-//kiosk//appointments//NL"
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


def appointments_ics(
    appointments: Iterable[Appointment],
    *,
    calendar_name: str,
    services: Mapping[str, str],
    places: Mapping[str, str],
    counters: Mapping[str, str],
    now: datetime,
) -> bytes:
    """The staff calendar feed of ``appointments`` (all states; cancelled ones as CANCELLED).

    ``services``/``places``/``counters`` map ids to display names ("Gemeentehuis Zoersel,
    Handelslei 166", "Loket 2"); an id missing from them is shown as is. ``now`` (aware) is the
    DTSTAMP. Events are sorted by start and id, so the same input gives the same bytes.
    Raises ValueError for a naive ``now``.
    """
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", icalendar.vText(calendar_name))  # vText: escaped like any TEXT
    for appt in sorted(appointments, key=lambda a: (a.starts_at, a.id)):
        initial = next((f"{ch.upper()}." for ch in appt.family_name if ch.isalpha()), "")
        who = " ".join([*appt.first_name.split(), initial]).strip()
        service = services.get(appt.service_id, appt.service_id)
        location = places.get(appt.branch_id, appt.branch_id)
        if appt.counter_id is not None:
            location = f"{location}, {counters.get(appt.counter_id, appt.counter_id)}"
        event = icalendar.Event()
        event.add("uid", f"{appt.id}@kiosk")
        event.add("dtstamp", now.astimezone(UTC))
        event.add("dtstart", appt.starts_at.astimezone(UTC))
        event.add("dtend", appt.ends_at.astimezone(UTC))
        event.add("summary", f"{service} – {who}" if who else service)
        event.add("location", location)
        cancelled = appt.state is AppointmentState.CANCELLED
        event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
        event.add("sequence", appt.version)
        cal.add_component(event)
    ical: bytes = cal.to_ical()
    return ical


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
