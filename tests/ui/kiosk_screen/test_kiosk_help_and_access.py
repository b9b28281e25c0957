"""Help is always at the same place; every button is big, named and reachable by keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QPushButton

from kiosk.services import tickets
from kiosk.storage.errors import DatabaseUnavailable


def help_place(kiosk) -> QRect:
    button = kiosk.button("Hulp nodig?")
    top_left = button.mapTo(kiosk.window, QPoint(0, 0))
    return QRect(top_left, button.size())


@pytest.mark.parametrize("orientation", ["portrait", "landscape"])
def test_help_button_is_at_the_same_place_on_every_screen(
    make_kiosk, monkeypatch, orientation
) -> None:
    kiosk = make_kiosk(orientation)
    width, height = kiosk.window.width(), kiosk.window.height()
    places = {"start": help_place(kiosk)}

    kiosk.tap("Identiteitskaart")
    places["priority"] = help_place(kiosk)
    kiosk.tap("Hulp nodig?")
    places["help"] = help_place(kiosk)
    kiosk.tap("Terug")
    kiosk.tap("Nee, ik wacht gewoon")
    places["busy"] = help_place(kiosk)
    kiosk.settle()
    places["ticket"] = help_place(kiosk)
    kiosk.tap("Klaar")

    real = tickets.issue_ticket
    monkeypatch.setattr(
        tickets, "issue_ticket", lambda *a, **k: (_ for _ in ()).throw(DatabaseUnavailable("x"))
    )
    kiosk.take_ticket("Reispas")
    places["error"] = help_place(kiosk)
    monkeypatch.setattr(tickets, "issue_ticket", real)

    first = places["start"]
    assert all(place == first for place in places.values()), places
    # Bottom right, fully on screen, big enough for a finger.
    assert first.right() < width and first.bottom() < height
    assert first.left() > width / 2 and first.top() > height - 200
    assert first.height() >= 96


def test_help_explains_and_back_returns_to_where_the_resident_was(kiosk) -> None:
    kiosk.tap("Identiteitskaart")
    kiosk.tap("Hulp nodig?")
    shown = kiosk.texts()
    assert "Zo neem je een ticket" in shown
    assert "Tik op waarvoor je komt." in shown
    assert "Vraag het aan een medewerker." in shown
    assert "Of aan de vrijwilliger aan de balie." in shown
    kiosk.tap("Terug")
    assert "Heb je voorrang nodig?" in kiosk.texts()
    kiosk.tap("Terug")
    assert "Waarvoor kom je?" in kiosk.texts()


def test_help_from_the_ticket_returns_to_the_ticket(kiosk) -> None:
    kiosk.take_ticket("Identiteitskaart")
    kiosk.tap("Hulp nodig?")
    kiosk.tap("Terug")
    assert "A001" in kiosk.texts()


def test_every_screen_has_a_way_back_to_the_start(kiosk) -> None:
    kiosk.tap("Hulp nodig?")
    kiosk.tap("Terug")
    assert "Waarvoor kom je?" in kiosk.texts()
    kiosk.tap("Identiteitskaart")
    kiosk.tap("Terug")
    assert "Waarvoor kom je?" in kiosk.texts()
    kiosk.take_ticket("Identiteitskaart")
    kiosk.tap("Klaar")
    assert "Waarvoor kom je?" in kiosk.texts()


@pytest.mark.parametrize("orientation", ["portrait", "landscape"])
def test_service_buttons_are_big_and_show_name_and_description(make_kiosk, orientation) -> None:
    kiosk = make_kiosk(orientation)
    buttons = kiosk.window.start.buttons
    assert len(buttons) == 9  # the town hall's services
    for button in buttons:
        assert button.height() >= 96
        assert button.isVisible()
    passport = kiosk.button("Reispas")
    assert passport.accessibleDescription().startswith("Een reispas aanvragen")
    assert "Een reispas aanvragen of ophalen, voor een reis buiten Europa." in kiosk.texts()
    # Layout adapts: two columns standing up, three lying down.
    lefts = {b.mapTo(kiosk.window, QPoint(0, 0)).x() for b in buttons}
    assert len(lefts) == (2 if orientation == "portrait" else 3)


def test_every_button_has_a_name_and_takes_keyboard_focus(kiosk) -> None:
    def check() -> None:
        for button in kiosk.window.findChildren(QPushButton):
            if button.isVisible():
                assert button.accessibleName(), button.objectName()
                assert button.focusPolicy() != 0  # Qt.NoFocus

    check()
    kiosk.tap("Identiteitskaart")
    check()
    kiosk.tap("Nee, ik wacht gewoon")
    kiosk.settle()
    check()
    kiosk.tap("Hulp nodig?")
    check()


def test_the_window_only_accepts_known_orientations(terminal, printer) -> None:
    from kiosk.ui.kiosk_screen import KioskWindow

    with pytest.raises(ValueError):
        KioskWindow(terminal, printer, "sideways")
