"""The counter console, step by step as a clerk at the town hall uses it."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.core.model import Outcome, PriorityReason, Ticket, TicketState
from kiosk.core.queueing import Refusal
from kiosk.services.display import display_board
from kiosk.services.printer_alerts import (
    PrinterProblem,
    clear_printer_problem,
    report_printer_problem,
)
from kiosk.services.tickets import issue_ticket, ticket_status
from kiosk.storage import catalogue_store
from kiosk.storage.demo import TOWN_HALL, counter_id, service_id
from kiosk.storage.errors import DatabaseUnavailable
from kiosk.ui.common.idle import wait_idle
from kiosk.ui.common.reader import DebouncedReader
from kiosk.ui.counter import CounterWindow
from kiosk.ui.counter import actions as act
from kiosk.ui.counter.queue_screen import QueueScreen
from kiosk.ui.counter.words import error_message, refusal_sentence

LOKET_1 = counter_id("gemeentehuis", 1)


def settle(terminal, ms: int = 120) -> None:
    """Let the debounce timer fire and every background read or write finish."""
    deadline = time.monotonic() + ms / 1000
    while time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
        time.sleep(0.005)
    wait_idle(terminal.tasks)
    QCoreApplication.processEvents()
    # A read the debounce started late (a loaded machine) is still in flight: wait for it too.
    deadline = time.monotonic() + 3
    while _reading() and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
        wait_idle(terminal.tasks)
    QCoreApplication.processEvents()


def _reading() -> bool:
    """Some screen's debounced read is asked for, waiting or in flight."""
    # The readers have no Qt parent: they are found through the screens that hold them.
    for top in QApplication.topLevelWidgets():
        for widget in (top, *top.findChildren(QWidget)):
            reader = getattr(widget, "reader", None)
            if isinstance(reader, DebouncedReader) and reader.busy:
                return True
    return False


def settle_until(terminal, done, timeout_s: float = 5.0) -> None:
    """Settle until ``done()`` holds: on a loaded machine (CI, two CPUs) the refresh after a
    call can land after ``settle``'s fixed pause (seen once in a full run)."""
    deadline = time.monotonic() + timeout_s
    settle(terminal)
    while not done() and time.monotonic() < deadline:
        settle(terminal, 50)


def open_desk(window, terminal, number: int = 1) -> QueueScreen:
    window.choose_screen.cards[number].click()
    settle(terminal)
    screen = window.queue_screen
    assert screen is not None
    wait_for_reads(screen, terminal)
    return screen


def wait_for_reads(screen: QueueScreen, terminal) -> None:
    """Wait until the queue and the appointments show what the database holds (the first read
    of the day's schedule can take a moment on a busy machine)."""
    deadline = time.monotonic() + 3
    while (
        screen._busy or screen.reader.busy or screen.appointments.reader.busy
    ) and time.monotonic() < deadline:
        settle(terminal, 30)


def take_ticket(terminal, code: str, priority: PriorityReason | None = None) -> Ticket:
    """A resident takes a ticket at the kiosk (in this process: announced). Some come for a
    service only by appointment: a clerk let them in (``outside_hours_by``)."""
    done = issue_ticket(
        terminal.ctx, TOWN_HALL, service_id(code), priority=priority, outside_hours_by="clerk"
    )
    terminal.announce(done.changes)
    return done.value.ticket


def stored(terminal, t: Ticket) -> Ticket:
    return ticket_status(terminal.ctx, t.token).ticket


def press(screen: QueueScreen, terminal, name: str) -> None:
    """Press a button and wait until the screen shows the result (on a busy machine the reload
    after a write can take longer than one settle)."""
    screen.actions.press(name)
    settle(terminal)
    wait_for_reads(screen, terminal)


def waiting_numbers(screen: QueueScreen) -> list[str]:
    return [t.display_number for t in screen.waiting_model.tickets()]


def open_desks_for(terminal, code: str) -> int:
    with terminal.ctx.db.read() as conn:
        return catalogue_store.open_counters_for(conn, TOWN_HALL, service_id(code))


# --- choosing a counter ---------------------------------------------------------------------


def test_clerk_sees_every_counter_and_chooses_loket_1(window, terminal):
    cards = window.choose_screen.cards
    assert sorted(cards) == [1, 2, 3, 4, 5]
    assert "Identiteitskaart" in cards[1].accessibleDescription()
    assert open_desks_for(terminal, "passport") == 0

    screen = open_desk(window, terminal, 1)

    assert window.stack.currentWidget() is screen
    assert screen.header.counter_label.text() == "Loket 1"
    assert screen.header.branch_label.text() == "Gemeentehuis Zoersel"
    assert open_desks_for(terminal, "passport") == 1


