"""A resident who cannot see the screen uses the kiosk with the keys and the voice: F1 turns
read-aloud on, the arrows move from option to option (each one is said), Enter chooses,
Escape goes back, F1 again repeats. A typed name is private: said only through a headset."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from kiosk.ui.kiosk_screen import KioskWindow
from kiosk.ui.kiosk_screen.read_aloud import ReadAloud, RecordingVoice, TtsVoice, spelled
from kiosk.ui.kiosk_screen.widgets import FOCUS_ON_LIGHT

from .conftest import SIZES, book, local


@pytest.fixture
def voice() -> RecordingVoice:
    return RecordingVoice()


@pytest.fixture
def blind(kiosk, voice):
    """The kiosk, its voice written down instead of heard."""
    kiosk.window.read_aloud.voice = voice
    return kiosk


def press(kiosk, key: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        kiosk.qtbot.keyClick(kiosk.window, key)


def focused_name(kiosk) -> str:
    widget = kiosk.window.focusWidget()
    return widget.accessibleName() if widget is not None else ""


def move_to(kiosk, name: str, key: Qt.Key = Qt.Key.Key_Down) -> None:
    """Press ``key`` until ``name`` has the focus (as a resident listens for it)."""
    for _ in range(len(kiosk.window.keys.options()) + 1):
        press(kiosk, key)
        if focused_name(kiosk) == name:
            return
    raise AssertionError(f"{name!r} never got the focus")


def test_a_resident_who_cannot_see_takes_a_ticket_by_keys(blind, voice, printer) -> None:
    # Nothing is said before the resident asks for it.
    assert voice.said == []

    press(blind, Qt.Key.Key_F1)
    heard = voice.last
    assert "Voorlezen staat aan." in heard
    assert "Druk op Enter om te kiezen." in heard
    assert "Druk op F1 om alles nog eens te horen." in heard
    # Then the start screen: the question first, then every service.
    assert "Waarvoor kom je?" in heard
    assert heard.index("Waarvoor kom je?") < heard.index("Identiteitskaart")
    for service in blind.window.start.services:
        assert service.name in heard

    # Down from nothing: the first option, said aloud; then option after option.
    press(blind, Qt.Key.Key_Down)
    first = blind.window.keys.options()[0]
    assert blind.window.focusWidget() is first
    assert voice.last[0] == first.accessibleName()
    move_to(blind, "Ik heb een afspraak")
    assert voice.last[0] == "Ik heb een afspraak"
    press(blind, Qt.Key.Key_Down)
    assert focused_name(blind) == "Identiteitskaart"
    assert voice.last[0] == "Identiteitskaart"
    press(blind, Qt.Key.Key_Down)
    second = focused_name(blind)
    assert second != "Identiteitskaart" and voice.last[0] == second
    press(blind, Qt.Key.Key_Up)
    assert focused_name(blind) == "Identiteitskaart"

    press(blind, Qt.Key.Key_Return)
    heard = voice.last
    assert heard[0] == "Je koos: Identiteitskaart"
    assert "Heb je voorrang nodig?" in heard
    assert "Nee, ik wacht gewoon" in heard and "Ja, ik ben 65 jaar of ouder" in heard

    # The big "no" comes first; Enter chooses it.
    press(blind, Qt.Key.Key_Down)
    assert focused_name(blind) == "Nee, ik wacht gewoon"
    press(blind, Qt.Key.Key_Return)
    blind.settle()

    # The number, sign by sign, and what to do now.
    heard = voice.last
    assert heard[0] == "Je nummer is A 0 0 1."
    assert "Identiteitskaart" in heard
    assert "Neem je ticket." in heard
    assert "Kijk naar het scherm in de wachtzaal." in heard
    assert [s.number for s in printer.slips] == ["A001"]


def test_the_ticket_number_is_spelled_sign_by_sign() -> None:
    assert spelled("A012") == "A 0 1 2"
    assert spelled("R 7") == "R 7"


def test_the_repeat_key_says_the_screen_again(blind, voice) -> None:
    press(blind, Qt.Key.Key_F1)
    press(blind, Qt.Key.Key_Down, 2)
    press(blind, Qt.Key.Key_F1)
    assert "Waarvoor kom je?" in voice.last
    assert "Voorlezen staat aan." not in voice.last  # the how-to only once, when turned on
    press(blind, Qt.Key.Key_F1)
    assert voice.utterances[-1] == voice.utterances[-2]


def test_a_new_screen_stops_the_old_speech(blind, voice) -> None:
    press(blind, Qt.Key.Key_F1)
    stops = voice.stops
    blind.tap("Identiteitskaart")  # a tap works too, and interrupts the start screen
    assert voice.stops > stops
    assert voice.last[0] == "Je koos: Identiteitskaart"
    press(blind, Qt.Key.Key_Escape)  # Escape: back
    assert voice.last[0] == "Waarvoor kom je?"


def test_speech_stays_off_and_silent_until_the_key(blind, voice) -> None:
    press(blind, Qt.Key.Key_Down)
    blind.tap("Identiteitskaart")
    assert voice.said == []


def test_keyboard_only_check_in_by_typing_the_code(blind, voice, ctx, clock) -> None:
    appointment = book(ctx, "licence", local(2026, 11, 30, 10, 30))
    clock.set(local(2026, 11, 30, 10, 5))
    press(blind, Qt.Key.Key_F1)
    move_to(blind, "Ik heb een afspraak")
    press(blind, Qt.Key.Key_Return)
    assert "Ik heb een afspraak" in voice.last
    move_to(blind, "Typ je code", Qt.Key.Key_Tab)
    press(blind, Qt.Key.Key_Space)
    assert voice.last[0] == "Typ je code"

    reference = appointment.reference
    for ch in reference[:5] + "K":  # one wrong key...
        press(blind, Qt.Key(ord(ch)))
    assert voice.last == ["K"]  # each key is said back
    press(blind, Qt.Key.Key_Backspace)  # ...taken back
    press(blind, Qt.Key(ord(reference[5])))
    assert blind.window.check_in.code.code == reference
    press(blind, Qt.Key.Key_Return)  # no option has the focus: Enter is OK
    blind.settle()

    assert "R001" in blind.texts()
    assert voice.last[0] == f"Je nummer is {spelled('R001')}."
    assert "Je afspraak is om 10:30." in voice.last


def test_a_typed_family_name_is_not_said_without_a_headset(blind, voice) -> None:
    assert blind.window.read_aloud.headset is False  # the default: no headset known
    blind.tap("Ik heb een afspraak")
    blind.tap("Ik heb geen code")
    press(blind, Qt.Key.Key_F1)
    blind.qtbot.keyClicks(blind.window, "PEETERS")
    press(blind, Qt.Key.Key_F1)

    assert "Wat is je familienaam?" in voice.last
    assert "Je naam is getypt." in voice.last
    assert not any("PEETERS" in part or "Peeters" in part for part in voice.said)
    assert not any(part in "PETRS" for part in voice.said if len(part) == 1)  # no letters


def test_with_a_headset_the_typed_name_is_said(blind, voice) -> None:
    blind.window.read_aloud.headset = True
    blind.tap("Ik heb een afspraak")
    blind.tap("Ik heb geen code")
    press(blind, Qt.Key.Key_F1)
    blind.qtbot.keyClicks(blind.window, "PEETERS")
    press(blind, Qt.Key.Key_F1)
    assert "PEETERS" in voice.last


def test_focus_moves_through_every_option_and_back_to_the_first(blind) -> None:
    """No focus trap: Tab goes through the screen's options, then back and help, then again
    from the top; Escape leaves any screen with a back button."""
    blind.tap("Identiteitskaart")
    options = blind.window.keys.options()
    names = [b.accessibleName() for b in options]
    assert names[0] == "Nee, ik wacht gewoon"
    assert "Terug" in names and "Roep iemand" in names
    seen = []
    for _ in range(len(options)):
        press(blind, Qt.Key.Key_Tab)
        seen.append(focused_name(blind))
    assert seen == names
    press(blind, Qt.Key.Key_Tab)
    assert focused_name(blind) == names[0]
    press(blind, Qt.Key.Key_Escape)
    assert blind.window.current is blind.window.start


def test_the_focus_ring_is_thick_and_clearly_visible(blind) -> None:
    """The ring of a focused option measures >= 3:1 against the page, as rendered."""
    blind.window.activateWindow()  # only an active window draws its focus
    blind.qtbot.waitUntil(blind.window.isActiveWindow, timeout=2000)
    move_to(blind, "Identiteitskaart")
    button = blind.window.focusWidget()
    assert button.accessibleName() == "Identiteitskaart"
    assert button.hasFocus()
    image = button.grab().toImage()
    ring = image.pixelColor(image.width() // 2, 3)  # inside the 8 px border, top middle
    page = QColor("#F3F5F8")

    def luminance(c: QColor) -> float:
        def lin(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF())

    hi, lo = sorted((luminance(ring), luminance(page)), reverse=True)
    assert (hi + 0.05) / (lo + 0.05) >= 3.0
    assert ring.name().upper() == FOCUS_ON_LIGHT.upper()


def test_qt_mock_engine_reads_the_screen(qtbot, terminal, printer) -> None:
    """The real path: QtTextToSpeech's test engine takes what the kiosk reads."""
    tts = TtsVoice("mock")
    if not tts.available:
        pytest.skip("QtTextToSpeech mock engine not available")
    read_aloud = ReadAloud(tts, speech_key="*")
    window = KioskWindow(terminal, printer, "portrait", read_aloud=read_aloud)
    qtbot.addWidget(window)
    window.resize(*SIZES["portrait"])
    window.show()
    qtbot.waitUntil(lambda: bool(window.start.buttons), timeout=5000)
    from PySide6.QtTextToSpeech import QTextToSpeech

    qtbot.keyClick(window, Qt.Key.Key_Asterisk)
    assert read_aloud.on
    assert tts.engine.state() == QTextToSpeech.State.Speaking
    window.close()


