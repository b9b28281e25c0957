"""Check-in at the kiosk: a resident with an appointment gets a ticket that is called at its
time, ahead of walk-ins.

Three ways in: the QR code on the confirmation (a scanner types it), the reference code typed
on the keypad, or family name and birth date. All three end in ``check_in``. The kiosk is a
public screen: nothing here returns a resident's name or contact details.

Where they run (``CheckInDesk``): a kiosk on the server's own database (the demo) does all of it
here. A synced kiosk's replica holds no names, no match keys and no references (README,
"Privacy"): it checks a code in against its replica with the code keyed (``code_key``, also
offline), and asks the server who has this name and birth date (kiosk.sync.remote_check_in);
offline that one way says plainly to ask at the desk (``CheckInUnavailable``).

Rules (kiosk.core.appointments.CheckInRules, set per municipality): check-in opens some minutes
before the slot; a resident later than the limit is not turned away but offered a walk-in
ticket (``CheckInVerdict.TOO_LATE``; the kiosk then issues one with issue_ticket).
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import partial
from typing import Protocol

from kiosk.core.appointments import (
    Appointment,
    AppointmentState,
    CheckInVerdict,
    check_in_verdict,
    code_key,
    match_key,
    normalize_name,
    normalize_reference,
)
from kiosk.core.changes import Change, ChangeKind
from kiosk.core.model import Service, TicketOrigin
from kiosk.services.context import Done, ServiceContext, Tx
from kiosk.services.tickets import IssuedTicket, new_ticket, place_in_line
from kiosk.storage import appointment_store as astore
from kiosk.storage import catalogue_store, sync_store, ticket_store
from kiosk.storage.errors import NotFound
from kiosk.storage.wire import Audience

#: Under this key the server keeps the secret that kiosks key references with (sync_state).
SECRET_KEY = "check_in_secret"


class CheckInUnavailable(Exception):
    """This way of checking in needs the server, and the server cannot be reached (or refused
    for now): the kiosk says to ask at the desk."""

    def __init__(self, why: str) -> None:
        super().__init__(why)
        self.log_message = f"check-in needs the server: {why}"


@dataclass(frozen=True, slots=True)
class Booked:
    """An appointment as a public screen may show it: service, time, place; no name."""

    appointment_id: str
    service: Service
    starts_at: datetime
    branch_id: str
    branch_name: str


@dataclass(frozen=True, slots=True)
class CheckInResult:
    verdict: CheckInVerdict
    booked: Booked | None = None
    #: OK and ALREADY: the ticket to show and print.
    ticket: IssuedTicket | None = None
    #: TOO_EARLY: from when check-in opens.
    opens_at: datetime | None = None


def _booked(conn: Tx, a: Appointment) -> Booked:
    branch = catalogue_store.branch(conn, a.branch_id)
    return Booked(
        a.id, catalogue_store.service(conn, a.service_id), a.starts_at, a.branch_id, branch.name
    )


def find_by_name(
    ctx: ServiceContext, branch_id: str, family_name: str, birth_date: date
) -> list[Booked]:
    """Today's appointments at this branch for this family name and birth date (usually one).
    Reads only; matches on the hashed key, so a kiosk needs no names."""
    if not normalize_name(family_name):
        return []
    key = match_key(family_name, birth_date)
    now = ctx.clock.now()
    with ctx.db.read() as conn:
        zone = ctx.zone(conn, branch_id)
        start = datetime.combine(now.astimezone(zone).date(), datetime.min.time(), tzinfo=zone)
        found = astore.by_match_key(conn, key, start, start + timedelta(days=1))
        return [
            _booked(conn, a)
            for a in found
            if a.branch_id == branch_id and a.state is not AppointmentState.CANCELLED
        ]


def as_booked(ctx: ServiceContext, found: Iterable[tuple[str, str, datetime, str]]) -> list[Booked]:
    """(appointment id, service id, start, branch id) as a public screen shows them, from this
    database's catalogue: what the server answered a synced kiosk's search by name."""
    with ctx.db.read() as conn:
        return [
            Booked(
                aid,
                catalogue_store.service(conn, sid),
                starts_at,
                bid,
                catalogue_store.branch(conn, bid).name,
            )
            for aid, sid, starts_at, bid in found
        ]


def check_in_secret(ctx: ServiceContext) -> str:
    """The server's secret for keyed codes (``code_key``), made on first use. Kiosks get it to
    keep in their OS keyring; it never travels in a snapshot or a feed page."""

    def load() -> str:
        with ctx.db.read() as conn:
            found = sync_store.get_state(conn, SECRET_KEY)
        if found is not None:
            return found
        with ctx.db.write() as conn:
            return sync_store.kept_secret(conn, SECRET_KEY, secrets.token_urlsafe(32))

    secret: str = ctx.cached(("check-in-secret",), load)
    return secret


def code_keyer(ctx: ServiceContext, audience: Audience) -> Callable[[str], str] | None:
    """How the server keys references for ``audience``: only a kiosk gets them, keyed."""
    if audience is not Audience.KIOSK:
        return None
    return partial(code_key, check_in_secret(ctx))


def check_in_by_code(
    ctx: ServiceContext, branch_id: str, text: str, secret: str | None = None
) -> Done[CheckInResult]:
    """Check in with what the scanner or the keypad gave: the QR payload or the bare code.
    Text that holds no valid code, or a code nobody has, is NOT_FOUND. ``secret``: on a kiosk's
    replica, which holds each reference keyed with it, never the reference itself."""
    reference = normalize_reference(text)
    if reference is None:
        return Done(CheckInResult(CheckInVerdict.NOT_FOUND))
    if secret is not None:
        reference = code_key(secret, reference)
    with ctx.db.read() as conn:
        try:
            a = astore.by_reference(conn, reference)
        except NotFound:
            return Done(CheckInResult(CheckInVerdict.NOT_FOUND))
    return check_in(ctx, branch_id, a.id)


def check_in(ctx: ServiceContext, branch_id: str, appointment_id: str) -> Done[CheckInResult]:
    """Check the resident of ``appointment_id`` in at ``branch_id`` now.

    OK: a ticket goes in line (origin APPOINTMENT, due at the appointment's start) and the
    appointment becomes CHECKED_IN, in one transaction. ALREADY: the same ticket again (a
    resident who scans twice gets no second ticket). Other verdicts change nothing."""
    now = ctx.clock.now()
    with ctx.db.write() as conn:
        try:
            before = astore.appointment(conn, appointment_id)
        except NotFound:
            return Done(CheckInResult(CheckInVerdict.NOT_FOUND))
        _zone, rules = astore.municipality_zone_and_rules(conn)
        zone = ctx.zone(conn, branch_id)
        verdict = check_in_verdict(
            before,
            branch_id,
            now,
            now.astimezone(zone).date(),
            rules,
            before.starts_at.astimezone(zone).date(),
        )
        booked = _booked(conn, before)
        if verdict is CheckInVerdict.ALREADY and before.ticket_id is not None:
            t = ticket_store.ticket(conn, before.ticket_id)
            ahead, wait = place_in_line(ctx, conn, t, booked.service)
            issued = IssuedTicket(t, booked.service, ahead, wait, ctx.status_url(t.token))
            return Done(CheckInResult(verdict, booked, issued))
        if verdict is CheckInVerdict.TOO_EARLY:
            opens = before.starts_at - timedelta(minutes=rules.opens_before_min)
            return Done(CheckInResult(verdict, booked, opens_at=opens))
        if verdict is not CheckInVerdict.OK:
            return Done(CheckInResult(verdict, booked))
        t = new_ticket(
            ctx,
            conn,
            branch_id,
            booked.service,
            now.astimezone(zone).date(),
            origin=TicketOrigin.APPOINTMENT,
            appointment_id=before.id,
            due_at=before.starts_at,
        )
        after = replace(
            before,
            state=AppointmentState.CHECKED_IN,
            checked_in_at=now,
            ticket_id=t.id,
            version=before.version + 1,
        )
        astore.save_appointment(conn, before, after)
        ahead, wait = place_in_line(ctx, conn, t, booked.service)
        changes = ctx.commit_changes(
            conn,
            [
                Change(ChangeKind.TICKET, t.id, branch_id),
                Change(ChangeKind.APPOINTMENT, after.id, branch_id),
            ],
        )
    issued = IssuedTicket(t, booked.service, ahead, wait, ctx.status_url(t.token))
    return Done(CheckInResult(verdict, booked, issued), changes)


class CheckInDesk(Protocol):
    """Where the kiosk's check-in runs: ``LocalCheckIn`` on this database, or
    kiosk.sync.remote_check_in for a synced kiosk. May raise CheckInUnavailable."""

    def by_code(self, branch_id: str, text: str) -> Done[CheckInResult]: ...

    def find_by_name(self, branch_id: str, family_name: str, birth_date: date) -> list[Booked]: ...

    def choose(self, branch_id: str, appointment_id: str) -> Done[CheckInResult]: ...


class LocalCheckIn:
    """All three ways on this database: the demo, or a kiosk beside the server's database."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def by_code(self, branch_id: str, text: str) -> Done[CheckInResult]:
        return check_in_by_code(self._ctx, branch_id, text)

    def find_by_name(self, branch_id: str, family_name: str, birth_date: date) -> list[Booked]:
        return find_by_name(self._ctx, branch_id, family_name, birth_date)

    def choose(self, branch_id: str, appointment_id: str) -> Done[CheckInResult]:
        return check_in(self._ctx, branch_id, appointment_id)
