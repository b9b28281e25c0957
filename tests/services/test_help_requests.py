"""Help requests through the use cases: a kiosk asks, a counter answers "Ik kom"."""

from __future__ import annotations

from datetime import timedelta

import pytest

from kiosk.core import help_rules
from kiosk.core.changes import ChangeKind
from kiosk.core.ports import FakeClock
from kiosk.services import help_requests
from kiosk.services.context import ServiceContext
from kiosk.services.desk import DeskAction, DeskRequest, LocalDesk, come_to_help
from kiosk.storage.demo import LIB_HALLE, TOWN_HALL, counter_id
from kiosk.storage.errors import NotFound

DESK1 = counter_id("gemeentehuis", 1)
DESK2 = counter_id("gemeentehuis", 2)


def test_asking_twice_while_open_calls_one_person(ctx: ServiceContext, clock: FakeClock) -> None:
    first = help_requests.ask_for_help(ctx, TOWN_HALL, "kiosk-1", "Kiosk inkom")
    clock.advance(5)
    again = help_requests.ask_for_help(ctx, TOWN_HALL, "kiosk-1", "Kiosk inkom")
    assert [c.kind for c in first.changes] == [ChangeKind.HELP]
    assert again.value == first.value and again.changes == ()
    other = help_requests.ask_for_help(ctx, TOWN_HALL, "kiosk-2", "Kiosk bib")
    assert other.value.id != first.value.id
    open_now = help_requests.open_requests(ctx, TOWN_HALL)
    assert [h.id for h in open_now] == [first.value.id, other.value.id]
    assert open_now[0].device_name == "Kiosk inkom" and open_now[0].open
    assert help_requests.open_requests(ctx, LIB_HALLE) == []


def test_the_first_answer_wins_and_closes_the_request(
    ctx: ServiceContext, clock: FakeClock
) -> None:
    asked = help_requests.ask_for_help(ctx, TOWN_HALL, "kiosk-1", "Kiosk inkom").value
    clock.advance(30)
    done = help_requests.answer_help(ctx, asked.id, DESK1)
    assert [c.kind for c in done.changes] == [ChangeKind.HELP]
    answered = done.value
    assert not answered.open and answered.answered_at == clock.now()
    assert answered.answered_by == "Loket 1"
    late = help_requests.answer_help(ctx, asked.id, DESK2)
    assert late.value.answered_by == "Loket 1" and late.changes == ()
    assert help_requests.open_requests(ctx, TOWN_HALL) == []
    assert help_requests.help_request(ctx, asked.id) == answered
    # Answered: the same kiosk can ask again, for the next resident.
    again = help_requests.ask_for_help(ctx, TOWN_HALL, "kiosk-1", "Kiosk inkom").value
    assert again.id != asked.id and again.open


def test_a_counter_of_another_branch_cannot_answer(ctx: ServiceContext) -> None:
    asked = help_requests.ask_for_help(ctx, TOWN_HALL, "kiosk-1", "Kiosk inkom").value
    with pytest.raises(NotFound):
        help_requests.answer_help(ctx, asked.id, counter_id("bib-halle", 1))
    with pytest.raises(NotFound):
        help_requests.answer_help(ctx, "no-such-request", DESK1)
    assert help_requests.help_request(ctx, "no-such-request") is None
    assert [h.id for h in help_requests.open_requests(ctx, TOWN_HALL)] == [asked.id]


def test_the_desk_answers_with_ik_kom(ctx: ServiceContext) -> None:
    asked = help_requests.ask_for_help(ctx, TOWN_HALL, "kiosk-1", "Kiosk inkom").value
    desk = LocalDesk(ctx)
    answered = come_to_help(desk, DESK2, asked.id).value
    assert answered is not None and answered.answered_by == "Loket 2"
    from kiosk.services.desk import MissingTicket

    with pytest.raises(MissingTicket):
        desk.perform(DESK1, DeskRequest(DeskAction.ANSWER_HELP))


