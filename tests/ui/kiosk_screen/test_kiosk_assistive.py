"""The kiosk as assistive technology meets it, in process (issue 11 point 10; the same as AT-SPI
shows it: tests/ui/test_atspi.py).

- The keys: a new screen starts with no focus, so the first Tab lands on its first option, and
  Tab then Enter chooses it; nothing but an option ever takes the focus (no unnamed container,
  no button Qt picks itself when the window becomes active).
- Nothing said that says nothing: no unnamed image (the icons are decorative), no empty text (the
  bottom bar's note), and the birth date's boxes are one field with a name.
"""

from __future__ import annotations

from accessible_checks import noise_problems
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget


def real_key(window: QWidget, key: Qt.Key) -> None:
    """A key as the platform delivers it: to the widget with the focus, else to the window."""
    QTest.keyClick(QApplication.focusWidget() or window, key)


def focused(window: QWidget) -> QWidget | None:
    focus = QApplication.focusWidget()
    return focus if focus is not None and window.isAncestorOf(focus) else None


def test_tab_goes_straight_to_the_first_option_and_enter_chooses_it(kiosk, stored_tickets) -> None:
    window = kiosk.window
    window.activateWindow()
    kiosk.qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    # Nothing has the focus before a key is used: no ring for a resident who taps.
    assert focused(window) is None, focused(window)
    # Nothing but an option can take it at all.
    takers = [
        w
        for w in window.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and not isinstance(w, QAbstractButton)
    ]
    assert takers == [], takers

    real_key(window, Qt.Key.Key_Tab)
    assert focused(window) is window.keys.options()[0]
    real_key(window, Qt.Key.Key_Tab)  # the focus is on a language now; then a tap moves on
    kiosk.tap("Identiteitskaart")
    assert window.current is window.priority
    assert focused(window) is None
    real_key(window, Qt.Key.Key_Tab)
    assert focused(window) is window.priority.no_button
    real_key(window, Qt.Key.Key_Return)
    kiosk.settle()
    assert window.current is window.ticket
    (ticket,) = stored_tickets()
    assert ticket.priority is None  # "Nee": the first option


def test_a_screen_reader_meets_no_unnamed_image_and_no_empty_text(kiosk) -> None:
    window = kiosk.window
    assert noise_problems("start", window) == []
    kiosk.tap("Identiteitskaart")
    assert noise_problems("priority", window) == []


def test_the_birth_date_is_one_named_field(kiosk) -> None:
    window = kiosk.window
    kiosk.tap("Ik heb een afspraak")
    kiosk.tap("Ik heb geen code")
    kiosk.type_on_keys("PEETERS")
    kiosk.tap("Verder")
    birth = window.check_in.birth
    assert window.current is birth
    field = QAccessible.queryAccessibleInterface(birth.slots)
    assert field is not None and field.text(QAccessible.Text.Name) == "Je geboortedatum"
    kiosk.type_on_keys("0204")
    assert field.text(QAccessible.Text.Name) == "Je geboortedatum: 02 04"
    # The boxes are the field's: a screen reader does not stop at each one, empty or not.
    assert noise_problems("check-in-birth", window) == []