def test_a_known_counter_number_opens_the_desk_straight_away(qapp, terminal):
    w = CounterWindow(terminal, counter_number=3)
    w.show()
    settle(terminal)
    assert w.queue_screen is not None
    assert w.queue_screen.counter.number == 3
    assert open_desks_for(terminal, "move") == 1
    w.close()
    settle(terminal, 20)
    assert open_desks_for(terminal, "move") == 0  # closing the window closes the desk


def test_switching_counter_closes_the_old_desk(window, terminal):
    screen = open_desk(window, terminal, 1)
    screen.header.switch_button.click()
    settle(terminal)
    assert window.stack.currentWidget() is window.choose_screen
    assert open_desks_for(terminal, "passport") == 0

    screen = open_desk(window, terminal, 3)
    assert screen.header.counter_label.text() == "Loket 3"
    assert open_desks_for(terminal, "move") == 1


def test_switching_is_refused_while_a_resident_is_at_the_desk(window, terminal):
    screen = open_desk(window, terminal)
    take_ticket(terminal, "eid")
    press(screen, terminal, act.NEXT)
    screen.header.switch_button.click()
    settle(terminal)
    assert window.queue_screen is screen
    assert "Rond eerst A001 af" in screen.message.text()


# --- the waiting line and calling -----------------------------------------------------------


def test_residents_appear_in_the_waiting_list_priority_first(window, terminal, clock):
    screen = open_desk(window, terminal)
    assert screen.waiting.empty_label.isVisibleTo(screen)
    take_ticket(terminal, "eid")
    clock.advance(60)
    take_ticket(terminal, "passport")
    clock.advance(60)
    take_ticket(terminal, "move")  # Loket 1 does not do this
    clock.advance(60)
    take_ticket(terminal, "licence", PriorityReason.ELDERLY)
    settle(terminal)

    assert waiting_numbers(screen) == ["R001", "A001", "P001"]
    model = screen.waiting_model
    first = [model.index(0, c).data() for c in range(model.columnCount())]
    assert first == ["R001", "Rijbewijs", "0 min", "Oudere", ""]
    assert model.index(0, 3).data(Qt.ItemDataRole.DecorationRole) is not None  # icon + word
    assert model.index(1, 2).data() == "3 min"
    assert screen.header.waiting.value_label.text() == "4"


def test_volgende_calls_the_first_resident(window, terminal, clock):
    screen = open_desk(window, terminal)
    first = take_ticket(terminal, "eid")
    clock.advance(30)
    second = take_ticket(terminal, "passport")
    settle(terminal)

    screen.actions.buttons[act.NEXT].click()
    settle_until(terminal, lambda: screen.current.number_label.text() == "A001")

    now = stored(terminal, first)
    assert now.state == TicketState.CALLED
    assert now.counter_id == LOKET_1
    assert screen.current.number_label.text() == "A001"
    assert screen.current.service_label.text() == "Identiteitskaart"
    assert screen.current.state_label.text() == "Opgeroepen"
    assert waiting_numbers(screen) == ["P001"]
    call = display_board(terminal.ctx, TOWN_HALL).recent_calls[-1]
    assert (call.ticket_number, call.counter_number, call.recall) == ("A001", 1, False)

    # The next "Volgende" closes this visit as helped and calls the next resident.
    press(screen, terminal, act.NEXT)
    assert stored(terminal, first).state == TicketState.DONE
    assert stored(terminal, first).outcome == Outcome.HELPED
    assert stored(terminal, second).state == TicketState.CALLED
    assert screen.header.served.value_label.text() == "1"


def test_space_and_f_keys_work_like_the_buttons(window, terminal, qtbot):
    screen = open_desk(window, terminal)
    t = take_ticket(terminal, "eid")
    settle(terminal)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    settle(terminal)
    assert stored(terminal, t).state == TicketState.CALLED
    # The clerk sees the resident on screen before pressing "Staat aan mijn loket".
    qtbot.waitUntil(lambda: screen.current.number_label.text() == "A001", timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_F3)  # "Staat aan mijn loket"
    settle(terminal)
    assert stored(terminal, t).state == TicketState.SERVING
    assert screen.current.state_label.text() == "In behandeling"


def test_clerk_calls_a_chosen_ticket_from_the_list(window, terminal, clock):
    screen = open_desk(window, terminal)
    take_ticket(terminal, "eid")
    clock.advance(30)
    chosen = take_ticket(terminal, "licence")
    settle(terminal)
    assert not screen.waiting.button.isEnabled()
    screen.waiting.select_row(1)
    screen.waiting.button.click()
    settle_until(terminal, lambda: screen.current.number_label.text() == "R001")
    assert stored(terminal, chosen).state == TicketState.CALLED
    assert screen.current.number_label.text() == "R001"


