"""The counter console's screenshots are made at the size asked, for every screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from kiosk.ui.common import i18n
from kiosk.ui.counter.screenshots import render_screenshots


def test_render_screenshots_writes_every_screen(terminal, tmp_path: Path):
    paths = render_screenshots(terminal, tmp_path, size=(1920, 1080))

    assert [p.name for p in paths] == [
        "counter-choose-1920x1080.png",
        "counter-taken-1920x1080.png",
        "counter-queue-1920x1080.png",
        "counter-transfer-1920x1080.png",
        "counter-printer-alert-1920x1080.png",
        "counter-offline-1920x1080.png",
        "counter-appointments-1920x1080.png",
        "counter-booking-1920x1080.png",
        "counter-booking-form-1920x1080.png",
        "counter-booking-done-1920x1080.png",
        "counter-figures-1920x1080.png",
        "counter-close-question-1920x1080.png",
        "counter-sign-in-1920x1080.png",
    ]
    for p in paths:
        assert p.stat().st_size > 10_000
        image = QImage(str(p))
        assert (image.width(), image.height()) == (1920, 1080)


def test_render_screenshots_at_laptop_size_in_french(terminal, tmp_path: Path):
    """Another size and another language in one run (CI time): counter-queue-fr-1366x768.png."""
    paths = render_screenshots(terminal, tmp_path, size=(1366, 768), language="fr")
    assert {QImage(str(p)).size().toTuple() for p in paths} == {(1366, 768)}
    assert len(paths) == 13 and len({p.name for p in paths}) == 13
    assert "counter-queue-fr-1366x768.png" in {p.name for p in paths}
    assert all(p.name.endswith("-fr-1366x768.png") for p in paths)
    # The console's language is Dutch again afterwards.
    assert i18n.current_language("counter") == "nl"
