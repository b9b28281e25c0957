"""Staff accounts: who may sign in, and with which role.

Passwords are people's choice, so they get a memory-hard hash: Argon2id with argon2-cffi's
defaults (64 MiB, 3 passes, 4 lanes), rehashed on sign-in when those defaults grow. Signing in
with an unknown name costs the same time as with a wrong password, so timing does not tell
which names exist. Sessions at a terminal (sign-in, idle sign-out) are in staff_sessions.py.
"""

from __future__ import annotations

import enum

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import Connection, insert, select, update

from kiosk.core.model import Staff, StaffRole, new_id
from kiosk.services.context import Done, ServiceContext
from kiosk.storage import tables as tb

MIN_PASSWORD_LENGTH = 10
_hasher = PasswordHasher()
# Verified against when the name is unknown, to spend the same time as a real check.
_DUMMY_HASH = _hasher.hash("not a real password, only for timing")


class StaffProblem(enum.StrEnum):
    PASSWORD_TOO_SHORT = "password_too_short"
    USERNAME_TAKEN = "username_taken"
    USERNAME_EMPTY = "username_empty"


class StaffRefused(Exception):
    def __init__(self, problem: StaffProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem
        self.log_message = f"staff account refused: {problem.value}"


def _staff(m: dict[str, object]) -> Staff:
    return Staff(
        id=str(m["id"]),
        username=str(m["username"]),
        display_name=str(m["display_name"]),
        role=StaffRole(str(m["role"])),
        active=m["disabled_at"] is None,
    )


def add_staff(
    ctx: ServiceContext, username: str, display_name: str, role: StaffRole, password: str
) -> Done[Staff]:
    """A new staff account. Names are case-insensitive ("An.Peeters" is "an.peeters")."""
    name = username.strip().lower()
    if not name:
        raise StaffRefused(StaffProblem.USERNAME_EMPTY)
    if len(password) < MIN_PASSWORD_LENGTH:
        raise StaffRefused(StaffProblem.PASSWORD_TOO_SHORT)
    s = tb.staff.c
    with ctx.db.write() as conn:
        if conn.execute(select(s.id).where(s.username == name)).first() is not None:
            raise StaffRefused(StaffProblem.USERNAME_TAKEN)
        person = Staff(new_id(), name, display_name.strip() or name, role)
        conn.execute(
            insert(tb.staff).values(
                id=person.id,
                username=person.username,
                display_name=person.display_name,
                role=role.value,
                password_hash=_hasher.hash(password),
                created_at=ctx.clock.now(),
            )
        )
    return Done(person)


def check_sign_in(ctx: ServiceContext, username: str, password: str) -> Staff | None:
    """The active staff member with these credentials, or None (wrong name, wrong password or
    a disabled account: the caller says the same in all three cases)."""
    s = tb.staff.c
    name = username.strip().lower()
    with ctx.db.read() as conn:
        row = conn.execute(select(tb.staff).where(s.username == name)).mappings().first()
    stored = str(row["password_hash"]) if row is not None else _DUMMY_HASH
    try:
        _hasher.verify(stored, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return None
    if row is None or row["disabled_at"] is not None:
        return None
    if _hasher.check_needs_rehash(stored):
        with ctx.db.write() as conn:
            conn.execute(
                update(tb.staff)
                .where(s.id == row["id"])
                .values(password_hash=_hasher.hash(password))
            )
    return _staff(dict(row))


def disable_staff(ctx: ServiceContext, username: str) -> Done[bool]:
    """Close an account (someone left); True when there was an active one to close."""
    s = tb.staff.c
    with ctx.db.write() as conn:
        res = conn.execute(
            update(tb.staff)
            .where(s.username == username.strip().lower(), s.disabled_at.is_(None))
            .values(disabled_at=ctx.clock.now())
        )
    ctx.forget_cached()  # open sessions of the account stop working here at once
    return Done(res.rowcount == 1)


def staff_by_id(conn: Connection, staff_id: str) -> Staff | None:
    row = conn.execute(select(tb.staff).where(tb.staff.c.id == staff_id)).mappings().first()
    return None if row is None else _staff(dict(row))
