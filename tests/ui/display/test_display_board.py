"""What else the waiting room sees: waiting counts, no personal data, and calm after failures."""

from __future__ import annotations

import re

from kiosk.services import counter_work, display, tickets
from kiosk.services.catalogue import branch_catalogue
from kiosk.storage.demo import TOWN_HALL, counter_id, service_id
from kiosk.storage.errors import DatabaseUnavailable
from kiosk.ui.display import window as window_module
from tests.ui.display.conftest import (
    open_desks_with_tickets,
    open_display,
    run_use_case,
    three_counters_call_at_once,
)

FIXED_TEXTS = {
    "Laatste oproepen",
    "Zoveel mensen wachten nu",
    "Nu aan de beurt",
    "Nog eens",
    "Nog geen oproepen.",
    "Welkom!",
    "Neem een ticket aan de kiosk.",
    "Wacht tot je nummer hier komt.",
}


def test_waiting_counts_go_up_when_a_resident_takes_a_ticket(qtbot, terminal, recorder):
    window = open_display(qtbot, terminal, recorder)
    assert window.waiting.counts()["Identiteitskaart"] == 0

    run_use_case(terminal, lambda: tickets.issue_ticket(terminal.ctx, TOWN_HALL, service_id("eid")))

    qtbot.waitUntil(lambda: window.waiting.counts()["Identiteitskaart"] == 1, timeout=5000)
    assert window.waiting.counts()["Reispas"] == 0


def test_the_screen_shows_only_numbers_counters_and_services(qtbot, terminal, clock, recorder):
    window = open_display(qtbot, terminal, recorder)
    open_desks_with_tickets(terminal)
    calls = three_counters_call_at_once(terminal)
    clock.advance(30)
    run_use_case(
        terminal,
        lambda: counter_work.recall(terminal.ctx, calls[0].counter_id, calls[0].ticket_id),
    )
    qtbot.waitUntil(lambda: len(recorder.announced) == 4, timeout=5000)

    cat = branch_catalogue(terminal.ctx, TOWN_HALL)
    allowed = FIXED_TEXTS | {c.name for c in cat.counters} | {s.name for s in cat.services}
    allowed |= {terminal.branch.name}
    for text in window.visible_texts():
        # A ticket number, a time, or the page of the waiting counts ("1/2").
        if text in allowed or text.isdigit() or re.fullmatch(r"[A-Z]\d{3,}|\d\d:\d\d|\d/\d", text):
            continue
        assert re.fullmatch(r"[a-z]+dag \d{1,2} [a-z]+ \d{4}", text), f"unexpected text: {text!r}"


def test_a_database_hiccup_keeps_the_screen_and_catches_up_later(
    qtbot, terminal, recorder, monkeypatch
):
    window = open_display(qtbot, terminal, recorder)
    open_desks_with_tickets(terminal)
    real = display.calls_since

    def down(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise DatabaseUnavailable("database is locked")

    monkeypatch.setattr(window_module, "calls_since", down)
    desk = counter_id("gemeentehuis", 1)
    first = run_use_case(terminal, lambda: counter_work.call_next(terminal.ctx, desk))
    qtbot.wait(200)
    assert window.recent.calls() == []  # nothing new could be read: the screen stays as it was
    assert "Welkom!" in window.panel.texts()

    monkeypatch.setattr(window_module, "calls_since", real)
    run_use_case(terminal, lambda: tickets.issue_ticket(terminal.ctx, TOWN_HALL, service_id("eid")))

    qtbot.waitUntil(lambda: len(recorder.announced) == 1, timeout=5000)
    assert recorder.announced[0].id == first.call.id
    assert window.panel.call.ticket_number == first.ticket.display_number


def test_a_database_down_at_start_up_is_read_again_on_the_next_change(
    qtbot, terminal, recorder, monkeypatch
):
    real = display.display_board

    def down(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise DatabaseUnavailable("unable to open database file")

    monkeypatch.setattr(window_module, "display_board", down)
    from kiosk.ui.display import DisplayWindow

    window = DisplayWindow(terminal, recorder)
    qtbot.addWidget(window)
    window.show()
    qtbot.wait(200)
    assert "Welkom!" in window.panel.texts()

    monkeypatch.setattr(window_module, "display_board", real)
    run_use_case(terminal, lambda: tickets.issue_ticket(terminal.ctx, TOWN_HALL, service_id("eid")))

    qtbot.waitUntil(lambda: window.waiting.counts().get("Identiteitskaart") == 1, timeout=5000)
    assert recorder.announced == []
