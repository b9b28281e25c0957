"""The screenshot tool renders every kiosk screen at the kiosk's real size, and every state a
resident meets: the help call waiting and answered, "Ben je er nog?", each kind of error."""

from __future__ import annotations

import pytest
from every_screen import walk
from PySide6.QtGui import QImage

EXPECTED = [
    "start",
    "priority",
    "ticket",
    "ticket-printer-problem",
    # Help: someone is called, and a clerk answered "Ik kom".
    "help-call",
    "help-answered",
    # "Ben je er nog?" over a screen left untouched.
    "reset-warning",
    # Errors: the ticket could not be made; the check-in found nothing or cannot look.
    "error",
    # Opening hours: what cannot be done here now, and the town hall on a holiday.
    "info-appointment",
    "info-elsewhere",
    "info-later",
    "start-closed",
    # Check-in: the three ways in and the answers.
    "check-in",
    "check-in-code",
    "check-in-name",
    "check-in-birth",
    "check-in-choose",
    "ticket-appointment",
    "check-in-not-found",
    "check-in-no-match",
    "check-in-offline",
    "check-in-too-early",
    "check-in-too-late",
]


@pytest.mark.parametrize(
    ("orientation", "size"), [("portrait", (1080, 1920)), ("landscape", (1920, 1080))]
)
def test_screenshots_of_every_screen(terminal, tmp_path, orientation, size) -> None:
    paths = walk(terminal, tmp_path, orientation).saved  # the shared walk (every_screen.py)

    width, height = size
    names = {p.name for p in paths}
    for screen in EXPECTED:
        assert f"kiosk-{screen}-{width}x{height}.png" in names
        # Every screen also with bigger text and with more contrast (seeing.py).
        assert f"kiosk-{screen}-big-{width}x{height}.png" in names
        assert f"kiosk-{screen}-contrast-{width}x{height}.png" in names
    for path in paths:
        assert path.exists() and path.stat().st_size > 10_000
        image = QImage(str(path))
        assert (image.width(), image.height()) == size, path.name
    # Each state is its own picture: the answer changed the call's card, the warning covers
    # the screen it warns about.
    by_name = {p.name: p for p in paths}

    def picture(name: str) -> QImage:
        return QImage(str(by_name[f"kiosk-{name}-{width}x{height}.png"]))

    assert picture("help-call") != picture("help-answered")
    assert picture("reset-warning") != picture("priority")
    assert picture("check-in-no-match") != picture("check-in-offline")
    assert picture("error") != picture("busy")
    # It made its own printer trouble for the pictures, and cleaned it up.
    assert walk(terminal, tmp_path, orientation).alerts_left == []
