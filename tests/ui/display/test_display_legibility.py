"""The waiting counts can be read from the back of the waiting room (issue 11 point 15): capitals
at least 1/200 of the configured viewing distance high on the configured screen, every service
shown (pages taking turns when not all fit), no tile cut off."""

from __future__ import annotations

import math
import time
from dataclasses import replace

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from kiosk.config import ConfigError, load_settings
from tests.ui.display.conftest import open_display


def mm_per_px(diagonal_in: float, width: int, height: int) -> float:
    return diagonal_in * 25.4 / math.hypot(width, height)


def waiting_card(window):  # type: ignore[no-untyped-def]
    card = window._waiting_card
    # The card plans its tiles from a zero-time timer after the counts arrive: on a loaded
    # machine that can come just after the display says it has settled.
    deadline = time.monotonic() + 5
    while getattr(card, "plan", None) is None and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    assert getattr(card, "plan", None) is not None, "the waiting counts have no legible plan"
    return card


def every_page(card) -> list[dict[str, int]]:  # type: ignore[no-untyped-def]
    """The services on each page, turning the pages as the timer would."""
    pages = []
    for _ in range(card.model.page()[1]):
        pages.append(card.model.shown_counts())
        card._next_page()
    return pages


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
def test_waiting_counts_are_legible_at_the_configured_distance(
    qtbot, terminal, recorder, size
) -> None:
    display = terminal.settings.display  # a 55 inch screen read from 5 m
    window = open_display(qtbot, terminal, recorder, size)
    card = waiting_card(window)
    qtbot.waitUntil(lambda: card.model.rowCount() > 0, timeout=3000)
    card.replan()
    plan = card.plan
    needed_mm = display.viewing_distance_m * 1000 / 200  # 25 mm at 5 m
    scale = mm_per_px(display.screen_diagonal_in, *size)
    assert QFontMetrics(plan.name_font).capHeight() * scale >= needed_mm
    assert QFontMetrics(plan.count_font).capHeight() * scale >= needed_mm
    assert plan.legible
    # Every service on some page; every tile of a page whole in the card.
    pages = every_page(card)
    assert set().union(*pages) == set(card.model.counts())
    assert len(card.model.counts()) == 9  # the demo town hall's services
    assert 1 <= len(pages) <= 2
    view = card.view
    for _page in pages:
        for row in range(card.model.rowCount()):
            rect = view.visualRect(card.model.index(row))
            assert view.viewport().rect().contains(rect), (row, rect)
        card._next_page()
    assert card.page_mark.isVisible() == (len(pages) > 1)


def test_a_nearer_seat_or_a_bigger_screen_gives_smaller_text(qtbot, terminal, recorder) -> None:
    far = open_display(qtbot, terminal, recorder)
    far_cap = QFontMetrics(waiting_card(far).plan.name_font).capHeight()
    near = replace(terminal.settings.display, viewing_distance_m=2.5, screen_diagonal_in=65.0)
    terminal.settings = replace(terminal.settings, display=near)
    close = open_display(qtbot, terminal, recorder)
    card = waiting_card(close)
    card.replan()
    near_cap = QFontMetrics(card.plan.name_font).capHeight()
    assert near_cap * mm_per_px(65, 1920, 1080) >= 12.5
    assert near_cap < far_cap * 0.6  # the setting does something
    assert len(every_page(card)) == 1  # all nine at once


@pytest.mark.parametrize(
    ("line", "says"),
    [
        ("screen_diagonal_in = 5", "display.screen_diagonal_in is 5"),
        ("viewing_distance_m = 50", "display.viewing_distance_m is 50"),
    ],
)
def test_the_settings_refuse_a_screen_or_distance_that_makes_no_sense(tmp_path, line, says):
    path = tmp_path / "kiosk.toml"
    path.write_text(f"[display]\n{line}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as refused:
        load_settings(path)
    assert says in refused.value.user_message
    path.write_text("[display]\nscreen_diagonal_in = 43\nviewing_distance_m = 4\n")
    assert load_settings(path).display.viewing_distance_m == 4.0
