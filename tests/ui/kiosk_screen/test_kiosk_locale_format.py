"""Times, dates and numbers on the kiosk follow the language a resident picked: the same opening
hour reads "9 uur", "9 h", "9am", "9 Uhr", or in Arabic QLocale's own form. Digits are Western
(0-9) in every language, Arabic too: the same digits as the ticket number, the paper and the
waiting-room display (issue 12 point 6)."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtWidgets import QApplication

from kiosk.core.hours import Opening
from kiosk.storage.demo import TOWN_HALL
from kiosk.ui.common import i18n
from kiosk.ui.kiosk_screen import hours_wording, locale_format, wording

from .conftest import BRUSSELS, local

CHRISTMAS = local(2026, 12, 25, 10, 0)
ARABIC_DIGITS = set("٠١٢٣٤٥٦٧٨٩")


@pytest.fixture(autouse=True)
def back_to_dutch(qapp):
    yield
    i18n.use_language("kiosk", "nl")
    QApplication.processEvents()


def speak(lang: str) -> None:
    assert i18n.use_language("kiosk", lang)


# --- each language's own forms --------------------------------------------------------------

PHRASES = {
    # on the hour, with minutes, the day in a sentence, a birth date
    "nl": ("9 uur", "12:30 uur", "maandag 28 december", "2 april 1950"),
    "fr": ("9 h", "12 h 30", "lundi 28 décembre", "2 avril 1950"),
    "en": ("9am", "12:30pm", "Monday 28 December", "2 April 1950"),
    "de": ("9 Uhr", "12:30 Uhr", "Montag, 28. Dezember", "2. April 1950"),
}


@pytest.mark.parametrize("lang", list(PHRASES))
def test_times_and_dates_in_each_language(lang) -> None:
    speak(lang)
    nine, half_past_twelve, day, born = PHRASES[lang]
    assert locale_format.time_phrase(time(9, 0)) == nine
    assert locale_format.time_phrase(time(12, 30)) == half_past_twelve
    assert locale_format.day_date(date(2026, 12, 28)) == day
    assert locale_format.full_date(date(1950, 4, 2)) == born


def test_arabic_uses_qlocales_own_time_with_western_digits() -> None:
    speak("ar")
    arabic = i18n.qt_locale("ar")
    short = QLocale.FormatType.ShortFormat
    assert locale_format.time_phrase(time(9, 0)) == arabic.toString(QTime(9, 0), short)
    assert locale_format.time_phrase(time(12, 30)) == arabic.toString(QTime(12, 30), short)
    assert "12:30" in locale_format.time_phrase(time(12, 30))
    assert "10:30" in locale_format.clock(time(10, 30))
    assert not ARABIC_DIGITS & set(locale_format.time_phrase(time(9, 0)))
    assert locale_format.number(12) == "12"
    assert "30" in locale_format.day_date(date(2026, 11, 30))
    assert "1950" in locale_format.full_date(date(1950, 4, 2))


def test_clock_and_numbers_follow_the_language() -> None:
    assert locale_format.clock(time(10, 30)) == "10:30"
    assert locale_format.number(1234) == "1.234"
    speak("en")
    assert locale_format.number(1234) == "1,234"


# --- whole sentences: no unit glued on ------------------------------------------------------


def opening(start: tuple[int, int], end: tuple[int, int]) -> Opening:
    day = (2026, 12, 28)
    return Opening(
        TOWN_HALL,
        datetime(*day, *start, tzinfo=BRUSSELS),
        datetime(*day, *end, tzinfo=BRUSSELS),
    )


SENTENCES = {
    "nl": "Dit kan hier op maandag 28 december van 9 uur tot 12:30 uur.",
    "fr": "C'est possible ici le lundi 28 décembre de 9 h à 12 h 30.",
    "en": "You can do this here on Monday 28 December from 9am to 12:30pm.",
    "de": "Das geht hier am Montag, 28. Dezember von 9 Uhr bis 12:30 Uhr.",
}


@pytest.mark.parametrize("lang", list(SENTENCES))
def test_the_same_opening_in_each_language(lang) -> None:
    speak(lang)
    now = local(2026, 12, 25, 10, 0)
    assert hours_wording.when_here(opening((9, 0), (12, 30)), now, BRUSSELS) == SENTENCES[lang]


def test_no_sentence_keeps_a_unit_of_its_own() -> None:
    # Each language's phrase brings its unit; a template that added one would say "9 uur uur".
    now = local(2026, 12, 28, 8, 0)
    o = opening((9, 0), (12, 30))
    for lang in ("nl", "fr", "en", "de"):
        speak(lang)
        for text in (
            hours_wording.when_here(o, now, BRUSSELS),
            hours_wording.when_there(o, now, BRUSSELS),
        ):
            for unit in ("uur", " h", "Uhr"):
                assert text.count(unit) <= 2, text
            assert "{" not in text


def test_an_arabic_sentence_uses_western_digits() -> None:
    speak("ar")
    text = hours_wording.when_here(opening((9, 0), (12, 30)), local(2026, 12, 28, 8, 0), BRUSSELS)
    assert "9:00" in text  # today, from 9:00
    assert not ARABIC_DIGITS & set(text)


# --- on screen ------------------------------------------------------------------------------

OPENS_AGAIN = {
    "Français": "Nous rouvrons le lundi 28 décembre à 9 h.",
    "English": "We open again on Monday 28 December at 9am.",
    "Deutsch": "Wir öffnen wieder am Montag, 28. Dezember um 9 Uhr.",
}


@pytest.mark.parametrize("language", list(OPENS_AGAIN))
def test_the_closed_start_screen_in_each_language(make_kiosk, clock, language) -> None:
    clock.set(CHRISTMAS)
    kiosk = make_kiosk()
    assert "We zijn weer open op maandag 28 december om 9 uur." in kiosk.texts()
    kiosk.tap(language)
    assert OPENS_AGAIN[language] in kiosk.texts()


def test_the_header_clock_and_date_in_english_and_arabic(kiosk) -> None:
    header = kiosk.window.header
    assert header.date.text() == "maandag 30 november"
    kiosk.tap("English")
    header.refresh()
    assert header.date.text() == "Monday 30 November"
    assert header.time.text() == "09:00"
    kiosk.tap("العربية")
    header.refresh()
    assert header.time.text() == i18n.qt_locale("ar").toString(
        QTime(9, 0), QLocale.FormatType.ShortFormat
    )
    assert "9:00" in header.time.text()
    assert "30" in header.date.text()
    assert not ARABIC_DIGITS & set(header.date.text() + header.time.text())


def test_arabic_counts_on_screen_in_western_digits() -> None:
    # The Arabic catalogue says %Ln: counts in the locale's digits, which are Western ones.
    speak("ar")
    assert "15" in wording.wait_sentence(3, 12)
    assert "3" in wording.people_ahead_sentence(3)
    assert "20" in wording.countdown_sentence(20)
    said = wording.wait_sentence(3, 12) + wording.countdown_sentence(20)
    assert not ARABIC_DIGITS & set(said)


def test_an_arabic_ticket_screen_shows_the_digits_of_the_ticket(kiosk) -> None:
    kiosk.take_ticket("Identiteitskaart")
    kiosk.tap("Klaar")
    kiosk.tap("العربية")
    kiosk.take_ticket("بطاقة الهوية", "لا، سأنتظر دوري")
    shown = kiosk.texts()
    assert "A002" in shown
    assert "20" in shown  # the screen closes in 20 seconds
    assert not ARABIC_DIGITS & set(shown), shown


# --- on paper -------------------------------------------------------------------------------


def test_the_printed_ticket_dates_in_the_residents_language(kiosk, printer) -> None:
    kiosk.tap("Deutsch")
    # The first service is the identity card, whatever its German name.
    kiosk.qtbot.mouseClick(kiosk.window.start.buttons[0], Qt.MouseButton.LeftButton)
    kiosk.tap("Nein, ich warte normal")
    kiosk.settle()
    slip = printer.slips[-1]
    assert slip.printed_at_text == "30.11.2026 09:00"  # the year in four digits (issue 11 point 12)
    assert slip.people_ahead_text == "0"


def test_an_arabic_ticket_prints_digits_the_printer_has() -> None:
    # The printers' code pages have no Arabic digits: paper falls back to the Dutch forms.
    speak("ar")
    assert locale_format.paper_date_time(datetime(2026, 11, 30, 9, 0)) == "30/11/2026 09:00"
    assert locale_format.number(3, locale_format.paper_locale()) == "3"
