"""Small building blocks of the counter console: action buttons, message bar, printer banner,
header figures, cards and tables. No database access here: they only show what they are given.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.model import PrinterAlert
from kiosk.ui.common.icons import svg_pixmap
from kiosk.ui.counter.words import alert_sentence


def repolish(w: QWidget, object_name: str) -> None:
    """Give ``w`` another object name and let the style sheet apply to it again."""
    if w.objectName() == object_name:
        return
    w.setObjectName(object_name)
    w.style().unpolish(w)
    w.style().polish(w)


def icon_label(name: str, size: int, white: bool = False) -> QLabel:
    lbl = QLabel()
    lbl.setPixmap(svg_pixmap(name, size, white))
    lbl.setFixedSize(size, size)
    return lbl


class ActionButton(QPushButton):
    """A big staff button: title, its keyboard key, and a short hint line (why it is disabled,
    or a countdown). The labels inside let clicks through to the button."""

    def __init__(
        self, title: str, key: str, primary: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("actionPrimary" if primary else "action")
        # Mouse clicks do not take the focus: Space keeps meaning "Volgende" after a click.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAccessibleName(title)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(72)
        self.title_label = QLabel(title)
        self.title_label.setObjectName("actionTitle")
        self.key_label = QLabel(key)
        self.key_label.setObjectName("actionKey")
        self.hint_label = QLabel("")
        self.hint_label.setObjectName("actionHint")
        self.hint_label.setWordWrap(True)
        self.title_label.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 12, 10)
        lay.setSpacing(4)
        if primary:
            # The main button stacks key, title and hint, so the big title never gets clipped.
            lay.addWidget(self.key_label, 0, Qt.AlignmentFlag.AlignRight)
            lay.addStretch(1)
            lay.addWidget(self.title_label)
            lay.addWidget(self.hint_label)
            lay.addStretch(1)
        else:
            # Title on its own line (full width); the key sits bottom right, next to the hint.
            lay.addWidget(self.title_label)
            bottom = QHBoxLayout()
            bottom.setSpacing(6)
            bottom.addWidget(self.hint_label, 1, Qt.AlignmentFlag.AlignTop)
            bottom.addWidget(self.key_label, 0, Qt.AlignmentFlag.AlignBottom)
            lay.addLayout(bottom, 1)
        for lbl in (self.title_label, self.key_label, self.hint_label):
            lbl.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def title(self) -> str:
        return self.title_label.text()

    def set_compact(self, compact: bool) -> None:
        self.setMinimumHeight(56 if compact else 80)
        self.layout().setContentsMargins(*((12, 8, 10, 6) if compact else (14, 12, 10, 10)))

    def hint(self) -> str:
        return self.hint_label.text()

    def set_hint(self, text: str) -> None:
        if self.hint_label.text() != text:
            self.hint_label.setText(text)
            self.setAccessibleDescription(text)


class MessageBar(QFrame):
    """One short message for the clerk (a refusal or a confirmation); hides itself later."""

    SHOW_MS = 12_000

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageInfo")
        self._icon = QLabel()
        self._icon.setFixedSize(28, 28)
        self.text_label = QLabel()
        self.text_label.setWordWrap(True)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(16, 8, 16, 8)
        lay.setSpacing(12)
        lay.addWidget(self._icon)
        lay.addWidget(self.text_label, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear)
        self.hide()

    def show_message(self, text: str, error: bool = True) -> None:
        repolish(self, "messageError" if error else "messageInfo")
        self._icon.setPixmap(svg_pixmap("warning" if error else "check", 28))
        self.text_label.setText(text)
        self.setAccessibleName(text)
        self.show()
        self._timer.start(self.SHOW_MS)

    def text(self) -> str:
        return self.text_label.text() if self.isVisible() else ""

    def clear(self) -> None:
        self.text_label.clear()
        self.hide()


class PrinterBanner(QFrame):
    """The yellow printer alert: icon and one sentence per open alert; hidden when none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printerBanner")
        self.text_label = QLabel()
        self.text_label.setWordWrap(True)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(18, 10, 18, 10)
        lay.setSpacing(16)
        lay.addWidget(icon_label("printer", 40))
        lay.addWidget(icon_label("warning", 40))
        lay.addWidget(self.text_label, 1)
        self.hide()

    def set_alerts(self, alerts: tuple[PrinterAlert, ...]) -> None:
        text = "\n".join(alert_sentence(a) for a in alerts)
        self.text_label.setText(text)
        self.setAccessibleName(text)
        self.setVisible(bool(alerts))

    def text(self) -> str:
        return self.text_label.text() if not self.isHidden() else ""


