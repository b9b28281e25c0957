"""Plain words on the kiosk (issue 11 points 11 and 12): what a resident reads where the words
were stiff or mixed. "Ben je er nog?" tells the real number of seconds and what happens then
("het scherm gaat terug naar het begin", not "de zuil begint opnieuw"); the delete key says
that it wipes one character; the check-in says "Zeg hier dat je er bent"; the help screen says
where to go when the number shows; the services have plain names. French asks "Que venez-vous
faire ?" and its ticket prints the year in four digits."""

from __future__ import annotations

import re
import time
from datetime import datetime

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from kiosk.ui.common import i18n
from kiosk.ui.kiosk_screen.locale_format import paper_date_time
from kiosk.ui.kiosk_screen.wording import back_to_start_sentence


@pytest.fixture(autouse=True)
def back_to_dutch():
    yield
    i18n.use_language("kiosk", "nl")
    QApplication.processEvents()


def test_the_warning_says_how_many_seconds_before_the_screen_goes_back(
    kiosk_settings, make_kiosk
) -> None:
    kiosk_settings(reset_after_s=15, warn_before_reset_s=15)
    kiosk = make_kiosk()
    kiosk.tap("Identiteitskaart")
    kiosk.window.reset_warning.check()  # the overlay's poll, without waiting for it
    assert kiosk.window.reset_warning.showing
    assert "Over 15 seconden gaat het scherm terug naar het begin." in kiosk.texts()
    assert "zuil" not in kiosk.texts()
    assert back_to_start_sentence(1) == "Over 1 seconde gaat het scherm terug naar het begin."
    i18n.use_language("kiosk", "fr")
    assert back_to_start_sentence(15) == "Dans 15 secondes, l'écran revient au début."
    assert back_to_start_sentence(1) == "Dans 1 seconde, l'écran revient au début."


def test_the_warning_shows_at_once_whenever_the_resident_taps(kiosk_settings, make_kiosk) -> None:
    """With the warning as long as the idle time, it shows on the first poll after any tap.
    A coarse idle timer may end 5% late and once said 15.2 s left: the warning came a poll
    late, depending on the moment of the tap (CI, stop 19). Taps at 25 moments in a second."""
    kiosk_settings(reset_after_s=15, warn_before_reset_s=15)
    kiosk = make_kiosk()
    late = []
    for moment in range(25):
        time.sleep(0.041)  # not a divisor of Qt's coarse timer grid: each tap at a new phase
        kiosk.tap("Identiteitskaart")
        kiosk.window.reset_warning.check()
        if not kiosk.window.reset_warning.showing:
            late.append(moment)
        kiosk.window.reset_warning.more_time()
        kiosk.window.go_start()
    assert late == []


def test_the_delete_key_says_it_wipes_one_character(kiosk) -> None:
    check_in = kiosk.window.check_in
    for screen in (check_in.code, check_in.name, check_in.birth):
        assert screen.delete.accessibleName() == "Wis 1 teken"
        assert screen.delete.text() == "Wis 1 teken"
    kiosk.tap("Ik heb een afspraak")
    assert "Zeg hier dat je er bent. Dan krijg je een ticket." in kiosk.texts()
    kiosk.tap("Typ je code")
    kiosk.type_on_keys("KX")
    kiosk.tap("Wis 1 teken")
    assert check_in.code.code == "K"
    # In the resident's language too, on the key and for a screen reader.
    i18n.use_language("kiosk", "fr", kiosk.window)
    for screen in (check_in.code, check_in.name, check_in.birth):
        assert screen.delete.text() == "Effacer 1 caractère"
        assert screen.delete.accessibleName() == "Effacer 1 caractère"


def test_help_says_where_to_go_and_the_services_have_plain_names(kiosk) -> None:
    names = kiosk.button_names()
    assert "Iemand anders laten stemmen" in names and "Hulp met je gsm of computer" in names
    assert not [n for n in names if "Volmacht" in n or "digitaal" in n]
    # The help screen's steps (whichever way the window opens it).
    steps = [label.text() for label in kiosk.window.help.findChildren(QLabel)]
    assert "Zie je je nummer op het scherm? Ga dan naar het loket dat erbij staat." in steps


def test_french_asks_what_you_come_to_do_and_prints_a_four_digit_year(kiosk, printer) -> None:
    kiosk.tap("Français")
    assert "Que venez-vous faire ?" in kiosk.texts()
    kiosk.take_ticket("Carte d'identité", "Non, j'attends mon tour")
    printed = printer.slips[0].printed_at_text
    assert re.fullmatch(r"\d{1,2}/\d{2}/2026 \d{2}:\d{2}", printed), printed


def test_paper_dates_have_four_digit_years_in_every_language() -> None:
    at = datetime(2026, 12, 28, 10, 30)
    printed = {lang: paper_date_time(at, i18n.qt_locale(lang)) for lang in ("nl", "fr", "en", "de")}
    assert printed == {
        "nl": "28/12/2026 10:30",
        "fr": "28/12/2026 10:30",  # CLDR's short form for fr_BE says "28/12/26"
        "en": "28/12/2026 10:30",
        "de": "28.12.2026 10:30",  # and for de_BE "28.12.26"
    }
