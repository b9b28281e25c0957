"""Staff signed in at a terminal: a session per sign-in, ended by sign-out or by disuse.

The counter console signs its clerk out after a quiet spell (its own setting); the server ends a
session nobody used for ``SESSION_IDLE`` as a backstop, so a console that crashed while signed
in does not stay usable forever. Sessions are random 256-bit tokens; only their hash is stored.
"""

from __future__ import annotations

import enum
import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import insert, select, update

from kiosk.core.model import DeviceRole, Staff, StaffRole
from kiosk.services.context import Done, ServiceContext
from kiosk.services.staff import check_sign_in, staff_by_id
from kiosk.storage import tables as tb

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


class SignInRefused(Exception):
    def __init__(self, refusal: SignInRefusal) -> None:
        super().__init__(refusal.value)
        self.refusal = refusal
        self.log_message = f"sign-in refused: {refusal.value}"


@dataclass(frozen=True, slots=True)
class Session:
    staff: Staff
    token: str  # shown once, to the terminal


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def sign_in(
    ctx: ServiceContext, device_id: str, device_role: DeviceRole, username: str, password: str
) -> Done[Session]:
    person = check_sign_in(ctx, username, password)
    if person is None:
        raise SignInRefused(SignInRefusal.WRONG)
    if person.role not in ALLOWED.get(device_role, frozenset()):
        raise SignInRefused(SignInRefusal.NOT_HERE)
    token = secrets.token_urlsafe(32)
    now = ctx.clock.now()
    with ctx.db.write() as conn:
        conn.execute(
            insert(tb.staff_sessions).values(
                token_hash=_hash(token),
                staff_id=person.id,
                device_id=device_id,
                started_at=now,
                last_seen_at=now,
            )
        )
    return Done(Session(person, token))


def session_staff(ctx: ServiceContext, token: str, device_id: str) -> Staff | None:
    """The staff member of a live session of this device, or None.

    Every counter action asks, so a live session is remembered for the context's cache time
    and the database is read at most that often; it notes that the session is in use at most
    once a minute (``TOUCH_EVERY``), which is all the idle backstop needs. A sign-out or a
    closed account through this context counts at once, through another process within the
    cache time."""
    s = tb.staff_sessions.c
    now = ctx.clock.now()
    token_hash = _hash(token)
    key = ("staff-session", token_hash, device_id)
    hit = ctx.cached_only(key)
    if hit is not None and now - hit[1] <= TOUCH_EVERY:
        remembered: Staff = hit[0]
        return remembered
    with ctx.db.read() as conn:
        row = (
            conn.execute(
                select(tb.staff_sessions).where(
                    s.token_hash == token_hash, s.device_id == device_id, s.ended_at.is_(None)
                )
            )
            .mappings()
            .first()
        )
        person = staff_by_id(conn, str(row["staff_id"])) if row is not None else None
    if row is None or person is None or not person.active:
        return None
    idle = now - row["last_seen_at"]
    if idle > SESSION_IDLE or idle > TOUCH_EVERY:
        with ctx.db.write() as conn:
            values = {"ended_at": now} if idle > SESSION_IDLE else {"last_seen_at": now}
            conn.execute(update(tb.staff_sessions).where(s.token_hash == token_hash).values(values))
        if idle > SESSION_IDLE:
            return None
    ctx.forget(key)
    ctx.cached(key, lambda: (person, now if idle > TOUCH_EVERY else row["last_seen_at"]))
    return person


def sign_out(ctx: ServiceContext, token: str) -> Done[bool]:
    s = tb.staff_sessions.c
    with ctx.db.write() as conn:
        res = conn.execute(
            update(tb.staff_sessions)
            .where(s.token_hash == _hash(token), s.ended_at.is_(None))
            .values(ended_at=ctx.clock.now())
        )
    ctx.forget_cached()
    return Done(res.rowcount == 1)
