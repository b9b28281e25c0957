"""The "choose your counter" screen: one big card per counter of the branch, with the services
it serves. It only shows and reports the choice (``chosen(counter_id)``); the window opens it."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.model import Counter, CounterKind
from kiosk.services.catalogue import BranchCatalogue
from kiosk.ui.counter.widgets import MessageBar, icon_label
from kiosk.ui.counter.words import service_name

COLUMNS = 3


class CounterCard(QPushButton):
    """A whole card that is one button: number badge, name, kind, services served."""

    def __init__(
        self, counter: Counter, catalogue: BranchCatalogue, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("counterCard")
        self.counter = counter
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        badge = QLabel(str(counter.number))
        badge.setObjectName("cardBadge")
        badge.setFixedSize(64, 64)
        badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        name = QLabel(counter.name)
        name.setObjectName("counterName")
        if counter.kind == CounterKind.VOLUNTEER_DESK:
            kind_text = self.tr("Vrijwilligersbalie")
        else:
            kind_text = self.tr("Loket met medewerker")
        kind = QLabel(kind_text)
        kind.setObjectName("counterKind")
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(name)
        names.addWidget(kind)
        top = QHBoxLayout()
        top.setSpacing(18)
        top.addWidget(badge)
        top.addLayout(names, 1)

        lay = QVBoxLayout(self)
        lay.setSpacing(10)
        lay.addLayout(top)
        lay.addSpacing(6)
        main = [s for s in counter.skills if s.weight >= 1.0]
        helps = [s for s in counter.skills if s.weight < 1.0]
        for skill in main:
            svc = catalogue.service(skill.service_id)
            if svc is None:
                continue
            row = QHBoxLayout()
            row.setSpacing(12)
            row.addWidget(icon_label(svc.icon, 28))
            text = QLabel(service_name(svc))
            text.setObjectName("skillMain")
            row.addWidget(text, 1)
            lay.addLayout(row)
        help_names = [service_name(s) for k in helps if (s := catalogue.service(k.service_id))]
        if help_names:
            extra = QLabel(
                self.tr("Helpt ook bij: {services}").format(services=", ".join(help_names))
            )
            extra.setObjectName("skillHelp")
            extra.setWordWrap(True)
            lay.addWidget(extra)
        lay.addStretch(1)
        self.set_compact(False)
        for child in self.findChildren(QLabel):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        services = ", ".join(
            service_name(s) for k in counter.skills if (s := catalogue.service(k.service_id))
        )
        self.setAccessibleName(counter.name)
        self.setAccessibleDescription(services)

    def set_compact(self, compact: bool) -> None:
        self.setMinimumHeight(190 if compact else 260)
        self.layout().setContentsMargins(*((20, 14, 20, 14) if compact else (28, 24, 28, 24)))
        self.layout().setSpacing(6 if compact else 10)

    def sizeHint(self) -> QSize:
        # QPushButton ignores its layout for the size hint; the cards must fit their text.
        return self.layout().sizeHint()


class ChooseScreen(QWidget):
    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.cards: dict[int, CounterCard] = {}
        self._compact = False
        header = QFrame()
        header.setObjectName("counterHeader")
        self.branch_label = QLabel("")
        self.branch_label.setObjectName("headerCounter")
        self._header = header
        self._header_lay = h = QHBoxLayout(header)
        h.setSpacing(16)
        h.addWidget(icon_label("people", 44, white=True))
        h.addWidget(self.branch_label, 1)

        title = QLabel(self.tr("Kies je loket"))
        title.setObjectName("title")
        sub = QLabel(self.tr("Aan welk loket werk je nu? Tik op de kaart, of druk op het nummer."))
        sub.setObjectName("subtitle")
        sub.setWordWrap(True)
        self.message = MessageBar()
        self._grid_host = QWidget()
        self._grid_host.setObjectName("screen")
        self._grid = QGridLayout(self._grid_host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(24)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._grid_host)

        self._content = content = QVBoxLayout()
        content.addWidget(title)
        content.addWidget(sub)
        content.addWidget(self.message)
        content.addSpacing(10)
        content.addWidget(scroll, 1)
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        root.addWidget(header)
        root.addLayout(content, 1)
        self.set_compact(False)

    def set_compact(self, compact: bool) -> None:
        self._compact = compact
        self._header.setMinimumHeight(68 if compact else 92)
        self._header_lay.setContentsMargins(*((16, 8, 16, 8) if compact else (28, 12, 28, 12)))
        self._content.setContentsMargins(*((24, 16, 24, 16) if compact else (48, 32, 48, 32)))
        self._content.setSpacing(8 if compact else 14)
        self._grid.setSpacing(14 if compact else 24)
        for card in self.cards.values():
            card.set_compact(compact)

    def set_catalogue(self, catalogue: BranchCatalogue) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.cards = {}
        self.branch_label.setText(catalogue.branch.name)
        for i, counter in enumerate(sorted(catalogue.counters, key=lambda c: c.number)):
            card = CounterCard(counter, catalogue)
            card.set_compact(self._compact)
            card.clicked.connect(lambda _=False, cid=counter.id: self.chosen.emit(cid))
            if counter.number < 10:
                card.setShortcut(str(counter.number))
            self._grid.addWidget(card, i // COLUMNS, i % COLUMNS)
            self.cards[counter.number] = card
        for col in range(COLUMNS):
            self._grid.setColumnStretch(col, 1)
        self._grid.setRowStretch(self._grid.rowCount(), 1)
        first = self.cards.get(min(self.cards)) if self.cards else None
        if first is not None:
            first.setFocus()
