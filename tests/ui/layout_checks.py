"""Layout checks on a live kiosk window: no scroll bar, no text clipped or cut short ("…"),
no button or text that shows only in part (cut by the screen's edge, a page's end or a card),
no two buttons overlapping, help and the looks' toggles always wholly on the screen.

``screen_problems(window)`` runs them all; the shared walk through the kiosk's screens
(every_screen.py) runs it on every screen in every look and language, at the moment its PNG
is taken, so every picture ``kiosk screenshots`` writes is checked. Also used by
test_kiosk_bigger_text.py."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QScrollBar, QWidget

from kiosk.ui.kiosk_screen.reach_parts import visible_rect_in
from kiosk.ui.kiosk_screen.window import KioskWindow

SLACK = 2  # px: rounding of layouts
#: Labels that shorten their text with "…" by design: the typed name keeps its end in view
#: (name_screen.py; only a name of 40 letters is that long).
ELIDED_ON_PURPOSE = frozenset({"typedName"})


def rect_in(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def clipped_texts(window: QWidget) -> list[str]:
    """Labels and text buttons whose text needs more room than they have."""
    found: list[str] = []
    for lab in window.findChildren(QLabel):
        text = lab.text().strip()
        if not text or not _shown(lab) or not lab.pixmap().isNull():
            continue
        room = lab.contentsRect()
        fm = lab.fontMetrics()
        name = f"{lab.objectName() or 'QLabel'} {text[:40]!r}"
        if "…" in text and lab.objectName() not in ELIDED_ON_PURPOSE:
            found.append(f"{name}: cut short")
        if lab.wordWrap():
            need = lab.heightForWidth(lab.width())
            if need > lab.height() + SLACK:
                found.append(f"{name}: wraps to {need} px high, has {lab.height()}")
        else:
            width = max(fm.horizontalAdvance(line) for line in text.splitlines())
            if width > room.width() + SLACK:
                found.append(f"{name}: {width} px wide, has {room.width()}")
        lines = max(1, text.count("\n") + 1)
        # A label drawn by its letters (the ticket number): its letters, not a line, must fit.
        line_h = fm.tightBoundingRect(text).height() if lab.property("fitsInk") else fm.height()
        if line_h * (1 if lab.wordWrap() else lines) > room.height() + SLACK:
            found.append(f"{name}: {line_h} px line, has {room.height()}")
        if lab.minimumSizeHint().height() > lab.height() + SLACK and not lab.wordWrap():
            found.append(f"{name}: needs {lab.minimumSizeHint().height()} px, has {lab.height()}")
        parent = lab.parentWidget()
        if isinstance(parent, QAbstractButton) and not parent.rect().contains(lab.geometry()):
            found.append(f"{name}: sticks out of its button {parent.accessibleName()!r}")
    for button in window.findChildren(QAbstractButton):
        text = button.text().strip()
        if not text or not _shown(button) or button.layout() is not None:
            continue  # a button with a layout shows its text in labels (checked above)
        fm = button.fontMetrics()
        name = f"button {text[:40]!r}"
        if fm.horizontalAdvance(text) > button.width():
            found.append(f"{name}: {fm.horizontalAdvance(text)} px wide, has {button.width()}")
        if fm.height() > button.height():
            found.append(f"{name}: {fm.height()} px line, has {button.height()}")
    return found


def _seen(widget: QWidget, window: QWidget) -> QRect:
    """The part of ``widget`` on the screen (a scrolled screen hides the rest)."""
    seen = widget.visibleRegion().boundingRect()
    return QRect(widget.mapTo(window, seen.topLeft()), seen.size())


def _layer(widget: QWidget, window: QWidget) -> QWidget | None:
    """The overlay ``widget`` lies on (a child of the window outside its layout, like "Ben je
    er nog?"), or None: the window's own layout."""
    lay = window.layout()
    layer = None
    while widget.parentWidget() is not None and widget.parentWidget() is not window:
        widget = widget.parentWidget()
    if widget.parentWidget() is window and lay is not None and lay.indexOf(widget) < 0:
        layer = widget
    return layer


def overlapping_buttons(window: QWidget) -> list[str]:
    """Buttons on one layer that overlap (an overlay covers what lies under it: fine)."""
    buttons = [
        b
        for b in window.findChildren(QAbstractButton)
        if _shown(b) and not b.visibleRegion().isEmpty()
    ]
    found: list[str] = []
    for i, a in enumerate(buttons):
        ra = _seen(a, window)
        for b in buttons[i + 1 :]:
            if a.isAncestorOf(b) or b.isAncestorOf(a) or _layer(a, window) != _layer(b, window):
                continue
            if ra.intersects(_seen(b, window)):
                found.append(
                    f"{a.accessibleName() or a.text()!r} / {b.accessibleName() or b.text()!r}"
                )
    return found


def always_there(window: KioskWindow) -> list[str]:
    found: list[str] = []
    screen = window.rect()
    for what, widget in (
        ("help", window.bar.help),
        ("Grotere letters", window.seeing.big_button),
        ("Meer contrast", window.seeing.contrast_button),
        ("Lees voor", window.seeing.speech_button),
        *((("Alles lager", window.reach.button),) if window.reach.needed else ()),
    ):
        if not widget.isVisible() or not screen.contains(rect_in(widget, window)):
            found.append(f"{what} is not (wholly) on the screen")
    return found


def scroll_bars(window: QWidget) -> list[str]:
    """Every scroll bar that shows: the kiosk has none, in any look (page_view.py)."""
    return [
        f"a scroll bar at {rect_in(bar, window).getRect()}"
        for bar in window.findChildren(QScrollBar)
        if _shown(bar) and not bar.visibleRegion().isEmpty()
    ]


def _inside_button(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractButton):
            return True
        parent = parent.parentWidget()
    return False


def half_shown(window: QWidget) -> list[str]:
    """Buttons, text fields and texts that show only in part: cut by the edge of the window,
    of a page (page_view.py) or of whatever holds them. One that does not show at all (on
    another page) is fine."""
    found: list[str] = []
    things: list[QWidget] = [
        *window.findChildren(QAbstractButton),
        *window.findChildren(QLineEdit),
        *(
            lab
            for lab in window.findChildren(QLabel)
            if (lab.text().strip() or not lab.pixmap().isNull()) and not _inside_button(lab)
        ),
    ]
    for w in things:
        if not _shown(w):
            continue
        seen = visible_rect_in(w, window)
        if seen is None:
            continue
        left, top, right, bottom = seen
        if (right - left, bottom - top) != (w.width(), w.height()):
            what = w.accessibleName() or (w.text() if hasattr(w, "text") else "") or ""
            name = f"{type(w).__name__} {w.objectName()} {str(what)[:40]!r}"
            found.append(f"{name}: shows {right - left}x{bottom - top} of {w.width()}x{w.height()}")
    return found


def screen_problems(window: KioskWindow) -> list[str]:
    """Everything above on the window as it is now: what a picture of it must not show."""
    return [
        *scroll_bars(window),
        *clipped_texts(window),
        *half_shown(window),
        *(f"overlap {p}" for p in overlapping_buttons(window)),
        *always_there(window),
    ]


def _path(widget: QWidget, window: QWidget) -> str:
    """A widget's place in the window's tree, the same in every look: each step the class,
    the object name and the index among its parent's children of that class."""
    steps: list[str] = []
    while widget is not window and widget.parentWidget() is not None:
        parent = widget.parentWidget()
        kind = type(widget)
        siblings = [c for c in parent.children() if type(c) is kind]
        steps.append(f"{kind.__name__}#{widget.objectName()}[{siblings.index(widget)}]")
        widget = parent
    return "/".join(reversed(steps))


def geometry_map(window: QWidget) -> dict[str, tuple[int, int, int, int]]:
    """Where every shown widget is on the window: path -> (x, y, width, height)."""
    return {
        _path(w, window): rect_in(w, window).getRect()
        for w in window.findChildren(QWidget)
        if w.isVisible()
    }


def moved_widgets(
    before: dict[str, tuple[int, int, int, int]], after: dict[str, tuple[int, int, int, int]]
) -> list[str]:
    """What moved, changed size, came or went between two ``geometry_map``s."""
    found = [
        f"{p}: {before[p]} -> {after[p]}" for p in before if p in after and before[p] != after[p]
    ]
    found += [f"{p}: gone" for p in before if p not in after]
    found += [f"{p}: new" for p in after if p not in before]
    return found
