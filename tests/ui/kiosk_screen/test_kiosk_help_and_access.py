"""Help is always at the same place, one tap away ("Roep iemand"); no screen is a dead end;
every button is big, named and reachable by keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QPushButton, QWidget

from kiosk.services import tickets
from kiosk.storage.errors import DatabaseUnavailable
from kiosk.ui.common import i18n

from .test_kiosk_help_call import WAITING, call_someone


def help_place(kiosk) -> QRect:
    button = kiosk.window.bar.help
    assert button.isVisible() and button.accessibleName() == "Roep iemand"
    top_left = button.mapTo(kiosk.window, QPoint(0, 0))
    return QRect(top_left, button.size())


def on_screen(kiosk, screen: QWidget) -> list[str]:
    """The names of the buttons ``screen`` itself shows (not the bottom bar's)."""
    return [b.accessibleName() for b in screen.findChildren(QPushButton) if b.isVisible()]


def tap_on(kiosk, screen: QWidget, name: str) -> None:
    [button] = [
        b for b in screen.findChildren(QPushButton) if b.isVisible() and b.accessibleName() == name
    ]
    kiosk.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    kiosk.settle()


@pytest.mark.parametrize("orientation", ["portrait", "landscape"])
def test_help_button_is_at_the_same_place_on_every_screen(
    make_kiosk, monkeypatch, orientation
) -> None:
    kiosk = make_kiosk(orientation)
    width, height = kiosk.window.width(), kiosk.window.height()
    places = {"start": help_place(kiosk)}

    kiosk.tap("Identiteitskaart")
    places["priority"] = help_place(kiosk)
    call_someone(kiosk)
    places["help"] = help_place(kiosk)
    kiosk.tap("Ik heb geen hulp meer nodig")
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


def test_help_explains_while_someone_comes_and_leads_back_to_where_the_resident_was(
    kiosk,
) -> None:
    kiosk.tap("Identiteitskaart")
    call_someone(kiosk)
    shown = kiosk.texts()
    assert WAITING in shown
    assert "Zo neem je een ticket" in shown
    assert "Tik op waarvoor je komt." in shown
    kiosk.tap("Ik heb geen hulp meer nodig")
    assert "Heb je voorrang nodig?" in kiosk.texts()
    kiosk.tap("Terug")
    assert "Waarvoor kom je?" in kiosk.texts()


def test_help_from_the_ticket_returns_to_the_ticket(kiosk) -> None:
    kiosk.take_ticket("Identiteitskaart")
    call_someone(kiosk)
    kiosk.tap("Ik heb geen hulp meer nodig")
    assert "A001" in kiosk.texts()


def test_every_screen_has_a_way_back_to_the_start(kiosk) -> None:
    call_someone(kiosk)
    kiosk.tap("Ik heb geen hulp meer nodig")
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
    call_someone(kiosk)
    check()


def test_the_window_only_accepts_known_orientations(terminal, printer) -> None:
    from kiosk.ui.kiosk_screen import KioskWindow

    with pytest.raises(ValueError):
        KioskWindow(terminal, printer, "sideways")


def test_roep_iemand_is_one_tap_from_every_screen(kiosk, monkeypatch) -> None:
    """From each screen one tap on "Roep iemand" calls a person; "Ik heb geen hulp meer
    nodig" leads back to that screen."""
    window = kiosk.window
    seen: list[str] = []

    def one_tap(name: str) -> None:
        here = window.current
        call_someone(kiosk)
        assert window.current is window.help and WAITING in kiosk.texts(), name
        kiosk.tap("Ik heb geen hulp meer nodig")
        assert window.current is here, name
        seen.append(name)

    one_tap("start")
    kiosk.tap("Identiteitskaart")
    one_tap("priority")
    kiosk.tap("Nee, ik wacht gewoon")
    kiosk.settle()
    one_tap("ticket")
    kiosk.tap("Klaar")
    kiosk.tap("Ik heb een afspraak")
    one_tap("check-in")
    kiosk.tap("Typ je code")
    one_tap("code")
    kiosk.type_on_keys("KKKKKK")
    kiosk.tap("OK")
    kiosk.settle()
    one_tap("not found")
    kiosk.tap("Naar het begin")
    kiosk.tap("Ik heb een afspraak")
    kiosk.tap("Ik heb geen code")
    one_tap("name")
    kiosk.type_on_keys("PEETERS")
    kiosk.tap("Verder")
    one_tap("birth date")
    window.go_start()
    kiosk.tap("Rijbewijs")
    one_tap("appointment only")
    kiosk.tap("Terug")
    monkeypatch.setattr(
        tickets, "issue_ticket", lambda *a, **k: (_ for _ in ()).throw(DatabaseUnavailable("x"))
    )
    kiosk.take_ticket("Reispas")
    one_tap("error")
    assert len(seen) == 10


def test_error_and_info_screens_offer_a_way_on(kiosk, monkeypatch) -> None:
    window = kiosk.window
    # Only with an appointment: call someone, or take a ticket for something else.
    kiosk.tap("Rijbewijs")
    assert "Hiervoor heb je een afspraak nodig." in kiosk.texts()
    assert {"Roep iemand", "Neem een ticket"} <= set(on_screen(kiosk, window.info))
    tap_on(kiosk, window.info, "Roep iemand")
    assert window.current is window.help and WAITING in kiosk.texts()
    kiosk.tap("Ik heb geen hulp meer nodig")
    tap_on(kiosk, window.info, "Neem een ticket")
    assert window.current is window.start and "Waarvoor kom je?" in kiosk.texts()

    # A code that is not found: type it again, call someone, or take a walk-in ticket.
    kiosk.tap("Ik heb een afspraak")
    kiosk.tap("Typ je code")
    kiosk.type_on_keys("KKKKKK")
    kiosk.tap("OK")
    kiosk.settle()
    answer = window.check_in.answer
    assert "We vinden deze code niet." in kiosk.texts()
    assert {"Typ je code opnieuw", "Roep iemand", "Neem een ticket"} <= set(
        on_screen(kiosk, answer)
    )
    tap_on(kiosk, answer, "Roep iemand")
    assert window.current is window.help
    kiosk.tap("Ik heb geen hulp meer nodig")
    assert window.current is answer
    tap_on(kiosk, answer, "Neem een ticket")
    assert window.current is window.start and window.check_in.code.code == ""

    # The ticket could not be made: try again, or call someone.
    monkeypatch.setattr(
        tickets, "issue_ticket", lambda *a, **k: (_ for _ in ()).throw(DatabaseUnavailable("x"))
    )
    kiosk.take_ticket("Reispas")
    assert {"Probeer opnieuw", "Roep iemand"} <= set(on_screen(kiosk, window.issue))
    tap_on(kiosk, window.issue, "Roep iemand")
    assert window.current is window.help and WAITING in kiosk.texts()


def test_too_early_offers_no_other_ticket(kiosk, ctx, clock) -> None:
    from kiosk.core.appointments import qr_payload

    from .conftest import book, local

    appointment = book(ctx, "licence", local(2026, 11, 30, 11, 0))
    clock.set(local(2026, 11, 30, 9, 45))
    kiosk.scan(qr_payload(appointment.reference))
    assert "Je bent vroeg." in kiosk.texts()
    shown = on_screen(kiosk, kiosk.window.check_in.answer)
    assert "Roep iemand" in shown and "Neem een ticket" not in shown


def test_neem_een_ticket_keeps_the_residents_language(kiosk) -> None:
    window = kiosk.window
    kiosk.tap("Français")
    window.check_in.flow.by_code("KKKKKK")
    kiosk.settle()
    assert window.current is window.check_in.answer
    kiosk.qtbot.mouseClick(window.check_in.answer.take_ticket, Qt.MouseButton.LeftButton)
    assert window.current is window.start
    assert i18n.current_language("kiosk") == "fr"  # the same resident goes on in French
    window.go_start()  # the next resident: Dutch again
    assert i18n.current_language("kiosk") == "nl"
