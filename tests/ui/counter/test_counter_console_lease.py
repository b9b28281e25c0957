"""One console per counter, a heartbeat while it is open, and no ticket left at a closed desk
(issue 12 point 6)."""

from __future__ import annotations

import threading

from kiosk.core.model import TicketState
from kiosk.services import counter_leases
from kiosk.services.desk import LocalDesk
from kiosk.ui.counter import CounterWindow
from kiosk.ui.counter import actions as act
from kiosk.ui.counter.close_dialog import CloseChoice, close_question
from tests.ui.counter.test_counter_console import (
    LOKET_1,
    open_desk,
    press,
    settle,
    stored,
    take_ticket,
)


def second_window(terminal, **kw) -> CounterWindow:
    w = CounterWindow(terminal, **kw)
    w.resize(1920, 1080)
    w.show()
    settle(terminal)
    return w


def test_a_second_console_is_told_who_has_the_counter(window, terminal) -> None:
    open_desk(window, terminal, 1)
    other = second_window(terminal)
    try:
        other.choose_screen.cards[1].click()
        settle(terminal)
        assert other.queue_screen is None
        assert other.stack.currentWidget() is other.choose_screen
        shown = other.choose_screen.message.text()
        assert "Dit loket is al open bij Testkiosk" in shown, shown
        open_desk(other, terminal, 2)  # another counter is free
    finally:
        other.close()
        settle(terminal, 20)
        other.deleteLater()


def test_the_console_renews_its_lease_in_the_background(window, terminal, clock) -> None:
    open_desk(window, terminal, 1)
    length = terminal.settings.counter.lease_s
    assert window.lease._timer.isActive()
    assert window.lease._timer.interval() == length // 3 * 1000
    threads: list[str] = []
    desk = terminal.desk

    # A desk that notes the thread each renewal runs on.
    class Noting(LocalDesk):
        def perform(self, counter_id, req):  # type: ignore[no-untyped-def]
            threads.append(threading.current_thread().name)
            return desk.perform(counter_id, req)

    terminal.desk = Noting(terminal.ctx)
    try:
        clock.advance(length - 5)
        window.lease.beat()
        settle(terminal)
    finally:
        terminal.desk = desk
    lease = counter_leases.lease_of(terminal.ctx, LOKET_1)
    assert lease is not None and lease.expires_at.timestamp() == (clock.now().timestamp() + length)
    assert threads and threading.main_thread().name not in threads


def test_a_console_whose_lease_another_took_leaves_the_counter(window, terminal, clock) -> None:
    open_desk(window, terminal, 1)
    clock.advance(terminal.settings.counter.lease_s + 1)  # this console was silent (frozen)
    other = second_window(terminal)
    try:
        open_desk(other, terminal, 1)
        window.lease.beat()
        settle(terminal)
        assert window.queue_screen is None
        assert "Je loket is nu open bij Testkiosk" in window.choose_screen.message.text()
    finally:
        other.close()
        settle(terminal, 20)
        other.deleteLater()


def test_a_console_back_after_the_server_closed_its_desk_opens_it_again(
    window, terminal, clock
) -> None:
    """The console froze longer than its lease, with a resident at the desk; the server closed
    the counter meanwhile (so estimates stopped counting it). Its next beat reopens the desk,
    and the clerk goes on with the same resident on the same screen."""
    screen = open_desk(window, terminal, 1)
    t = take_ticket(terminal, "eid")
    settle(terminal)
    press(screen, terminal, act.NEXT)
    clock.advance(terminal.settings.counter.lease_s + 1)
    closed = counter_leases.close_abandoned_counters(terminal.ctx).value
    assert [lease.counter_id for lease in closed] == [LOKET_1]
    window.lease.beat()
    settle(terminal)
    assert window.queue_screen is screen
    lease = counter_leases.lease_of(terminal.ctx, LOKET_1)
    assert lease is not None and lease.holder == window.lease.holder()
    assert counter_leases.close_abandoned_counters(terminal.ctx).value == ()
    assert stored(terminal, t).state is TicketState.CALLED


def closing_with_a_resident(terminal, choice: CloseChoice):  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def ask(_parent, number, answer):  # type: ignore[no-untyped-def]
        asked.append(number)
        answer(choice)

    w = second_window(terminal, ask_close=ask)
    screen = open_desk(w, terminal, 1)
    t = take_ticket(terminal, "eid")
    settle(terminal)
    press(screen, terminal, act.NEXT)
    assert stored(terminal, t).state is TicketState.CALLED
    w.close()
    settle(terminal)
    return w, t, asked


def test_closing_with_a_resident_at_the_desk_can_put_them_back_in_line(qapp, terminal) -> None:
    w, t, asked = closing_with_a_resident(terminal, CloseChoice.PARK)
    assert asked == [t.display_number]
    assert stored(terminal, t).state is TicketState.PARKED
    assert not w.isVisible()
    assert counter_leases.lease_of(terminal.ctx, LOKET_1) is None  # the desk is closed
    w.deleteLater()


def test_closing_with_a_resident_at_the_desk_can_finish_the_visit(qapp, terminal) -> None:
    w, t, _asked = closing_with_a_resident(terminal, CloseChoice.FINISH)
    assert stored(terminal, t).state is TicketState.DONE
    w.deleteLater()


def test_closing_can_be_called_off(qapp, terminal) -> None:
    w, t, _asked = closing_with_a_resident(terminal, CloseChoice.STAY)
    try:
        assert w.isVisible()
        assert stored(terminal, t).state is TicketState.CALLED
    finally:
        w._ask_close = lambda _p, _n, answer: answer(CloseChoice.PARK)
        w.close()
        settle(terminal, 20)
        w.deleteLater()


def test_the_close_question_offers_three_plain_answers(window) -> None:
    box, meaning = close_question(window, "A012")
    assert "A012 is nog aan je loket." in box.text()
    assert sorted((b.text(), c.value) for b, c in meaning.items()) == [
        ("Afronden en sluiten", "finish"),
        ("Niet sluiten", "stay"),
        ("Terug in de rij en sluiten", "park"),
    ]
    assert meaning[box.defaultButton()] is CloseChoice.STAY
    box.deleteLater()


def test_the_clerk_answers_the_real_question(qapp, terminal) -> None:
    from PySide6.QtWidgets import QMessageBox

    w = second_window(terminal)
    screen = open_desk(w, terminal, 1)
    t = take_ticket(terminal, "eid")
    settle(terminal)
    press(screen, terminal, act.NEXT)
    w.close()
    settle(terminal, 20)
    assert w.isVisible()  # asked, not closed yet
    box = w.findChild(QMessageBox, "closeQuestion")
    assert box is not None and box.isVisible()
    park = next(b for b in box.buttons() if b.text() == "Terug in de rij en sluiten")
    park.click()
    settle(terminal)
    assert not w.isVisible()
    assert stored(terminal, t).state is TicketState.PARKED
    w.deleteLater()
