"""The waiting room sees every call: several counters calling at once, recalls, start-up."""

from __future__ import annotations

from kiosk.services import counter_work, tickets
from kiosk.storage.demo import TOWN_HALL, counter_id, service_id
from kiosk.ui.display import SilentAnnouncer
from tests.ui.display.conftest import (
    RecordingAnnouncer,
    open_desks_with_tickets,
    open_display,
    run_use_case,
    three_counters_call_at_once,
)


def shown(window) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """The latest-calls list as residents read it, top (newest) first."""
    return [(c.ticket_number, c.counter_name) for c in window.recent.calls()]


def test_three_counters_calling_in_the_same_second_are_all_shown_and_announced(
    qtbot, terminal, recorder
):
    window = open_display(qtbot, terminal, recorder)
    open_desks_with_tickets(terminal)

    calls = three_counters_call_at_once(terminal)

    qtbot.waitUntil(lambda: len(recorder.announced) == 3 and recorder.idle(), timeout=5000)
    expected = [(c.ticket_number, c.counter_name) for c in calls]
    assert sorted(c.counter_name for c in calls) == ["Loket 1", "Loket 2", "Loket 3"]
    assert shown(window) == list(reversed(expected))  # all three listed, newest on top
    assert [(c.ticket_number, c.counter_name) for c in recorder.announced] == expected
    assert window.panel.call.ticket_number == calls[-1].ticket_number  # ends on the newest


def test_with_the_silent_announcer_the_big_panel_walks_through_the_calls_in_order(qtbot, terminal):
    announcer = SilentAnnouncer(duration_ms=20)
    window = open_display(qtbot, terminal, announcer)
    on_panel: list[str] = []
    announcer.started.connect(lambda call: on_panel.append(window.panel.call.ticket_number))
    open_desks_with_tickets(terminal)

    calls = three_counters_call_at_once(terminal)

    qtbot.waitUntil(lambda: len(on_panel) == 3 and announcer.idle(), timeout=5000)
    numbers = [c.ticket_number for c in calls]
    assert on_panel == numbers
    assert [n for n, _ in shown(window)] == list(reversed(numbers))
    assert window.panel.call.ticket_number == numbers[-1]
    assert window.panel.highlighted  # still yellow a few seconds after the announcement


def test_calls_made_on_another_terminal_arrive_through_the_change_feed(qtbot, terminal, recorder):
    window = open_display(qtbot, terminal, recorder)
    open_desks_with_tickets(terminal)

    calls = three_counters_call_at_once(terminal, publish=False)  # only in the database

    qtbot.waitUntil(lambda: len(recorder.announced) == 3, timeout=5000)
    assert [c.seq for c in recorder.announced] == [c.seq for c in calls]
    assert len(shown(window)) == 3


def test_a_recall_is_shown_as_nog_eens(qtbot, terminal, clock, recorder):
    window = open_display(qtbot, terminal, recorder)
    open_desks_with_tickets(terminal)
    desk = counter_id("gemeentehuis", 1)
    called = run_use_case(terminal, lambda: counter_work.call_next(terminal.ctx, desk))
    clock.advance(25)  # the resident did not come; the clerk calls again

    run_use_case(terminal, lambda: counter_work.recall(terminal.ctx, desk, called.ticket.id))

    qtbot.waitUntil(lambda: len(recorder.announced) == 2 and recorder.idle(), timeout=5000)
    assert [c.recall for c in recorder.announced] == [False, True]
    assert "Nog eens" in window.panel.texts()
    assert window.panel.call.ticket_number == called.ticket.display_number
    assert "Nog eens" in window.visible_texts()
    assert window.recent.calls()[0].recall
    # One row per ticket: the recall replaces the first call, the number is not listed twice.
    assert shown(window) == [(called.ticket.display_number, "Loket 1")]


def test_a_recall_is_listed_once_also_after_a_restart(qtbot, terminal, clock, recorder):
    open_desks_with_tickets(terminal)
    ctx = terminal.ctx
    first, second = (counter_id("gemeentehuis", n) for n in (1, 2))
    called = run_use_case(terminal, lambda: counter_work.call_next(ctx, first))
    run_use_case(terminal, lambda: counter_work.call_next(ctx, second))
    clock.advance(25)
    run_use_case(terminal, lambda: counter_work.recall(ctx, first, called.ticket.id))

    window = open_display(qtbot, terminal, recorder)  # started after the calls: read at once

    numbers = [n for n, _ in shown(window)]
    assert numbers[0] == called.ticket.display_number and window.recent.calls()[0].recall
    assert len(numbers) == len(set(numbers)) == 2


def test_start_up_shows_earlier_calls_without_announcing_them(qtbot, terminal):
    open_desks_with_tickets(terminal)
    earlier = three_counters_call_at_once(terminal)
    recorder = RecordingAnnouncer()

    window = open_display(qtbot, terminal, recorder)

    assert recorder.announced == []
    assert [n for n, _ in shown(window)] == [c.ticket_number for c in reversed(earlier)]
    assert window.panel.call.ticket_number == earlier[-1].ticket_number
    assert not window.panel.highlighted

    # A new call after start-up is announced, and only that one.
    run_use_case(terminal, lambda: tickets.issue_ticket(terminal.ctx, TOWN_HALL, service_id("eid")))
    desk = counter_id("gemeentehuis", 1)
    new = run_use_case(terminal, lambda: counter_work.call_next(terminal.ctx, desk))
    qtbot.waitUntil(lambda: len(recorder.announced) == 1, timeout=5000)
    qtbot.wait(200)
    assert [c.id for c in recorder.announced] == [new.call.id]
    assert len(shown(window)) == 4


def test_yesterdays_calls_are_not_on_the_screen_in_the_morning(qtbot, terminal, clock, recorder):
    open_desks_with_tickets(terminal)
    three_counters_call_at_once(terminal)
    clock.advance(24 * 3600)

    window = open_display(qtbot, terminal, recorder)

    assert window.recent.calls() == []
    assert "Welkom!" in window.panel.texts()
    assert recorder.announced == []
