"""The phone page names the counter in the page's language (issue 11 point 12): a French page
says "Allez au guichet 1.", a German one "Gehen Sie zu Schalter 1.", not "Loket 1"; and it says
"Je nummer", like the kiosk and the ticket. Runs on PostgreSQL too when KIOSK_TEST_DATABASE_URL
is set."""

from __future__ import annotations

import requests

from kiosk.server.status_words import counter_words
from kiosk.services import counter_work, tickets
from kiosk.services.context import ServiceContext
from kiosk.storage.demo import TOWN_HALL, counter_id, service_id


def test_a_called_ticket_names_its_counter_in_the_pages_language(
    ctx: ServiceContext, base: str
) -> None:
    mine = tickets.issue_ticket(ctx, TOWN_HALL, service_id("eid")).value
    counter_work.call_next(ctx, counter_id("gemeentehuis", 1))

    dutch = requests.get(mine.status_url, timeout=5).text
    assert "Je nummer" in dutch and "Jouw nummer" not in dutch
    assert "Ga naar Loket 1." in dutch

    french = requests.get(f"{mine.status_url}?lang=fr", timeout=5).text
    assert "Allez au guichet 1." in french and "Loket" not in french
    german = requests.get(f"{mine.status_url}?lang=de", timeout=5).text
    assert "Gehen Sie zu Schalter 1." in german and "Loket" not in german
    english = requests.get(f"{mine.status_url}?lang=en", timeout=5).text
    assert "Go to counter 1." in english and "Loket" not in english

    counter_work.start_serving(ctx, counter_id("gemeentehuis", 1), mine.ticket.id)
    german = requests.get(f"{mine.status_url}?lang=de", timeout=5).text
    assert "Sie sind an Schalter 1." in german


def test_the_usual_counter_names_and_a_name_of_the_municipalitys_own() -> None:
    assert counter_words("Loket 3", 3, "nl", "to") == "Loket 3"
    assert counter_words("Balie", 1, "fr", "to") == "à l'accueil"
    assert counter_words("Balie", 1, "de", "to") == "zum Empfang"
    assert counter_words("Balie", 1, "de", "at") == "am Empfang"
    assert counter_words("Vrijwilliger", 2, "en", "at") == "the volunteers' desk"
    assert counter_words("loket  4", 4, "fr", "at") == "au guichet 4"
    # The sign over the counter says the municipality's name: the page says it too.
    assert counter_words("Burgerzaken", 3, "fr", "to") == "au guichet 3 (Burgerzaken)"
