"""The navy header of the queue screen: which desk, which building, the tabs "Wachtrij" and
"Afspraken", the time, today's figures, and the button to switch to another counter."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.model import Counter, CounterKind
from kiosk.services.counter_work import CounterView
from kiosk.ui.counter.widgets import StatChip, icon_label
from kiosk.ui.counter.words import local_time_text

QUEUE, APPOINTMENTS = 0, 1


class HeaderBar(QFrame):
    """Shows the counter and the day's counts; ``switch_requested`` when the clerk wants to
    change desks."""

    switch_requested = Signal()
    sign_out_requested = Signal()
    #: The clerk picked a page: QUEUE or APPOINTMENTS.
    page_requested = Signal(int)

    def __init__(
        self,
        counter: Counter,
        branch_name: str,
        zone: ZoneInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._zone = zone  # the terminal's: the clock shows its wall time
        self.setObjectName("counterHeader")
        self.counter_label = QLabel(counter.name)
        self.counter_label.setObjectName("headerCounter")
        if counter.kind == CounterKind.VOLUNTEER_DESK:
            where = self.tr("Vrijwilligersbalie · {branch}").format(branch=branch_name)
        else:
            where = branch_name
        self.branch_label = QLabel(where)
        self.branch_label.setObjectName("headerBranch")
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self.counter_label)
        names.addWidget(self.branch_label)

        # The console's two pages, as tabs in the header: no height taken from the lists.
        self.tabs: list[QPushButton] = []
        group = QButtonGroup(self)
        for page, text in ((QUEUE, self.tr("Wachtrij")), (APPOINTMENTS, self.tr("Afspraken"))):
            tab = QPushButton(text)
            tab.setObjectName("headerTab")
            tab.setCheckable(True)
            tab.setMinimumHeight(48)
            tab.setAccessibleName(text)
            tab.setToolTip(self.tr("Wisselen met F9"))
            tab.clicked.connect(lambda _=False, p=page: self.page_requested.emit(p))
            group.addButton(tab)
            self.tabs.append(tab)
        self.tabs[QUEUE].setChecked(True)

        # The number is shown big, the words next to it: each text with %n (plural forms).
        self.served = StatChip(lambda n: self.tr("Ik hielp %n mensen", "", n))
        self.waiting = StatChip(lambda n: self.tr("%n wachten in totaal", "", n))
        self.no_show = StatChip(lambda n: self.tr("%n niet gekomen", "", n))

        self.clock_label = QLabel("--:--")
        self.clock_label.setObjectName("headerClock")
        self.switch_button = QPushButton(self.tr("Ander loket"))
        self.switch_button.setObjectName("headerButton")
        self.switch_button.setMinimumHeight(48)
        self.switch_button.setAccessibleName(self.tr("Ander loket kiezen"))
        self.switch_button.clicked.connect(self.switch_requested)
        self.staff_label = QLabel()
        self.staff_label.setObjectName("headerBranch")
        names.addWidget(self.staff_label)
        self.staff_label.hide()
        self.sign_out_button = QPushButton(self.tr("Afmelden"))
        self.sign_out_button.setObjectName("headerButton")
        self.sign_out_button.setMinimumHeight(48)
        self.sign_out_button.setAccessibleName(self.tr("Afmelden"))
        self.sign_out_button.clicked.connect(self.sign_out_requested)
        self.sign_out_button.hide()

        lay = QHBoxLayout(self)
        self._lay = lay
        lay.setSpacing(16)
        lay.addWidget(icon_label("people", 44, white=True))
        lay.addLayout(names)
        lay.addSpacing(12)
        for tab in self.tabs:
            lay.addWidget(tab)
        lay.addStretch(1)
        for chip in (self.served, self.waiting, self.no_show):
            lay.addWidget(chip)
        lay.addSpacing(16)
        lay.addWidget(icon_label("clock", 32, white=True))
        lay.addWidget(self.clock_label)
        lay.addSpacing(8)
        lay.addWidget(self.switch_button)
        lay.addWidget(self.sign_out_button)
        self.set_compact(False)

    def set_staff(self, name: str | None) -> None:
        """Who is signed in (None: nobody signs in at this terminal)."""
        if name:
            self.staff_label.setText(self.tr("Aangemeld: {name}").format(name=name))
        self.staff_label.setVisible(bool(name))
        self.sign_out_button.setVisible(bool(name))

    def set_page(self, page: int) -> None:
        self.tabs[page].setChecked(True)

    def set_compact(self, compact: bool) -> None:
        self.setMinimumHeight(68 if compact else 92)
        self._lay.setContentsMargins(*((16, 8, 16, 8) if compact else (28, 12, 28, 12)))
        self._lay.setSpacing(10 if compact else 16)
        # A small screen with the tabs and a long name: the figures' words may take two lines.
        for chip in (self.served, self.waiting, self.no_show):
            chip.caption.setWordWrap(compact)

    def tick(self, now: datetime) -> None:
        self.clock_label.setText(local_time_text(now, self._zone))

    def set_counts(self, view: CounterView) -> None:
        self.served.set_value(view.served_today)
        self.waiting.set_value(view.waiting_total)
        self.no_show.set_value(view.no_show_today)
