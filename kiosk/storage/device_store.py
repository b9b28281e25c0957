"""Queries of devices (terminals) and their enrollment codes. None of them commits.

Codes and tokens are stored as hashes; the callers hash them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, select, update

from kiosk.core.model import Device, DeviceRole
from kiosk.storage import tables as tb
from kiosk.storage.unit_of_work import Tx


@dataclass(frozen=True, slots=True)
class StoredDevice:
    """A device with when it enrolled and when it was switched off (None: not yet)."""

    device: Device
    enrolled_at: datetime | None
    revoked_at: datetime | None


@dataclass(frozen=True, slots=True)
class StoredCode:
    """An enrollment code as kept (its hash is the key the caller looked it up by)."""

    device_id: str
    expires_at: datetime
    used_at: datetime | None


def device_from_row(m: Mapping[Any, Any]) -> Device:
    return Device(
        id=str(m["id"]),
        branch_id=str(m["branch_id"]),
        role=DeviceRole(str(m["role"])),
        name=str(m["name"]),
        counter_id=str(m["counter_id"]) if m["counter_id"] else None,
    )


def _stored(m: Mapping[Any, Any]) -> StoredDevice:
    return StoredDevice(device_from_row(m), m["enrolled_at"], m["revoked_at"])


def device_row(conn: Tx, device_id: str) -> StoredDevice | None:
    """The device with its enrollment and revocation times, or None."""
    d = tb.devices.c
    m = conn.execute(select(tb.devices).where(d.id == device_id)).mappings().first()
    return None if m is None else _stored(m)


def live_devices_of_branch(conn: Tx, branch_id: str) -> list[StoredDevice]:
    """The branch's devices that are not switched off, by id."""
    d = tb.devices.c
    query = select(tb.devices).where(d.branch_id == branch_id, d.revoked_at.is_(None))
    return [_stored(m) for m in conn.execute(query.order_by(d.id)).mappings()]


def insert_device(conn: Tx, device: Device) -> None:
    conn.execute(
        insert(tb.devices).values(
            id=device.id,
            branch_id=device.branch_id,
            role=device.role.value,
            name=device.name,
            counter_id=device.counter_id,
        )
    )


def set_role(conn: Tx, device_id: str, role: DeviceRole, counter_id: str | None) -> None:
    conn.execute(
        update(tb.devices)
        .where(tb.devices.c.id == device_id)
        .values(role=role.value, counter_id=counter_id)
    )


def delete_device(conn: Tx, device_id: str) -> None:
    forget_codes(conn, device_id)
    conn.execute(delete(tb.devices).where(tb.devices.c.id == device_id))


def revoke(conn: Tx, device_id: str, now: datetime) -> None:
    """Switch the device off: its token is forgotten."""
    conn.execute(
        update(tb.devices)
        .where(tb.devices.c.id == device_id)
        .values(revoked_at=now, token_hash=None)
    )


def live_device_by_token(conn: Tx, token_hash: str) -> Device | None:
    d = tb.devices.c
    row = (
        conn.execute(select(tb.devices).where(d.token_hash == token_hash, d.revoked_at.is_(None)))
        .mappings()
        .first()
    )
    return None if row is None else device_from_row(row)


def set_token(conn: Tx, device_id: str, token_hash: str, now: datetime) -> bool:
    """Give a device that is not switched off its token; False when it is switched off."""
    d = tb.devices.c
    res = conn.execute(
        update(tb.devices)
        .where(d.id == device_id, d.revoked_at.is_(None))
        .values(token_hash=token_hash, enrolled_at=now)
    )
    return res.rowcount == 1


# --- enrollment codes -----------------------------------------------------------------------


def insert_code(conn: Tx, code_hash: str, device_id: str, expires_at: datetime) -> None:
    conn.execute(
        insert(tb.enrollment_codes).values(
            code_hash=code_hash, device_id=device_id, expires_at=expires_at
        )
    )


def code_row(conn: Tx, code_hash: str) -> StoredCode | None:
    e = tb.enrollment_codes.c
    m = conn.execute(select(tb.enrollment_codes).where(e.code_hash == code_hash)).mappings().first()
    return None if m is None else StoredCode(str(m["device_id"]), m["expires_at"], m["used_at"])


def use_code(conn: Tx, code_hash: str, now: datetime) -> bool:
    """Mark the code used if it is unused and not expired; False when it was not (any more).

    One conditional UPDATE, so that of simultaneous enrollments with one code exactly one
    changes the row: on PostgreSQL the others wait for its lock, then find ``used_at`` set
    (a read followed by a plain UPDATE let 7 of 20 through); SQLite writes one at a time."""
    e = tb.enrollment_codes.c
    res = conn.execute(
        update(tb.enrollment_codes)
        .where(e.code_hash == code_hash, e.used_at.is_(None), e.expires_at > now)
        .values(used_at=now)
    )
    return res.rowcount == 1


def forget_codes(conn: Tx, device_id: str) -> None:
    conn.execute(delete(tb.enrollment_codes).where(tb.enrollment_codes.c.device_id == device_id))


# --- the list for admins --------------------------------------------------------------------


def devices_with_places(conn: Tx) -> list[tuple[StoredDevice, str, int | None]]:
    """Every device with its branch's code and its counter's number, by branch code and
    name."""
    d, b, c = tb.devices.c, tb.branches.c, tb.counters.c
    query = (
        select(tb.devices, b.code.label("branch_code"), c.number.label("counter_number"))
        .join(tb.branches, b.id == d.branch_id)
        .outerjoin(tb.counters, c.id == d.counter_id)
        .order_by(b.code, d.name, d.id)
    )
    return [
        (_stored(m), str(m["branch_code"]), m["counter_number"])
        for m in conn.execute(query).mappings()
    ]
