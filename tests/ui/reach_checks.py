"""Checks of the low layout "Alles lager" (reach_layout.py) on a live kiosk window standing up,
run by the shared walk (every_screen.py) on every screen in every look, and by
test_kiosk_low_layout.py: every control 380-1220 mm above the floor and at least 9 mm with
2 mm between two, at the kiosk's configured screen size (kiosk/core/reach.py converts design
pixels to mm); every control of a screen shown whole on some page ("Meer"); the rows above
reach hold no control, only the screen's read-only top, and they are not left empty.
"""

from __future__ import annotations

from itertools import combinations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QWidget

from kiosk.core.reach import ScreenReach
from kiosk.ui.kiosk_screen.reach_parts import controls_of, visible_rect_in
from kiosk.ui.kiosk_screen.window import KioskWindow

#: The other mounting height tried on every screen: higher, so less of the screen is in reach.
HIGHER_MM = 950
#: The calm area's words start this close under the header (px): the top is not left empty.
CALM_TOP_MAX = 40

Rect = tuple[int, int, int, int]


def _overlays(window: QWidget) -> list[QWidget]:
    """What lies over the screen ("Ben je er nog?"): shown children of the window outside
    its layout."""
    lay = window.layout()
    return [
        w
        for w in window.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if w.isVisible() and lay is not None and lay.indexOf(w) < 0
    ]


def targets(window: QWidget) -> list[tuple[QWidget, Rect]]:
    """Every control a resident can touch now, with the part of it that shows (only those on
    an overlay while one covers the screen)."""
    found: list[tuple[QWidget, Rect]] = []
    over = _overlays(window)
    for w in window.findChildren(QAbstractButton) + window.findChildren(QLineEdit):
        if not (w.isVisible() and w.isEnabled()):
            continue
        if over and not any(o.isAncestorOf(w) for o in over):
            continue
        rect = visible_rect_in(w, window)
        if rect is not None:
            found.append((w, rect))
    return found


def name_of(w: QWidget) -> str:
    return w.accessibleName() or (w.text() if hasattr(w, "text") else "") or w.objectName()


def page_button(window: QWidget, name: str) -> QAbstractButton | None:
    """The page button ("Vorige" or "Meer") on screen now, if any."""
    for b in window.findChildren(QAbstractButton):
        if b.isVisible() and b.accessibleName() == name:
            return b
    return None


def out_of_reach(window: KioskWindow, where: str) -> list[str]:
    band = window.reach.band
    assert band is not None
    return [
        f"{where}: {name_of(w)!r} rows {top}-{bottom} outside {band.top}-{band.bottom}"
        for w, (_left, top, _right, bottom) in targets(window)
        if not band.holds(top, bottom)
    ]


def too_small_or_close(window: KioskWindow, reach: ScreenReach, where: str) -> list[str]:
    problems = []
    least, gap = reach.target_px(), reach.spacing_px()
    found = targets(window)
    for w, _rect in found:
        if w.width() < least or w.height() < least:
            mm = f"{reach.px_to_mm(w.width()):.1f} x {reach.px_to_mm(w.height()):.1f} mm"
            problems.append(f"{where}: {name_of(w)!r} is {mm}, less than 9 mm")
    for (a, ra), (b, rb) in combinations(found, 2):
        if a.isAncestorOf(b) or b.isAncestorOf(a):
            continue
        dx = max(rb[0] - ra[2], ra[0] - rb[2])
        dy = max(rb[1] - ra[3], ra[1] - rb[3])
        apart = max(dx, dy)  # < 0 on both axes: they overlap
        if apart < gap:
            problems.append(f"{where}: {name_of(a)!r} and {name_of(b)!r} are {apart} px apart")
    return problems


def every_control_on_some_page(window: KioskWindow, where: str) -> list[str]:
    """Turning pages with "Meer" shows every control of the screen whole, within reach, and
    "Vorige" leads back to the first page."""
    page = window.current
    wanted = {w for w in controls_of(page) if w.isEnabled()}
    seen: set[QWidget] = set()
    problems: list[str] = []
    for _ in range(30):
        QApplication.processEvents()
        problems += out_of_reach(window, where)
        for w, (left, top, right, bottom) in targets(window):
            if (right - left, bottom - top) == (w.width(), w.height()):
                seen.add(w)
        down = page_button(window, "Meer")
        if down is None or not down.isEnabled():
            break
        down.click()
    for _ in range(30):
        up = page_button(window, "Vorige")
        if up is None or not up.isEnabled():
            break
        up.click()
    missing = sorted(name_of(w) for w in wanted - seen)
    if missing:
        problems.append(f"{where}: never shown whole, even with 'Meer': {missing}")
    return problems


def calm_problems(window: KioskWindow, where: str) -> list[str]:
    """Above the band: no control, and words from the top (not an empty top third)."""
    reach = window.reach
    problems = [f"{where}: {name_of(w)!r} above reach" for w in controls_of(reach.calm)]
    shown = [
        w.mapTo(window, QPoint(0, 0)).y() for w in reach.calm.findChildren(QWidget) if w.isVisible()
    ]
    header_bottom = window.header.mapTo(window, QPoint(0, window.header.height())).y()
    if not shown or min(shown) - header_bottom > CALM_TOP_MAX:
        problems.append(f"{where}: the rows above reach start empty ({shown})")
    return problems


def reach_problems(window: KioskWindow, name: str, higher: ScreenReach) -> list[str]:
    """All of the above for one screen in one look (``name`` as the screenshots name it)."""
    reach = window.reach
    problems = too_small_or_close(window, reach.reach, name)
    if not name.endswith(("-low", "-low-big")):
        # The toggle itself is always within reach, on every screen.
        band = reach.band
        rect = visible_rect_in(reach.button, window)
        if band is None or rect is None or not band.holds(rect[1], rect[3]):
            problems.append(f"{name}: 'Alles lager' not within reach ({rect})")
        return problems
    if not (reach.low and reach.calm.isVisible()):
        return [*problems, f"{name}: not in the low layout"]
    problems += calm_problems(window, name)
    if _overlays(window):  # "Ben je er nog?" covers the screen: its button within reach
        return problems + out_of_reach(window, name)
    problems += every_control_on_some_page(window, name)
    if name.endswith("-low"):
        default = reach.reach
        reach.use_reach(higher)
        problems += every_control_on_some_page(window, f"{name} at {HIGHER_MM} mm")
        reach.use_reach(default)
        QApplication.processEvents()
    return problems
