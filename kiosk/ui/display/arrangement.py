"""Where the display's three parts go on a landscape or portrait screen, and their style sheet.

The window only says which parts and how big the screen is; this keeps the numbers in one place.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QGridLayout, QWidget

from kiosk.ui.common.theme import Colours


def arrange(grid: QGridLayout, parts: tuple[QWidget, QWidget, QWidget], portrait: bool) -> None:
    """``parts``: the call panel, the latest calls, the waiting counts. Landscape: call and
    latest calls side by side, waiting below. Portrait: stacked."""
    panel, recent, waiting = parts
    for w in parts:
        grid.removeWidget(w)
    for i in range(3):
        grid.setRowStretch(i, 0)
        grid.setColumnStretch(i, 0)
    if portrait:
        grid.addWidget(panel, 0, 0)
        grid.addWidget(recent, 1, 0)
        grid.addWidget(waiting, 2, 0)
        for row, stretch in enumerate((9, 12, 15)):
            grid.setRowStretch(row, stretch)
        grid.setColumnStretch(0, 1)
    else:
        grid.addWidget(panel, 0, 0)
        grid.addWidget(recent, 0, 1)
        grid.addWidget(waiting, 1, 0, 1, 2)
        grid.setRowStretch(0, 11)
        grid.setRowStretch(1, 9)
        grid.setColumnStretch(0, 11)
        grid.setColumnStretch(1, 8)


def window_style(px: Callable[[float], int]) -> str:
    """The window's style sheet, ``px`` turning the sizes for a 1920x1080 screen into this
    screen's pixels."""
    return f"""
        QFrame#header QLabel#branchName {{ font-size: {px(46)}px; font-weight: 700; }}
        QFrame#header QLabel#clock {{ font-size: {px(66)}px; font-weight: 700; }}
        QFrame#header QLabel#date {{ font-size: {px(24)}px; color: #DCE4EE; }}
        QLabel#offlineMark {{ font-size: {px(28)}px; font-weight: 700; color: #1B1B1B;
          background: #FFD23F; border-bottom: {px(3)}px solid #8A6500;
          padding: {px(10)}px {px(28)}px; }}
        QLabel#cardTitle {{ font-size: {px(30)}px; font-weight: 700; color: {Colours.NAVY}; }}
        QLabel#pageMark {{ font-size: {px(30)}px; font-weight: 700; color: {Colours.NAVY}; }}
        QLabel#noCalls {{ font-size: {px(30)}px; color: {Colours.MUTED}; }}
        QFrame#card {{ border-radius: {px(20)}px; }}
        """
