"""The console in its own language: plural forms (Dutch too), times and dates in its locale."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from kiosk.ui.common import i18n
from kiosk.ui.counter import appointment_words, words
from kiosk.ui.counter.widgets import StatChip

BRUSSELS = ZoneInfo("Europe/Brussels")  # the demo municipality's zone


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
    assert words.local_time_text(at, BRUSSELS) == "09:05"
    # A locale that writes times differently: the text follows the locale, not a fixed format.
    us = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    monkeypatch.setattr(words, "counter_locale", lambda: us)
    assert words.local_time_text(at, BRUSSELS).replace("\u202f", " ") == "9:05 AM"
    assert appointment_words.time_text(at, BRUSSELS) == words.local_time_text(at, BRUSSELS)


def test_dates_are_written_in_the_console_language(speak) -> None:
    day = date(2026, 12, 1)
    speak("nl")
    assert appointment_words.date_words(day) == "dinsdag 1 december 2026"
    speak("fr")
    assert appointment_words.date_words(day, year=False) == "mardi 1 décembre"
    speak("de")
    assert appointment_words.date_words(day) == "Dienstag, 1. Dezember 2026"
    now = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    assert appointment_words.day_heading(day, now, BRUSSELS) == "Morgen, Dienstag, 1. Dezember"


# --- the services in the console's language -------------------------------------------------


@pytest.fixture
def french(speak):  # type: ignore[no-untyped-def]
    """The console in French before its window is built ([counter] language = fr)."""
    assert speak("fr")


def test_the_choose_screen_names_the_services_in_french(french, window) -> None:  # type: ignore[no-untyped-def]
    card = window.choose_screen.cards[1]
    assert "Carte d'identité" in card.accessibleDescription()
    assert "Identiteitskaart" not in card.accessibleDescription()


def test_the_transfer_dialog_lists_the_services_in_french(french, window, terminal) -> None:  # type: ignore[no-untyped-def]
    from kiosk.storage.demo import service_id
    from kiosk.ui.counter import actions as act
    from tests.ui.counter.test_counter_console import open_desk, press, settle, take_ticket

    screen = open_desk(window, terminal)
    take_ticket(terminal, "eid")
    press(screen, terminal, act.NEXT)
    assert screen.current.service_label.text() == "Carte d'identité"
    press(screen, terminal, act.TRANSFER)
    dialog = screen.transfer_dialog
    assert dialog is not None
    buttons = {sid: b.text() for sid, b in dialog.service_buttons.items()}
    assert buttons[service_id("eid")] == "Carte d'identité (actuel)"
    assert buttons[service_id("move")] == "Déménagement"
    assert not any("Identiteitskaart" in text for text in buttons.values())
    dialog.service_buttons[service_id("move")].click()
    next(iter(dialog.counter_buttons.values())).click()
    dialog.ok_button.click()
    settle(terminal)
    assert "Déménagement" in screen.message.text(), screen.message.text()


def test_the_booking_dialog_and_the_confirmation_in_french(french, window, terminal) -> None:  # type: ignore[no-untyped-def]
    from kiosk.storage.demo import service_id
    from kiosk.ui.counter.booking_dialog import BookingDialog
    from tests.ui.counter.test_counter_appointments import (
        JAN,
        afspraken,
        booked,
        local,
        rows,
        slots_loaded,
        wait,
    )

    a = booked(terminal, "eid", local(11, 0), JAN)
    _screen, page = afspraken(window, terminal)
    assert rows(page, page.model.SERVICE) == ["Carte d'identité"]

    page.new_button.click()
    dialog = page.dialog
    assert isinstance(dialog, BookingDialog)
    services = dialog.picker.services
    names = [services.item(r).text() for r in range(services.rowCount())]
    assert "Carte d'identité" in names and "Passeport" in names
    assert "Identiteitskaart" not in names
    dialog.picker.select_service(service_id("eid"))
    wait(terminal, lambda: slots_loaded(dialog))
    dialog.picker.select_slot(0)
    dialog.next_button.click()
    assert dialog.who_summary.text().startswith("Carte d'identité · ")
    dialog.reject()

    slip = appointment_words.slip_for(terminal.appointments.confirmation(a.id), terminal.zone)
    assert slip.service_name == "Carte d'identité"
    assert slip.bring_text == "Votre ancienne carte et une photo d'identité de moins de six mois."
