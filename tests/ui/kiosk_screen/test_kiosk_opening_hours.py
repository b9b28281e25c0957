"""The kiosk tells the truth about time and place: what can be done here now, and for the rest
when and where it can be done, in plain words. No ticket for a service nobody can serve."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QLabel

from kiosk.storage.demo import LIB_HALLE

from .conftest import local

SATURDAY_SESSION = local(2026, 12, 5, 10, 0)  # "Zaterdagloket": passports and proxy votes
SATURDAY_WITHOUT_SESSION = local(2026, 12, 12, 10, 0)
CHRISTMAS = local(2026, 12, 25, 10, 0)


def line_under(kiosk, service: str) -> str:
    """The short line under a service's name on the start screen."""
    return kiosk.button(service).accessibleDescription()


def lines_under(kiosk) -> dict[str, str]:
    """Every tile's short line, by service code."""
    return {
        b.service_now.service.code: b.accessibleDescription() for b in kiosk.window.start.buttons
    }


def closed_card(kiosk) -> list[str]:
    """What the top of the start screen says when the branch is closed, one sentence a line."""
    card = kiosk.window.start.closed
    assert card.isVisible()
    labels = [lab for lab in card.findChildren(QLabel) if lab.isVisible() and lab.text()]
    return [line for lab in labels for line in re.split(r"(?<=\.)\s+", lab.text())]


def test_every_service_is_listed_and_the_closed_ones_say_why(kiosk) -> None:
    # Monday 9:00 at the town hall.
    names = [b.accessibleName() for b in kiosk.window.start.buttons]
    assert len(names) == 9
    assert line_under(kiosk, "Rijbewijs") == "Alleen met afspraak"
    # Halle, this afternoon
    assert line_under(kiosk, "Hulp met je gsm of computer") == "Nu niet hier"
    assert line_under(kiosk, "Identiteitskaart").startswith("Een nieuwe identiteitskaart")
    assert kiosk.button("Rijbewijs").objectName() == "bigChoiceOff"
    assert kiosk.button("Identiteitskaart").objectName() == "bigChoice"
    assert "Het gemeentehuis is nu gesloten." not in kiosk.texts()


def test_a_service_done_elsewhere_says_where_and_when(kiosk, stored_tickets) -> None:
    kiosk.tap("Hulp met je gsm of computer")
    shown = kiosk.texts()
    assert "Je koos: Hulp met je gsm of computer" in shown
    assert "Dit kan nu niet hier." in shown
    assert "Het kan wel in een ander gebouw:" in shown
    assert "Bibliotheek Halle" in shown
    assert "Kerkplein 1, 2980 Halle" in shown
    assert "Daar kan het vandaag vanaf 14 uur." in shown
    assert stored_tickets() == []
    kiosk.tap("Terug")
    assert "Waarvoor kom je?" in kiosk.texts()


def test_a_service_that_needs_an_appointment_says_how_to_get_one(kiosk) -> None:
    kiosk.tap("Rijbewijs")
    shown = kiosk.texts()
    assert "Hiervoor heb je een afspraak nodig." in shown
    assert (
        "Maak een afspraak aan de balie, bel 03 298 00 00 of ga naar www.zoersel.be/afspraak."
        in shown
    )
    kiosk.tap("Ik heb al een afspraak")
    assert "Hou de code van je brief voor de scanner." in kiosk.texts()


def test_passports_on_the_saturday_session(make_kiosk, clock, printer) -> None:
    clock.set(SATURDAY_SESSION)
    kiosk = make_kiosk()
    assert "Het gemeentehuis is nu gesloten." not in kiosk.texts()
    kiosk.take_ticket("Reispas")
    assert "P001" in kiosk.texts()
    assert [s.number for s in printer.slips] == ["P001"]
    kiosk.tap("Klaar")

    # Only passports and proxy votes on Saturday: an identity card is done in the library now.
    assert line_under(kiosk, "Identiteitskaart") == "Nu niet hier"
    kiosk.tap("Identiteitskaart")
    shown = kiosk.texts()
    assert "Bibliotheek Halle" in shown
    assert "Daar kan het nu, tot 12 uur." in shown


