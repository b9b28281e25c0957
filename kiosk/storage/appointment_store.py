"""Appointments, calendar links and the municipality in the database (SQLAlchemy Core), as
core dataclasses (opening hours are hours_store's). Appointments keep a version: a save that
finds another version raises ConcurrentChange (two clerks moving the same appointment).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Row, func, insert, select, update

from kiosk.core.appointments import (
    Appointment,
    AppointmentSource,
    AppointmentState,
    CheckInRules,
)
from kiosk.core.model import Municipality
from kiosk.storage import tables as tb
from kiosk.storage.errors import ConcurrentChange
from kiosk.storage.row_mapper import RowMapper, one_row
from kiosk.storage.unit_of_work import Tx

_A = tb.appointments.c


# --- appointments ---------------------------------------------------------------------------


#: One column per field; the state and the source as their text.
APPOINTMENTS = RowMapper(Appointment, read={"state": AppointmentState, "source": AppointmentSource})


def appointment_from_row(r: Row[Any]) -> Appointment:
    return APPOINTMENTS.from_row(r)


def appointment_from_values(m: Mapping[Any, Any]) -> Appointment:
    """From a row's mapping, or from a decoded wire row (kiosk.storage.wire.decode_row)."""
    return APPOINTMENTS.from_values(m)


def appointment_values(a: Appointment) -> dict[str, Any]:
    return APPOINTMENTS.values(a)


def insert_appointment(conn: Tx, a: Appointment) -> None:
    conn.execute(insert(tb.appointments).values(**appointment_values(a)))


def save_appointment(conn: Tx, before: Appointment, after: Appointment) -> None:
    values = appointment_values(after)
    del values["id"]
    res = conn.execute(
        update(tb.appointments)
        .where(_A.id == before.id, _A.version == before.version)
        .values(**values)
    )
    if res.rowcount != 1:
        raise ConcurrentChange(before.id)


def _one(conn: Tx, key: str, where: Any) -> Appointment:
    """The appointment ``where`` finds by ``key``; NotFound when there is none."""
    q = select(tb.appointments).where(where)
    return appointment_from_row(one_row(conn, q, "appointment", key))


def _find(conn: Tx, where: Any) -> Appointment | None:
    r = conn.execute(select(tb.appointments).where(where)).first()
    return None if r is None else appointment_from_row(r)


def appointment(conn: Tx, appointment_id: str) -> Appointment:
    return _one(conn, appointment_id, _A.id == appointment_id)


def find_appointment(conn: Tx, appointment_id: str) -> Appointment | None:
    return _find(conn, _A.id == appointment_id)


def by_reference(conn: Tx, reference: str) -> Appointment:
    return _one(conn, reference, _A.reference == reference)


def by_external_uid(conn: Tx, uid: str) -> Appointment | None:
    return _find(conn, _A.external_uid == uid)


def by_match_key(conn: Tx, key: str, start: datetime, end: datetime) -> list[Appointment]:
    rows = conn.execute(
        select(tb.appointments)
        .where(_A.match_key == key, _A.starts_at >= start, _A.starts_at < end)
        .order_by(_A.starts_at)
    )
    return [appointment_from_row(r) for r in rows]


def reference_taken(conn: Tx, reference: str) -> bool:
    return conn.execute(select(_A.id).where(_A.reference == reference)).first() is not None


def between(
    conn: Tx,
    branch_ids: Sequence[str],
    start: datetime,
    end: datetime,
    *,
    counter_id: str | None = None,
    states: Iterable[AppointmentState] | None = None,
) -> list[Appointment]:
    """Appointments starting in [start, end) at these branches (and counter), by start."""
    q = select(tb.appointments).where(
        _A.branch_id.in_(list(branch_ids)), _A.starts_at >= start, _A.starts_at < end
    )
    if counter_id is not None:
        q = q.where(_A.counter_id == counter_id)
    if states is not None:
        q = q.where(_A.state.in_([s.value for s in states]))
    return [appointment_from_row(r) for r in conn.execute(q.order_by(_A.starts_at, _A.id))]


