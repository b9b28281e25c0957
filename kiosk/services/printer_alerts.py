"""A kiosk's printer trouble, made visible to staff. The ticket itself is never lost: it is
issued and stored before printing, and the kiosk shows it on screen when paper fails."""

from __future__ import annotations

import enum

from kiosk.core.changes import Change, ChangeKind
from kiosk.core.model import PrinterAlert, new_id
from kiosk.services.context import Done, ServiceContext
from kiosk.storage import queue_store as store


class PrinterProblem(enum.StrEnum):
    OUT_OF_PAPER = "out_of_paper"
    OFFLINE = "offline"
    ERROR = "error"


def report_printer_problem(
    ctx: ServiceContext, branch_id: str, device_id: str, device_name: str, problem: PrinterProblem
) -> Done[PrinterAlert | None]:
    """Raise an alert, once: a kiosk reporting the same open problem again changes nothing."""
    with ctx.db.write() as conn:
        for a in store.open_alerts(conn, branch_id):
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
        store.insert_alert(conn, alert)
        ctx.to_outbox(
            conn,
            "printer_problem",
            {"id": alert.id, "problem": alert.problem, "at": alert.at.isoformat()},
        )
        changes = ctx.commit_changes(conn, [Change(ChangeKind.PRINTER_ALERT, alert.id, branch_id)])
    return Done(alert, changes)


def clear_printer_problem(ctx: ServiceContext, branch_id: str, device_id: str) -> Done[int]:
    """The printer works again (a ticket printed fine): close the device's open alerts."""
    with ctx.db.write() as conn:
        ids = store.resolve_alerts(conn, device_id, ctx.clock.now())
        if ids:
            ctx.to_outbox(conn, "printer_ok", {"at": ctx.clock.now().isoformat()})
        changes = ctx.commit_changes(
            conn, [Change(ChangeKind.PRINTER_ALERT, i, branch_id) for i in ids]
        )
    return Done(len(ids), changes)


def open_printer_alerts(ctx: ServiceContext, branch_id: str) -> list[PrinterAlert]:
    with ctx.db.read() as conn:
        return store.open_alerts(conn, branch_id)
