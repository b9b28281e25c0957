"""The display's screenshots are made for every size, and in another language."""

from __future__ import annotations

from PySide6.QtGui import QImage

from kiosk.ui.common import i18n
from kiosk.ui.display.screenshots import render_screenshots


def test_render_screenshots_writes_every_state_at_every_size(terminal, tmp_path):
    sizes = ((1920, 1080), (1280, 720), (1080, 1920))

    paths = render_screenshots(terminal, tmp_path, sizes=sizes)

    expected = {
        f"display-{state}-{w}x{h}.png" for state in ("empty", "calls", "offline") for w, h in sizes
    }
    assert {p.name for p in paths} == expected
    for p in paths:
        image = QImage(str(p))
        w, h = (int(v) for v in p.stem.split("-")[-1].split("x"))
        assert p.stat().st_size > 10_000
        assert (image.width(), image.height()) == (w, h)


def test_render_screenshots_in_another_language(terminal, tmp_path):
    paths = render_screenshots(terminal, tmp_path, sizes=((1280, 720),), language="de")

    assert [p.name for p in paths] == [
        "display-empty-de-1280x720.png",
        "display-calls-de-1280x720.png",
        "display-offline-de-1280x720.png",
    ]
    assert i18n.current_language("display") == "nl"
