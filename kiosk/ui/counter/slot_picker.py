"""Pick a free moment: the service (a big list), where (own branch first, or any branch), from
when ("later": a date to search from), and one of the next free slots, grouped by day.

Used to book and to move (then the service is fixed and the appointment's own slot counts as
free: ``ignore``). It only reads (``AppointmentBook.free_slots`` on the db lane); a reply for an
older question is dropped, so a fast clerk never sees slots of the service they left.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QSize, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCalendarWidget,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from kiosk.core.slots import Slot
from kiosk.services.appointments import BOOKING_HORIZON_DAYS
from kiosk.ui.common import i18n
from kiosk.ui.common.icons import svg_icon
from kiosk.ui.common.terminal import Terminal
from kiosk.ui.counter.appointment_models import SlotModel
from kiosk.ui.counter.appointment_words import appointment_error, date_words, today
from kiosk.ui.counter.reads import Catalogues
from kiosk.ui.counter.words import service_name

#: How many free moments the list shows at a time.
SLOT_COUNT = 8
SERVICE_ROLE = Qt.ItemDataRole.UserRole + 3


def _label(text: str, name: str = "sectionLabel") -> QLabel:
    lbl = QLabel(text)
    lbl.setObjectName(name)
    lbl.setWordWrap(True)
    return lbl


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _choice(text: str, compact: bool = False) -> QPushButton:
    b = QPushButton(text)
    b.setObjectName("choice")
    b.setCheckable(True)
    b.setMinimumHeight(44 if compact else 52)
    b.setAccessibleName(text)
    return b


def _list(model: QStandardItemModel | SlotModel, name: str) -> QListView:
    view = QListView()
    view.setObjectName(name)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setIconSize(QSize(28, 28))
    view.setUniformItemSizes(False)
    view.setAccessibleName(name)
    return view


class SlotPicker(QWidget):
    #: The clerk picked (or unpicked) a slot.
    changed = Signal()
    #: A double-click or Enter on a slot: "this one, go on".
    chosen = Signal()

    def __init__(
        self,
        terminal: Terminal,
        catalogues: Catalogues,
        fixed_service: str | None = None,
        ignore: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._t = terminal
        self._cats = catalogues
        self._ignore = ignore
        self._compact = False
        self._asked = 0  # the generation of the last question; older replies are dropped
        self.searching = False

        self.services = QStandardItemModel(self)
        for svc in catalogues.services():
            name = service_name(svc)  # in the console's language
            item = QStandardItem(svg_icon(svc.icon, 32), name)
            item.setData(svc.id, SERVICE_ROLE)
            item.setData(name, Qt.ItemDataRole.AccessibleTextRole)
            self.services.appendRow(item)
        self.service_list = _list(self.services, "bigList")
        self.service_list.setAccessibleName(self.tr("Dienst"))
        self.service_list.selectionModel().selectionChanged.connect(self._service_changed)
        service_box = QVBoxLayout()
        service_box.setSpacing(8)
        service_box.addWidget(_label(self.tr("Waarvoor?"), "cardTitle"))
        service_box.addWidget(self.service_list, 1)
        self._service_part = QWidget()
        self._service_part.setLayout(service_box)
        service_box.setContentsMargins(0, 0, 0, 0)

        # Where: one button per branch that does the service (own first), and "all of them".
        self._branches = QButtonGroup(self)
        self.branch_buttons: dict[str, QPushButton] = {}
        self._branch_grid = QGridLayout()
        self._branch_grid.setSpacing(10)
        # From when: as soon as possible, or from a day the clerk picks in a calendar.
        self._from: date | None = None
        self.asap_button = _choice(self.tr("Zo snel mogelijk"))
        self.asap_button.setChecked(True)
        self.asap_button.clicked.connect(lambda: self.search_from(None))
        self.later_button = _choice(self.tr("Later, vanaf een dag…"))
        self.later_button.clicked.connect(self._pick_day)
        when_group = QButtonGroup(self)
        when_group.addButton(self.asap_button)
        when_group.addButton(self.later_button)
        first = today(terminal.ctx.clock.now(), terminal.zone)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        # Day and month names as the clerk reads them (like the display and the kiosk do).
        self.calendar.setLocale(i18n.qt_locale(i18n.current_language("counter")))
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setDateRange(_qdate(first), _qdate(first + timedelta(BOOKING_HORIZON_DAYS)))
        self.calendar.clicked.connect(self._day_picked)
        self.calendar.activated.connect(self._day_picked)
        self._day_menu = QMenu(self)
        holder = QWidgetAction(self._day_menu)
        holder.setDefaultWidget(self.calendar)
        self._day_menu.addAction(holder)
        self._day_menu.aboutToHide.connect(self._show_from)
        when_row = QHBoxLayout()
        when_row.setSpacing(10)
        when_row.addWidget(self.asap_button, 1)
        when_row.addWidget(self.later_button, 1)

        self.slot_model = SlotModel(terminal.zone, self)
        self.slot_list = _list(self.slot_model, "slotList")
        self.slot_list.setAccessibleName(self.tr("Vrije momenten"))
        self.slot_list.selectionModel().selectionChanged.connect(lambda *_: self.changed.emit())
        self.slot_list.activated.connect(lambda _i: self.chosen.emit() if self.selected() else None)
        self.status = _label("", "emptyText")
        slot_box = QVBoxLayout()
        slot_box.setSpacing(8)
        slot_box.addWidget(_label(self.tr("Waar?")))
        slot_box.addLayout(self._branch_grid)
        slot_box.addWidget(_label(self.tr("Vanaf wanneer?")))
        slot_box.addLayout(when_row)
        slot_box.addSpacing(4)
        slot_box.addWidget(_label(self.tr("Eerstvolgende vrije momenten"), "cardTitle"))
        slot_box.addWidget(self.status)
        slot_box.addWidget(self.slot_list, 1)

        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(24)
        lay.addWidget(self._service_part, 2)
        lay.addLayout(slot_box, 3)
        if fixed_service is not None:
            self._service_part.hide()
            self.select_service(fixed_service)
        else:
            self._set_status(self.tr("Kies eerst waarvoor de afspraak is."))

    # -- choices -----------------------------------------------------------------------------
    def select_service(self, service_id: str, branch_id: str | None = None) -> None:
        for row in range(self.services.rowCount()):
            if self.services.item(row).data(SERVICE_ROLE) == service_id:
                self.service_list.setCurrentIndex(self.services.index(row, 0))
                break
        if branch_id is not None and branch_id in self.branch_buttons:
            self.branch_buttons[branch_id].click()

    def selected_branches(self) -> list[str]:
        """The branch ids searched (own branch first for "all")."""
        key = next((k for k, b in self.branch_buttons.items() if b.isChecked()), "")
        return key.split(",") if key else []

    def selected_service(self) -> str | None:
        index = self.service_list.currentIndex()
        sid = index.data(SERVICE_ROLE) if index.isValid() else None
        return str(sid) if sid else None

    def select_slot(self, row: int) -> None:
        """Select the ``row``-th free slot (0: the first free one)."""
        slots = self.slot_model.slots()
        if 0 <= row < len(slots):
            self.slot_list.setCurrentIndex(
                self.slot_model.index(self.slot_model.row_of(slots[row]))
            )

    def selected(self) -> Slot | None:
        index = self.slot_list.currentIndex()
        if not index.isValid() or not self.slot_list.selectionModel().isSelected(index):
            return None
        return self.slot_model.slot_at(index.row())

    def search_from(self, day: date | None) -> None:
        """Search from ``day`` (None or today: from now on) and show it on the buttons."""
        first = today(self._t.ctx.clock.now(), self._t.zone)
        self._from = day if day is not None and day > first else None
        self._show_from()
        self.reload()

    def _pick_day(self) -> None:
        self.calendar.setSelectedDate(
            _qdate(self._from or today(self._t.ctx.clock.now(), self._t.zone))
        )
        self._day_menu.popup(self.later_button.mapToGlobal(self.later_button.rect().bottomLeft()))

    def _day_picked(self, d: QDate) -> None:
        self._day_menu.hide()
        self.search_from(date(d.year(), d.month(), d.day()))

    def _show_from(self) -> None:
        if self._from is None:
            self.later_button.setText(self.tr("Later, vanaf een dag…"))
            self.asap_button.setChecked(True)
        else:
            self.later_button.setText(
                self.tr("Vanaf {date}").format(date=date_words(self._from, year=False))
            )
            self.later_button.setChecked(True)

    def _service_changed(self, *_: object) -> None:
        sid = self.selected_service()
        names = self._cats.branch_names()
        offering = self._cats.offering(sid) if sid else []
        for b in self.branch_buttons.values():
            self._branches.removeButton(b)
            b.deleteLater()
        self.branch_buttons = {}
        choices = [(bid, names[bid]) for bid in offering]
        if len(offering) > 1:
            choices.append((",".join(offering), self.tr("Alle gebouwen")))
        for i, (key, name) in enumerate(choices):
            b = _choice(name, self._compact)
            b.clicked.connect(lambda _=False: self.reload())
            self._branches.addButton(b)
            self.branch_buttons[key] = b
            self._branch_grid.addWidget(b, i // 2, i % 2)
        if choices:
            self.branch_buttons[choices[0][0]].setChecked(True)
        self.reload()

    # -- reading -----------------------------------------------------------------------------
    def _after(self) -> datetime | None:
        if self._from is None:
            return None  # from now on
        return datetime.combine(self._from, time(0), tzinfo=self._t.zone)

    def reload(self) -> None:
        """Ask for the next free slots again (after a choice, or when one was just taken)."""
        sid = self.selected_service()
        ids = self.selected_branches()
        self._asked += 1
        self.slot_model.set_slots([], {}, {}, self._t.ctx.clock.now())
        self.changed.emit()
        if sid is None:
            return
        if not ids:
            self._set_status(self.tr("Geen enkel gebouw doet deze dienst op afspraak."))
            return
        asked, book, after, ignore = self._asked, self._t.appointments, self._after(), self._ignore
        assert book is not None
        self.searching = True
        self._set_status(self.tr("Vrije momenten zoeken…"))
        self._t.tasks.run(
            lambda: book.free_slots(sid, ids, after, limit=SLOT_COUNT, ignore=ignore),
            lambda slots: self._show(asked, slots),
            lambda exc: self._failed(asked, exc),
        )

    def _show(self, asked: int, slots: list[Slot]) -> None:
        if asked != self._asked:
            return
        self.searching = False
        now = self._t.ctx.clock.now()
        self.slot_model.set_slots(slots, self._cats.branch_names(), self._cats.counter_names(), now)
        if not slots:
            self._set_status(
                self.tr(
                    "Geen vrij moment in de komende %n dagen. Kies een ander gebouw.",
                    "",
                    BOOKING_HORIZON_DAYS,
                )
            )
        else:
            self._set_status("")
        self.changed.emit()

    def _failed(self, asked: int, exc: BaseException) -> None:
        if asked == self._asked:
            self.searching = False
            self._set_status(appointment_error(exc, self._t.ctx.rules))

    def _set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def set_compact(self, compact: bool) -> None:
        self._compact = compact
        for view in (self.service_list, self.slot_list):
            view.setIconSize(QSize(22, 22) if compact else QSize(28, 28))
        for b in self.findChildren(QPushButton):
            b.setMinimumHeight(44 if compact else 52)
