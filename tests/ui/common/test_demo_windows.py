"""``kiosk demo`` puts each of its windows whole on the screen it opens on (issue 11 point 13):
window frames and minimum sizes counted, on a full HD screen and on a small laptop."""

from __future__ import annotations

import pytest

from kiosk.ui.common.demo_windows import KIOSK_MIN_WIDTH, Edges, arrange

PORTRAIT = 1080 / 1920
#: The counter's and the display's minimum sizes as the demo measured them (compact counter).
COUNTER_MIN, DISPLAY_MIN = (1175, 556), (494, 405)


def framed(box: tuple[int, int, int, int], f: Edges) -> tuple[int, int, int, int]:
    x, y, w, h = box
    return (x - f.left, y - f.top, w + f.left + f.right, h + f.top + f.bottom)


def inside(box: tuple[int, int, int, int], area: tuple[int, int, int, int]) -> bool:
    x, y, w, h = box
    ax, ay, aw, ah = area
    return ax <= x and ay <= y and x + w <= ax + aw and y + h <= ay + ah


@pytest.mark.parametrize(
    "area",
    [(0, 0, 1920, 1080), (0, 0, 1920, 1040), (1920, 0, 1920, 1080), (0, 27, 1366, 741)],
    ids=["full-hd", "full-hd-with-panel", "second-screen", "laptop"],
)
@pytest.mark.parametrize("frame", [Edges(), Edges(2, 2, 2, 2), Edges(1, 37, 1, 1)])
def test_every_window_lies_whole_on_the_screen(area, frame) -> None:
    boxes = arrange(area, frame, PORTRAIT, COUNTER_MIN, DISPLAY_MIN)
    for role, box in boxes.items():
        assert inside(framed(box, frame), area), role
    # Never smaller than they can be: a smaller window grows past its place.
    assert boxes["counter"][2:] >= COUNTER_MIN
    assert boxes["display"][2] >= DISPLAY_MIN[0] and boxes["display"][3] >= DISPLAY_MIN[1]
    assert boxes["kiosk"][2] >= KIOSK_MIN_WIDTH


def test_on_a_full_hd_screen_the_windows_do_not_overlap() -> None:
    area, frame = (0, 0, 1920, 1080), Edges(1, 37, 1, 1)
    boxes = arrange(area, frame, PORTRAIT, COUNTER_MIN, DISPLAY_MIN)
    kiosk, counter, display = (framed(boxes[r], frame) for r in ("kiosk", "counter", "display"))
    assert kiosk[0] + kiosk[2] <= counter[0] == display[0]
    assert counter[1] + counter[3] <= display[1]
    # The kiosk at the screen's full height, in its own shape.
    assert kiosk[3] == 1080 and abs(boxes["kiosk"][2] / boxes["kiosk"][3] - PORTRAIT) < 0.01