class OfflineBanner(QFrame):
    """Says plainly what the counter can and cannot do while the server is out of reach."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offlineBanner")
        self.text_label = QLabel(
            self.tr(
                "Geen verbinding met de server. Je kan nu niemand oproepen en geen bezoek "
                "afronden. De wachtrij hieronder is de laatste stand die we kennen. De kiosk "
                "geeft wel nog tickets. Zodra de verbinding terug is, werk je gewoon verder."
            )
        )
        self.text_label.setWordWrap(True)
        self.setAccessibleName(self.text_label.text())
        lay = QHBoxLayout(self)
        lay.setContentsMargins(18, 10, 18, 10)
        lay.setSpacing(16)
        lay.addWidget(icon_label("warning", 40))
        lay.addWidget(self.text_label, 1)
        self.hide()

    def text(self) -> str:
        return self.text_label.text() if not self.isHidden() else ""


class StatChip(QFrame):
    """A figure in the header, e.g. "Ik hielp 7 mensen": the number big, the words small.

    ``words(n)`` is the whole translated text with the number (a ``%n`` text, so each language
    gets its plural form); the chip shows the number big where the text has it."""

    def __init__(self, words: Callable[[int], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statChip")
        self._words = words
        self.before = QLabel("")
        self.before.setObjectName("statLabel")
        self.before.hide()
        self.value_label = QLabel("–")
        self.value_label.setObjectName("statValue")
        self.caption = QLabel(self._split(0)[2])
        self.caption.setObjectName("statLabel")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(18, 6, 18, 6)
        lay.setSpacing(10)
        lay.addWidget(self.before)
        lay.addWidget(self.value_label)
        lay.addWidget(self.caption)

    def _split(self, value: int) -> tuple[str, str, str]:
        """(words before the number, the number, words after it) of ``words(value)``."""
        text, number = self._words(value), str(value)
        before, found, after = text.partition(number)
        if not found:  # a translation without the number: all words after it
            return "", number, text
        return before.strip(), number, after.strip()

    def set_value(self, value: int) -> None:
        before, number, after = self._split(value)
        self.before.setText(before)
        self.before.setVisible(bool(before))
        self.value_label.setText(number)
        self.caption.setText(after)
        self.setAccessibleName(self._words(value))


class Card(QFrame):
    """A white card with a title row (title, count, optional extra widgets) and a body."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.title_label = QLabel(title)
        self.title_label.setObjectName("cardTitle")
        self.count_label = QLabel("")
        self.count_label.setObjectName("cardCount")
        self.title_row = QHBoxLayout()
        self.title_row.setSpacing(12)
        self.title_row.addWidget(self.title_label)
        self.title_row.addWidget(self.count_label)
        self.title_row.addStretch(1)
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.title_row)
        self._card_density(False)  # not set_compact: subclasses are not built yet

    def set_compact(self, compact: bool) -> None:
        self._card_density(compact)

    def _card_density(self, compact: bool) -> None:
        self.body.setContentsMargins(*((14, 10, 14, 10) if compact else (20, 16, 20, 16)))
        self.body.setSpacing(8 if compact else 12)


def make_table(model: QAbstractItemModel, row_height: int = 48) -> QTableView:
    """A read-only, whole-row-select table in the console's style."""
    view = QTableView()
    view.setObjectName("queueTable")
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)  # Tab leaves the table (no keyboard trap)
    view.setIconSize(QSize(26, 26))
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(row_height)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # The service name takes what is left (and is elided on a small screen); the short
    # columns (number, minutes, priority) always stay whole.
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return view


def selected_row(view: QTableView) -> int:
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    return rows[0].row() if rows else -1