def test_nobody_waiting_is_said_in_words(window, terminal):
    screen = open_desk(window, terminal)
    press(screen, terminal, act.NEXT)
    assert screen.message.text() == "Er wacht niemand voor je loket."


def test_another_process_issues_a_ticket_and_it_appears(window, terminal, qtbot):
    screen = open_desk(window, terminal)
    issue_ticket(terminal.ctx, TOWN_HALL, service_id("passport"))  # no announce: another process
    qtbot.waitUntil(lambda: waiting_numbers(screen) == ["P001"], timeout=3000)


# --- recall, no-show, reactivation ----------------------------------------------------------


def test_recall_is_refused_too_soon_and_allowed_after_the_interval(window, terminal, clock):
    screen = open_desk(window, terminal)
    t = take_ticket(terminal, "eid")
    settle(terminal)
    press(screen, terminal, act.NEXT)
    recall = screen.actions.buttons[act.RECALL]
    assert not recall.isEnabled()
    assert recall.hint() == "Kan over 20 s"

    clock.advance(5)
    press(screen, terminal, act.RECALL)  # the F2 key while the button is disabled
    assert "wacht nog 15 seconden" in screen.message.text()
    assert stored(terminal, t).recalls == 0

    clock.advance(terminal.ctx.rules.recall_min_interval_s)
    press(screen, terminal, act.RECALL)
    assert stored(terminal, t).recalls == 1
    assert screen.current.recalls_label.text() == "1 keer opnieuw opgeroepen"
    calls = display_board(terminal.ctx, TOWN_HALL).recent_calls
    assert [(c.ticket_number, c.recall) for c in calls] == [("A001", False), ("A001", True)]


def test_no_show_only_after_enough_recalls_then_back_in_line(window, terminal, clock):
    screen = open_desk(window, terminal)
    t = take_ticket(terminal, "eid")
    settle(terminal)
    press(screen, terminal, act.NEXT)
    no_show = screen.actions.buttons[act.NO_SHOW]
    assert not no_show.isEnabled()
    assert no_show.hint() == "Eerst nog 2 keer opnieuw oproepen"

    for left in (1, 0):
        clock.advance(21)
        press(screen, terminal, act.RECALL)
        assert no_show.isEnabled() == (left == 0)
    press(screen, terminal, act.NO_SHOW)

    assert stored(terminal, t).state == TicketState.NO_SHOW
    assert screen.current.ticket_id() is None
    assert [x.display_number for x in screen.no_show_model.tickets()] == ["A001"]
    assert screen.no_show_model.index(0, 3).data() == "Nog 30 min"
    assert screen.header.no_show.value_label.text() == "1"

    # The resident comes back in time: back in line at the old place.
    screen.no_shows.button.click()
    settle(terminal)
    back = stored(terminal, t)
    assert back.state == TicketState.WAITING
    assert back.arrived_at == t.arrived_at
    assert waiting_numbers(screen) == ["A001"]
    assert "terug in de rij" in screen.message.text()


def test_reactivation_after_the_window_is_refused_in_words(window, terminal, clock):
    screen = open_desk(window, terminal)
    t = take_ticket(terminal, "eid")
    settle(terminal)
    press(screen, terminal, act.NEXT)
    for _ in range(2):
        clock.advance(21)
        press(screen, terminal, act.RECALL)
    press(screen, terminal, act.NO_SHOW)
    clock.advance(terminal.ctx.rules.reactivation_window_s + 60)
    screen.refresh()  # the 15 s timer would do this
    settle(terminal)
    assert screen.no_show_model.index(0, 3).data() == "Te laat"

    screen.no_shows.button.click()
    settle(terminal)
    assert stored(terminal, t).state == TicketState.NO_SHOW
    assert screen.message.text() == refusal_sentence(
        Refusal.REACTIVATION_EXPIRED, terminal.ctx.rules
    )
    assert "Te laat" in screen.message.text()


# --- transfer, park, finish -----------------------------------------------------------------


def test_transfer_keeps_the_arrival_time_and_the_ticket_leaves_this_counter(
    window, terminal, clock
):
    screen = open_desk(window, terminal)
    t = take_ticket(terminal, "eid")
    clock.advance(300)
    settle(terminal)
    press(screen, terminal, act.NEXT)

    press(screen, terminal, act.TRANSFER)
    dialog = screen.transfer_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.ok_button.isEnabled()
    dialog.service_buttons[service_id("move")].click()
    assert set(dialog.counter_buttons) == {
        counter_id("gemeentehuis", 2),
        counter_id("gemeentehuis", 3),
    }
    dialog.counter_buttons[counter_id("gemeentehuis", 3)].click()
    dialog.ok_button.click()
    settle(terminal)

    moved = stored(terminal, t)
    assert moved.state == TicketState.TRANSFERRED
    assert moved.service_id == service_id("move")
    assert moved.target_counter_id == counter_id("gemeentehuis", 3)
    assert moved.arrived_at == t.arrived_at
    assert screen.current.ticket_id() is None
    assert waiting_numbers(screen) == []
    assert screen.message.text() == "A001 gaat nu naar Verhuizen."


