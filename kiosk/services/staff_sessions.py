"""Staff signed in at a terminal: a session per sign-in, ended by sign-out or by disuse.

The counter console signs its clerk out after a quiet spell (its own setting); the server ends a
session nobody used for ``SESSION_IDLE`` as a backstop, so a console that crashed while signed
in does not stay usable forever. Sessions are random 256-bit tokens; only their hash is stored.
A session belongs to the terminal it was made at: it works there only, and only there can it be
ended (a token seen elsewhere cannot sign a clerk out of their counter).
"""

from __future__ import annotations

import enum
import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

from kiosk.core.model import DeviceRole, Staff, StaffRole
from kiosk.services.context import Done, ServiceContext
from kiosk.services.staff import SignInFailure, compared_username, try_sign_in
from kiosk.storage import staff_store

SESSION_IDLE = timedelta(hours=4)
TOUCH_EVERY = timedelta(minutes=1)

#: Who may work where: a counter's terminal is for counter staff (and their managers); a
#: library's volunteer desk also for volunteers.
ALLOWED = {
    DeviceRole.COUNTER: frozenset({StaffRole.COUNTER_STAFF, StaffRole.MANAGER, StaffRole.ADMIN}),
    DeviceRole.VOLUNTEER: frozenset(StaffRole),
}


class SignInRefusal(enum.StrEnum):
    WRONG = "wrong"  # unknown name, wrong password or closed account: one answer for all
    NOT_HERE = "not_here"  # the role does not work at this kind of terminal
    TOO_MANY = "too_many_attempts"  # too many wrong tries for this name or here: wait


class SignInRefused(Exception):
    """``refusal`` is what the person is told; ``log_message`` says more, for the log: the
    user name when an account has it (a name no account has may be a password typed in the
    wrong field, so it is left out) and why. Never the password."""

    def __init__(self, refusal: SignInRefusal, username: str | None = None, why: str = "") -> None:
        super().__init__(refusal.value)
        self.refusal = refusal
        self.log_message = f"username={username or '?'} reason={why or refusal.value}"


@dataclass(frozen=True, slots=True)
class Session:
    staff: Staff
    token: str  # shown once, to the terminal


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def sign_in(
    ctx: ServiceContext, device_id: str, device_role: DeviceRole, username: str, password: str
) -> Done[Session]:
    person = try_sign_in(ctx, username, password)
    if isinstance(person, SignInFailure):
        known = None if person is SignInFailure.UNKNOWN_NAME else compared_username(username)
        raise SignInRefused(SignInRefusal.WRONG, known, person.value)
    if person.role not in ALLOWED.get(device_role, frozenset()):
        raise SignInRefused(SignInRefusal.NOT_HERE, person.username, f"role_{person.role.value}")
    token = secrets.token_urlsafe(32)
    with ctx.db.write() as conn:
        staff_store.insert_session(conn, _hash(token), person.id, device_id, ctx.clock.now())
    return Done(Session(person, token))


def session_staff(ctx: ServiceContext, token: str, device_id: str) -> Staff | None:
    """The staff member of a live session of this device, or None.

    Every counter action asks, so a live session is remembered for the context's cache time
    and the database is read at most that often; it notes that the session is in use at most
    once a minute (``TOUCH_EVERY``), which is all the idle backstop needs. A sign-out or a
    closed account through this context counts at once, through another process within the
    cache time."""
    now = ctx.clock.now()
    token_hash = _hash(token)
    key = ("staff-session", token_hash, device_id)
    hit = ctx.cached_only(key)
    if hit is not None and now - hit[1] <= TOUCH_EVERY:
        remembered: Staff = hit[0]
        return remembered
    since = ctx.cache_generation()  # a sign-out or closed account while we read wins
    with ctx.db.read() as conn:
        row = staff_store.live_session(conn, token_hash, device_id)
        person = staff_store.staff_by_id(conn, row.staff_id) if row is not None else None
    if row is None or person is None or not person.active:
        return None
    idle = now - row.last_seen_at
    if idle > SESSION_IDLE:
        with ctx.db.write() as conn:
            staff_store.end_session(conn, token_hash, device_id, now)
        return None
    if idle > TOUCH_EVERY:
        with ctx.db.write() as conn:
            staff_store.touch_session(conn, token_hash, now)
    ctx.remember(key, (person, now if idle > TOUCH_EVERY else row.last_seen_at), since)
    return person


def sign_out(ctx: ServiceContext, token: str, device_id: str) -> Done[bool]:
    """End the session with this token made at this terminal; False when there is none here
    (unknown, ended, or made at another terminal: that one goes on)."""
    token_hash = _hash(token)
    with ctx.db.write() as conn:
        ended = staff_store.end_session(conn, token_hash, device_id, ctx.clock.now())
    ctx.forget(("staff-session", token_hash, device_id))
    return Done(ended)
