"""The walk-in queue through the use cases, on a real SQLite database."""

from __future__ import annotations

import multiprocessing as mp
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.core.changes import ChangeKind
from kiosk.core.model import Outcome, PriorityReason, TicketState
from kiosk.core.queueing import QueueError, Refusal
from kiosk.services import catalogue, counter_work, display, printer_alerts, tickets
from kiosk.services.tickets import ServiceNotOffered
from kiosk.storage.demo import LIB_HALLE, TOWN_HALL, counter_id, service_id

DESK1 = counter_id("gemeentehuis", 1)
DESK2 = counter_id("gemeentehuis", 2)
DESK3 = counter_id("gemeentehuis", 3)


def issue(ctx, code: str, **kw):
    return tickets.issue_ticket(ctx, TOWN_HALL, service_id(code), **kw).value


def test_numbers_per_letter_and_day(ctx, clock) -> None:
    a1, a2, p1 = issue(ctx, "eid"), issue(ctx, "eid"), issue(ctx, "passport")
    assert [a1.ticket.display_number, a2.ticket.display_number] == ["A001", "A002"]
    assert p1.ticket.display_number == "P001"
    assert a2.people_ahead == 1
    clock.advance(24 * 3600)  # next day: numbers start again
    assert issue(ctx, "eid").ticket.display_number == "A001"


def test_numbers_restart_on_the_local_day_not_the_utc_day(ctx, clock) -> None:
    from datetime import UTC, datetime

    def at_night(code: str) -> tickets.IssuedTicket:  # a clerk lets them in after hours
        return tickets.issue_ticket(
            ctx, TOWN_HALL, service_id(code), outside_hours_by="clerk"
        ).value

    clock.set(datetime(2026, 11, 30, 22, 30, tzinfo=UTC))  # 23:30 in Brussels, 30 Nov
    assert at_night("eid").ticket.day.isoformat() == "2026-11-30"
    clock.set(datetime(2026, 11, 30, 23, 30, tzinfo=UTC))  # 00:30 in Brussels, 1 Dec
    t = at_night("eid").ticket
    assert t.day.isoformat() == "2026-12-01" and t.number == 1


def test_service_not_offered_at_branch(ctx) -> None:
    with pytest.raises(ServiceNotOffered):
        tickets.issue_ticket(ctx, LIB_HALLE, service_id("passport"))


def test_issue_is_idempotent_by_client_id(ctx) -> None:
    first = tickets.issue_ticket(ctx, TOWN_HALL, service_id("eid"), ticket_id="fixed-id").value
    again = tickets.issue_ticket(ctx, TOWN_HALL, service_id("eid"), ticket_id="fixed-id").value
    assert again.ticket.id == first.ticket.id and again.ticket.number == first.ticket.number
    issue(ctx, "eid")
    retry = tickets.issue_ticket(ctx, TOWN_HALL, service_id("eid"), ticket_id="fixed-id").value
    assert retry.people_ahead == 0 and retry.wait_minutes > 0  # real position, not a guess
    assert issue(ctx, "eid").ticket.number == 3


def test_call_next_priority_then_arrival_and_changes(ctx, clock) -> None:
    first = issue(ctx, "eid")
    clock.advance(60)
    prio = issue(ctx, "eid", priority=PriorityReason.PREGNANCY)
    clock.advance(60)
    done = counter_work.call_next(ctx, DESK1)
    assert done.value.ticket.id == prio.ticket.id
    assert {c.kind for c in done.changes} == {ChangeKind.TICKET, ChangeKind.CALL}
    assert all(c.seq > 0 for c in done.changes)
    second = counter_work.call_next(ctx, DESK1).value
    assert second.ticket.id == first.ticket.id
    assert second.finished.id == prio.ticket.id and second.finished.state == TicketState.DONE
    assert counter_work.call_next(ctx, DESK1).value is None


def test_counter_flow_recall_no_show_reactivate(ctx, clock) -> None:
    t = issue(ctx, "eid").ticket
    counter_work.call_next(ctx, DESK1)
    with pytest.raises(QueueError) as e:
        counter_work.recall(ctx, DESK1, t.id)
    assert e.value.refusal == Refusal.RECALL_TOO_SOON
    for _ in range(2):
        clock.advance(30)
        counter_work.recall(ctx, DESK1, t.id)
    gone = counter_work.mark_no_show(ctx, DESK1, t.id).value
    assert gone.state == TicketState.NO_SHOW
    clock.advance(300)
    back = counter_work.reactivate(ctx, t.id).value
    assert back.state == TicketState.WAITING and back.arrived_at == t.arrived_at
    calls = display.display_board(ctx, TOWN_HALL).recent_calls
    assert [c.recall for c in calls] == [False, True, True]


