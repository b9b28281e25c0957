"""The municipality's services in the resident's language: a resident who picks Français reads
"Carte d'identité", on the buttons, the question after, the ticket and the paper; the next
resident finds Dutch again. On a holiday the kiosk names it in the resident's language."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.services.service_texts import remove_service_text, set_service_text
from kiosk.storage.demo import SERVICES
from kiosk.storage.demo_texts import DEMO_TEXTS
from kiosk.ui.common import i18n

from .conftest import local

DUTCH = [name for _code, _letter, name, *_ in SERVICES]


@pytest.fixture(autouse=True)
def back_to_dutch():
    yield
    i18n.use_language("kiosk", "nl")
    QApplication.processEvents()


def names_on_buttons(kiosk) -> list[str]:  # type: ignore[no-untyped-def]
    return [b.accessibleName() for b in kiosk.window.start.buttons]


def in_language(lang: str, field: int = 0) -> list[str]:
    return [DEMO_TEXTS[code][lang][field] for code, *_ in SERVICES]


def test_the_service_buttons_follow_the_language_row(kiosk) -> None:
    assert names_on_buttons(kiosk) == DUTCH
    kiosk.tap("Français")
    assert names_on_buttons(kiosk) == in_language("fr")
    shown = kiosk.texts()
    assert "Carte d'identité" in shown and "Identiteitskaart" not in shown
    assert DEMO_TEXTS["eid"]["fr"][1] in shown  # the description under the name, in French
    kiosk.tap("English")
    assert names_on_buttons(kiosk) == in_language("en")
    kiosk.tap("العربية")
    assert names_on_buttons(kiosk) == in_language("ar")
    kiosk.tap("Nederlands")
    assert names_on_buttons(kiosk) == DUTCH


def test_a_french_resident_reads_french_to_the_end_and_the_next_one_dutch(kiosk, printer) -> None:
    kiosk.tap("Français")
    kiosk.tap("Carte d'identité")
    assert "Votre choix : Carte d'identité" in kiosk.texts()
    kiosk.tap("Non, j'attends mon tour")
    kiosk.settle()
    shown = kiosk.texts()
    assert "Carte d'identité" in shown
    assert DEMO_TEXTS["eid"]["fr"][2] in shown  # what to bring, in French
    slip = printer.slips[0]
    assert slip.service_name == "Carte d'identité"
    # For a printer that lacks the letters: the Dutch slip, service name and all.
    assert slip.dutch is not None and slip.dutch.service_name == "Identiteitskaart"

    kiosk.tap("Terminé")
    kiosk.settle()
    assert i18n.current_language("kiosk") == "nl"
    assert names_on_buttons(kiosk) == DUTCH
    assert "Identiteitskaart" in kiosk.texts() and "Carte d'identité" not in kiosk.texts()


def test_an_admins_change_shows_at_once_and_without_a_text_dutch_shows(kiosk, ctx) -> None:
    kiosk.tap("Français")
    set_service_text(ctx, "eid", "fr", name="Carte eID")
    # The catalogue change comes by the change feed; the start screen draws again.
    kiosk.qtbot.waitUntil(lambda: names_on_buttons(kiosk)[0] == "Carte eID", timeout=5000)
    remove_service_text(ctx, "eid", "fr")
    kiosk.qtbot.waitUntil(lambda: names_on_buttons(kiosk)[0] == "Identiteitskaart", timeout=5000)
    assert names_on_buttons(kiosk)[1] == "Passeport"  # the others keep their French


def test_on_christmas_the_holiday_is_named_in_the_residents_language(make_kiosk, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(local(2026, 12, 25, 10, 0))
    kiosk = make_kiosk()
    assert kiosk.window.start.closed.lines()[:2] == [
        "Vandaag is het gemeentehuis dicht.",
        "Het is Kerstmis.",
    ]
    kiosk.tap("Français")
    assert kiosk.window.start.closed.lines()[:2] == [
        "Aujourd'hui, la maison communale est fermée.",
        "C'est Noël.",
    ]
    kiosk.tap("العربية")
    assert kiosk.window.start.closed.lines()[1] == "إنه عيد الميلاد."
    kiosk.tap("Nederlands")
    assert kiosk.window.start.closed.lines()[1] == "Het is Kerstmis."
