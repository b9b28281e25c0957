"""Time at the kiosk: before an untouched screen goes back to the start, the resident is warned
by screen and by sound, and can ask for more time, again and again. The reset forgets every
personal detail: no screen (shown or not) still holds a typed code, name or birth date, or the
ticket that was on screen."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from kiosk.services.appointments import Resident
from kiosk.ui.common import i18n
from kiosk.ui.kiosk_screen import KioskWindow
from kiosk.ui.kiosk_screen.read_aloud import ReadAloud, RecordingVoice, TtsVoice
from kiosk.ui.kiosk_screen.reset_warning import press_for_more_time

from .conftest import SIZES, book, local


class FakeTone:
    def __init__(self) -> None:
        self.played = 0

    def play(self) -> None:
        self.played += 1


def all_texts(window: QWidget) -> str:
    """Every text any widget of the window holds, visible or not (a line per text, named)."""
    parts: list[str] = []
    for w in [window, *window.findChildren(QWidget)]:
        texts = [w.accessibleName(), w.accessibleDescription(), w.toolTip()]
        if isinstance(w, QLabel | QAbstractButton | QLineEdit):
            texts.append(w.text())
        parts += [f"{type(w).__name__}#{w.objectName()}: {t}" for t in texts if t]
    return "\n".join(parts)


def test_the_resident_is_warned_and_can_ask_for_more_time_again_and_again(
    kiosk_settings, make_kiosk, qtbot
) -> None:
    kiosk_settings(reset_after_s=5, warn_before_reset_s=2)
    kiosk = make_kiosk()
    tone = FakeTone()
    warning = kiosk.window.reset_warning
    warning.tone = tone
    kiosk.tap("Identiteitskaart")
    assert not warning.showing and "Ben je er nog?" not in kiosk.texts()
    qtbot.waitUntil(lambda: warning.showing, timeout=4000)
    assert "Ben je er nog?" in kiosk.texts()
    assert "Over 2 seconden gaat het scherm terug naar het begin." in kiosk.texts()
    assert tone.played == 1
    assert warning.geometry() == kiosk.window.rect()  # over the whole window
    for round_ in range(2):
        kiosk.tap("Ik heb meer tijd nodig")
        assert not warning.showing
        qtbot.wait(2300)  # past the end of the old period (2 s): the full 5 s again
        assert "Heb je voorrang nodig?" in kiosk.texts() and not warning.showing
        qtbot.waitUntil(lambda: warning.showing, timeout=4000)
        assert tone.played == 2 + round_
    qtbot.waitUntil(lambda: "Waarvoor kom je?" in kiosk.texts(), timeout=5000)
    assert not warning.showing and tone.played == 3


def test_the_warning_is_gone_the_moment_the_screen_goes_back_to_the_start(
    kiosk_settings, make_kiosk, qtbot
) -> None:
    """Not a poll later: the next resident never sees "Ben je er nog?" over the start screen."""
    kiosk_settings(reset_after_s=3, warn_before_reset_s=2)
    kiosk = make_kiosk()
    warning = kiosk.window.reset_warning
    warning.tone = FakeTone()
    kiosk.tap("Identiteitskaart")
    qtbot.waitUntil(lambda: warning.showing, timeout=4000)
    warning._poll.stop()  # only the reset itself may take the warning away now
    qtbot.waitUntil(lambda: "Waarvoor kom je?" in kiosk.texts(), timeout=5000)
    assert not warning.showing


def test_no_warning_on_the_start_screen_and_none_when_switched_off(
    kiosk_settings, make_kiosk, qtbot
) -> None:
    kiosk_settings(reset_after_s=2, warn_before_reset_s=0)
    kiosk = make_kiosk()
    kiosk.window.reset_warning.tone = tone = FakeTone()
    kiosk.tap("Identiteitskaart")
    qtbot.waitUntil(lambda: "Waarvoor kom je?" in kiosk.texts(), timeout=4000)
    assert tone.played == 0 and not kiosk.window.reset_warning.showing
    qtbot.wait(500)
    assert tone.played == 0


def test_the_reset_leaves_no_typed_code_name_or_birth_date_anywhere(
    kiosk_settings, make_kiosk, qtbot
) -> None:
    kiosk_settings(reset_after_s=3, warn_before_reset_s=1)
    kiosk = make_kiosk()
    kiosk.window.reset_warning.tone = FakeTone()
    kiosk.tap("Ik heb een afspraak")
    kiosk.tap("Typ je code")
    kiosk.type_on_keys("K7QX")
    assert kiosk.window.check_in.code.code == "K7QX"
    assert "K 7 Q X" in all_texts(kiosk.window)
    kiosk.tap("Terug")
    kiosk.tap("Ik heb geen code")
    kiosk.type_on_keys("PEETERS")
    kiosk.tap("Verder")
    kiosk.type_on_keys("17081963")
    shown = all_texts(kiosk.window)
    assert "PEETERS" in shown and "1963" in shown
    qtbot.waitUntil(lambda: "Waarvoor kom je?" in kiosk.texts(), timeout=6000)
    left = all_texts(kiosk.window)
    for secret in ("K7QX", "K 7 Q X", "PEETERS", "Peeters", "1708", "1963", "augustus"):
        assert secret not in left, [line for line in left.splitlines() if secret in line]


def test_the_reset_after_a_check_in_leaves_no_appointment_or_ticket(
    kiosk_settings, make_kiosk, qtbot, ctx, clock
) -> None:
    els = Resident("Els", "Janssens", "0470 00 00 00", date(1963, 8, 17))
    appointment = book(ctx, "licence", local(2026, 11, 30, 10, 30), els)
    clock.set(local(2026, 11, 30, 10, 5))
    kiosk_settings(ticket_screen_s=1)
    kiosk = make_kiosk()
    kiosk.tap("Ik heb een afspraak")
    kiosk.tap("Ik heb geen code")
    kiosk.type_on_keys("JANSSENS")
    kiosk.tap("Verder")
    kiosk.type_on_keys("17081963")
    kiosk.tap("Zoek mijn afspraak")
    kiosk.settle()
    assert "R001" in kiosk.texts() and "Je afspraak is om 10:30." in kiosk.texts()
    qtbot.waitUntil(lambda: "Waarvoor kom je?" in kiosk.texts(), timeout=5000)
    left = all_texts(kiosk.window)
    for secret in (
        "JANSSENS",
        "Janssens",
        "1963",
        "augustus",
        "R001",
        "10:30",
        appointment.reference,
    ):
        assert secret not in left, [line for line in left.splitlines() if secret in line]


# --- read-aloud: the warning is heard too -------------------------------------------------------


def test_in_read_aloud_mode_the_warning_is_spoken_in_the_screens_language(
    kiosk_settings, make_kiosk, qtbot
) -> None:
    kiosk_settings(reset_after_s=4, warn_before_reset_s=2)
    kiosk = make_kiosk()
    w = kiosk.window
    w.reset_warning.tone = FakeTone()
    w.read_aloud.voice = voice = RecordingVoice()
    try:
        kiosk.tap("Français")
        qtbot.keyClick(w, Qt.Key.Key_F1)  # read-aloud on
        w.start.buttons[0].click()  # the first service (its name is in French now)
        assert voice.last and "Bonjour" not in voice.last  # the priority question, read
        reading, stops = len(voice.utterances), voice.stops
        qtbot.waitUntil(lambda: w.reset_warning.showing, timeout=4000)
        assert len(voice.utterances) == reading + 1 and voice.stops > stops  # it cut in
        title, left, how = voice.last
        assert title == w.reset_warning.title.text() != "Ben je er nog?"  # French
        assert left == w.reset_warning.text.text() and "2" in left
        assert how == press_for_more_time() != "Meer tijd nodig? Druk dan op Enter."
        assert voice.languages[-1].startswith("fr")
        # Enter presses "more time": the warning goes, the screen stays.
        qtbot.keyClick(w, Qt.Key.Key_Return)
        assert not w.reset_warning.showing and w.current is w.priority
    finally:
        i18n.use_language("kiosk", "nl")


def test_without_read_aloud_the_warning_says_nothing(kiosk_settings, make_kiosk, qtbot) -> None:
    kiosk_settings(reset_after_s=3, warn_before_reset_s=2)
    kiosk = make_kiosk()
    kiosk.window.reset_warning.tone = FakeTone()
    kiosk.window.read_aloud.voice = voice = RecordingVoice()
    kiosk.tap("Identiteitskaart")
    qtbot.waitUntil(lambda: kiosk.window.reset_warning.showing, timeout=4000)
    assert voice.utterances == []


def test_qt_mock_engine_hears_the_warning_cut_in(kiosk_settings, qtbot, terminal, printer) -> None:
    """The real path: QtTextToSpeech's test engine is reading the screen when the warning
    comes; the next word it says is the warning's, not the rest of the screen."""
    tts = TtsVoice("mock")
    if not tts.available:
        pytest.skip("QtTextToSpeech mock engine not available")
    from PySide6.QtTextToSpeech import QTextToSpeech

    kiosk_settings(reset_after_s=3, warn_before_reset_s=2)
    window = KioskWindow(terminal, printer, "portrait", read_aloud=ReadAloud(tts))
    qtbot.addWidget(window)
    window.tap_guard_ms = 0
    window.resize(*SIZES["portrait"])
    window.show()
    qtbot.waitUntil(lambda: bool(window.start.buttons), timeout=5000)
    window.reset_warning.tone = FakeTone()
    words: list[tuple[str, bool]] = []  # (word, said after the warning showed)
    warning = window.reset_warning

    def heard(word: str, *_: object) -> None:
        words.append((word, warning.showing))

    tts.engine.sayingWord.connect(heard)
    qtbot.keyClick(window, Qt.Key.Key_F1)  # the keys, how to use them: a long text
    window.start.buttons[0].click()
    qtbot.waitUntil(lambda: window.reset_warning.showing, timeout=4000)
    assert tts.engine.state() == QTextToSpeech.State.Speaking
    qtbot.waitUntil(lambda: any(after for _, after in words), timeout=5000)
    first_after = next(word for word, after in words if after)
    tts.engine.sayingWord.disconnect(heard)
    tts.stop()
    window.close()
    assert first_after == "Ben"  # "Ben je er nog?": the screen's reading was stopped