def test_transfer_keeps_place_and_park_resume(ctx, clock) -> None:
    t = issue(ctx, "eid").ticket
    clock.advance(120)
    later = issue(ctx, "move").ticket  # arrived after t
    counter_work.call_next(ctx, DESK1)
    moved = counter_work.transfer(ctx, DESK1, t.id, service_id("move")).value
    assert moved.state == TicketState.TRANSFERRED
    nxt = counter_work.call_next(ctx, DESK3).value  # Loket 3 serves "move"
    assert nxt.ticket.id == t.id  # earlier arrival kept: before `later`
    counter_work.park(ctx, DESK3, t.id)
    with pytest.raises(QueueError):
        counter_work.resume(ctx, DESK2, t.id)
    counter_work.call_next(ctx, DESK3)  # serves `later` meanwhile
    with pytest.raises(QueueError) as e:
        counter_work.resume(ctx, DESK3, t.id)
    assert e.value.refusal == Refusal.COUNTER_BUSY
    counter_work.finish(ctx, DESK3, later.id, Outcome.HELPED)
    assert counter_work.resume(ctx, DESK3, t.id).value.state == TicketState.SERVING
    done = counter_work.finish(ctx, DESK3, t.id, Outcome.FOLLOW_UP).value
    assert done.outcome == Outcome.FOLLOW_UP


def test_counter_view_and_status(ctx, clock) -> None:
    for _ in range(3):
        issue(ctx, "eid")
        clock.advance(10)
    counter_work.open_counter(ctx, DESK1)
    counter_work.call_next(ctx, DESK1)
    view = counter_work.counter_view(ctx, DESK1)
    assert view.active is not None and len(view.waiting) == 2 and view.waiting_total == 2
    last = view.waiting[-1]
    status = tickets.ticket_status(ctx, last.token)
    assert status.people_ahead == 1 and status.wait_minutes > 0


def test_display_reads_calls_by_cursor_in_order(ctx) -> None:
    for code in ("eid", "passport", "move"):
        issue(ctx, code)
    start = display.display_board(ctx, TOWN_HALL).last_seq
    for desk in (DESK1, DESK2, DESK3):  # three counters in the same second
        counter_work.call_next(ctx, desk)
    calls = display.calls_since(ctx, TOWN_HALL, start)
    assert [c.counter_id for c in calls] == [DESK1, DESK2, DESK3]
    assert [c.seq for c in calls] == sorted(c.seq for c in calls)


def test_printer_alert_once_and_cleared(ctx) -> None:
    p = printer_alerts.PrinterProblem.OUT_OF_PAPER
    first = printer_alerts.report_printer_problem(ctx, TOWN_HALL, "kiosk-1", "Kiosk inkom", p)
    again = printer_alerts.report_printer_problem(ctx, TOWN_HALL, "kiosk-1", "Kiosk inkom", p)
    assert first.value is not None and again.value is None
    assert len(printer_alerts.open_printer_alerts(ctx, TOWN_HALL)) == 1
    assert printer_alerts.clear_printer_problem(ctx, TOWN_HALL, "kiosk-1").value == 1
    assert printer_alerts.open_printer_alerts(ctx, TOWN_HALL) == []


def test_change_feed_by_cursor(ctx) -> None:
    start = catalogue.last_change(ctx)
    t = issue(ctx, "eid").ticket
    feed = catalogue.changes_after(ctx, start)
    assert [(c.kind, c.entity_id) for c in feed] == [(ChangeKind.TICKET, t.id)]


# --- several processes on one SQLite file -------------------------------------------------

#: 10:00 in the demo town hall on Monday 30 November 2026.
MONDAY_MORNING = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def _worker(db: str, role: str, n: int, out) -> None:  # type: ignore[no-untyped-def]
    from kiosk.core.ports import ShiftedClock
    from kiosk.services.context import Database, ServiceContext
    from kiosk.storage.db import make_engine

    # Every process on one set moment (a Monday morning, the town hall open): ticket numbers
    # start again each local day, so the real clock near midnight would split the run in two.
    c = ServiceContext(Database(make_engine(db)), ShiftedClock(MONDAY_MORNING))
    got = []
    for _ in range(n):
        if role == "kiosk":
            got.append(tickets.issue_ticket(c, TOWN_HALL, service_id("eid")).value.ticket.number)
        else:
            r = counter_work.call_next(c, role).value
            if r is not None:
                got.append(r.ticket.id)
    out.put((role, got))