def test_no_passports_on_a_saturday_without_session(make_kiosk, clock, stored_tickets) -> None:
    clock.set(SATURDAY_WITHOUT_SESSION)
    kiosk = make_kiosk()
    # Closed all day here; the libraries are open this morning: where to go instead.
    assert closed_card(kiosk) == [
        "Vandaag is het gemeentehuis dicht.",
        "We zijn weer open op maandag 14 december om 9 uur.",
        "Bibliotheek Halle is nu open, tot 12 uur.",
        "Bibliotheek Zoersel is nu open, tot 12 uur.",
    ]
    assert "Tik op wat je komt doen. Dan zie je wanneer het kan." in kiosk.texts()
    assert set(lines_under(kiosk).values()) == {"Vandaag dicht"}

    kiosk.tap("Reispas")
    shown = kiosk.texts()
    assert "Dit kan nu niet." in shown
    assert "Dit kan hier op maandag 14 december van 9 uur tot 12:30 uur." in shown
    assert "Heb je voorrang nodig?" not in shown
    assert stored_tickets() == []


def test_on_christmas_the_start_screen_says_closed_and_when_it_opens(make_kiosk, clock) -> None:
    clock.set(CHRISTMAS)
    kiosk = make_kiosk()
    # It leads with this building being closed today, then why and when it opens again.
    # Every branch is closed on a holiday: no other place to send anyone today.
    assert closed_card(kiosk) == [
        "Vandaag is het gemeentehuis dicht.",
        "Het is Kerstmis.",
        "We zijn weer open op maandag 28 december om 9 uur.",
    ]
    # Still every service, and every tile in the same state: none suggests that another
    # building is open now ("Nu niet hier": the libraries open only tomorrow).
    start = kiosk.window.start
    assert len(start.buttons) == 9
    assert set(lines_under(kiosk).values()) == {"Vandaag dicht"}
    assert {b.objectName() for b in start.buttons} == {"bigChoiceOff"}
    spoken = start.spoken_parts()
    assert spoken[:3] == closed_card(kiosk)
    assert "Nu niet hier" not in spoken


def test_extra_hours_are_said_only_for_the_services_they_serve(make_kiosk, clock) -> None:
    # Friday 18 December after closing; Saturday 19 December has the passport session.
    clock.set(local(2026, 12, 18, 13, 0))
    kiosk = make_kiosk()
    assert closed_card(kiosk) == [
        "Het gemeentehuis is nu gesloten.",
        # Not "morgen": on Saturday only passports and proxy votes.
        "We zijn weer open op maandag 21 december om 9 uur.",
        "Bibliotheek Zoersel is vandaag open van 14 uur tot 18 uur.",
    ]
    lines = lines_under(kiosk)
    assert lines.pop("passport") == "Morgen vanaf 9 uur"
    # Proxy votes are in the session too, but the Zoersel library has them this afternoon.
    assert set(lines.values()) == {"Vandaag niet meer"}


def test_a_library_closed_all_day_is_called_a_library(make_kiosk, clock) -> None:
    clock.set(local(2026, 12, 1, 10, 0))  # Tuesday: Halle is closed, the others open
    kiosk = make_kiosk(branch=LIB_HALLE)
    assert closed_card(kiosk) == [
        "Vandaag is de bibliotheek dicht.",
        "We zijn weer open morgen om 13:30 uur.",
        "Gemeentehuis Zoersel is nu open, tot 12:30 uur.",
        "Bibliotheek Zoersel is vandaag open van 14 uur tot 19 uur.",
    ]
    assert set(lines_under(kiosk).values()) == {"Vandaag dicht"}


def test_a_library_kiosk_sends_passports_to_the_town_hall(make_kiosk) -> None:
    kiosk = make_kiosk(branch=LIB_HALLE)  # Monday 9:00; the library opens at 14:00
    shown = kiosk.texts()
    assert "Bibliotheek Halle" in shown
    assert "De bibliotheek is nu gesloten." in shown
    assert "We zijn weer open vandaag om 14 uur." in shown

    kiosk.tap("Reispas")
    shown = kiosk.texts()
    assert "Dit kan nu niet hier." in shown
    assert "Gemeentehuis Zoersel" in shown
    assert "Handelslei 167, 2980 Zoersel" in shown
    assert "Daar kan het nu, tot 12:30 uur." in shown


