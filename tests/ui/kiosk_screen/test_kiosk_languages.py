"""A resident who reads no Dutch picks a language on the start screen; the next one finds Dutch."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QPushButton

from kiosk.ui.common import i18n


@pytest.fixture(autouse=True)
def back_to_dutch():
    yield
    i18n.use_language("kiosk", "nl")
    QApplication.processEvents()


def test_the_language_row_names_each_language_in_itself(kiosk) -> None:
    row = kiosk.window.start.languages
    names = [b.text() for b in row.buttons.values()]
    assert names == ["Nederlands", "Français", "English", "Deutsch", "العربية"]
    # Dutch is marked, and not by colour alone: checked (for a screen reader) and a check mark.
    dutch = row.buttons["nl"]
    assert dutch.isChecked() and not dutch.icon().isNull()
    assert all(not b.isChecked() and b.icon().isNull() for c, b in row.buttons.items() if c != "nl")


def test_french_for_one_resident_then_dutch_again(kiosk, printer) -> None:
    kiosk.tap("Français")
    assert "Que venez-vous faire ?" in kiosk.texts()
    assert "Waarvoor kom je?" not in kiosk.texts()
    assert kiosk.window.start.languages.buttons["fr"].isChecked()
    assert "J'ai un rendez-vous" in kiosk.button_names()
    assert "Aidez-moi" in kiosk.texts()
    assert kiosk.window.header.date.text() == "lundi 30 novembre"

    kiosk.take_ticket("Carte d'identité", "Non, j'attends mon tour")
    shown = kiosk.texts()
    assert "A001" in shown
    assert "Votre numéro" in shown
    assert "Personne n'attend avant vous." in shown
    assert "Cet écran se ferme dans 20 secondes." in shown
    assert "lundi 30 novembre" in shown  # the date, in French
    assert printer.slips[0].labels.your_number == "Votre numéro"

    kiosk.tap("Terminé")
    kiosk.settle()
    assert kiosk.window.current is kiosk.window.start
    assert i18n.current_language("kiosk") == "nl"
    assert "Waarvoor kom je?" in kiosk.texts()
    assert "Roep iemand" in kiosk.texts()
    assert kiosk.window.header.date.text() == "maandag 30 november"
    assert kiosk.window.start.languages.buttons["nl"].isChecked()


def test_a_plural_in_german(kiosk) -> None:
    kiosk.take_ticket("Identiteitskaart")
    kiosk.tap("Klaar")
    kiosk.tap("Deutsch")
    kiosk.take_ticket("Personalausweis", "Nein, ich warte normal")
    assert "Vor Ihnen ist 1 Person." in kiosk.texts()
    assert "Dieser Bildschirm schließt sich in 20 Sekunden." in kiosk.texts()


def test_a_foreign_start_screen_goes_back_to_dutch_by_itself(kiosk, kiosk_settings) -> None:
    kiosk.tap("English")
    assert "What are you here for?" in kiosk.texts()
    kiosk.window._idle.timeout.emit()  # nobody touched the screen for a while
    assert i18n.current_language("kiosk") == "nl"
    assert "Waarvoor kom je?" in kiosk.texts()


def test_arabic_is_right_to_left_and_mirrored(kiosk) -> None:
    kiosk.tap("العربية")
    kiosk.settle()  # the layouts mirror at their next pass
    window = kiosk.window
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert "ما الذي جئت من أجله؟" in kiosk.texts()
    first, second = window.start.buttons[:2]
    x_first = first.mapTo(window, QPoint(0, 0)).x()
    x_second = second.mapTo(window, QPoint(0, 0)).x()
    assert x_first > x_second  # the first service is on the right
    # Help stays at the same place on every screen, mirrored: now on the left of the bar.
    help_x = window.bar.help.mapTo(window, QPoint(0, 0)).x()
    assert help_x < window.width() // 2

    window.go_start()
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_language_buttons_are_big_enough_to_touch(kiosk) -> None:
    for button in kiosk.window.start.languages.buttons.values():
        assert isinstance(button, QPushButton)
        assert button.height() >= 48 and button.width() >= 48


def test_an_arabic_ticket_is_printed_in_dutch_on_a_printer_without_arabic(kiosk, printer) -> None:
    from kiosk.printing.escpos_ticket import render_escpos
    from kiosk.printing.pdf_ticket import render_pdf

    kiosk.tap("العربية")
    kiosk.take_ticket("بطاقة الهوية", "لا، سأنتظر دوري")
    slip = printer.slips[0]
    assert slip.service_name == "بطاقة الهوية"
    assert slip.labels.your_number != "Je nummer"  # the slip itself is in Arabic
    dutch = slip.dutch
    assert dutch is not None and dutch.dutch is None
    assert dutch.service_name == "Identiteitskaart"
    assert dutch.labels.your_number == "Je nummer"
    assert dutch.wait_text == "bijna aan de beurt"  # nobody ahead
    assert dutch.priority_text == ""
    assert (dutch.number, dutch.printed_at) == (slip.number, slip.printed_at)
    # CP858 has no Arabic letters: the printer prints the Dutch slip, labels and all.
    data = render_escpos(slip)
    for text in ("Je nummer", "Identiteitskaart", "Mensen voor jou", "Wachttijd", "Bewaar dit"):
        assert text.encode("cp858") in data, text
    assert data == render_escpos(dutch)
    assert render_pdf(slip) == render_pdf(dutch)


def test_a_dutch_ticket_carries_no_second_slip(kiosk, printer) -> None:
    kiosk.take_ticket("Identiteitskaart")
    assert printer.slips[0].dutch is None
    assert printer.slips[0].labels.your_number == "Je nummer"


def test_the_slips_texts_in_dutch_whatever_the_kiosk_speaks(kiosk) -> None:
    from kiosk.core.model import PriorityReason
    from kiosk.ui.kiosk_screen import wording

    kiosk.tap("Deutsch")
    assert wording.wait_short(3, 12) != "ongeveer 15 minuten"
    assert wording.wait_short(3, 12, dutch=True) == "ongeveer 15 minuten"
    assert wording.priority_name(next(iter(PriorityReason)), dutch=True) == "Voorrang"
    assert wording.appointment_slip_labels(dutch=True).expected_wait == "Wat nu?"
    assert wording.appointment_badge(dutch=True) == "Afspraak"


def test_a_screen_reader_chooses_a_language_in_one_action(kiosk) -> None:
    """The languages are one choice for assistive technology (issue 11 point 10): radio buttons,
    one checked, whose default action switches the screen's language, as a tap does. Qt's own
    "Toggle" of a checkable button ticked a second language and switched nothing."""
    from PySide6.QtGui import QAccessible

    row = kiosk.window.start.languages

    def seen(code: str):  # type: ignore[no-untyped-def]
        iface = QAccessible.queryAccessibleInterface(row.buttons[code])
        assert iface is not None and iface.isValid()
        return iface

    def checked() -> list[str]:
        return [code for code in row.buttons if seen(code).state().checked]

    assert all(seen(code).role() == QAccessible.Role.RadioButton for code in row.buttons)
    assert checked() == ["nl"]
    group = QAccessible.queryAccessibleInterface(row)
    assert group is not None and group.text(QAccessible.Text.Name) == "Taal"

    french = seen("fr")
    actions = french.actionInterface()
    assert actions is not None
    names = actions.actionNames()
    assert "Toggle" not in names
    actions.doAction(names[0])  # what a screen reader does on "activate"
    kiosk.settle()
    assert i18n.current_language("kiosk") == "fr"
    assert "Que venez-vous faire ?" in kiosk.texts()
    assert checked() == ["fr"]

    dutch = seen("nl").actionInterface()
    assert dutch is not None
    dutch.doAction(dutch.actionNames()[0])
    kiosk.settle()
    assert i18n.current_language("kiosk") == "nl" and checked() == ["nl"]
