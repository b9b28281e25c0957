"""No double tickets, no dead ends, no tracebacks: the kiosk stays calm whatever happens."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kiosk.services import tickets
from kiosk.storage.errors import DatabaseUnavailable


@pytest.fixture
def numbers_today(stored_tickets):
    """Numbers of the tickets stored today: what really came out of the kiosk."""
    return lambda: [t.display_number for t in stored_tickets()]


def test_double_tap_on_a_service_gives_one_ticket(
    kiosk_settings, make_kiosk, numbers_today, qtbot
) -> None:
    kiosk_settings(ask_priority=False)
    kiosk = make_kiosk()
    kiosk.window.tap_guard_ms = 300  # as on the real kiosk
    qtbot.wait(350)  # the resident walks up to a screen that has been showing for a while
    button = kiosk.button("Identiteitskaart")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.mouseDClick(button, Qt.MouseButton.LeftButton)
    kiosk.settle()
    assert numbers_today() == ["A001"]
    assert kiosk.window.ticket.number.text() == "A001"


def test_double_tap_on_the_priority_answer_gives_one_ticket(
    make_kiosk, numbers_today, qtbot, printer
) -> None:
    kiosk = make_kiosk()
    kiosk.tap("Identiteitskaart")
    no = kiosk.button("Nee, ik wacht gewoon")
    qtbot.mouseClick(no, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(no, Qt.MouseButton.LeftButton)
    kiosk.settle()
    assert numbers_today() == ["A001"]
    assert len(printer.slips) == 1


def test_a_quick_second_tap_does_not_answer_the_next_question(
    make_kiosk, numbers_today, qtbot
) -> None:
    kiosk = make_kiosk()
    kiosk.window.tap_guard_ms = 300
    qtbot.wait(350)
    kiosk.tap("Identiteitskaart")
    kiosk.tap("Nee, ik wacht gewoon")  # the same finger, a split second later
    kiosk.settle()
    assert numbers_today() == []
    assert "Heb je voorrang nodig?" in kiosk.texts()
    qtbot.wait(350)
    kiosk.tap("Nee, ik wacht gewoon")
    kiosk.settle()
    assert numbers_today() == ["A001"]


def test_while_the_ticket_is_made_the_resident_sees_even_geduld(kiosk) -> None:
    kiosk.tap("Identiteitskaart")
    kiosk.tap("Nee, ik wacht gewoon")
    # The ticket is being stored in the background right now.
    shown = kiosk.texts()
    assert "Even geduld" in shown
    assert "We maken je ticket." in shown
    assert "Terug" not in kiosk.button_names()  # nothing leads away from the ticket
    kiosk.settle()
    assert "A001" in kiosk.texts()


def test_database_trouble_gives_a_plain_message_and_a_retry(
    kiosk, numbers_today, monkeypatch
) -> None:
    real = tickets.issue_ticket

    def down(*args, **kwargs):
        raise DatabaseUnavailable("disk I/O error")

    monkeypatch.setattr(tickets, "issue_ticket", down)
    kiosk.take_ticket("Identiteitskaart")
    shown = kiosk.texts()
    assert "Er ging iets mis." in shown
    assert "Probeer opnieuw of vraag hulp aan de balie." in shown
    assert "Traceback" not in shown and "disk I/O" not in shown
    assert "Roep iemand" in kiosk.button_names()

    monkeypatch.setattr(tickets, "issue_ticket", real)
    kiosk.tap("Probeer opnieuw")
    kiosk.settle()
    assert "A001" in kiosk.texts()
    assert numbers_today() == ["A001"]


def test_a_retry_after_a_lost_answer_does_not_make_a_second_ticket(
    kiosk, numbers_today, monkeypatch
) -> None:
    real = tickets.issue_ticket

    def stored_but_answer_lost(*args, **kwargs):
        real(*args, **kwargs)
        raise DatabaseUnavailable("connection reset")

    monkeypatch.setattr(tickets, "issue_ticket", stored_but_answer_lost)
    kiosk.take_ticket("Identiteitskaart")
    assert "Er ging iets mis." in kiosk.texts()

    monkeypatch.setattr(tickets, "issue_ticket", real)
    kiosk.tap("Probeer opnieuw")
    kiosk.settle()
    assert kiosk.window.ticket.number.text() == "A001"
    assert numbers_today() == ["A001"]


def test_after_a_failure_the_resident_can_go_back_to_the_start(kiosk, monkeypatch) -> None:
    def down(*args, **kwargs):
        raise DatabaseUnavailable("locked")

    monkeypatch.setattr(tickets, "issue_ticket", down)
    kiosk.take_ticket("Identiteitskaart")
    kiosk.tap("Naar het begin")
    assert "Waarvoor kom je?" in kiosk.texts()


def test_an_untouched_screen_returns_to_the_start(kiosk_settings, make_kiosk, qtbot) -> None:
    kiosk_settings(reset_after_s=1)
    kiosk = make_kiosk()
    kiosk.tap("Identiteitskaart")
    assert "Heb je voorrang nodig?" in kiosk.texts()
    qtbot.waitUntil(lambda: "Waarvoor kom je?" in kiosk.texts(), timeout=4000)

    kiosk.tap("Ik heb een afspraak")
    assert "Typ je code" in kiosk.button_names()
    qtbot.waitUntil(lambda: "Waarvoor kom je?" in kiosk.texts(), timeout=4000)


def test_a_touch_gives_the_resident_more_time(kiosk_settings, make_kiosk, qtbot) -> None:
    kiosk_settings(reset_after_s=2)
    kiosk = make_kiosk()
    kiosk.tap("Identiteitskaart")
    qtbot.wait(1300)
    qtbot.mouseClick(kiosk.window.priority, Qt.MouseButton.LeftButton)  # a touch next to a button
    qtbot.wait(1300)  # 2.6 s after the first tap, 1.3 s after the last touch
    assert "Heb je voorrang nodig?" in kiosk.texts()
    qtbot.waitUntil(lambda: "Waarvoor kom je?" in kiosk.texts(), timeout=4000)
