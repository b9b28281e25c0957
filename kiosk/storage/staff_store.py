"""Queries of staff accounts and their sessions at terminals. None of them commits.

Sessions are found by the hash of their token and the terminal they were made at: a token
taken to another terminal finds nothing there, not to work with and not to end.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select, update

from kiosk.core.model import Staff, StaffRole
from kiosk.storage import tables as tb
from kiosk.storage.row_mapper import RowMapper
from kiosk.storage.unit_of_work import Tx


@dataclass(frozen=True, slots=True)
class Account:
    """A staff account (``staff.active`` False: closed) with its password hash."""

    staff: Staff
    password_hash: str


@dataclass(frozen=True, slots=True)
class LiveSession:
    """A session that has not ended: whose, and when it was last used."""

    staff_id: str
    last_seen_at: datetime


#: ``active`` is not a column: an account is closed when it has a ``disabled_at``.
_STAFF = RowMapper(Staff, read={"role": StaffRole}, not_stored=("active",))


def staff_from_row(m: Mapping[Any, Any]) -> Staff:
    return _STAFF.from_values(m, active=m["disabled_at"] is None)


def account(conn: Tx, username: str) -> Account | None:
    """The account of this (compared) user name, open or closed, with its password hash."""
    s = tb.staff.c
    m = conn.execute(select(tb.staff).where(s.username == username)).mappings().first()
    return None if m is None else Account(staff_from_row(m), str(m["password_hash"]))


def staff_by_id(conn: Tx, staff_id: str) -> Staff | None:
    row = conn.execute(select(tb.staff).where(tb.staff.c.id == staff_id)).mappings().first()
    return None if row is None else staff_from_row(row)


def insert_staff(conn: Tx, person: Staff, password_hash: str, now: datetime) -> None:
    values = _STAFF.values(person)
    conn.execute(insert(tb.staff).values(**values, password_hash=password_hash, created_at=now))


def set_password_hash(conn: Tx, staff_id: str, password_hash: str) -> None:
    conn.execute(
        update(tb.staff).where(tb.staff.c.id == staff_id).values(password_hash=password_hash)
    )


def close_account(conn: Tx, username: str, now: datetime) -> bool:
    """Close the open account of this user name; False when there is none."""
    s = tb.staff.c
    res = conn.execute(
        update(tb.staff)
        .where(s.username == username, s.disabled_at.is_(None))
        .values(disabled_at=now)
    )
    return res.rowcount == 1


# --- sessions -------------------------------------------------------------------------------


def insert_session(conn: Tx, token_hash: str, staff_id: str, device_id: str, now: datetime) -> None:
    conn.execute(
        insert(tb.staff_sessions).values(
            token_hash=token_hash,
            staff_id=staff_id,
            device_id=device_id,
            started_at=now,
            last_seen_at=now,
        )
    )


def live_session(conn: Tx, token_hash: str, device_id: str) -> LiveSession | None:
    """The session with this token made at this terminal, if it has not ended."""
    s = tb.staff_sessions.c
    m = (
        conn.execute(
            select(tb.staff_sessions).where(
                s.token_hash == token_hash, s.device_id == device_id, s.ended_at.is_(None)
            )
        )
        .mappings()
        .first()
    )
    return None if m is None else LiveSession(str(m["staff_id"]), m["last_seen_at"])


def touch_session(conn: Tx, token_hash: str, now: datetime) -> None:
    s = tb.staff_sessions.c
    conn.execute(
        update(tb.staff_sessions).where(s.token_hash == token_hash).values(last_seen_at=now)
    )


def end_session(conn: Tx, token_hash: str, device_id: str, now: datetime) -> bool:
    """End the live session with this token made at this terminal; False when there is none."""
    s = tb.staff_sessions.c
    res = conn.execute(
        update(tb.staff_sessions)
        .where(s.token_hash == token_hash, s.device_id == device_id, s.ended_at.is_(None))
        .values(ended_at=now)
    )
    return res.rowcount == 1
