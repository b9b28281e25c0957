"""Printer alerts of the kiosks, open until the printer works again. None of these commits."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import insert, select, update

from kiosk.core.model import PrinterAlert
from kiosk.storage import tables as tb
from kiosk.storage.rows import ALERTS, alert_from_row
from kiosk.storage.unit_of_work import Tx


def insert_alert(conn: Tx, a: PrinterAlert) -> None:
    conn.execute(insert(tb.printer_alerts).values(**ALERTS.values(a)))


def open_alerts(conn: Tx, branch_id: str) -> list[PrinterAlert]:
    p = tb.printer_alerts.c
    rows = conn.execute(
        select(tb.printer_alerts)
        .where(p.branch_id == branch_id, p.resolved_at.is_(None))
        .order_by(p.at)
    )
    return [alert_from_row(r) for r in rows]


def resolve_alerts(conn: Tx, device_id: str, at: datetime) -> list[str]:
    p = tb.printer_alerts.c
    ids = list(
        conn.execute(
            select(p.id).where(p.device_id == device_id, p.resolved_at.is_(None))
        ).scalars()
    )
    if ids:
        conn.execute(update(tb.printer_alerts).where(p.id.in_(ids)).values(resolved_at=at))
    return ids
