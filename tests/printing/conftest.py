"""Fixtures for the printing tests: a typical Dutch slip and a running fake printer."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime

import pytest

from kiosk.printing.slip import SlipLabels, TicketSlip
from tests.printing.fake_printer import FakeEscposPrinter

STATUS_URL = "https://wachtrij.gemeente.be/t/3f2a9c1e-7b4d-4e8a-9a51-2c6d0e8f1a77"


def _make_slip(**changes: object) -> TicketSlip:
    values: dict[str, object] = {
        "number": "A123",
        "service_name": "Adreswijziging – Attest é",
        "branch_name": "Stadhuis Zottegem",
        "printed_at": datetime(2026, 3, 4, 9, 5),
        "people_ahead_text": "3",
        "wait_text": "ongeveer 10 min",
        "status_url": STATUS_URL,
        "priority_text": "",
    }
    values.update(changes)
    return TicketSlip(**values)  # type: ignore[arg-type]


#: The kiosk's slip labels (kiosk.ui.kiosk_screen.wording.slip_labels) in Dutch, Arabic and
#: French, with the texts that go with them.
DUTCH_LABELS = SlipLabels(
    your_number="Je nummer",
    people_ahead="Mensen voor jou",
    expected_wait="Wachttijd",
    scan_hint="Scan de code. Dan zie je wanneer het je beurt is.",
    footer="Bewaar dit ticket. Kijk naar het scherm in de wachtzaal.",
)
_RESIDENT = {
    "ar": {
        "service_name": "بطاقة الهوية",
        "wait_text": "حوالي ١٠ دقائق",
        "priority_text": "أولوية",
        "labels": SlipLabels(
            your_number="رقمك",
            people_ahead="الأشخاص قبلك",
            expected_wait="مدة الانتظار",
            scan_hint="امسح الرمز. سترى متى يحين دورك.",
            footer="احتفظ بهذه التذكرة. انظر إلى الشاشة في قاعة الانتظار.",
        ),
    },
    "fr": {
        "service_name": "Carte d'identité",
        "wait_text": "environ 10 minutes",
        "priority_text": "Priorité",
        "labels": SlipLabels(
            your_number="Votre numéro",
            people_ahead="Personnes avant vous",
            expected_wait="Temps d'attente",
            scan_hint="Scannez le code. Vous verrez quand c’est votre tour.",
            footer="Gardez ce ticket. Regardez l'écran de la salle d'attente.",
        ),
    },
}


def _make_resident_slip(lang: str, **changes: object) -> TicketSlip:
    """A slip as the kiosk makes it for a resident who chose ``lang`` ("ar", "fr"): in that
    language, carrying the same slip in Dutch. ``changes`` apply to both."""
    dutch = _make_slip(
        service_name="Identiteitskaart",
        wait_text="ongeveer 10 minuten",
        priority_text="Voorrang",
        labels=DUTCH_LABELS,
        **changes,
    )
    return replace(dutch, dutch=dutch, **_RESIDENT[lang])


@pytest.fixture(scope="session")
def make_resident_slip() -> Callable[..., TicketSlip]:
    """Factory: ``make_resident_slip("ar")``, a slip in Arabic with its Dutch version."""
    return _make_resident_slip


@pytest.fixture(scope="session")
def make_slip() -> Callable[..., TicketSlip]:
    """Factory: a typical slip, with any field replaced by keyword."""
    return _make_slip


@pytest.fixture
def slip() -> TicketSlip:
    return _make_slip()


@pytest.fixture
def fake_printer() -> Iterator[FakeEscposPrinter]:
    with FakeEscposPrinter() as fake:
        yield fake
