"""The waiting-room display names services in its own language ([display] language), Dutch
where the municipality wrote no text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kiosk.core.model import Service
from kiosk.core.service_texts import ServiceText
from kiosk.ui.common import i18n
from kiosk.ui.display.models import WaitingModel

EID = Service(
    "s1", "eid", "A", "Identiteitskaart", "", "", 10, texts=(ServiceText("fr", "Carte d'identité"),)
)
MOVE = Service("s2", "move", "V", "Verhuizen", "", "", 10)


@pytest.fixture(autouse=True)
def back_to_dutch(qapp):  # type: ignore[no-untyped-def]
    yield
    i18n.use_language("display", "nl")


def test_waiting_tiles_follow_the_display_language(qapp) -> None:  # type: ignore[no-untyped-def]
    model = WaitingModel()
    model.set_rows([(EID, 2), (MOVE, 0)])
    assert model.counts() == {"Identiteitskaart": 2, "Verhuizen": 0}
    i18n.use_language("display", "fr")
    assert model.counts() == {"Carte d'identité": 2, "Verhuizen": 0}  # no French: Dutch
    shown = model.data(model.index(0, 0), Qt.ItemDataRole.DisplayRole)
    assert "Carte d'identité" in shown