def test_a_request_nobody_answers_lapses_after_a_quarter_of_an_hour(
    ctx: ServiceContext, clock: FakeClock
) -> None:
    asked = help_requests.ask_for_help(ctx, TOWN_HALL, "kiosk-1", "Kiosk inkom").value
    assert help_rules.lapses_at(asked.asked_at) == asked.asked_at + timedelta(minutes=15)
    clock.advance(15 * 60 - 1)
    assert [h.id for h in help_requests.open_requests(ctx, TOWN_HALL)] == [asked.id]
    clock.advance(1)
    # Lapsed: off the counters' banner, without a write (nothing to sync, nothing can clash).
    assert help_requests.open_requests(ctx, TOWN_HALL) == []
    stored = help_requests.help_request(ctx, asked.id)
    assert stored == asked and stored.answered_at is None
    # The next resident at that kiosk asks anew: a new request, on the banner again.
    again = help_requests.ask_for_help(ctx, TOWN_HALL, "kiosk-1", "Kiosk inkom")
    assert again.value.id != asked.id and [c.kind for c in again.changes] == [ChangeKind.HELP]
    assert [h.id for h in help_requests.open_requests(ctx, TOWN_HALL)] == [again.value.id]
    # A clerk who taps "Ik kom" on the old one just as it lapsed still goes: no error.
    late = help_requests.answer_help(ctx, asked.id, DESK1)
    assert late.value.answered_by == "Loket 1"


def test_a_resident_who_needs_no_one_any_more_withdraws_the_call(
    ctx: ServiceContext, clock: FakeClock
) -> None:
    """ "Ik heb geen hulp meer nodig": the request leaves every counter's banner, once."""
    asked = help_requests.ask_for_help(ctx, TOWN_HALL, "kiosk-1", "Kiosk inkom").value
    other = help_requests.ask_for_help(ctx, TOWN_HALL, "kiosk-2", "Kiosk bib").value
    clock.advance(20)
    done = help_requests.withdraw_help(ctx, asked.id)
    assert [(c.kind, c.entity_id) for c in done.changes] == [(ChangeKind.HELP, asked.id)]
    assert done.value.withdrawn_at == clock.now() and not done.value.open
    assert [h.id for h in help_requests.open_requests(ctx, TOWN_HALL)] == [other.id]
    assert help_requests.help_request(ctx, asked.id) == done.value
    # Tapped twice: nothing more happens.
    clock.advance(5)
    again = help_requests.withdraw_help(ctx, asked.id)
    assert again.value == done.value and again.changes == ()
    # A clerk who taps "Ik kom" on the banner a moment late does not go.
    late = help_requests.answer_help(ctx, asked.id, DESK1)
    assert late.value == done.value and late.changes == ()
    # The next resident at that kiosk asks anew.
    anew = help_requests.ask_for_help(ctx, TOWN_HALL, "kiosk-1", "Kiosk inkom").value
    assert anew.id != asked.id and anew.open


def test_an_answered_or_lapsed_call_is_not_withdrawn(ctx: ServiceContext, clock: FakeClock) -> None:
    answered = help_requests.ask_for_help(ctx, TOWN_HALL, "kiosk-1", "Kiosk inkom").value
    answered = help_requests.answer_help(ctx, answered.id, DESK1).value
    done = help_requests.withdraw_help(ctx, answered.id)
    # The clerk who answered first still comes.
    assert done.value == answered and done.changes == ()
    assert help_requests.help_request(ctx, answered.id) == answered

    lapsed = help_requests.ask_for_help(ctx, TOWN_HALL, "kiosk-2", "Kiosk bib").value
    clock.advance(help_rules.HELP_LAPSE.total_seconds())
    done = help_requests.withdraw_help(ctx, lapsed.id)
    assert done.value == lapsed and done.changes == ()
    assert help_requests.help_request(ctx, lapsed.id) == lapsed
    with pytest.raises(NotFound):
        help_requests.withdraw_help(ctx, "no-such-request")