# --- the ticket screen: the same promise, without hiding the number -----------------------------


def test_the_ticket_screen_warns_by_screen_and_sound_and_gives_more_time_again(
    kiosk_settings, make_kiosk, qtbot
) -> None:
    kiosk_settings(ticket_screen_s=4, warn_before_reset_s=2)
    kiosk = make_kiosk()
    w = kiosk.window
    w.reset_warning.tone = tone = FakeTone()
    kiosk.take_ticket("Identiteitskaart")
    assert w.current is w.ticket
    # On screen from the first second: how long it stays, and the way to more time.
    assert "Dit scherm sluit over 4 seconden." in kiosk.texts()
    assert "Ik heb meer tijd nodig" in kiosk.button_names()
    assert tone.played == 0
    for round_ in range(3):
        qtbot.waitUntil(lambda r=round_: tone.played == r + 1, timeout=4000)
        # The last seconds: a tone; the number stays in sight (no overlay over it).
        assert w.ticket.remaining_ms() <= 2200 and w.reset_warning.warning
        assert not w.reset_warning.showing and w.ticket.number.isVisible()
        kiosk.tap("Ik heb meer tijd nodig")
        assert "Dit scherm sluit over 4 seconden." in kiosk.texts()
        assert w.current is w.ticket
    qtbot.waitUntil(lambda: w.current is w.start, timeout=6000)
    assert tone.played == 4


