"""Staff accounts: who may sign in, and with which role.

Passwords are people's choice, so they get a memory-hard hash: Argon2id with argon2-cffi's
defaults (64 MiB, 3 passes, 4 lanes), rehashed on sign-in when those defaults grow. Signing in
with an unknown name costs the same time as with a wrong password, so timing does not tell
which names exist. Each check takes ``HASH_MEMORY_KIB`` of memory while it runs: the server
caps how many run at once (kiosk.server.throttle). Sessions at a terminal (sign-in, idle
sign-out) are in staff_sessions.py. Adding and closing accounts goes into the audit log.
"""

from __future__ import annotations

import enum
import functools

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from kiosk.core.model import Staff, StaffRole, new_id
from kiosk.services import admin_audit
from kiosk.services.context import Done, ServiceContext
from kiosk.storage import staff_store

MIN_PASSWORD_LENGTH = 10
_hasher = PasswordHasher()
#: The memory one Argon2 check of a new hash takes, in KiB.
HASH_MEMORY_KIB = _hasher.memory_cost


@functools.cache
def _dummy_hash() -> str:
    """Verified against when the name is unknown, to spend the same time as a real check.
    Made at the first sign-in, not at import: a hash takes 0.1 s of every process's start,
    kiosks' and displays' included, which never sign anyone in."""
    return _hasher.hash("not a real password, only for timing")


class StaffProblem(enum.StrEnum):
    PASSWORD_TOO_SHORT = "password_too_short"
    USERNAME_TAKEN = "username_taken"
    USERNAME_EMPTY = "username_empty"


class StaffRefused(Exception):
    def __init__(self, problem: StaffProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem
        self.log_message = f"staff account refused: {problem.value}"


class SignInFailure(enum.StrEnum):
    """Why a sign-in failed, for the log only: the person is told the same in every case."""

    UNKNOWN_NAME = "unknown_name"
    WRONG_PASSWORD = "wrong_password"
    ACCOUNT_CLOSED = "account_closed"


def compared_username(username: str) -> str:
    """A user name as accounts are found by: without outer spaces, in lower case."""
    return username.strip().lower()


def add_staff(
    ctx: ServiceContext,
    username: str,
    display_name: str,
    role: StaffRole,
    password: str,
    *,
    by: str | None = None,
) -> Done[Staff]:
    """A new staff account. Names are case-insensitive ("An.Peeters" is "an.peeters").
    ``by``: who adds it, for the audit log (default: the OS user)."""
    name = compared_username(username)
    if not name:
        raise StaffRefused(StaffProblem.USERNAME_EMPTY)
    if len(password) < MIN_PASSWORD_LENGTH:
        raise StaffRefused(StaffProblem.PASSWORD_TOO_SHORT)
    password_hash = _hasher.hash(password)  # before the write lock: it takes a moment
    with ctx.db.write() as conn:
        if staff_store.account(conn, name) is not None:
            raise StaffRefused(StaffProblem.USERNAME_TAKEN)
        person = Staff(new_id(), name, display_name.strip() or name, role)
        staff_store.insert_staff(conn, person, password_hash, ctx.clock.now())
        admin_audit.note(conn, ctx, "staff_add", by=by, detail=f"username={name} role={role.value}")
    return Done(person)


def try_sign_in(ctx: ServiceContext, username: str, password: str) -> Staff | SignInFailure:
    """The active staff member with these credentials, or why not (for the log: the caller
    tells the person the same whatever the reason)."""
    name = compared_username(username)
    with ctx.db.read() as conn:
        found = staff_store.account(conn, name)
    stored = found.password_hash if found is not None else _dummy_hash()
    try:
        _hasher.verify(stored, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return SignInFailure.UNKNOWN_NAME if found is None else SignInFailure.WRONG_PASSWORD
    if found is None:
        return SignInFailure.UNKNOWN_NAME
    if not found.staff.active:
        return SignInFailure.ACCOUNT_CLOSED
    if _hasher.check_needs_rehash(stored):
        with ctx.db.write() as conn:
            staff_store.set_password_hash(conn, found.staff.id, _hasher.hash(password))
    return found.staff


def check_sign_in(ctx: ServiceContext, username: str, password: str) -> Staff | None:
    """The active staff member with these credentials, or None (wrong name, wrong password or
    a disabled account: the caller says the same in all three cases)."""
    found = try_sign_in(ctx, username, password)
    return found if isinstance(found, Staff) else None


def has_account(ctx: ServiceContext, username: str) -> bool:
    """Whether an account (open or closed) has this user name: the log names only those."""
    with ctx.db.read() as conn:
        return staff_store.account(conn, compared_username(username)) is not None


def disable_staff(ctx: ServiceContext, username: str, *, by: str | None = None) -> Done[bool]:
    """Close an account (someone left); True when there was an active one to close. ``by``:
    who closes it, for the audit log (default: the OS user)."""
    name = compared_username(username)
    with ctx.db.write() as conn:
        closed = staff_store.close_account(conn, name, ctx.clock.now())
        if closed:
            admin_audit.note(conn, ctx, "staff_disable", by=by, detail=f"username={name}")
    ctx.forget_cached()  # open sessions of the account stop working here at once
    return Done(closed)