def intervals(
    conn: Tx,
    branch_ids: Sequence[str],
    start: datetime,
    end: datetime,
    counter_ids: Sequence[str] | None = None,
) -> list[tuple[str, datetime, int, str]]:
    """(counter id, start, minutes, appointment id) of open appointments planned on a counter
    that start in [start, end): what the free-slot search needs, without building whole
    appointments (a busy quarter holds tens of thousands)."""
    open_states = [AppointmentState.BOOKED.value, AppointmentState.CHECKED_IN.value]
    q = select(_A.counter_id, _A.starts_at, _A.minutes, _A.id).where(
        _A.branch_id.in_(list(branch_ids)),
        _A.starts_at >= start,
        _A.starts_at < end,
        _A.state.in_(open_states),
        _A.counter_id.is_not(None),
    )
    if counter_ids is not None:
        q = q.where(_A.counter_id.in_(list(counter_ids)))
    return [(r[0], r[1], r[2], r[3]) for r in conn.execute(q)]


def no_show_counts(
    conn: Tx, branch_ids: Sequence[str], start: datetime, end: datetime
) -> dict[str, tuple[int, int]]:
    """Per service id: (no-shows, appointments that were due) in [start, end). Cancelled ones
    do not count as due."""
    rows = conn.execute(
        select(_A.service_id, _A.state, func.count())
        .where(_A.branch_id.in_(list(branch_ids)), _A.starts_at >= start, _A.starts_at < end)
        .group_by(_A.service_id, _A.state)
    )
    out: dict[str, tuple[int, int]] = {}
    for service_id, state, n in rows:
        if state == AppointmentState.CANCELLED.value:
            continue
        no, due = out.get(service_id, (0, 0))
        out[service_id] = (no + (n if state == AppointmentState.NO_SHOW.value else 0), due + n)
    return out


# --- staff calendar links -------------------------------------------------------------------

_F = tb.calendar_feeds.c


@dataclass(frozen=True, slots=True)
class CalendarLinkRow:
    """A staff calendar link as stored: never its token, only the token's hash."""

    id: str
    branch_id: str
    counter_id: str | None
    created_at: datetime
    expires_at: datetime
    revoked_at: datetime | None


_LINKS = RowMapper(CalendarLinkRow)


def insert_calendar_link(conn: Tx, token_hash: str, link: CalendarLinkRow) -> None:
    conn.execute(insert(tb.calendar_feeds).values(token_hash=token_hash, **_LINKS.values(link)))


def calendar_links(conn: Tx) -> list[CalendarLinkRow]:
    """Every link, also expired and revoked ones, the oldest first."""
    return [
        _LINKS.from_row(r)
        for r in conn.execute(select(tb.calendar_feeds).order_by(_F.created_at, _F.id))
    ]


def live_calendar_link(conn: Tx, token_hash: str, now: datetime) -> CalendarLinkRow | None:
    """The link with this token hash, unless it was revoked or has expired."""
    r = conn.execute(
        select(tb.calendar_feeds).where(
            _F.token_hash == token_hash, _F.revoked_at.is_(None), _F.expires_at > now
        )
    ).first()
    return None if r is None else _LINKS.from_row(r)


def revoke_calendar_link(
    conn: Tx, at: datetime, *, link_id: str | None = None, token_hash: str | None = None
) -> bool:
    """Revoke the link with this id or token hash; False when none was still on."""
    which = _F.id == link_id if link_id is not None else _F.token_hash == token_hash
    res = conn.execute(
        update(tb.calendar_feeds).where(which, _F.revoked_at.is_(None)).values(revoked_at=at)
    )
    return res.rowcount == 1


# --- the municipality ------------------------------------------------------------------


def offered_pairs(conn: Tx) -> frozenset[tuple[str, str]]:
    return frozenset((r.branch_id, r.service_id) for r in conn.execute(select(tb.branch_services)))


def municipality_zone_and_rules(conn: Tx) -> tuple[str, CheckInRules]:
    """The (single) municipality's time zone and check-in rules; defaults on an empty DB."""
    r = conn.execute(select(tb.municipalities).limit(1)).first()
    if r is None:  # no municipality yet: no branch, hours or appointment to place in a zone
        return "UTC", CheckInRules()
    return r.timezone, CheckInRules(r.checkin_opens_before_min, r.checkin_late_after_min)


def set_checkin_rules(conn: Tx, rules: CheckInRules) -> None:
    conn.execute(
        update(tb.municipalities).values(
            checkin_opens_before_min=rules.opens_before_min,
            checkin_late_after_min=rules.late_after_min,
        )
    )


def municipality(conn: Tx) -> Municipality:
    r = one_row(conn, select(tb.municipalities).limit(1), "municipality", "*")
    return Municipality(r.id, r.name, r.timezone, r.phone, r.website)
