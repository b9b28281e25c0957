"""Time at the kiosk: before an untouched screen goes back to the start, the resident is warned
by screen and by sound, and can ask for more time, again and again. The reset forgets every
personal detail: no screen (shown or not) still holds a typed code, name or birth date, or the
ticket that was on screen."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from kiosk.services.appointments import Resident

from .conftest import book, local


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
    assert "Over 2 seconden begint de zuil opnieuw." in kiosk.texts()
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
