"""The catalogue: the municipality, its branches, their services and counters. None of these
functions commits (the use case's unit of work does).

Services come with their texts in other languages (service_text_store.with_texts), so every
screen that has a service has its texts in every language.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import bindparam, func, select, update

from kiosk.core.model import Branch, Counter, CounterSkill, Service
from kiosk.storage import service_text_store as text_store
from kiosk.storage import tables as tb
from kiosk.storage.counter_lease_store import not_run_out
from kiosk.storage.errors import NotFound
from kiosk.storage.row_mapper import one_row
from kiosk.storage.rows import branch_from_row, counter_from_row, service_from_row
from kiosk.storage.unit_of_work import Tx

_OPEN_COUNTERS = (
    select(func.count())
    .select_from(tb.counters)
    .join(tb.counter_skills, tb.counter_skills.c.counter_id == tb.counters.c.id)
    .where(
        tb.counters.c.branch_id == bindparam("branch_id"),
        tb.counters.c.is_open.is_(True),
        tb.counter_skills.c.service_id == bindparam("service_id"),
        not_run_out("now"),  # a crashed console's counter stops counting when its lease ends
    )
)
#: Before any lease ran out: ``open_counters_for`` without a time counts every open counter.
_EVER = datetime(1970, 1, 1, tzinfo=UTC)
_OFFERED = (
    select(tb.services)
    .join(tb.branch_services, tb.branch_services.c.service_id == tb.services.c.id)
    .where(
        tb.branch_services.c.branch_id == bindparam("branch_id"),
        tb.services.c.id == bindparam("service_id"),
    )
)
_COUNTER = select(tb.counters).where(tb.counters.c.id == bindparam("id"))
_SKILLS = select(tb.counter_skills).where(tb.counter_skills.c.counter_id == bindparam("id"))


def branches(conn: Tx) -> list[Branch]:
    rows = conn.execute(select(tb.branches).order_by(tb.branches.c.name))
    return [branch_from_row(r) for r in rows]


def branch(conn: Tx, branch_id: str) -> Branch:
    q = select(tb.branches).where(tb.branches.c.id == branch_id)
    return branch_from_row(one_row(conn, q, "branch", branch_id))


def branch_by_code(conn: Tx, code: str) -> Branch:
    q = select(tb.branches).where(tb.branches.c.code == code)
    return branch_from_row(one_row(conn, q, "branch", code))


def municipality_timezone(conn: Tx, branch_id: str) -> str:
    q = (
        select(tb.municipalities.c.timezone)
        .join(tb.branches, tb.branches.c.municipality_id == tb.municipalities.c.id)
        .where(tb.branches.c.id == branch_id)
    )
    tz = conn.execute(q).scalar_one_or_none()
    if tz is None:
        raise NotFound("branch", branch_id)
    return str(tz)


def all_services(conn: Tx) -> list[Service]:
    q = select(tb.services).order_by(tb.services.c.sort_order, tb.services.c.name)
    return text_store.with_texts(conn, [service_from_row(r) for r in conn.execute(q)], every=True)


def services_of_branch(conn: Tx, branch_id: str) -> list[Service]:
    q = (
        select(tb.services)
        .join(tb.branch_services, tb.branch_services.c.service_id == tb.services.c.id)
        .where(tb.branch_services.c.branch_id == branch_id)
        .order_by(tb.services.c.sort_order, tb.services.c.name)
    )
    return text_store.with_texts(conn, [service_from_row(r) for r in conn.execute(q)])


def offered_service(conn: Tx, branch_id: str, service_id: str) -> Service | None:
    """The service if ``branch_id`` offers it, else None."""
    r = conn.execute(_OFFERED, {"branch_id": branch_id, "service_id": service_id}).first()
    return text_store.with_texts(conn, [service_from_row(r)])[0] if r is not None else None


def service(conn: Tx, service_id: str) -> Service:
    q = select(tb.services).where(tb.services.c.id == service_id)
    r = one_row(conn, q, "service", service_id)
    return text_store.with_texts(conn, [service_from_row(r)])[0]


def counters_of_branch(conn: Tx, branch_id: str) -> list[Counter]:
    rows = conn.execute(
        select(tb.counters)
        .where(tb.counters.c.branch_id == branch_id)
        .order_by(tb.counters.c.number)
    ).all()
    ids = [r._mapping["id"] for r in rows]
    skills: dict[str, list[CounterSkill]] = {i: [] for i in ids}
    for s in conn.execute(select(tb.counter_skills).where(tb.counter_skills.c.counter_id.in_(ids))):
        m = s._mapping
        skills[m["counter_id"]].append(CounterSkill(m["service_id"], m["weight"]))
    return [counter_from_row(r, tuple(skills[r._mapping["id"]])) for r in rows]


def counter(conn: Tx, counter_id: str) -> Counter:
    r = one_row(conn, _COUNTER, "counter", counter_id, {"id": counter_id})
    skills = tuple(
        CounterSkill(m["service_id"], m["weight"])
        for m in conn.execute(_SKILLS, {"id": counter_id}).mappings()
    )
    return counter_from_row(r, skills)


def set_counter_open(conn: Tx, counter_id: str, is_open: bool) -> None:
    conn.execute(update(tb.counters).where(tb.counters.c.id == counter_id).values(is_open=is_open))


def open_counters_for(
    conn: Tx, branch_id: str, service_id: str, now: datetime | None = None
) -> int:
    """Counters open for the service at ``now``: not those whose console's lease ran out
    (without ``now``: every counter marked open, leases or not)."""
    at = _EVER if now is None else now
    params = {"branch_id": branch_id, "service_id": service_id, "now": at}
    return int(conn.execute(_OPEN_COUNTERS, params).scalar_one())


def service_id_by_code(conn: Tx, code: str) -> str:
    """The id of the service an admin names by its code ("passport"); NotFound if none."""
    q = select(tb.services.c.id).where(tb.services.c.code == code)
    return str(one_row(conn, q, "service", code)[0])


def set_municipality_contact(conn: Tx, phone: str | None, website: str | None) -> None:
    """How residents reach the municipality; None leaves that one as it is."""
    values = {}
    if phone is not None:
        values["phone"] = phone
    if website is not None:
        values["website"] = website
    if values:
        conn.execute(update(tb.municipalities).values(**values))
