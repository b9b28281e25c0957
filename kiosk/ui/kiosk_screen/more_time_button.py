"""The button "Ik heb meer tijd nodig" on the ticket screen."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QSizePolicy

from kiosk.ui.common.icons import svg_pixmap
from kiosk.ui.kiosk_screen.widgets import BarButton

#: The clock on "Ik heb meer tijd nodig" (px).
MORE_ICON = 32


class MoreTimeButton(BarButton):
    """The button "Ik heb meer tijd nodig": icon and text, lower than the bar's buttons. Not a
    BigButton: the screen is full standing up, and the ticket is what the resident came for."""

    def __init__(self, text: str) -> None:
        super().__init__("moreTime", text, "clock", white=False)
        lay = self.layout()
        assert lay is not None
        lay.setContentsMargins(20, 0, 24, 0)
        self._icon.setFixedSize(MORE_ICON, MORE_ICON)
        self._paint_icon()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def _paint_icon(self) -> None:
        self._icon.setPixmap(svg_pixmap(self._icon_name, MORE_ICON))

    def sizeHint(self) -> QSize:
        # 52 px: above the 48 px a touch target needs, and the crowded standing screen (a
        # ticket shown again, a long name) still fits; taller when the text is bigger.
        lay = self.layout()
        assert lay is not None
        hint = lay.sizeHint()
        return QSize(hint.width(), max(52, hint.height() + 16))

    minimumSizeHint = sizeHint