# --- "Lees voor": read-aloud one touch away, next to the other looks (issue 11 point 9) -------

LOOKS = {  # (bigger text, more contrast, low layout)
    "normal": (False, False, False),
    "big": (True, False, False),
    "contrast": (False, True, False),
    "low": (False, False, True),
    "low-big": (True, False, True),
}


@pytest.mark.parametrize("orientation", ["portrait", "landscape"])
def test_lees_voor_sits_next_to_the_other_looks_in_every_look(make_kiosk, orientation) -> None:
    window = make_kiosk(orientation).window
    seeing = window.seeing
    toggle = seeing.speech_button
    assert toggle.text() == "Lees voor" and toggle.accessibleName() == "Lees voor"
    for look, (big, contrast, low) in LOOKS.items():
        if low and not window.reach.needed:
            continue  # lying down everything is within reach: no low layout
        seeing.set_modes(big, contrast)
        window.reach.set_low(low)
        QApplication.processEvents()
        where = QRect(toggle.mapTo(window, QPoint(0, 0)), toggle.size())
        assert toggle.isVisible() and window.rect().contains(where), look
        assert toggle.width() >= toggle.minimumSizeHint().width(), look  # its words whole
        # In the same row as "Grotere letters" and "Meer contrast", right after them.
        assert toggle.parentWidget() is seeing.contrast_button.parentWidget(), look
        contrast_at = seeing.contrast_button.mapTo(window, QPoint(0, 0))
        assert abs(contrast_at.y() - where.y()) <= 2, look
        assert where.x() > contrast_at.x(), look


