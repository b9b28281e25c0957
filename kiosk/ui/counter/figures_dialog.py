""" "Cijfers": how many appointments ended as "Niet gekomen", per service, over the last 30 days
(today included), for this building or for all of them. Reads only, on the db lane."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.services.appointments import NoShowFigure
from kiosk.ui.common.terminal import Terminal
from kiosk.ui.counter.appointment_models import FigureModel
from kiosk.ui.counter.appointment_words import appointment_error, date_words, today
from kiosk.ui.counter.style import counter_qss
from kiosk.ui.counter.widgets import make_table

#: The period the figures cover, in days up to and including today.
PERIOD_DAYS = 30


class FiguresDialog(QDialog):
    def __init__(self, terminal: Terminal, compact: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("counterDialog")
        self.setStyleSheet(counter_qss(compact))
        self.setModal(True)
        self.setWindowTitle(self.tr("Niet gekomen per dienst"))
        self._t = terminal
        self._compact = compact
        self._asked = 0
        last = today(terminal.ctx.clock.now(), terminal.zone)
        self._first, self._last = last - timedelta(days=PERIOD_DAYS - 1), last

        title = QLabel(self.windowTitle())
        title.setObjectName("title")
        sub = QLabel(
            self.tr(
                "Afspraken van de laatste %n dagen: van {first} tot en met {last}.", "", PERIOD_DAYS
            ).format(
                first=date_words(self._first, year=False), last=date_words(self._last, year=False)
            )
        )
        sub.setObjectName("subtitle")
        sub.setWordWrap(True)
        self.here_button = self._scope(
            self.tr("Dit gebouw: {branch}").format(branch=terminal.branch.name)
        )
        self.all_button = self._scope(self.tr("Alle gebouwen"))
        self.here_button.setChecked(True)
        group = QButtonGroup(self)
        for b in (self.here_button, self.all_button):
            group.addButton(b)
            b.toggled.connect(lambda on: self.reload() if on else None)
        scope = QHBoxLayout()
        scope.setSpacing(12)
        scope.addWidget(self.here_button)
        scope.addWidget(self.all_button)
        scope.addStretch(1)

        self.model = FigureModel(self)
        self.table = make_table(self.model, 44 if compact else 52)
        self.table.setAccessibleName(self.windowTitle())
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.status = QLabel()
        self.status.setObjectName("emptyText")
        self.status.setWordWrap(True)
        note = QLabel(
            self.tr(
                "Afgezegde afspraken tellen niet mee. Aandeel: het deel van de afspraken van "
                "die dienst waarvoor niemand kwam."
            )
        )
        note.setObjectName("emptyText")
        note.setWordWrap(True)
        close = QPushButton(self.tr("Sluiten"))
        close.setMinimumHeight(56)
        close.clicked.connect(self.accept)
        close.setDefault(True)
        close.setFocus()
        footer = QHBoxLayout()
        footer.addWidget(note, 1)
        footer.addWidget(close)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(*((24, 18, 24, 18) if compact else (36, 28, 36, 28)))
        lay.setSpacing(14)
        lay.addWidget(title)
        lay.addWidget(sub)
        lay.addLayout(scope)
        lay.addWidget(self.status)
        lay.addWidget(self.table, 1)
        lay.addLayout(footer)
        self.reload()

    def _scope(self, text: str) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName("outcome")
        b.setCheckable(True)
        b.setMinimumHeight(44 if self._compact else 48)
        b.setAccessibleName(text)
        return b

    def sizeHint(self) -> QSize:
        return QSize(900, 620) if self._compact else QSize(1060, 720)

    def reload(self) -> None:
        book = self._t.appointments
        assert book is not None
        branches = None if self.all_button.isChecked() else [self._t.branch.id]
        first, last = self._first, self._last
        self._asked += 1
        asked = self._asked
        self.status.setText(self.tr("Cijfers lezen…"))
        self.status.show()
        self._t.tasks.run(
            lambda: book.no_show_figures(branches, first, last),
            lambda figures: self._show(asked, figures),
            lambda exc: self._failed(asked, exc),
        )

    def _show(self, asked: int, figures: list[NoShowFigure]) -> None:
        if asked != self._asked:
            return
        self.model.set_figures(figures)
        self.table.setVisible(bool(figures))
        self.status.setText(self.tr("Geen afspraken in deze periode."))
        self.status.setVisible(not figures)

    def _failed(self, asked: int, exc: BaseException) -> None:
        if asked == self._asked:
            self.status.setText(appointment_error(exc, self._t.ctx.rules))
            self.status.show()
