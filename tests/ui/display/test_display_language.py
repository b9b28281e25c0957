"""The display in its own language: counted texts with plural forms, the clock in its locale."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale, Qt

from kiosk.services.catalogue import branch_catalogue
from kiosk.storage.demo import TOWN_HALL
from kiosk.ui.common import i18n
from kiosk.ui.display import window
from kiosk.ui.display.models import WaitingModel

BRUSSELS = ZoneInfo("Europe/Brussels")


@pytest.fixture
def speak(qapp):  # type: ignore[no-untyped-def]
    yield lambda lang: i18n.use_language("display", lang)
    i18n.use_language("display", i18n.SOURCE_LANGUAGE)


def test_waiting_counts_have_plural_forms(speak, ctx) -> None:
    service = branch_catalogue(ctx, TOWN_HALL).services[0]
    model = WaitingModel()
    model.set_rows([(service, 1)])

    def said() -> str:
        return str(model.index(0).data(Qt.ItemDataRole.DisplayRole)).split(": ", 1)[-1]

    speak("nl")
    assert said() == "1 wachtende"
    speak("de")
    assert said() == "1 Person wartet"
    model.set_rows([(service, 3)])
    assert said() == "3 Personen warten"


def test_the_clock_follows_the_display_locale(speak, monkeypatch) -> None:
    at = datetime(2026, 12, 1, 9, 42, tzinfo=UTC)  # 10:42 in Brussels
    speak("fr")
    assert window.time_text(at, BRUSSELS) == "10:42"
    us = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    monkeypatch.setattr(window, "display_locale", lambda: us)
    assert window.time_text(at, BRUSSELS).replace("\u202f", " ") == "10:42 AM"
