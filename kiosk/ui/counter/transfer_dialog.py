"""The "Doorsturen" dialog: pick another service of the branch, and optionally one counter.

Contract: opens non-blocking (``open()``); on confirm emits ``chosen(service_id, counter_id)``
with counter_id "" for "any counter that does it", then closes. It writes nothing itself: the
queue screen runs the transfer (which keeps the resident's arrival time).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.model import Counter, Ticket
from kiosk.services.catalogue import BranchCatalogue
from kiosk.ui.common.icons import svg_icon
from kiosk.ui.counter.style import counter_qss
from kiosk.ui.counter.words import service_name


def _choice(text: str, compact: bool) -> QPushButton:
    b = QPushButton(text)
    b.setObjectName("choice")
    b.setCheckable(True)
    b.setMinimumHeight(52 if compact else 64)
    b.setAccessibleName(text)
    return b


class TransferDialog(QDialog):
    chosen = Signal(str, str)

    def __init__(
        self,
        catalogue: BranchCatalogue,
        own: Counter,
        ticket: Ticket,
        compact: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("transferDialog")
        self.setStyleSheet(counter_qss(compact))
        self.setModal(True)
        self.setWindowTitle(self.tr("Doorsturen"))
        self.setMinimumSize(*((900, 540) if compact else (1000, 600)))
        self._compact = compact
        self._catalogue = catalogue
        self._own = own
        self._ticket = ticket

        title = QLabel(self.tr("{number} doorsturen").format(number=ticket.display_number))
        title.setObjectName("title")
        sub = QLabel(self.tr("Kies de dienst. De persoon houdt zijn plaats in de rij."))
        sub.setObjectName("subtitle")

        svc_label = QLabel(self.tr("Naar welke dienst?"))
        svc_label.setObjectName("cardTitle")
        self._services = QButtonGroup(self)
        self.service_buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(12)
        for i, svc in enumerate(catalogue.services):
            text = service_name(svc)  # in the console's language
            if svc.id == ticket.service_id:
                text = self.tr("{name} (nu)").format(name=text)
            b = _choice(text, compact)
            b.setIcon(svg_icon(svc.icon, 32))
            b.setIconSize(QSize(32, 32))
            b.toggled.connect(self._service_toggled)
            self._services.addButton(b)
            self.service_buttons[svc.id] = b
            grid.addWidget(b, i // 3, i % 3)

        counter_label = QLabel(self.tr("Naar welk loket?"))
        counter_label.setObjectName("cardTitle")
        self.counter_hint = QLabel(self.tr("Kies eerst een dienst."))
        self.counter_hint.setObjectName("emptyText")
        self._counter_row = QHBoxLayout()
        self._counter_row.setSpacing(12)
        self._counters = QButtonGroup(self)
        self.counter_buttons: dict[str, QPushButton] = {}
        self.any_counter_button: QPushButton | None = None

        self.ok_button = QPushButton(self.tr("Doorsturen"))
        self.ok_button.setObjectName("primary")
        self.ok_button.setMinimumHeight(56)
        self.ok_button.setIcon(svg_icon("check", 24, True))
        self.ok_button.setEnabled(False)
        self.ok_button.clicked.connect(self._confirm)
        cancel = QPushButton(self.tr("Annuleren"))
        cancel.setMinimumHeight(56)
        cancel.clicked.connect(self.reject)
        footer = QHBoxLayout()
        footer.addStretch(1)
        footer.addWidget(cancel)
        footer.addWidget(self.ok_button)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(36, 28, 36, 28)
        lay.setSpacing(14)
        lay.addWidget(title)
        lay.addWidget(sub)
        lay.addSpacing(8)
        lay.addWidget(svc_label)
        lay.addLayout(grid)
        lay.addSpacing(8)
        lay.addWidget(counter_label)
        lay.addWidget(self.counter_hint)
        lay.addLayout(self._counter_row)
        lay.addStretch(1)
        lay.addLayout(footer)

    def selected_service(self) -> str | None:
        return next((sid for sid, b in self.service_buttons.items() if b.isChecked()), None)

    def selected_counter(self) -> str | None:
        return next((cid for cid, b in self.counter_buttons.items() if b.isChecked()), None)

    def _counters_for(self, service_id: str) -> list[Counter]:
        return [
            c for c in self._catalogue.counters if c.id != self._own.id and c.serves(service_id)
        ]

    def _service_toggled(self, on: bool) -> None:
        if not on:
            return
        sid = self.selected_service()
        if sid is None:
            return
        # Rebuild the counter choice for this service: "any" first, then each counter.
        for b in [*self.counter_buttons.values(), self.any_counter_button]:
            if b is not None:
                self._counters.removeButton(b)
                b.deleteLater()
        self.counter_buttons = {}
        self.any_counter_button = _choice(self.tr("Elk loket dat dit doet"), self._compact)
        self.any_counter_button.setChecked(True)
        self.any_counter_button.toggled.connect(self._update_ok)
        self._counters.addButton(self.any_counter_button)
        self._counter_row.addWidget(self.any_counter_button)
        for c in self._counters_for(sid):
            b = _choice(c.name, self._compact)
            b.toggled.connect(self._update_ok)
            self._counters.addButton(b)
            self.counter_buttons[c.id] = b
            self._counter_row.addWidget(b)
        self.counter_hint.setVisible(False)
        self._update_ok()

    def _update_ok(self, *_: object) -> None:
        sid = self.selected_service()
        # Sending someone to the line they are already in only makes sense to a named counter.
        ok = sid is not None and (sid != self._ticket.service_id or self.selected_counter())
        self.ok_button.setEnabled(bool(ok))

    def _confirm(self) -> None:
        sid = self.selected_service()
        if sid is None:
            return
        self.chosen.emit(sid, self.selected_counter() or "")
        self.accept()

    def sizeHint(self) -> QSize:
        return QSize(960, 580) if self._compact else QSize(1100, 680)
