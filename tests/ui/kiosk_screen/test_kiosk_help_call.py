"""Help calls a person: "Hulp nodig?", then "Roep iemand"; the kiosk says someone is called,
and once a clerk answered "Ik kom" (here from another process, seen through the change feed),
that someone is on the way. The next resident finds the button again."""

from __future__ import annotations

from kiosk.services import help_requests
from kiosk.storage.demo import TOWN_HALL, counter_id


def test_roep_iemand_calls_a_person_and_says_when_someone_comes(
    kiosk, terminal, ctx, qtbot
) -> None:
    kiosk.tap("Hulp nodig?")
    assert "Roep iemand" in kiosk.button_names()
    kiosk.tap("Roep iemand")
    kiosk.settle()
    assert "We roepen iemand. Blijf even hier staan." in kiosk.texts()
    assert "Roep iemand" not in kiosk.button_names()
    [asked] = help_requests.open_requests(ctx, TOWN_HALL)
    assert asked.device_name == terminal.device_name

    help_requests.answer_help(ctx, asked.id, counter_id("gemeentehuis", 1))  # not announced here
    qtbot.waitUntil(lambda: "Er komt iemand naar je toe." in kiosk.texts(), timeout=4000)
    assert "We roepen iemand." not in kiosk.texts()

    kiosk.tap("Terug")  # the start: the next resident
    kiosk.tap("Hulp nodig?")
    assert "Roep iemand" in kiosk.button_names()
    assert "Er komt iemand naar je toe." not in kiosk.texts()


def test_tapping_twice_calls_one_person(kiosk, ctx) -> None:
    kiosk.tap("Hulp nodig?")
    button = kiosk.button("Roep iemand")
    kiosk.tap("Roep iemand")
    button.click()  # a second tap that still reached the button
    kiosk.settle()
    assert len(help_requests.open_requests(ctx, TOWN_HALL)) == 1
