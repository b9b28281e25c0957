"""Devices of a branch and how they get their credentials.

An administrator adds a device (``add_device``) and gets a one-time enrollment code to type on
the terminal; the terminal exchanges the code for a device token (``enroll_device``), which it
keeps in the OS keyring. A device that never enrolled can be added again under its name (it
gets a new code) or removed (``remove_device``); one that enrolled can only be switched off
(``revoke_device``), so that what it did keeps its name. Adding, switching off and removing go
into the audit log with who did it (``by``, by default the OS user of ``kiosk admin``).

The database keeps only SHA-256 hashes of codes and tokens: both are random (a code has 50 bits
and lives 24 hours, once; a token has 256 bits), so a plain hash is enough; passwords, which
people choose, get a memory-hard hash instead.
"""

from __future__ import annotations

import enum
import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk.core.model import Device, DeviceRole, new_id
from kiosk.services import admin_audit
from kiosk.services.context import Done, ServiceContext, Tx
from kiosk.storage import catalogue_store, device_store
from kiosk.storage.device_store import StoredDevice
from kiosk.storage.errors import NotFound

CODE_LIFETIME = timedelta(hours=24)
#: No 0/O, 1/I/L: a code is read off one screen and typed on another.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 10


class EnrollmentRefusal(enum.StrEnum):
    UNKNOWN_CODE = "unknown_code"
    CODE_USED = "code_used"
    CODE_EXPIRED = "code_expired"
    DEVICE_REVOKED = "device_revoked"


class EnrollmentRefused(Exception):
    """The code cannot be used; ``refusal`` says why (the caller words it)."""

    def __init__(self, refusal: EnrollmentRefusal) -> None:
        super().__init__(refusal.value)
        self.refusal = refusal
        self.log_message = f"enrollment refused: {refusal.value}"


class DeviceRefusal(enum.StrEnum):
    #: Removing the device, or adding another under its name: it has a token, so it can only
    #: be switched off (revoke_device).
    HAS_ENROLLED = "has_enrolled"


class DeviceRefused(Exception):
    """The device cannot be changed that way; ``refusal`` says why, ``device`` which one."""

    def __init__(self, refusal: DeviceRefusal, device: Device) -> None:
        super().__init__(refusal.value)
        self.refusal = refusal
        self.device = device
        self.log_message = f"device {device.id} refused: {refusal.value}"


class DeviceState(enum.StrEnum):
    WAITING = "waiting for enrollment"
    ENROLLED = "enrolled"
    SWITCHED_OFF = "switched off"


@dataclass(frozen=True, slots=True)
class EnrollmentCode:
    device: Device
    code: str  # shown once, e.g. "K7QX2-M9TRD"
    expires_at: datetime
    #: The device was added before under this name and never enrolled: this code replaces its
    #: old one, which stops working.
    renewed: bool = False


@dataclass(frozen=True, slots=True)
class Enrolled:
    device: Device
    token: str  # shown once, to the terminal that enrolled


@dataclass(frozen=True, slots=True)
class DeviceRecord:
    device: Device
    enrolled_at: datetime | None
    revoked_at: datetime | None
    branch_code: str
    counter_number: int | None

    @property
    def state(self) -> DeviceState:
        if self.revoked_at is not None:
            return DeviceState.SWITCHED_OFF
        return DeviceState.ENROLLED if self.enrolled_at is not None else DeviceState.WAITING


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def normalise_code(code: str) -> str:
    """What the person typed, as stored: upper case, without spaces or dashes."""
    return "".join(c for c in code.upper() if c.isalnum())


def _new_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return f"{raw[:5]}-{raw[5:]}"


def add_device(
    ctx: ServiceContext,
    branch_code: str,
    role: DeviceRole,
    name: str,
    counter_number: int | None = None,
    *,
    by: str | None = None,
) -> Done[EnrollmentCode]:
    """A new device of the branch, with a one-time code to enroll it within 24 hours.

    A device of the branch with this name (not switched off) that never enrolled is the same
    terminal added again (a rerun of a script whose enrollment failed): it gets this role and
    counter and a new code, and its old code stops working. One that enrolled is refused
    (DeviceRefused): switch it off first. ``by``: who adds it, for the audit log."""
    with ctx.db.write() as conn:
        branch = catalogue_store.branch_by_code(conn, branch_code)
        counter_id = None
        if counter_number is not None:
            found = [
                c
                for c in catalogue_store.counters_of_branch(conn, branch.id)
                if c.number == counter_number
            ]
            if not found:
                raise NotFound("counter", f"{branch_code}:{counter_number}")
            counter_id = found[0].id
        earlier = _active_named(conn, branch.id, name)
        if earlier is not None and earlier.enrolled_at is not None:
            raise DeviceRefused(DeviceRefusal.HAS_ENROLLED, earlier.device)
        if earlier is not None:
            device = Device(earlier.device.id, branch.id, role, earlier.device.name, counter_id)
            device_store.set_role(conn, device.id, role, counter_id)
            device_store.forget_codes(conn, device.id)
        else:
            device = Device(new_id(), branch.id, role, name, counter_id)
            device_store.insert_device(conn, device)
        code = _new_code()
        expires = ctx.clock.now() + CODE_LIFETIME
        device_store.insert_code(conn, _hash(normalise_code(code)), device.id, expires)
        _note(conn, ctx, "device_new_code" if earlier else "device_add", device, by)
    return Done(EnrollmentCode(device, code, expires, renewed=earlier is not None))


