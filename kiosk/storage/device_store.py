"""Queries of devices (terminals) and their enrollment codes. None of them commits.

Codes and tokens are stored as hashes; the callers hash them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, RowMapping, delete, insert, select, update

from kiosk.core.model import Device, DeviceRole
from kiosk.storage import tables as tb


def device_from_row(m: RowMapping | dict[str, Any]) -> Device:
    return Device(
        id=str(m["id"]),
        branch_id=str(m["branch_id"]),
        role=DeviceRole(str(m["role"])),
        name=str(m["name"]),
        counter_id=str(m["counter_id"]) if m["counter_id"] else None,
    )


def device_row(conn: Connection, device_id: str) -> RowMapping | None:
    """The device with its enrollment and revocation times, or None."""
    d = tb.devices.c
    return conn.execute(select(tb.devices).where(d.id == device_id)).mappings().first()


def live_devices_of_branch(conn: Connection, branch_id: str) -> list[RowMapping]:
    """The branch's devices that are not switched off, by id."""
    d = tb.devices.c
    query = select(tb.devices).where(d.branch_id == branch_id, d.revoked_at.is_(None))
    return list(conn.execute(query.order_by(d.id)).mappings())


def insert_device(conn: Connection, device: Device) -> None:
    conn.execute(
        insert(tb.devices).values(
            id=device.id,
            branch_id=device.branch_id,
            role=device.role.value,
            name=device.name,
            counter_id=device.counter_id,
        )
    )


def set_role(conn: Connection, device_id: str, role: DeviceRole, counter_id: str | None) -> None:
    conn.execute(
        update(tb.devices)
        .where(tb.devices.c.id == device_id)
        .values(role=role.value, counter_id=counter_id)
    )


def delete_device(conn: Connection, device_id: str) -> None:
    forget_codes(conn, device_id)
    conn.execute(delete(tb.devices).where(tb.devices.c.id == device_id))


def revoke(conn: Connection, device_id: str, now: datetime) -> None:
    """Switch the device off: its token is forgotten."""
    conn.execute(
        update(tb.devices)
        .where(tb.devices.c.id == device_id)
        .values(revoked_at=now, token_hash=None)
    )


def live_device_by_token(conn: Connection, token_hash: str) -> Device | None:
    d = tb.devices.c
    row = (
        conn.execute(select(tb.devices).where(d.token_hash == token_hash, d.revoked_at.is_(None)))
        .mappings()
        .first()
    )
    return None if row is None else device_from_row(row)


def set_token(conn: Connection, device_id: str, token_hash: str, now: datetime) -> bool:
    """Give a device that is not switched off its token; False when it is switched off."""
    d = tb.devices.c
    res = conn.execute(
        update(tb.devices)
        .where(d.id == device_id, d.revoked_at.is_(None))
        .values(token_hash=token_hash, enrolled_at=now)
    )
    return res.rowcount == 1


# --- enrollment codes -----------------------------------------------------------------------


def insert_code(conn: Connection, code_hash: str, device_id: str, expires_at: datetime) -> None:
    conn.execute(
        insert(tb.enrollment_codes).values(
            code_hash=code_hash, device_id=device_id, expires_at=expires_at
        )
    )


def code_row(conn: Connection, code_hash: str) -> RowMapping | None:
    e = tb.enrollment_codes.c
    return (
        conn.execute(select(tb.enrollment_codes).where(e.code_hash == code_hash)).mappings().first()
    )


def use_code(conn: Connection, code_hash: str, now: datetime) -> bool:
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


def forget_codes(conn: Connection, device_id: str) -> None:
    conn.execute(delete(tb.enrollment_codes).where(tb.enrollment_codes.c.device_id == device_id))


# --- the list for admins --------------------------------------------------------------------


def devices_with_places(conn: Connection) -> list[RowMapping]:
    """Every device with its branch's code (``branch_code``) and its counter's number
    (``counter_number``), by branch code and name."""
    d, b, c = tb.devices.c, tb.branches.c, tb.counters.c
    query = (
        select(tb.devices, b.code.label("branch_code"), c.number.label("counter_number"))
        .join(tb.branches, b.id == d.branch_id)
        .outerjoin(tb.counters, c.id == d.counter_id)
        .order_by(b.code, d.name, d.id)
    )
    return list(conn.execute(query).mappings())
