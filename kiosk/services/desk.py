"""What a counter's clerk can do, as one interface with two homes.

``LocalDesk`` runs the use cases of counter_work on this machine's database (one machine, or
the server itself). ``kiosk.sync.remote_desk.RemoteDesk`` sends the same requests to the
server, which is the one place a ticket is called: two counters can never both call it. The
counter console only knows ``CounterDesk``.

``DeskRequest`` is also the body of the server's counter endpoint, so the server runs exactly
``perform()`` for a remote counter.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any, Protocol

from kiosk.core.counter_lease import DEFAULT_LEASE_S, LeaseHolder
from kiosk.core.model import Counter, HelpRequest, Outcome, PriorityReason, Staff
from kiosk.services import counter_leases as leases
from kiosk.services import counter_work as work
from kiosk.services.context import Done, ServiceContext
from kiosk.services.help_requests import answer_help
from kiosk.services.staff import check_sign_in
from kiosk.services.staff_sessions import SignInRefusal, SignInRefused
from kiosk.services.tickets import set_priority


class DeskAction(enum.StrEnum):
    OPEN = "open"
    CLOSE = "close"
    CALL_NEXT = "call_next"
    CALL = "call"
    RECALL = "recall"
    START = "start"
    FINISH = "finish"
    NO_SHOW = "no_show"
    REACTIVATE = "reactivate"
    TRANSFER = "transfer"
    PARK = "park"
    RESUME = "resume"
    PRIORITY = "priority"
    #: "Ik kom": the clerk goes to a kiosk where a resident asked for help (help_request_id).
    ANSWER_HELP = "answer_help"
    #: The console's heartbeat: its lease on the open counter runs on (kiosk/core/counter_lease).
    RENEW = "renew"


#: Actions that name a ticket.
NEEDS_TICKET = frozenset(DeskAction) - {
    DeskAction.OPEN,
    DeskAction.CLOSE,
    DeskAction.CALL_NEXT,
    DeskAction.ANSWER_HELP,
    DeskAction.RENEW,
}


@dataclass(frozen=True, slots=True)
class DeskRequest:
    action: DeskAction
    ticket_id: str | None = None
    outcome: Outcome = Outcome.HELPED
    service_id: str | None = None  # transfer: the new service
    target_counter_id: str | None = None  # transfer: a named counter (optional)
    priority: PriorityReason | None = None  # priority: the reason, or None to take it away
    help_request_id: str | None = None  # answer_help: the request
    #: open, close, renew: the console that holds the counter's lease, and how long it runs
    #: without a heartbeat. Without a holder, open and close ignore leases (older consoles).
    holder_id: str | None = None
    holder_name: str | None = None
    lease_s: int = DEFAULT_LEASE_S

    def holder(self) -> LeaseHolder | None:
        if self.holder_id is None:
            return None
        return LeaseHolder(self.holder_id, self.holder_name or self.holder_id)


class MissingTicket(ValueError):
    """The request names no ticket, but its action needs one."""


def perform(ctx: ServiceContext, counter_id: str, req: DeskRequest) -> Done[Any]:
    """Run one clerk's action. Returns what the matching counter_work use case returns."""
    a = req.action
    holder = req.holder()
    if a is DeskAction.OPEN and holder is not None:
        return leases.open_leased(ctx, counter_id, holder, req.lease_s)
    if a is DeskAction.CLOSE and holder is not None:
        return leases.close_leased(ctx, counter_id, holder)
    if a is DeskAction.RENEW:
        if holder is None:
            raise MissingTicket("renew needs a holder")
        return leases.renew(ctx, counter_id, holder, req.lease_s)
    if a is DeskAction.OPEN or a is DeskAction.CLOSE:
        return work.open_counter(ctx, counter_id, is_open=a is DeskAction.OPEN)
    if a is DeskAction.CALL_NEXT:
        return work.call_next(ctx, counter_id, req.outcome)
    if a is DeskAction.ANSWER_HELP:
        if req.help_request_id is None:
            raise MissingTicket("answer_help needs a help request")
        return answer_help(ctx, req.help_request_id, counter_id)
    tid = req.ticket_id
    if tid is None:
        raise MissingTicket(a.value)
    if a is DeskAction.CALL:
        return work.call_ticket(ctx, counter_id, tid)
    if a is DeskAction.RECALL:
        return work.recall(ctx, counter_id, tid)
    if a is DeskAction.START:
        return work.start_serving(ctx, counter_id, tid)
    if a is DeskAction.FINISH:
        return work.finish(ctx, counter_id, tid, req.outcome)
    if a is DeskAction.NO_SHOW:
        return work.mark_no_show(ctx, counter_id, tid)
    if a is DeskAction.REACTIVATE:
        return work.reactivate(ctx, tid)
    if a is DeskAction.TRANSFER:
        if req.service_id is None:
            raise MissingTicket("transfer needs a service")
        return work.transfer(ctx, counter_id, tid, req.service_id, req.target_counter_id)
    if a is DeskAction.PARK:
        return work.park(ctx, counter_id, tid)
    if a is DeskAction.RESUME:
        return work.resume(ctx, counter_id, tid)
    return set_priority(ctx, tid, req.priority)