def _note(conn: Tx, ctx: ServiceContext, action: str, device: Device, by: str | None) -> None:
    counter = f" counter_id={device.counter_id}" if device.counter_id else ""
    detail = f"name={device.name!r} role={device.role.value}{counter}"
    admin_audit.note(
        conn, ctx, action, by=by, branch_id=device.branch_id, device_id=device.id, detail=detail
    )


def _active_named(conn: Tx, branch_id: str, name: str) -> StoredDevice | None:
    """The branch's device called ``name`` (case and outer spaces aside) that is not switched
    off, or None. Compared here, not in SQL: SQLite's lower() knows only ASCII letters."""
    wanted = name.strip().casefold()
    return next(
        (
            r
            for r in device_store.live_devices_of_branch(conn, branch_id)
            if r.device.name.strip().casefold() == wanted
        ),
        None,
    )


def enroll_device(ctx: ServiceContext, code: str) -> Done[Enrolled]:
    """Exchange a one-time code for the device's token. Refused when unknown, used, expired
    or revoked; a refused code stays as it was. Of simultaneous enrollments with one code,
    exactly one gets the token; the others are told the code was used."""
    code_hash = _hash(normalise_code(code))
    with ctx.db.write() as conn:
        row = device_store.code_row(conn, code_hash)
        if row is None:
            raise EnrollmentRefused(EnrollmentRefusal.UNKNOWN_CODE)
        now = ctx.clock.now()
        if row.used_at is not None:
            raise EnrollmentRefused(EnrollmentRefusal.CODE_USED)
        if row.expires_at <= now:
            raise EnrollmentRefused(EnrollmentRefusal.CODE_EXPIRED)
        dev = device_store.device_row(conn, row.device_id)
        if dev is None or dev.revoked_at is not None:
            raise EnrollmentRefused(EnrollmentRefusal.DEVICE_REVOKED)
        if not device_store.use_code(conn, code_hash, now):
            raise EnrollmentRefused(EnrollmentRefusal.CODE_USED)  # another was just before
        token = secrets.token_urlsafe(32)
        if not device_store.set_token(conn, dev.device.id, _hash(token), now):
            raise EnrollmentRefused(EnrollmentRefusal.DEVICE_REVOKED)  # switched off just now
    return Done(Enrolled(dev.device, token))


def device_for_token(ctx: ServiceContext, token: str) -> Device | None:
    """The enrolled, not revoked device this token belongs to, or None.

    A known device is remembered for ``ctx.cache_ttl_s`` (every request of a terminal asks):
    a revocation made in another process (``kiosk admin device revoke``) takes effect within
    that time; one made through this context at once. Unknown tokens are never remembered."""
    token_hash = _hash(token)
    key = ("device-token", token_hash)
    hit = ctx.cached_only(key)
    if hit is not None:
        device: Device = hit
        return device
    since = ctx.cache_generation()  # a revocation while we read wins
    with ctx.db.read() as conn:
        found = device_store.live_device_by_token(conn, token_hash)
    if found is None:
        return None
    ctx.remember(key, found, since)
    return found


def revoke_device(ctx: ServiceContext, device_id: str, *, by: str | None = None) -> Done[Device]:
    """The device's token stops working (here at once, in other server processes within
    ``cache_ttl_s``); its unused codes too. ``by``: who, for the audit log."""
    with ctx.db.write() as conn:
        row = device_store.device_row(conn, device_id)
        if row is None:
            raise NotFound("device", device_id)
        device_store.revoke(conn, device_id, ctx.clock.now())
        _note(conn, ctx, "device_revoke", row.device, by)
    ctx.forget_cached()  # after the commit: nothing can remember the device again
    return Done(row.device)


def remove_device(ctx: ServiceContext, device_id: str, *, by: str | None = None) -> Done[Device]:
    """Delete a device that never enrolled (added by mistake, or twice), with its unused
    codes. One that enrolled is refused (DeviceRefused): switch it off with revoke_device, so
    that what it did keeps its name. ``by``: who, for the audit log."""
    with ctx.db.write() as conn:
        row = device_store.device_row(conn, device_id)
        if row is None:
            raise NotFound("device", device_id)
        device = row.device
        if row.enrolled_at is not None:
            raise DeviceRefused(DeviceRefusal.HAS_ENROLLED, device)
        device_store.delete_device(conn, device_id)
        _note(conn, ctx, "device_remove", device, by)
    return Done(device)


def list_devices(ctx: ServiceContext) -> list[DeviceRecord]:
    """Every device, by branch code and name, with its branch's code and its counter's number."""
    with ctx.db.read() as conn:
        return [
            DeviceRecord(d.device, d.enrolled_at, d.revoked_at, branch_code, counter_number)
            for d, branch_code, counter_number in device_store.devices_with_places(conn)
        ]


@dataclass(frozen=True, slots=True)
class DevicePlace:
    branch_code: str
    counter_number: int | None


def device_place(ctx: ServiceContext, device: Device) -> DevicePlace:
    """The branch code and counter number a terminal's settings name (for ``kiosk enroll``)."""
    with ctx.db.read() as conn:
        branch = catalogue_store.branch(conn, device.branch_id)
        number = (
            catalogue_store.counter(conn, device.counter_id).number if device.counter_id else None
        )
    return DevicePlace(branch.code, number)