def test_with_the_usual_settings_the_ticket_warns_for_its_whole_time(
    kiosk_settings, make_kiosk, qtbot
) -> None:
    kiosk_settings(ticket_screen_s=20, warn_before_reset_s=20)
    kiosk = make_kiosk()
    w = kiosk.window
    w.reset_warning.tone = tone = FakeTone()
    kiosk.take_ticket("Identiteitskaart")
    # The whole 20 s are the warning: the countdown and the button are there at once, and
    # the tone sounds at once (the resident still stands at the kiosk).
    qtbot.waitUntil(lambda: tone.played == 1, timeout=2000)
    assert "Dit scherm sluit over 20 seconden." in kiosk.texts()
    assert kiosk.button("Ik heb meer tijd nodig").isVisible()


def test_read_aloud_says_the_tickets_time_and_enter_gives_more(
    kiosk_settings, make_kiosk, qtbot
) -> None:
    kiosk_settings(ticket_screen_s=5, warn_before_reset_s=3)
    kiosk = make_kiosk()
    w = kiosk.window
    w.reset_warning.tone = FakeTone()
    w.read_aloud.voice = voice = RecordingVoice()
    qtbot.keyClick(w, Qt.Key.Key_F1)
    kiosk.take_ticket("Identiteitskaart")
    kiosk.settle()
    heard = voice.last
    assert heard[0].startswith("Je nummer is A")
    assert heard[-2:] == ["Dit scherm sluit over 5 seconden.", press_for_more_time()]
    # The last seconds begin while nobody reads: the warning is said.
    qtbot.waitUntil(lambda: voice.last[:1] == ["Dit scherm sluit bijna."], timeout=4000)
    assert voice.last[-1] == press_for_more_time()
    w.ticket.setFocus()  # nothing focused that Enter could mean
    qtbot.keyClick(w, Qt.Key.Key_Return)
    assert w.ticket.remaining_ms() > 3500 and w.current is w.ticket


def test_the_warning_hides_the_screen_under_it(kiosk_settings, make_kiosk) -> None:
    """No dimmed screen behind "Ben je er nog?": text nobody can read, buttons nobody can touch
    (a screen reader or a check of the screen would still find them)."""
    kiosk_settings(reset_after_s=10, warn_before_reset_s=20)  # a warning from the first second
    kiosk = make_kiosk()
    warning = kiosk.window.reset_warning
    warning.tone = FakeTone()
    kiosk.tap("Identiteitskaart")
    warning.check()  # what the poll does
    assert warning.showing
    under = kiosk.window.priority.no_button
    assert under.isVisible() and under.visibleRegion().isEmpty()
    assert not warning.more.visibleRegion().isEmpty()
    kiosk.tap("Ik heb meer tijd nodig")
    assert not under.visibleRegion().isEmpty()
