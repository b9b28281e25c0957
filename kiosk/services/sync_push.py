"""Pushes from terminals: what the server takes from a terminal's outbox, and what it refuses.

Rules (see README, "How sync works"):
- A push is a list of outbox items, applied in order. Each has a natural id (a ticket's id, an
  alert's id, a help request's id) or is idempotent by nature (printed, printer fine again), so
  an item pushed twice is stored once, and a batch retried after a lost answer changes nothing
  the second time.
- A terminal says only what it knows, and the server trusts no more than that. A kiosk's ticket
  (kiosk.services.pushed_ticket) carries a number leased to that kiosk, a time within its lease
  and the server's now, the resident's own priority reason and a status-page token of 128
  random bits; everything a counter does is refused. Only terminals that print tickets report
  printer trouble; a kiosk marks only its own tickets printed and withdraws only its own calls
  for help; nothing is dated in the future.
- A refusal is per item, with a kind (``Refusal``), so one bad item does not cost the others.
  Logs name the item, its kind and the refusal, never the payload: it may hold a token.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from kiosk.core import help_rules
from kiosk.core.changes import Change, ChangeKind
from kiosk.core.model import Device, HelpRequest, PrinterAlert
from kiosk.services.context import Done, ServiceContext, Tx
from kiosk.services.printer_alerts import PrinterProblem
from kiosk.services.push_answers import (
    DUPLICATE,
    Applied,
    PushStatus,
    Refusal,
    moment,
    not_after_now,
    refused,
    stored,
    text,
)
from kiosk.services.pushed_ticket import push_ticket
from kiosk.services.sync_server import ISSUING_ROLES
from kiosk.storage import alert_store, help_store, sync_store, ticket_store
from kiosk.storage.errors import NotFound
from kiosk.sync.protocol import OutboxKind, PushItem, PushResult

log = logging.getLogger(__name__)


#: Raised by a bad value in a payload (a missing key, a wrong type, a time out of range).
_BAD_VALUE: tuple[type[Exception], ...] = (
    KeyError,
    ValueError,
    TypeError,
    OverflowError,
    NotFound,
    *sync_store.VALUE_ERRORS,
)


def accept_pushes(
    ctx: ServiceContext, device: Device, items: Sequence[PushItem]
) -> Done[list[PushResult]]:
    """Store a terminal's outbox items in order, in one transaction; each item on its own
    savepoint, so one bad item does not cost the others."""
    results: list[PushResult] = []
    changes: list[Change] = []
    with ctx.db.write() as conn:
        for item in items:
            savepoint = conn.begin_nested()
            try:
                applied = _apply(ctx, conn, device, item)
            except _BAD_VALUE as exc:
                savepoint.rollback()
                # The kind of error only: a database error's text holds the row (and its token).
                reason = Refusal.CONFLICT if sync_store.is_conflict(exc) else Refusal.INVALID
                applied = refused(reason)
                _log_refusal(device, item, reason, sync_store.error_kind(exc))
            else:
                savepoint.commit()
                if applied.status is PushStatus.REJECTED:
                    _log_refusal(device, item, applied.reason, "")
            results.append(PushResult(item.id, applied.status, applied.reason))
            changes += applied.changes
        logged = ctx.commit_changes(conn, changes)
    return Done(results, logged)


def _log_refusal(device: Device, item: PushItem, reason: str, error: str) -> None:
    log.warning(
        "event=push_refused device=%s item=%s kind=%s reason=%r error=%s",
        device.id,
        item.id,
        item.kind,
        reason,
        error or "-",
    )


Handler = Callable[[ServiceContext, Tx, Device, dict[str, Any]], Applied]


def _apply(ctx: ServiceContext, conn: Tx, device: Device, item: PushItem) -> Applied:
    try:
        handler = _HANDLERS[OutboxKind(item.kind)]
    except (ValueError, KeyError):
        return refused(Refusal.KIND)
    return handler(ctx, conn, device, item.payload)


def _printed(ctx: ServiceContext, conn: Tx, device: Device, payload: dict[str, Any]) -> Applied:
    if device.role not in ISSUING_ROLES:
        return refused(Refusal.ROLE)
    try:
        before = ticket_store.ticket(conn, text(payload, "ticket_id", 36))
    except NotFound:
        return Applied(PushStatus.LATER, Refusal.TICKET_LATER)
    if before.branch_id != device.branch_id:
        return refused(Refusal.BRANCH)
    # The kiosk that printed it made it: no other terminal knows whether it came out.
    if sync_store.issuer_of(conn, before.id) != device.id:
        return refused(Refusal.ISSUER)
    if before.printed:
        return DUPLICATE
    ticket_store.save_ticket(
        conn, before, replace(before, printed=True, version=before.version + 1)
    )
    return stored(Change(ChangeKind.TICKET, before.id, device.branch_id))


def _printer_problem(
    ctx: ServiceContext, conn: Tx, device: Device, payload: dict[str, Any]
) -> Applied:
    if device.role not in ISSUING_ROLES:  # the terminals with a ticket printer
        return refused(Refusal.ROLE)
    alert_id = text(payload, "id", 36)
    if sync_store.alert_known(conn, alert_id):
        return DUPLICATE
    problem = text(payload, "problem", 40)
    if problem not in {p.value for p in PrinterProblem}:
        return refused(Refusal.PROBLEM)  # counters show it: no free text from a terminal
    alert = PrinterAlert(
        id=alert_id,
        branch_id=device.branch_id,
        device_id=device.id,
        device_name=device.name,
        problem=problem,
        at=not_after_now(ctx, moment(payload, "at")),
    )
    alert_store.insert_alert(conn, alert)
    return stored(Change(ChangeKind.PRINTER_ALERT, alert_id, device.branch_id))


def _printer_ok(ctx: ServiceContext, conn: Tx, device: Device, payload: dict[str, Any]) -> Applied:
    if device.role not in ISSUING_ROLES:
        return refused(Refusal.ROLE)
    at = not_after_now(ctx, moment(payload, "at"))
    ids = alert_store.resolve_alerts(conn, device.id, at)
    return stored(*(Change(ChangeKind.PRINTER_ALERT, i, device.branch_id) for i in ids))


def _help_request(
    ctx: ServiceContext, conn: Tx, device: Device, payload: dict[str, Any]
) -> Applied:
    if device.role not in ISSUING_ROLES:
        return refused(Refusal.ROLE)
    help_id = text(payload, "id", 36)
    try:
        help_store.help_request(conn, help_id)
        return DUPLICATE
    except NotFound:
        pass
    # A request dated ahead would stay on every counter's banner until that time has passed.
    asked_at = not_after_now(ctx, moment(payload, "at"))
    request = HelpRequest(help_id, device.branch_id, device.id, device.name[:120], asked_at)
    help_store.insert_help(conn, request)
    return stored(Change(ChangeKind.HELP, help_id, device.branch_id))


def _help_withdrawn(
    ctx: ServiceContext, conn: Tx, device: Device, payload: dict[str, Any]
) -> Applied:
    """The resident no longer needs anyone (help_requests.withdraw_help on the kiosk). Only
    while the request was open at that moment: an answer that came first stands."""
    if device.role not in ISSUING_ROLES:
        return refused(Refusal.ROLE)
    help_id = text(payload, "id", 36)
    try:
        request = help_store.help_request(conn, help_id)
    except NotFound:
        # The kiosk's outbox sends a request before its withdrawal: this one was refused.
        return refused(Refusal.INVALID)
    if request.device_id != device.id:
        return refused(Refusal.ISSUER)  # another kiosk's resident may still be waiting
    at = not_after_now(ctx, moment(payload, "at"))
    if not request.open or request.asked_at <= help_rules.lapsed_before(at):
        return DUPLICATE  # withdrawn before, answered, or lapsed: nothing to take back
    help_store.mark_withdrawn(conn, replace(request, withdrawn_at=at))
    return stored(Change(ChangeKind.HELP, help_id, device.branch_id))


_HANDLERS: dict[OutboxKind, Handler] = {
    OutboxKind.TICKET: push_ticket,
    OutboxKind.TICKET_PRINTED: _printed,
    OutboxKind.PRINTER_PROBLEM: _printer_problem,
    OutboxKind.PRINTER_OK: _printer_ok,
    OutboxKind.HELP_REQUEST: _help_request,
    OutboxKind.HELP_WITHDRAWN: _help_withdrawn,
}