@pytest.mark.sqlite_only
def test_two_kiosks_and_two_counters_in_separate_processes(ctx, db_path: Path) -> None:
    url = f"sqlite+pysqlite:///{db_path}"
    spawn = mp.get_context("spawn")
    out = spawn.Queue()
    procs = [spawn.Process(target=_worker, args=(url, "kiosk", 60, out)) for _ in range(2)]
    for p in procs:
        p.start()
    results = [out.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(30)
    numbers = [n for _, got in results for n in got]
    assert sorted(numbers) == list(range(1, 121))  # no number twice, none skipped
    procs = [spawn.Process(target=_worker, args=(url, d, 70, out)) for d in (DESK1, DESK2)]
    for p in procs:
        p.start()
    called = [out.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(30)
    ids = [i for _, got in called for i in got]
    assert len(ids) == len(set(ids)) == 120  # every ticket called once, by one counter


def test_no_shows_today_newest_first(ctx, clock) -> None:
    gone = []
    for _ in range(2):
        t = issue(ctx, "eid").ticket
        counter_work.call_next(ctx, DESK1)
        for _ in range(2):
            clock.advance(30)
            counter_work.recall(ctx, DESK1, t.id)
        counter_work.mark_no_show(ctx, DESK1, t.id)
        gone.append(t.id)
    assert [t.id for t in counter_work.no_shows_today(ctx, TOWN_HALL)] == gone[::-1]
    clock.advance(24 * 3600)
    assert counter_work.no_shows_today(ctx, TOWN_HALL) == []


def test_staff_give_priority_and_it_counts(ctx, clock) -> None:
    first = issue(ctx, "eid").ticket
    clock.advance(60)
    later = issue(ctx, "eid").ticket
    done = tickets.set_priority(ctx, later.id, PriorityReason.STAFF)
    assert done.value.priority == PriorityReason.STAFF and done.changes
    assert counter_work.call_next(ctx, DESK1).value.ticket.id == later.id
    assert counter_work.call_next(ctx, DESK1).value.ticket.id == first.id


def test_yesterdays_leftovers_are_not_todays_queue(ctx, clock) -> None:
    """Tickets still waiting at closing time do not come back tomorrow: tomorrow's A001 is a
    new resident, and nobody is told that yesterday's residents are ahead."""
    for _ in range(3):
        issue(ctx, "eid")
    clock.advance(24 * 3600)
    today = issue(ctx, "eid")
    assert today.ticket.display_number == "A001" and today.people_ahead == 0
    called = counter_work.call_next(ctx, DESK1).value
    assert called.ticket.id == today.ticket.id
    assert counter_work.call_next(ctx, DESK1).value is None
    board = display.display_board(ctx, TOWN_HALL)
    assert dict((s.code, n) for s, n in board.waiting)["eid"] == 0
    assert counter_work.counter_view(ctx, DESK1).waiting == ()


def test_estimate_follows_real_visits_when_clerks_only_press_next(ctx, clock) -> None:
    counter_work.open_counter(ctx, DESK1)
    for _ in range(6):
        issue(ctx, "eid")  # expected 10 min; real visits take 30
    for _ in range(5):
        counter_work.call_next(ctx, DESK1)
        clock.advance(30 * 60)
    counter_work.call_next(ctx, DESK1)
    ctx.forget_cached()
    fresh = issue(ctx, "eid")
    assert fresh.people_ahead == 0
    # (0 + 0.5) x blended average: well above the 5 minutes the catalogue alone would give
    assert fresh.wait_minutes >= 10


def test_transfer_only_where_someone_can_take_it(ctx) -> None:
    t = issue(ctx, "eid").ticket
    counter_work.call_next(ctx, DESK1)
    with pytest.raises(QueueError):  # Loket 1 of the library, another branch
        counter_work.transfer(ctx, DESK1, t.id, service_id("eid"), counter_id("bib-halle", 1))
    with pytest.raises(QueueError):  # Loket 4 does not do passports
        counter_work.transfer(
            ctx, DESK1, t.id, service_id("passport"), counter_id("gemeentehuis", 4)
        )
    stored = counter_work.transfer(ctx, DESK1, t.id, service_id("passport"), DESK2).value
    assert stored.target_counter_id == DESK2


def test_a_priority_ticket_is_told_about_long_waiters_ahead(ctx, clock) -> None:
    issue(ctx, "eid")  # waits 70 minutes: longer than the priority boost of one hour
    clock.advance(50 * 60)
    issue(ctx, "eid")  # waits 20 minutes
    clock.advance(20 * 60)
    prio = issue(ctx, "eid", priority=PriorityReason.ELDERLY)
    assert prio.people_ahead == 1
    first = counter_work.call_next(ctx, DESK1).value.ticket
    assert (
        first.number == 1 and counter_work.call_next(ctx, DESK1).value.ticket.id == prio.ticket.id
    )
