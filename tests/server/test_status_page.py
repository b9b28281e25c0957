"""The server on a real loopback port: health, metrics, OpenAPI, and the status page a phone
opens from the QR code on a ticket. Runs on PostgreSQL too when KIOSK_TEST_DATABASE_URL is set."""

from __future__ import annotations

import requests

from kiosk.services import counter_work, tickets
from kiosk.services.context import ServiceContext
from kiosk.storage.demo import TOWN_HALL, counter_id, service_id


def test_health_metrics_and_openapi(base: str) -> None:
    assert requests.get(f"{base}/healthz", timeout=5).json()["status"] == "ok"
    spec = requests.get(f"{base}/openapi.json", timeout=5).json()
    assert {"/healthz", "/metrics", "/t/{token}", "/api/v1/tickets/{token}/status"} <= set(
        spec["paths"]
    )
    metrics = requests.get(f"{base}/metrics", timeout=5).text
    assert 'kiosk_http_requests_total{method="GET",route="/healthz",status="200"} 1' in metrics


def test_the_qr_link_on_a_ticket_opens_its_status_page(ctx: ServiceContext, base: str) -> None:
    tickets.issue_ticket(ctx, TOWN_HALL, service_id("eid"))
    mine = tickets.issue_ticket(ctx, TOWN_HALL, service_id("eid")).value
    assert mine.status_url.startswith(f"{base}/t/")

    page = requests.get(mine.status_url, timeout=5)
    assert page.status_code == 200 and page.headers["cache-control"] == "no-store"
    text = page.text
    assert '<html lang="nl">' in text and 'http-equiv="refresh"' in text
    assert "A002" in text and "Identiteitskaart" in text and "Gemeentehuis Zoersel" in text
    assert "Er is 1 persoon voor jou." in text and "Je wacht ongeveer" in text
    assert "Je nummer" in text

    counter_work.call_next(ctx, counter_id("gemeentehuis", 1))
    counter_work.call_next(ctx, counter_id("gemeentehuis", 1))  # now A002
    text = requests.get(mine.status_url, timeout=5).text
    assert "Je bent aan de beurt!" in text and "Ga naar Loket 1." in text

    # The service in the page's language too (the demo has it in French).
    text = requests.get(f"{mine.status_url}?lang=fr", timeout=5).text
    assert '<div class="service" lang="fr">Carte d&#x27;identité</div>' in text
    assert "Identiteitskaart" not in text


def test_status_as_json(ctx: ServiceContext, base: str) -> None:
    issued = tickets.issue_ticket(ctx, TOWN_HALL, service_id("passport")).value
    body = requests.get(f"{base}/api/v1/tickets/{issued.ticket.token}/status", timeout=5).json()
    assert body == {
        "number": "P001",
        "service": "Reispas",
        "branch": "Gemeentehuis Zoersel",
        "state": "waiting",
        "people_ahead": 0,
        "wait_minutes": body["wait_minutes"],
        "counter": None,
    }
    assert body["wait_minutes"] % 5 == 0


def test_an_unknown_link_gets_a_kind_page_and_404(base: str) -> None:
    page = requests.get(f"{base}/t/not-a-ticket", timeout=5)
    assert page.status_code == 404 and "Dit ticket kennen we niet." in page.text
    api = requests.get(f"{base}/api/v1/tickets/not-a-ticket/status", timeout=5)
    assert api.status_code == 404


def test_the_page_speaks_the_residents_language() -> None:
    from kiosk.server.status_words import WORDS, pick_language

    assert pick_language(None, None) == "nl"
    assert pick_language(None, "de-DE,de;q=0.9,en;q=0.5") == "de"
    assert pick_language(None, "es-ES,es;q=0.9,fr;q=0.3,en;q=0.6") == "en"
    assert pick_language("fr", "de") == "fr"  # the link the resident chose wins
    assert pick_language("xx", "tr-TR") == "nl"
    # Every language says everything the Dutch page says, with the same blanks.
    for words in WORDS.values():
        assert words.keys() == WORDS["nl"].keys()
        for key, text in words.items():
            assert ("{n}" in text) == ("{n}" in WORDS["nl"][key])
            assert ("{counter}" in text) == ("{counter}" in WORDS["nl"][key])
