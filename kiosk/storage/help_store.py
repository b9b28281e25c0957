"""Queries of help requests (a resident at a kiosk asks for a person). None of them commits."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Row, insert, select, update

from kiosk.core.model import HelpRequest
from kiosk.storage import tables as tb
from kiosk.storage.row_mapper import RowMapper, one_row
from kiosk.storage.unit_of_work import Tx

#: An open request's ``answered_by`` reads as "", never None, as HelpRequest has it.
_HELP = RowMapper(HelpRequest, read={"answered_by": lambda by: by or ""})


def help_from_row(r: Row[Any]) -> HelpRequest:
    return _HELP.from_row(r)


def insert_help(conn: Tx, h: HelpRequest) -> None:
    conn.execute(insert(tb.help_requests).values(**_HELP.values(h)))


def help_request(conn: Tx, request_id: str) -> HelpRequest:
    q = select(tb.help_requests).where(tb.help_requests.c.id == request_id)
    return help_from_row(one_row(conn, q, "help_request", request_id))


def open_help(
    conn: Tx,
    branch_id: str,
    device_id: str | None = None,
    asked_after: datetime | None = None,
) -> list[HelpRequest]:
    """Unanswered requests of a branch that nobody withdrew (of one kiosk if ``device_id``;
    asked after ``asked_after`` if given, see core.help_rules), oldest first."""
    h = tb.help_requests.c
    query = select(tb.help_requests).where(
        h.branch_id == branch_id, h.answered_at.is_(None), h.withdrawn_at.is_(None)
    )
    if device_id is not None:
        query = query.where(h.device_id == device_id)
    if asked_after is not None:
        query = query.where(h.asked_at > asked_after)
    return [help_from_row(r) for r in conn.execute(query.order_by(h.asked_at, h.id))]


def latest_help(conn: Tx, device_id: str) -> HelpRequest | None:
    """A kiosk's newest request, answered or not."""
    h = tb.help_requests.c
    row = conn.execute(
        select(tb.help_requests)
        .where(h.device_id == device_id)
        .order_by(h.asked_at.desc())
        .limit(1)
    ).first()
    return None if row is None else help_from_row(row)


def mark_answered(conn: Tx, h: HelpRequest) -> None:
    """Store ``h``'s answer, only if still open (the first answer wins)."""
    t = tb.help_requests.c
    conn.execute(
        update(tb.help_requests)
        .where(t.id == h.id, t.answered_at.is_(None), t.withdrawn_at.is_(None))
        .values(answered_at=h.answered_at, answered_by=h.answered_by)
    )


def mark_withdrawn(conn: Tx, h: HelpRequest) -> None:
    """Store ``h``'s withdrawal, only if still open (an answer that came first stands)."""
    t = tb.help_requests.c
    conn.execute(
        update(tb.help_requests)
        .where(t.id == h.id, t.answered_at.is_(None), t.withdrawn_at.is_(None))
        .values(withdrawn_at=h.withdrawn_at)
    )
