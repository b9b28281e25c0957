"""The counter's band (issue 12 point 2) speaks the counter's language: its texts are in the
counter's catalogue, not only in the kiosk's, so a French counter says them in French."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from kiosk import terminal_run
from kiosk.ui.common import i18n
from kiosk.ui.common.link_banner import KioskWords, LinkBanner
from kiosk.ui.common.link_status import LinkStatus
from kiosk.ui.counter.link_words import CounterWords


@pytest.fixture
def speak(qapp: Any) -> Iterator[Callable[[str], bool]]:
    """``speak("fr")`` switches the console's language (its catalogue only, as ``kiosk run
    --role counter`` does); Dutch again afterwards."""
    yield lambda lang: i18n.use_language("counter", lang)
    i18n.use_language("counter", i18n.SOURCE_LANGUAGE)


def _outdated_and_late(qapp: Any) -> LinkBanner:
    status = LinkStatus()
    banner = LinkBanner(status, CounterWords())
    status.report_outdated(True)
    status.report_clock(-301.0)
    qapp.processEvents()
    return banner


@pytest.mark.parametrize(
    ("lang", "outdated", "clock"),
    [
        (
            "fr",
            "Cet ordinateur doit être mis à jour.",
            "L'horloge de cet ordinateur retarde de 5 minutes par rapport au serveur. "
            "Prévenez l'administrateur.",
        ),
        (
            "en",
            "This computer needs an update.",
            "This computer's clock is 5 minutes behind the server. Tell the administrator.",
        ),
        (
            "de",
            "Dieser Computer braucht ein Update.",
            "Die Uhr dieses Computers ist 5 Minuten hinter der Uhr des Servers. "
            "Sagen Sie es dem Administrator.",
        ),
    ],
)
def test_a_counter_shows_the_band_in_its_own_language(
    qapp: Any, speak: Callable[[str], bool], lang: str, outdated: str, clock: str
) -> None:
    assert speak(lang)
    first, second = _outdated_and_late(qapp).text().split("\n")
    assert first.startswith(outdated)
    assert second == clock


def test_one_minute_is_singular_in_dutch_too(qapp: Any, speak: Callable[[str], bool]) -> None:
    speak("nl")
    status = LinkStatus()
    banner = LinkBanner(status, CounterWords())
    status.report_clock(61.0)
    qapp.processEvents()
    assert banner.text() == (
        "De klok van deze computer loopt 1 minuut voor op de server. Verwittig de beheerder."
    )


def test_the_band_follows_a_switch_of_language(qapp: Any, speak: Callable[[str], bool]) -> None:
    banner = _outdated_and_late(qapp)
    assert banner.text().startswith("Deze computer heeft een update nodig.")
    speak("fr")
    qapp.processEvents()
    assert banner.text().startswith("Cet ordinateur doit être mis à jour.")


def test_kiosk_run_gives_each_role_its_own_words() -> None:
    assert isinstance(terminal_run._link_words("counter"), CounterWords)
    assert isinstance(terminal_run._link_words("volunteer"), CounterWords)
    assert isinstance(terminal_run._link_words("kiosk"), KioskWords)
    assert terminal_run._link_words("display") is None
