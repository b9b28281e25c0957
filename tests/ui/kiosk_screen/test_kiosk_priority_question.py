"""The priority question pushes no answer (issue 11 point 8): "Nee" is no big green button with
a tick (that reads as "already chosen"), and no answer says that most people choose it. All four
answers look alike, as drawn, in both orientations."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QPushButton

NO = "Nee, ik wacht gewoon"
ANSWERS = [NO, "Ja, ik ben 65 jaar of ouder", "Ja, ik heb een beperking", "Ja, ik ben zwanger"]


def _drawn(button) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """The button's fill (right of its text) and its edge, as rendered."""
    image = button.grab().toImage()
    y = image.height() // 2
    fill: QColor = image.pixelColor(image.width() - 14, y)
    edge: QColor = image.pixelColor(image.width() - 2, y)
    return fill.name(), edge.name()


@pytest.mark.parametrize("orientation", ["portrait", "landscape"])
def test_every_answer_to_the_priority_question_looks_the_same(make_kiosk, orientation) -> None:
    kiosk = make_kiosk(orientation)
    kiosk.tap("Identiteitskaart")
    answers = [kiosk.button(name) for name in ANSWERS]

    assert {b.objectName() for b in answers} == {"bigChoice"}  # one style, the neutral one
    widths, heights = [b.width() for b in answers], [b.height() for b in answers]
    assert max(widths) - min(widths) <= 1 and max(heights) - min(heights) <= 1  # a rounding px
    assert len({b.icon.size().toTuple() for b in answers}) == 1
    assert len({_drawn(b) for b in answers}) == 1, [_drawn(b) for b in answers]
    # No tick on "Nee", and nothing under any answer that steers ("most people choose this").
    assert not any(b.accessibleDescription() for b in answers)
    assert "meeste mensen" not in kiosk.texts()
    # The same sentence for every answer when read aloud: its name, nothing more.
    parts = kiosk.window.priority.spoken_parts()
    assert parts[-4:] == ANSWERS


def test_all_four_answers_show_together_in_the_low_layout(make_kiosk) -> None:
    """The low layout: no answer is left for a next page ("Meer")."""
    kiosk = make_kiosk("portrait")
    kiosk.tap("Identiteitskaart")
    window = kiosk.window
    window.reach.set_low(True)
    kiosk.settle()
    seen = window.rect()
    for button in [b for b in window.priority.findChildren(QPushButton) if b.accessibleName()]:
        top_left = button.mapTo(window, button.rect().topLeft())
        assert button.isVisible() and seen.contains(top_left)
        shown = button.visibleRegion().boundingRect().size()
        assert shown == button.size(), button.accessibleName()  # whole, on this page
