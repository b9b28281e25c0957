"""What the kiosk's card and keypad screens share: the page, typing one value, an icon beside texts.

``KioskPage``: the screen's name for the style sheets (``kioskPage``), its own style sheet and a
column with the kiosk's margins (``page``). ``KeypadScreen``: a page that types one value on a
big keypad (the appointment code, the family name, the birth date): what is typed, "Wis 1 teken"
and the button that goes on. ``icon_beside``: an icon next to a column of texts, as on the cards
of the help call, a building's address, the scan hint and the printer's news.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.kiosk_screen.keypad import KEYPAD_QSS, ActionRow, action_button
from kiosk.ui.kiosk_screen.widgets import MARGIN, icon_label, label

#: In ``stack``: room that grows.
STRETCH = None


def stack(column: QBoxLayout, parts: Iterable[QWidget | QLayout | int | None]) -> None:
    """Add ``parts`` to ``column`` in order: a widget, a layout, a number (that many pixels of
    room) or STRETCH."""
    for part in parts:
        if part is STRETCH:
            column.addStretch(1)
        elif isinstance(part, int):
            column.addSpacing(part)
        elif isinstance(part, QLayout):
            column.addLayout(part)
        else:
            column.addWidget(part)


class KioskPage(QWidget):
    """A kiosk screen: ``page`` is its column, with the margins every screen keeps (less at
    the top lying down, where the height is short)."""

    def __init__(self, landscape: bool, style: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskPage")
        if style:
            self.setStyleSheet(style)
        self.page = QVBoxLayout(self)
        self.page.setContentsMargins(MARGIN, 28 if landscape else 40, MARGIN, 32)
        self.page.setSpacing(12)

    def add_chosen_service(self) -> None:
        """A row with the service the resident chose a moment ago (``service_icon``,
        ``service_name``, filled by the screen), so they know they are on the right track."""
        row = QHBoxLayout()
        row.setSpacing(16)
        self.service_icon = icon_label("question", 48)
        row.addWidget(self.service_icon)
        self.service_name = label("", "bodyStrong")  # wraps: a long name with bigger text
        row.addWidget(self.service_name, 1)
        self.page.addLayout(row)


class KeypadScreen(KioskPage):
    """A page that types one value. Each screen makes its buttons with ``make_actions``, says
    what the value shows (``_show``, which also enables the button that goes on when the value
    is complete) and what that button does (``_go``). The screens name that button as
    key_control.py looks for it (``ok``, ``next``, ``search``)."""

    def __init__(self, landscape: bool, style: str = "", parent: QWidget | None = None) -> None:
        super().__init__(landscape, KEYPAD_QSS + style, parent)
        self._typed = ""

    def make_actions(self, go_text: str) -> tuple[QPushButton, ActionRow]:
        """ "Wis 1 teken" (``delete``) and the button that goes on: that button and the row of
        the two (side by side, or one above the other when they do not fit)."""
        self.delete = action_button(self.tr("Wis 1 teken"), icon="backspace")
        self.delete.clicked.connect(self._delete)
        go = action_button(go_text, ok=True)
        go.clicked.connect(self._go)
        actions = ActionRow()
        actions.addWidget(self.delete, 1)
        actions.addWidget(go, 1)
        return go, actions

    def keys_beside(
        self, parts: Iterable[QWidget | QLayout | int | None], keys: QWidget, room: tuple[int, int]
    ) -> None:
        """Lying down: ``parts`` (see ``stack``) in a column at the left, ``keys`` at the right;
        ``room``: how the width is shared between the two."""
        columns = QHBoxLayout()
        columns.setSpacing(48)
        left = QVBoxLayout()
        left.setSpacing(12)
        stack(left, parts)
        columns.addLayout(left, room[0])
        columns.addWidget(keys, room[1])
        self.page.addLayout(columns, 1)

    def clear(self) -> None:
        self._set("")

    def _set(self, typed: str) -> None:
        self._typed = typed
        self._show(typed)
        self.delete.setEnabled(bool(typed))

    def _delete(self) -> None:
        self._set(self._typed[:-1])

    def _show(self, typed: str) -> None:
        raise NotImplementedError

    def _go(self) -> None:
        raise NotImplementedError


def icon_beside(
    icon: QLabel,
    texts: Sequence[QLabel],
    gaps: tuple[int, int],
    *,
    top: bool = False,
    on: QWidget | None = None,
) -> QHBoxLayout:
    """A row: ``icon``, then ``texts`` one under the other. ``gaps``: between the icon and the
    texts, between the texts. ``top``: the icon at the top and the texts together at the top
    (a card higher than its texts); else the icon in the middle. ``on``: the card the row is
    the layout of."""
    row = QHBoxLayout(on) if on is not None else QHBoxLayout()
    row.setSpacing(gaps[0])
    align = Qt.AlignmentFlag.AlignTop if top else Qt.AlignmentFlag.AlignVCenter
    row.addWidget(icon, 0, align)
    column = QVBoxLayout()
    column.setSpacing(gaps[1])
    for text in texts:
        column.addWidget(text)
    if top:
        column.addStretch(1)
    row.addLayout(column, 1)
    return row