def test_transferred_ticket_is_marked_in_the_list_of_the_counter_that_gets_it(window, terminal):
    screen = open_desk(window, terminal)
    from kiosk.services import counter_work as work

    t = take_ticket(terminal, "move")
    loket_3 = counter_id("gemeentehuis", 3)
    terminal.announce(work.call_next(terminal.ctx, loket_3).changes)
    terminal.announce(work.transfer(terminal.ctx, loket_3, t.id, service_id("passport")).changes)
    settle(terminal)
    assert waiting_numbers(screen) == ["V001"]
    assert screen.waiting_model.index(0, 4).data() == "Doorgestuurd"


def test_park_and_resume_a_visit(window, terminal, clock):
    screen = open_desk(window, terminal)
    t = take_ticket(terminal, "passport")
    clock.advance(30)
    other = take_ticket(terminal, "eid")
    settle(terminal)
    press(screen, terminal, act.NEXT)
    press(screen, terminal, act.PARK)
    assert stored(terminal, t).state == TicketState.PARKED
    assert [x.display_number for x in screen.parked_model.tickets()] == ["P001"]
    assert screen.current.ticket_id() is None

    # While someone else is at the desk, resuming is refused in words.
    press(screen, terminal, act.NEXT)
    assert stored(terminal, other).state == TicketState.CALLED
    screen.parked.button.click()
    settle(terminal)
    assert screen.message.text() == refusal_sentence(Refusal.COUNTER_BUSY, terminal.ctx.rules)

    press(screen, terminal, act.FINISH)
    screen.parked.button.click()
    settle(terminal)
    assert stored(terminal, t).state == TicketState.SERVING
    assert screen.current.number_label.text() == "P001"
    assert screen.parked_model.rowCount() == 0


def test_finish_with_follow_up_needed(window, terminal):
    screen = open_desk(window, terminal)
    t = take_ticket(terminal, "licence")
    settle(terminal)
    press(screen, terminal, act.NEXT)
    assert screen.current.outcome() == Outcome.HELPED  # the default
    screen.current.outcome_buttons[Outcome.FOLLOW_UP].click()
    press(screen, terminal, act.FINISH)

    done = stored(terminal, t)
    assert done.state == TicketState.DONE
    assert done.outcome == Outcome.FOLLOW_UP
    assert screen.message.text() == "R001 is klaar: Opvolging nodig."
    assert screen.header.served.value_label.text() == "1"
    assert not screen.actions.buttons[act.FINISH].isEnabled()


# --- printer alerts and messages ------------------------------------------------------------


def test_printer_alert_banner_comes_and_goes(window, terminal):
    screen = open_desk(window, terminal)
    assert screen.banner.isHidden()
    ctx = terminal.ctx
    done = report_printer_problem(
        ctx, TOWN_HALL, "kiosk-1", "Kiosk inkom", PrinterProblem.OUT_OF_PAPER
    )
    terminal.announce(done.changes)
    settle(terminal)
    assert not screen.banner.isHidden()
    assert screen.banner.text() == "De printer van Kiosk inkom heeft geen papier meer."

    # A second kiosk in another process: seen through the change feed.
    report_printer_problem(ctx, TOWN_HALL, "kiosk-2", "Kiosk bib", PrinterProblem.OFFLINE)
    settle(terminal, 400)
    assert "De printer van Kiosk bib werkt niet." in screen.banner.text()

    terminal.announce(clear_printer_problem(ctx, TOWN_HALL, "kiosk-1").changes)
    terminal.announce(clear_printer_problem(ctx, TOWN_HALL, "kiosk-2").changes)
    settle(terminal)
    assert screen.banner.isHidden()


def test_every_refusal_has_its_own_sentence(qapp, ctx):
    sentences = {r: refusal_sentence(r, ctx.rules) for r in Refusal}
    assert len(set(sentences.values())) == len(Refusal)
    assert all(s.endswith(".") and "_" not in s for s in sentences.values())


def test_storage_trouble_is_a_plain_message(qapp, ctx):
    text = error_message(DatabaseUnavailable("database is locked"), ctx.rules)
    assert "locked" not in text and "Traceback" not in text
    assert text == "De gegevens zijn even niet bereikbaar. Probeer het zo opnieuw."
