"""Layout checks on a live kiosk window: no text clipped, no two buttons overlapping, help
and the looks' toggles always wholly on the screen. Used by test_kiosk_bigger_text.py and the
shared walk through the kiosk's screens (every_screen.py)."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QLabel, QPushButton, QWidget

from kiosk.ui.kiosk_screen.widgets import BarButton, BigButton
from kiosk.ui.kiosk_screen.window import KioskWindow

SLACK = 2  # px: rounding of layouts


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
        if lab.wordWrap():
            need = lab.heightForWidth(lab.width())
            if need > lab.height() + SLACK:
                found.append(f"{name}: wraps to {need} px high, has {lab.height()}")
        else:
            width = max(fm.horizontalAdvance(line) for line in text.splitlines())
            if width > room.width() + SLACK:
                found.append(f"{name}: {width} px wide, has {room.width()}")
        lines = max(1, text.count("\n") + 1)
        if fm.height() * (1 if lab.wordWrap() else lines) > room.height() + SLACK:
            found.append(f"{name}: {fm.height()} px line, has {room.height()}")
        if lab.minimumSizeHint().height() > lab.height() + SLACK and not lab.wordWrap():
            found.append(f"{name}: needs {lab.minimumSizeHint().height()} px, has {lab.height()}")
        parent = lab.parentWidget()
        if isinstance(parent, QPushButton) and not parent.rect().contains(lab.geometry()):
            found.append(f"{name}: sticks out of its button {parent.accessibleName()!r}")
    for button in window.findChildren(QPushButton):
        text = button.text().strip()
        if not text or not _shown(button) or isinstance(button, BigButton | BarButton):
            continue
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


def overlapping_buttons(window: QWidget) -> list[str]:
    buttons = [
        b
        for b in window.findChildren(QAbstractButton)
        if _shown(b) and not b.visibleRegion().isEmpty()
    ]
    found: list[str] = []
    for i, a in enumerate(buttons):
        ra = _seen(a, window)
        for b in buttons[i + 1 :]:
            if a.isAncestorOf(b) or b.isAncestorOf(a):
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
        *((("Alles lager", window.reach.button),) if window.reach.needed else ()),
    ):
        if not widget.isVisible() or not screen.contains(rect_in(widget, window)):
            found.append(f"{what} is not (wholly) on the screen")
    return found
