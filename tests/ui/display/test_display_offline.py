"""The display when the server is out of reach: the last known state, plainly marked; calls
that arrive late are listed but not read aloud to a room that stopped waiting for them."""

from __future__ import annotations

from datetime import timedelta

from kiosk.services import counter_work, tickets
from kiosk.storage.demo import TOWN_HALL, counter_id, service_id
from tests.ui.display.conftest import open_display, run_use_case


def test_offline_mark_shows_when_the_state_was_last_known(qtbot, terminal, recorder) -> None:  # type: ignore[no-untyped-def]
    window = open_display(qtbot, terminal, recorder)
    assert not window.offline_shown()
    terminal.link.report_online(False, terminal.ctx.clock.now())
    qtbot.waitUntil(window.offline_shown, timeout=2000)
    texts = " ".join(window.visible_texts())
    assert "Geen verbinding met de server" in texts and "09:00" in texts
    terminal.link.report_online(True, terminal.ctx.clock.now())
    qtbot.waitUntil(lambda: not window.offline_shown(), timeout=2000)


def test_calls_that_arrive_late_are_listed_not_announced(qtbot, terminal, recorder) -> None:  # type: ignore[no-untyped-def]
    window = open_display(qtbot, terminal, recorder)
    ctx = terminal.ctx
    c1 = counter_id("gemeentehuis", 1)
    run_use_case(terminal, lambda: counter_work.open_counter(ctx, c1))
    run_use_case(terminal, lambda: tickets.issue_ticket(ctx, TOWN_HALL, service_id("eid")))
    # Called while the link was down (the display hears nothing); it learns five minutes later.
    qtbot.wait(300)
    qtbot.waitUntil(window.settled, timeout=3000)
    terminal.feed.stop()
    window._poll_timer.stop()
    run_use_case(terminal, lambda: counter_work.call_next(ctx, c1), publish=False)
    ctx.clock.advance(timedelta(minutes=5).total_seconds())
    window._read_calls()
    qtbot.waitUntil(lambda: len(window.recent.calls()) == 1, timeout=3000)
    assert recorder.announced == []
    assert window.panel.call is not None and window.panel.call.ticket_number == "A001"
