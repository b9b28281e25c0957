"""A resident at a kiosk asks for a person: a counter clerk or the library volunteer.

The kiosk asks (``ask_for_help``); every counter of the branch shows a banner with the kiosk's
name and the time; the first clerk who taps "Ik kom" answers it (``answer_help``) and the banner
goes away everywhere; the kiosk tells the resident someone is on the way. On a terminal that
syncs, the kiosk's request travels through its outbox (push kind ``help_request``); a counter
answers on the server (``DeskAction.ANSWER_HELP``), like every other counter action.

A resident who no longer needs anyone ("Ik heb geen hulp meer nodig") withdraws the request
(``withdraw_help``): it leaves every counter's banner, so no clerk walks over for nothing. It
travels like the request (push kind ``help_withdrawn``); an answer that came first stands.

A request nobody answered lapses after ``help_rules.HELP_LAPSE`` (15 minutes): it leaves the
counters' banner, and the kiosk may ask again for a new resident. The lapse is a rule of time
(see kiosk.core.help_rules), so it needs no write, no sync and no clock job; ``lapses_at``
tells a banner when to look again.
"""

from __future__ import annotations

from dataclasses import replace

from kiosk.core import help_rules
from kiosk.core.changes import Change, ChangeKind
from kiosk.core.model import HelpRequest, new_id
from kiosk.services.context import Done, ServiceContext
from kiosk.storage import catalogue_store, help_store
from kiosk.storage.errors import NotFound
from kiosk.sync.protocol import HelpRequestPush, HelpWithdrawnPush


def ask_for_help(
    ctx: ServiceContext, branch_id: str, device_id: str, device_name: str
) -> Done[HelpRequest]:
    """Ask for a person. While this kiosk's request is open (not answered, not lapsed),
    asking again returns it and changes nothing (a resident tapping twice calls one person,
    not two)."""
    # A synced kiosk is known to the server by its enrolled id: the row the feed brings back
    # carries that one, so the replica's own row must too.
    device_id = ctx.replica_device_id or device_id
    since = help_rules.lapsed_before(ctx.clock.now())
    with ctx.db.write() as conn:
        for h in help_store.open_help(conn, branch_id, device_id, since):
            return Done(h)
        request = HelpRequest(
            id=new_id(),
            branch_id=branch_id,
            device_id=device_id,
            device_name=device_name[:120],
            asked_at=ctx.clock.now(),
        )
        help_store.insert_help(conn, request)
        ctx.to_outbox(conn, HelpRequestPush(request.id, request.asked_at))
        changes = ctx.commit_changes(conn, [Change(ChangeKind.HELP, request.id, branch_id)])
    return Done(request, changes)


def answer_help(ctx: ServiceContext, request_id: str, counter_id: str) -> Done[HelpRequest]:
    """A clerk at ``counter_id`` goes to the kiosk ("Ik kom"). The first answer wins: a request
    answered already is returned as it is. NotFound for a request of another branch."""
    with ctx.db.write() as conn:
        request = help_store.help_request(conn, request_id)
        counter = catalogue_store.counter(conn, counter_id)
        if counter.branch_id != request.branch_id:
            raise NotFound("help_request", request_id)
        if not request.open:
            return Done(request)
        answered = replace(request, answered_at=ctx.clock.now(), answered_by=counter.name[:120])
        help_store.mark_answered(conn, answered)
        changes = ctx.commit_changes(conn, [Change(ChangeKind.HELP, request.id, request.branch_id)])
    return Done(answered, changes)


def withdraw_help(ctx: ServiceContext, request_id: str) -> Done[HelpRequest]:
    """The resident no longer needs anyone: the request leaves every counter's banner. A
    request answered, lapsed or withdrawn already is returned as it is, and nothing changes
    (the clerk who answered still comes; a lapsed one is on no banner any more)."""
    now = ctx.clock.now()
    with ctx.db.write() as conn:
        request = help_store.help_request(conn, request_id)
        if not request.open or request.asked_at <= help_rules.lapsed_before(now):
            return Done(request)
        withdrawn = replace(request, withdrawn_at=now)
        help_store.mark_withdrawn(conn, withdrawn)
        ctx.to_outbox(conn, HelpWithdrawnPush(request.id, now))
        changes = ctx.commit_changes(conn, [Change(ChangeKind.HELP, request.id, request.branch_id)])
    return Done(withdrawn, changes)


def open_requests(ctx: ServiceContext, branch_id: str) -> list[HelpRequest]:
    """The branch's unanswered requests that have not lapsed, oldest first (the counters'
    banner; it looks again at the first one's ``help_rules.lapses_at``)."""
    since = help_rules.lapsed_before(ctx.clock.now())
    with ctx.db.read() as conn:
        return help_store.open_help(conn, branch_id, asked_after=since)


def help_request(ctx: ServiceContext, request_id: str) -> HelpRequest | None:
    """One request as this database knows it now (the kiosk: answered yet?)."""
    with ctx.db.read() as conn:
        try:
            return help_store.help_request(conn, request_id)
        except NotFound:
            return None
