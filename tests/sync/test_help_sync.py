"""Help from a kiosk across terminals and a real server: the kiosk asks, every counter of the
branch sees it, one clerk answers "Ik kom", the request is gone at every counter and the kiosk
hears that someone is coming; or the resident needs no one any more, and the request leaves
every counter."""

from __future__ import annotations

import uuid

from kiosk.core.model import DeviceRole
from kiosk.services import help_requests
from kiosk.services.context import ServiceContext
from kiosk.services.desk import come_to_help
from kiosk.storage.demo import TOWN_HALL, counter_id
from kiosk.sync.protocol import OutboxKind, PushItem, PushResult, PushStatus
from tests.sync.conftest import MakeTerminal, SyncedTerminal
from tests.sync.test_sync import wait_until


def test_a_kiosk_asks_a_counter_answers_and_the_kiosk_sees_it(
    ctx: ServiceContext, make_terminal: MakeTerminal
) -> None:
    counter = make_terminal(DeviceRole.COUNTER, "loket-1")
    other_counter = make_terminal(DeviceRole.COUNTER, "loket-2")
    kiosk = make_terminal(DeviceRole.KIOSK, "zuil")
    asked = help_requests.ask_for_help(kiosk.ctx, TOWN_HALL, kiosk.device_id, "zuil").value
    again = help_requests.ask_for_help(kiosk.ctx, TOWN_HALL, kiosk.device_id, "zuil").value
    assert again.id == asked.id
    kiosk.agent.push_soon()

    for t in (counter, other_counter):
        wait_until(
            lambda t=t: [h.id for h in help_requests.open_requests(t.ctx, TOWN_HALL)] == [asked.id]
        )
    seen = help_requests.open_requests(counter.ctx, TOWN_HALL)[0]
    assert seen.device_name == "zuil" and seen.device_id == kiosk.device_id
    assert [h.id for h in help_requests.open_requests(ctx, TOWN_HALL)] == [asked.id]  # server

    answered = come_to_help(counter.desk, counter_id("gemeentehuis", 1), asked.id).value
    assert answered is not None and answered.answered_by == "Loket 1"
    # The answering counter knows at once; the other counter and the kiosk through the feed.
    assert help_requests.open_requests(counter.ctx, TOWN_HALL) == []
    wait_until(lambda: help_requests.open_requests(other_counter.ctx, TOWN_HALL) == [])
    wait_until(
        lambda: (h := help_requests.help_request(kiosk.ctx, asked.id)) is not None and not h.open
    )
    assert help_requests.help_request(kiosk.ctx, asked.id).answered_by == "Loket 1"
    # A second "Ik kom" (the other clerk was a moment late) changes nothing.
    late = come_to_help(other_counter.desk, counter_id("gemeentehuis", 2), asked.id).value
    assert late is not None and late.answered_by == "Loket 1"


def test_a_kiosk_s_withdrawal_leaves_the_counters_banner(
    ctx: ServiceContext, make_terminal: MakeTerminal
) -> None:
    """ "Ik heb geen hulp meer nodig" on a synced kiosk: the request leaves the banner of a
    counter of the branch (through the kiosk's outbox, the server and the counter's feed)."""
    counter = make_terminal(DeviceRole.COUNTER, "loket-1")
    kiosk = make_terminal(DeviceRole.KIOSK, "zuil")
    asked = help_requests.ask_for_help(kiosk.ctx, TOWN_HALL, kiosk.device_id, "zuil").value
    kiosk.agent.push_soon()
    wait_until(
        lambda: [h.id for h in help_requests.open_requests(counter.ctx, TOWN_HALL)] == [asked.id]
    )

    withdrawn = help_requests.withdraw_help(kiosk.ctx, asked.id)
    assert withdrawn.value.withdrawn_at is not None and withdrawn.changes
    kiosk.agent.push_soon()

    wait_until(lambda: help_requests.open_requests(counter.ctx, TOWN_HALL) == [])
    assert help_requests.open_requests(ctx, TOWN_HALL) == []  # the server
    on_server = help_requests.help_request(ctx, asked.id)
    assert on_server is not None and on_server.withdrawn_at is not None
    assert on_server.answered_at is None
    # A clerk whose banner was a moment behind taps "Ik kom": nobody is sent.
    late = come_to_help(counter.desk, counter_id("gemeentehuis", 1), asked.id).value
    assert late is not None and late.answered_at is None


def test_only_the_kiosk_that_asked_withdraws_its_request(
    ctx: ServiceContext, make_terminal: MakeTerminal
) -> None:
    kiosk = make_terminal(DeviceRole.KIOSK, "zuil")
    other = make_terminal(DeviceRole.KIOSK, "zuil-bib")
    counter = make_terminal(DeviceRole.COUNTER, "loket-1")
    asked = help_requests.ask_for_help(kiosk.ctx, TOWN_HALL, kiosk.device_id, "zuil").value
    kiosk.agent.push_soon()
    wait_until(lambda: help_requests.open_requests(ctx, TOWN_HALL) != [])

    def withdraw(by: SyncedTerminal) -> PushResult:
        payload = {"id": asked.id, "at": ctx.clock.now().isoformat()}
        item = PushItem(str(uuid.uuid4()), OutboxKind.HELP_WITHDRAWN, payload)
        [result] = by.link.push([item])
        return result

    for by in (other, counter):
        refused = withdraw(by)
        assert refused.status is PushStatus.REJECTED
        assert refused.reason == ("issuer" if by is other else "role")
    assert [h.id for h in help_requests.open_requests(ctx, TOWN_HALL)] == [asked.id]
    assert withdraw(kiosk).status is PushStatus.STORED
    assert withdraw(kiosk).status is PushStatus.DUPLICATE
    assert help_requests.open_requests(ctx, TOWN_HALL) == []