def test_lees_voor_turns_read_aloud_on_and_off(blind, voice) -> None:
    toggle = blind.window.seeing.speech_button
    assert not toggle.isChecked() and voice.said == []
    blind.tap("Lees voor")
    assert blind.window.read_aloud.on and toggle.isChecked()
    heard = voice.last
    assert heard[0] == "Voorlezen staat aan."
    assert "Waarvoor kom je?" in heard and "Identiteitskaart" in heard
    blind.tap("Identiteitskaart")
    assert voice.last[0] == "Je koos: Identiteitskaart"

    stops = voice.stops
    blind.tap("Lees voor")  # off: the speech stops at once, and nothing more is said
    assert not blind.window.read_aloud.on and not toggle.isChecked()
    assert voice.stops > stops
    said = len(voice.utterances)
    press(blind, Qt.Key.Key_Escape)
    assert len(voice.utterances) == said


def test_the_speech_key_shows_on_the_toggle(blind, voice) -> None:
    press(blind, Qt.Key.Key_F1)  # a resident with the headset, who cannot see the toggle
    assert blind.window.seeing.speech_button.isChecked()
    assert "Druk op Enter om te kiezen." in voice.last  # turned on by key: how the keys work
    blind.tap("Lees voor")
    assert not blind.window.read_aloud.on


def test_read_aloud_goes_off_with_the_session_like_the_other_looks(blind, voice) -> None:
    window = blind.window
    blind.tap("Lees voor")
    blind.tap("Grotere letters")
    blind.take_ticket("Identiteitskaart")
    blind.tap("Klaar")  # the resident is done: the next one starts fresh
    assert window.current is window.start
    assert not window.read_aloud.on and not window.seeing.speech_button.isChecked()
    assert not window.seeing.big

    blind.tap("Lees voor")  # on the start screen, then nobody touches the kiosk
    window.seeing._idle.timeout.emit()
    assert not window.read_aloud.on and not window.seeing.speech_button.isChecked()
