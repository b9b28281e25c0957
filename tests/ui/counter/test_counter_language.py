"""The console in its own language: plural forms (Dutch too), times and dates in its locale."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from kiosk.ui.common import i18n
from kiosk.ui.counter import appointment_words, words
from kiosk.ui.counter.widgets import StatChip


@pytest.fixture
def speak(qapp):  # type: ignore[no-untyped-def]
    """``speak("fr")`` switches the console's language; Dutch again afterwards."""
    yield lambda lang: i18n.use_language("counter", lang)
    i18n.use_language("counter", i18n.SOURCE_LANGUAGE)


@pytest.mark.parametrize(
    ("lang", "one", "two"),
    [
        ("nl", "Wachtte 1 minuut", "Wachtte 2 minuten"),
        ("fr", "A attendu 1 minute", "A attendu 2 minutes"),
        ("en", "Waited 1 minute", "Waited 2 minutes"),
        ("de", "Hat 1 Minute gewartet", "Hat 2 Minuten gewartet"),
    ],
)
def test_counts_take_the_plural_form_of_the_language(speak, lang, one, two) -> None:
    assert speak(lang)
    assert words.waited_text(1) == one
    assert words.waited_text(2) == two


def test_one_and_many_in_dutch_and_english(speak) -> None:
    speak("nl")
    assert words.recalls_text(1) == "1 keer opnieuw opgeroepen"
    assert appointment_words.minutes_text(1) == "1 minuut"
    assert appointment_words.minutes_text(15) == "15 minuten"
    speak("en")
    assert words.recalls_text(1) == "Called again once"
    assert words.recalls_text(3) == "Called again 3 times"


def test_header_figures_have_plural_forms(speak) -> None:
    def header_text(source: str):  # type: ignore[no-untyped-def]
        return lambda n: QCoreApplication.translate("HeaderBar", source, None, n)

    speak("fr")
    chip = StatChip(header_text("%n niet gekomen"))
    chip.set_value(1)
    assert (chip.value_label.text(), chip.caption.text()) == ("1", "absent")
    assert chip.accessibleName() == "1 absent"
    chip.set_value(4)
    assert (chip.value_label.text(), chip.caption.text()) == ("4", "absents")
    speak("nl")
    waiting = StatChip(header_text("%n wachten in totaal"))
    waiting.set_value(1)
    assert waiting.accessibleName() == "1 wacht in totaal"
    waiting.set_value(7)
    assert waiting.accessibleName() == "7 wachten in totaal"


def test_a_time_is_written_the_way_the_console_locale_writes_it(speak, monkeypatch) -> None:
    at = datetime(2026, 12, 1, 8, 5, tzinfo=UTC)  # 09:05 in Brussels
    speak("de")
    assert words.local_time_text(at) == "09:05"
    # A locale that writes times differently: the text follows the locale, not a fixed format.
    us = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    monkeypatch.setattr(words, "counter_locale", lambda: us)
    assert words.local_time_text(at).replace("\u202f", " ") == "9:05 AM"
    assert appointment_words.time_text(at) == words.local_time_text(at)


def test_dates_are_written_in_the_console_language(speak) -> None:
    day = date(2026, 12, 1)
    speak("nl")
    assert appointment_words.date_words(day) == "dinsdag 1 december 2026"
    speak("fr")
    assert appointment_words.date_words(day, year=False) == "mardi 1 décembre"
    speak("de")
    assert appointment_words.date_words(day) == "Dienstag, 1. Dezember 2026"
    now = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    assert appointment_words.day_heading(day, now) == "Morgen, Dienstag, 1. Dezember"
