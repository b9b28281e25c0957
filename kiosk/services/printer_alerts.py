"""A kiosk's printer trouble, made visible to staff. The ticket itself is never lost: it is
issued and stored before printing, and the kiosk shows it on screen when paper fails."""

from __future__ import annotations

import enum

from kiosk.core.changes import Change, ChangeKind
from kiosk.core.model import PrinterAlert, new_id
from kiosk.services.context import Done, ServiceContext
from kiosk.storage import alert_store
from kiosk.sync.protocol import PrinterOkPush, PrinterProblemPush


class PrinterProblem(enum.StrEnum):
    OUT_OF_PAPER = "out_of_paper"
    OFFLINE = "offline"
    ERROR = "error"


def report_printer_problem(
    ctx: ServiceContext, branch_id: str, device_id: str, device_name: str, problem: PrinterProblem
) -> Done[PrinterAlert | None]:
    """Raise an alert, once: a kiosk reporting the same open problem again changes nothing."""
    with ctx.db.write() as conn:
        for a in alert_store.open_alerts(conn, branch_id):
            if a.device_id == device_id and a.problem == problem.value:
                return Done(None)
        alert = PrinterAlert(
            id=new_id(),
            branch_id=branch_id,
            device_id=device_id,
            device_name=device_name,
            problem=problem.value,
            at=ctx.clock.now(),
        )
        alert_store.insert_alert(conn, alert)
        ctx.to_outbox(conn, PrinterProblemPush(alert.id, alert.problem, alert.at))
        changes = ctx.commit_changes(conn, [Change(ChangeKind.PRINTER_ALERT, alert.id, branch_id)])
    return Done(alert, changes)


def clear_printer_problem(ctx: ServiceContext, branch_id: str, device_id: str) -> Done[int]:
    """The printer works again (a ticket printed fine): close the device's open alerts."""
    with ctx.db.write() as conn:
        ids = alert_store.resolve_alerts(conn, device_id, ctx.clock.now())
        if ids:
            ctx.to_outbox(conn, PrinterOkPush(ctx.clock.now()))
        changes = ctx.commit_changes(
            conn, [Change(ChangeKind.PRINTER_ALERT, i, branch_id) for i in ids]
        )
    return Done(len(ids), changes)


def open_printer_alerts(ctx: ServiceContext, branch_id: str) -> list[PrinterAlert]:
    with ctx.db.read() as conn:
        return alert_store.open_alerts(conn, branch_id)