class CounterDesk(Protocol):
    """The clerk's actions. ``perform`` may raise the queue's typed errors (QueueError,
    ConcurrentChange, NotFound) and, for a remote desk, ServerUnreachable and SignedOut.

    ``needs_sign_in``: the console asks who works here before anything else (a desk on the
    server, where staff accounts live). ``sign_in`` raises SignInRefused for a wrong name or
    password."""

    needs_sign_in: bool

    def sign_in(self, username: str, password: str) -> Staff: ...

    def sign_out(self) -> None: ...

    def perform(self, counter_id: str, req: DeskRequest) -> Done[Any]: ...


class LocalDesk:
    """On this machine's database: one machine (the demo), nobody signs in."""

    needs_sign_in = False

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def sign_in(self, username: str, password: str) -> Staff:
        person = check_sign_in(self._ctx, username, password)
        if person is None:
            raise SignInRefused(SignInRefusal.WRONG)
        return person

    def sign_out(self) -> None:
        pass

    def perform(self, counter_id: str, req: DeskRequest) -> Done[Any]:
        return perform(self._ctx, counter_id, req)


# Typed shorthands for the console: one line per button, the request spelled out once.


def open_counter(
    desk: CounterDesk,
    counter_id: str,
    is_open: bool = True,
    holder: LeaseHolder | None = None,
    lease_s: int = DEFAULT_LEASE_S,
) -> Done[Counter]:
    """Open (or close) the desk; with a ``holder``, under its lease (CounterTaken while another
    console's lease runs)."""
    action = DeskAction.OPEN if is_open else DeskAction.CLOSE
    done: Done[Counter] = desk.perform(counter_id, _leased(action, holder, lease_s))
    return done


def renew_lease(
    desk: CounterDesk, counter_id: str, holder: LeaseHolder, lease_s: int
) -> Done[Counter]:
    """The console's heartbeat on its open counter."""
    done: Done[Counter] = desk.perform(counter_id, _leased(DeskAction.RENEW, holder, lease_s))
    return done


def _leased(action: DeskAction, holder: LeaseHolder | None, lease_s: int) -> DeskRequest:
    if holder is None:
        return DeskRequest(action)
    return DeskRequest(action, holder_id=holder.id, holder_name=holder.name, lease_s=lease_s)


def call_next(
    desk: CounterDesk, counter_id: str, outcome: Outcome = Outcome.HELPED
) -> Done[work.Called | None]:
    done: Done[work.Called | None] = desk.perform(
        counter_id, DeskRequest(DeskAction.CALL_NEXT, outcome=outcome)
    )
    return done


def come_to_help(
    desk: CounterDesk, counter_id: str, help_request_id: str
) -> Done[HelpRequest | None]:
    """Answer a kiosk's help request, "Ik kom" (the first answer wins)."""
    done: Done[HelpRequest | None] = desk.perform(
        counter_id, DeskRequest(DeskAction.ANSWER_HELP, help_request_id=help_request_id)
    )
    return done


def on_ticket(
    desk: CounterDesk, counter_id: str, action: DeskAction, ticket_id: str, **extra: Any
) -> Done[Any]:
    return desk.perform(counter_id, DeskRequest(action, ticket_id=ticket_id, **extra))