def test_a_library_kiosk_later_today_here(make_kiosk) -> None:
    kiosk = make_kiosk(branch=LIB_HALLE)
    # Identity cards: the town hall is open now, and comes first.
    assert line_under(kiosk, "Identiteitskaart") == "Nu niet hier"
    # Help with digital things: only in the libraries (and the town hall on Wednesday).
    assert line_under(kiosk, "Hulp met je gsm of computer") == "Vandaag vanaf 14 uur"
    kiosk.tap("Hulp met je gsm of computer")
    assert "Dit kan hier vandaag vanaf 14 uur." in kiosk.texts()


def test_a_service_that_closed_between_looking_and_tapping_gives_no_ticket(
    make_kiosk, clock, stored_tickets
) -> None:
    clock.set(local(2026, 11, 30, 12, 18))
    kiosk = make_kiosk()
    assert kiosk.button("Identiteitskaart").objectName() == "bigChoice"  # still fits: 10 min
    kiosk.tap("Identiteitskaart")
    clock.set(local(2026, 11, 30, 12, 25))  # the resident hesitated on the priority question
    kiosk.tap("Nee, ik wacht gewoon")
    kiosk.settle()

    shown = kiosk.texts()
    assert stored_tickets() == []
    assert "Sorry, vandaag lukt het niet meer." in shown
    assert "We gaan bijna dicht. Er is niet genoeg tijd meer om je nog te helpen." in shown
    assert "Bibliotheek Halle" in shown
    assert "Daar kan het vandaag vanaf 14 uur." in shown


def test_a_long_line_before_closing_makes_a_service_closing(make_kiosk, clock, ctx) -> None:
    from kiosk.services import tickets
    from kiosk.storage.demo import TOWN_HALL, service_id

    clock.set(local(2026, 11, 30, 11, 50))
    for _ in range(12):  # two hours of work for the passport counters
        tickets.issue_ticket(ctx, TOWN_HALL, service_id("passport"))
    kiosk = make_kiosk()
    assert line_under(kiosk, "Reispas") == "Vandaag niet meer"
    kiosk.tap("Reispas")
    shown = kiosk.texts()
    assert "Sorry, vandaag lukt het niet meer." in shown
    assert "Dit kan hier morgen van 9 uur tot 12:30 uur." in shown


@pytest.mark.parametrize("orientation", ["portrait", "landscape"])
def test_closed_screens_fit_in_both_orientations(make_kiosk, clock, orientation) -> None:
    clock.set(CHRISTMAS)
    kiosk = make_kiosk(orientation)
    width, height = (1080, 1920) if orientation == "portrait" else (1920, 1080)
    assert (kiosk.window.width(), kiosk.window.height()) == (width, height)
    kiosk.tap("Reispas")
    assert (kiosk.window.width(), kiosk.window.height()) == (width, height)


@pytest.mark.parametrize("orientation", ["portrait", "landscape"])
def test_closed_with_a_printer_problem_still_fits(make_kiosk, clock, ctx, orientation) -> None:
    from kiosk.services import printer_alerts
    from kiosk.services.printer_alerts import PrinterProblem
    from kiosk.storage.demo import TOWN_HALL

    clock.set(CHRISTMAS)
    printer_alerts.report_printer_problem(
        ctx, TOWN_HALL, "test-device", "Testkiosk", PrinterProblem.OUT_OF_PAPER
    )
    kiosk = make_kiosk(orientation)
    kiosk.qtbot.waitUntil(lambda: kiosk.window.start.printer_notice.isVisible(), timeout=3000)
    size = (1080, 1920) if orientation == "portrait" else (1920, 1080)
    assert (kiosk.window.width(), kiosk.window.height()) == size
    start = kiosk.window.start
    assert start.closed.isVisible()
    assert start.minimumSizeHint().height() <= kiosk.window.stack.height()
    assert all(b.height() >= 96 for b in start.buttons)
    assert kiosk.window.bar.help.isVisible()
