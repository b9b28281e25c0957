"""Help from a kiosk across terminals and a real server: the kiosk asks, every counter of the
branch sees it, one clerk answers "Ik kom", the request is gone at every counter and the kiosk
hears that someone is coming."""

from __future__ import annotations

from kiosk.core.model import DeviceRole
from kiosk.services import help_requests
from kiosk.services.context import ServiceContext
from kiosk.services.desk import come_to_help
from kiosk.storage.demo import TOWN_HALL, counter_id
from tests.sync.conftest import MakeTerminal
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
