"""A resident calls a person: "Roep iemand". The kiosk says someone is called and then, once a
clerk answered "Ik kom" (here from another process, seen through the change feed), that someone
is on the way. While the call is open the kiosk waits for the resident: no "Ben je er nog?", no
return to the start. It waits until the call is answered (and the clerk had time to walk over),
lapses, or the resident no longer needs help: then the call is withdrawn from the counters."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from kiosk.core import help_rules
from kiosk.services import help_requests
from kiosk.storage.demo import TOWN_HALL, counter_id
from kiosk.ui.kiosk_screen.widgets import MARGIN

WAITING = "We roepen iemand."
COMING = "Er komt iemand naar je toe."


def call_someone(kiosk) -> None:
    """Tap "Roep iemand" in the bottom bar."""
    kiosk.qtbot.mouseClick(kiosk.window.bar.help, Qt.MouseButton.LeftButton)
    kiosk.settle()


def kiosk_waits(kiosk) -> bool:
    """Nothing sends the kiosk back to the start by itself, and no warning shows."""
    window = kiosk.window
    window.reset_warning.check()
    return not window._idle.isActive() and not window.reset_warning.showing


def answer(ctx, kiosk) -> None:
    """A clerk at counter 1 taps "Ik kom" (another process: the kiosk sees it in its feed)."""
    [asked] = help_requests.open_requests(ctx, TOWN_HALL)
    help_requests.answer_help(ctx, asked.id, counter_id("gemeentehuis", 1))
    kiosk.qtbot.waitUntil(lambda: COMING in kiosk.texts(), timeout=4000)


def test_roep_iemand_calls_a_person_and_says_when_someone_comes(
    kiosk, terminal, ctx, qtbot
) -> None:
    kiosk.tap("Identiteitskaart")
    call_someone(kiosk)
    shown = kiosk.texts()
    assert WAITING in shown and "Blijf even hier staan." in shown
    [asked] = help_requests.open_requests(ctx, TOWN_HALL)
    assert asked.device_name == terminal.device_name

    answer(ctx, kiosk)
    assert WAITING not in kiosk.texts()
    assert "Ik heb geen hulp meer nodig" not in kiosk.button_names()

    kiosk.tap("Terug")  # back where the resident called from
    assert "Heb je voorrang nodig?" in kiosk.texts()
    kiosk.tap("Terug")  # the start: the next resident
    call_someone(kiosk)
    assert WAITING in kiosk.texts() and COMING not in kiosk.texts()
    assert len(help_requests.open_requests(ctx, TOWN_HALL)) == 1  # a new call


def test_tapping_twice_calls_one_person(kiosk, ctx) -> None:
    call_someone(kiosk)
    kiosk.window.bar.help.click()  # a second tap that still reached the button
    kiosk.settle()
    assert len(help_requests.open_requests(ctx, TOWN_HALL)) == 1
    assert WAITING in kiosk.texts()


def test_an_open_call_is_not_wiped_by_the_idle_reset(kiosk_settings, make_kiosk, ctx) -> None:
    kiosk_settings(reset_after_s=3, warn_before_reset_s=2)
    kiosk = make_kiosk()
    window = kiosk.window
    kiosk.tap("Identiteitskaart")
    assert window._idle.isActive()  # an untouched screen goes back to the start ...
    window.seeing.set_modes(True, False)
    call_someone(kiosk)
    # ... but not while the resident waits for a person, and the bigger text stays too.
    assert kiosk_waits(kiosk)
    assert window.help_call.holds and window.seeing.big
    window.help_call._keep.timeout.emit()  # the looks' own idle time starts again
    assert window.seeing._idle.remainingTime() > 2000
    assert WAITING in kiosk.texts() and window.current is window.help

    answer(ctx, kiosk)
    assert kiosk_waits(kiosk)  # the clerk still has to walk over
    window.help_call.wait_over()  # ... and had the time to
    assert window._idle.isActive()  # now the kiosk may go back to the start for the next one
    assert not window.help_call._keep.isActive()  # and the looks may reset too
    assert COMING in kiosk.texts()
    window._idle.timeout.emit()
    assert window.current is window.start and window.help_call.state is None


def test_the_call_shows_as_a_card_across_the_screen(kiosk) -> None:
    call_someone(kiosk)
    screen = kiosk.window.help
    assert screen.card.isVisible() and screen.title.text() == WAITING
    assert screen.card.width() >= kiosk.window.width() - 2 * MARGIN - 4
    assert screen.title.font().pixelSize() >= 48  # a big title, not one small line
    assert screen.icon.isVisible() and screen.text.text() == "Blijf even hier staan."


def test_no_help_needed_any_more_ends_the_wait_and_withdraws_the_call(kiosk, ctx) -> None:
    kiosk.tap("Identiteitskaart")
    call_someone(kiosk)
    [asked] = help_requests.open_requests(ctx, TOWN_HALL)
    assert not kiosk.window.bar.back.isVisible()  # the way out is on the card, in words
    kiosk.tap("Ik heb geen hulp meer nodig")
    window = kiosk.window
    assert window.current is window.priority and window._idle.isActive()
    assert window.help_call.state is None
    # Off every counter's banner: no clerk walks over for nothing.
    kiosk.qtbot.waitUntil(lambda: help_requests.open_requests(ctx, TOWN_HALL) == [], timeout=4000)
    withdrawn = help_requests.help_request(ctx, asked.id)
    assert withdrawn is not None and withdrawn.withdrawn_at is not None
    call_someone(kiosk)  # the next resident calls anew
    assert WAITING in kiosk.texts()
    assert [h.id for h in help_requests.open_requests(ctx, TOWN_HALL)] != [asked.id]
    assert len(help_requests.open_requests(ctx, TOWN_HALL)) == 1


def test_no_help_needed_after_someone_answered_keeps_the_clerk_coming(kiosk, ctx) -> None:
    """Back to the start once a clerk answered: the call stands (the clerk is on the way)."""
    call_someone(kiosk)
    [asked] = help_requests.open_requests(ctx, TOWN_HALL)
    answer(ctx, kiosk)
    kiosk.window.go_start()
    kiosk.settle()
    seen = help_requests.help_request(ctx, asked.id)
    assert seen is not None and seen.answered_at is not None and seen.withdrawn_at is None


def test_a_call_nobody_answers_lapses_and_the_kiosk_moves_on(kiosk, ctx, clock) -> None:
    call_someone(kiosk)
    window = kiosk.window
    assert kiosk_waits(kiosk)
    clock.advance((help_rules.HELP_LAPSE + timedelta(seconds=1)).total_seconds())
    window.help_call.check_lapse()  # what its timer does at that moment
    assert "Er kon niemand komen." in kiosk.texts()
    assert "Vraag het aan de balie." in kiosk.texts()
    assert window._idle.isActive() and window.bar.back.isVisible()
    call_someone(kiosk)  # a new resident, or the same one trying again: a new call
    assert WAITING in kiosk.texts()
    assert len(help_requests.open_requests(ctx, TOWN_HALL)) == 1


def test_a_call_that_cannot_be_made_says_so_and_can_be_tried_again(kiosk, ctx, monkeypatch) -> None:
    real = help_requests.ask_for_help

    def down(*args, **kwargs):
        raise ConnectionError("database down")

    monkeypatch.setattr(help_requests, "ask_for_help", down)
    call_someone(kiosk)
    assert "Dat lukte niet." in kiosk.texts()
    assert "Vraag het aan de balie of aan een medewerker." in kiosk.texts()
    assert kiosk.window._idle.isActive()  # no call: nothing to wait for

    monkeypatch.setattr(help_requests, "ask_for_help", real)
    call_someone(kiosk)
    assert WAITING in kiosk.texts()
    assert len(help_requests.open_requests(ctx, TOWN_HALL)) == 1
