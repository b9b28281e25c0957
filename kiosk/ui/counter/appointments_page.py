"""The "Afspraken" page of the counter console: today's appointments of this counter (or of the
whole building), with what the clerk can do with the selected one.

Statuses in words and colour: Verwacht, Aangemeld (with the ticket number), Te laat, Niet
gekomen, Geannuleerd. Actions: Niet gekomen (only once its time has passed), Verplaatsen,
Annuleren (after a yes), and the confirmation on paper or as a PDF. "Nieuwe afspraak" and
"Cijfers" open their dialogs.

Reads and writes go through the terminal's AppointmentBook on the db lane. The list reloads
from APPOINTMENT and TICKET changes of the branch and every minute (an appointment turns
"Te laat" by the clock alone); while the queue is on screen it waits until it is shown.
``said(text, error)`` goes to the screen's message bar.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from kiosk.core.appointments import DayStatus
from kiosk.core.changes import Change, ChangeKind
from kiosk.core.model import Counter
from kiosk.services.appointments import DayEntry
from kiosk.services.context import Done
from kiosk.services.errors import ServerUnreachable, SignedOut
from kiosk.ui.common.reader import DebouncedReader
from kiosk.ui.common.terminal import Terminal
from kiosk.ui.counter.appointment_actions import BOOKED, AppointmentActions
from kiosk.ui.counter.appointment_models import DayModel
from kiosk.ui.counter.appointment_words import (
    appointment_error,
    date_words,
    time_text,
    today,
)
from kiosk.ui.counter.badges import PillDelegate
from kiosk.ui.counter.booking_dialog import BookingDialog
from kiosk.ui.counter.confirmation_output import ConfirmationOutput
from kiosk.ui.counter.figures_dialog import FiguresDialog
from kiosk.ui.counter.reads import Catalogues, read_catalogues
from kiosk.ui.counter.widgets import Card, make_table, selected_row

_KINDS = frozenset({ChangeKind.APPOINTMENT, ChangeKind.TICKET})
LATE_REFRESH_MS = 60_000


def _button(text: str, name: str = "listButton") -> QPushButton:
    b = QPushButton(text)
    b.setObjectName(name)
    b.setAccessibleName(text)
    b.setMinimumHeight(48)
    return b


class AppointmentsPage(Card):
    said = Signal(str, bool)
    signed_out = Signal()

    def __init__(self, terminal: Terminal, counter: Counter, parent: QWidget | None = None):
        super().__init__("", parent)
        self.title_label.setText(self.tr("Afspraken vandaag"))
        self._t = terminal
        self.counter = counter
        self._compact = False
        self._busy = False
        self._online = True
        self._stale = False
        self._select_after: str | None = None
        self.catalogues: Catalogues | None = None
        self.dialog: BookingDialog | FiguresDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.confirm_yes: QPushButton | None = None
        self.output = ConfirmationOutput(terminal, self)
        self.output.said.connect(self.said)

        self.mine_button = self._scope(self.tr("Mijn loket"))
        self.branch_button = self._scope(self.tr("Heel het gebouw"))
        self.mine_button.setChecked(True)
        group = QButtonGroup(self)
        for b in (self.mine_button, self.branch_button):
            group.addButton(b)
        self.mine_button.toggled.connect(self._scope_changed)
        self.figures_button = _button(self.tr("Cijfers"))
        self.figures_button.clicked.connect(self.open_figures)
        self.new_button = _button(self.tr("Nieuwe afspraak"), "primary")
        self.new_button.clicked.connect(self.open_booking)
        self.new_button.setEnabled(False)  # until the branches are read
        for w in (self.mine_button, self.branch_button):
            self.title_row.insertWidget(self.title_row.count() - 1, w)
        self.title_row.addWidget(self.figures_button)
        self.title_row.addWidget(self.new_button)
        self.day_label = QLabel()
        self.day_label.setObjectName("sectionLabel")

        self.model = DayModel(terminal.zone, self)
        self.view = make_table(self.model, 54)
        self.view.setAccessibleName(self.tr("Afspraken vandaag"))
        self.view.setItemDelegateForColumn(DayModel.STATUS, PillDelegate(self.view))
        columns = self.view.horizontalHeader()
        columns.setSectionResizeMode(DayModel.NAME, QHeaderView.ResizeMode.ResizeToContents)
        columns.setSectionResizeMode(DayModel.CONTACT, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyText")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        self.actions = AppointmentActions(terminal.zone)
        # The buttons by name, for the tests and the screenshots.
        self.no_show_button = self.actions.no_show_button
        self.move_button = self.actions.move_button
        self.cancel_button = self.actions.cancel_button
        self.print_button = self.actions.print_button
        self.save_button = self.actions.save_button
        self.hint_label = self.actions.hint_label
        self.no_show_button.clicked.connect(self.mark_no_show)
        self.move_button.clicked.connect(self.open_move)
        self.cancel_button.clicked.connect(self.ask_cancel)
        self.print_button.clicked.connect(lambda: self._confirmation(False))
        self.save_button.clicked.connect(lambda: self._confirmation(True))

        self.body.addWidget(self.day_label)
        self.body.addWidget(self.view, 1)
        self.body.addWidget(self.empty_label, 1)
        self.body.addWidget(self.actions)

        self.reader = DebouncedReader(
            terminal.tasks, self._read_for, self._show, self._read_failed, parent=self
        )
        self._late_timer = QTimer(self)
        self._late_timer.setInterval(LATE_REFRESH_MS)
        self._late_timer.timeout.connect(self._later_or_now)
        self._scope_changed()

    def _scope(self, text: str) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName("outcome")
        b.setCheckable(True)
        b.setMinimumHeight(44)
        b.setAccessibleName(text)
        return b

    def set_compact(self, compact: bool) -> None:
        super().set_compact(compact)
        self._compact = compact
        self.view.verticalHeader().setDefaultSectionSize(44 if compact else 54)
        self.view.setIconSize(QSize(20, 20) if compact else QSize(26, 26))
        for b in self.findChildren(QPushButton):
            b.setMinimumHeight(40 if compact else 48)

    def set_online(self, online: bool) -> None:
        """Offline, nothing can be booked or changed (the server keeps the calendar)."""
        self._online = online
        self._update_actions()
        if online and self._stale:
            self._later_or_now()

    # -- life cycle --------------------------------------------------------------------------
    def start(self) -> None:
        self._t.feed.changed.connect(self._on_changes)
        self._late_timer.start()
        # Debounced like the queue's own first read, which was asked first: the queue comes first.
        self.reader.request("catalogues", "day")

    def stop(self) -> None:
        self.reader.stop()
        self._late_timer.stop()
        with contextlib.suppress(RuntimeError, TypeError):
            self._t.feed.changed.disconnect(self._on_changes)
        for d in (self.dialog, self.confirm_box):
            if d is not None:
                d.close()

    def refresh(self) -> None:
        self.reader.request("day")

    def _on_changes(self, changes: list[Change]) -> None:
        if any(c.kind in _KINDS and c.branch_id == self._t.branch.id for c in changes):
            self._later_or_now()

    def _later_or_now(self) -> None:
        """Read now when the page is on screen; otherwise when it is shown (a synced counter
        then asks the server only when the clerk looks)."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    # -- reading -----------------------------------------------------------------------------
    def _read_for(self, parts: frozenset[str]) -> Callable[[], Any]:
        book, ctx, branch = self._t.appointments, self._t.ctx, self._t.branch.id
        assert book is not None
        now = ctx.clock.now()
        counter = self.counter.id if self.mine_button.isChecked() else None
        with_catalogues = "catalogues" in parts or self.catalogues is None

        def read() -> tuple[Catalogues | None, list[DayEntry], datetime]:
            cats = read_catalogues(ctx, branch) if with_catalogues else None
            return cats, book.day_list(branch, today(now, self._t.zone), counter), now

        return read

    def _show(self, result: tuple[Catalogues | None, list[DayEntry], datetime]) -> None:
        found, entries, now = result
        if found is not None:
            self.catalogues = found
        keep = self._select_after or self.selected_id()
        cats = self.catalogues
        services = {s.id: s for s in cats.services()} if cats else {}
        self.model.set_entries(entries, services, cats.counter_names() if cats else {})
        row = self.model.row_of(keep) if keep else -1
        if row >= 0 and selected_row(self.view) != row:
            self._select_after = None
            self.view.selectionModel().select(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self.day_label.setText(date_words(today(now, self._t.zone)))
        open_count = sum(1 for e in entries if e.status in BOOKED)
        self.count_label.setText(self.tr("%n nog te komen", "", open_count) if entries else "")
        empty = not entries
        self.view.setVisible(not empty)
        self.empty_label.setVisible(empty)
        self._update_actions()

    def _read_failed(self, exc: BaseException) -> None:
        if isinstance(exc, SignedOut):
            self.signed_out.emit()
        elif isinstance(exc, ServerUnreachable) and not self._online:
            self._stale = True  # the offline banner says it already; read again when back
        else:
            self.said.emit(appointment_error(exc, self._t.ctx.rules), True)

    def _scope_changed(self, *_: object) -> None:
        mine = self.mine_button.isChecked()
        self.view.setColumnHidden(DayModel.COUNTER, mine)
        self.empty_label.setText(
            self.tr("Vandaag geen afspraken voor je loket.")
            if mine
            else self.tr("Vandaag geen afspraken in dit gebouw.")
        )
        self.refresh()

    # -- the selected appointment ------------------------------------------------------------
    def selected(self) -> DayEntry | None:
        return self.model.entry_at(selected_row(self.view))

    def selected_id(self) -> str | None:
        e = self.selected()
        return e.appointment.id if e else None

    def select_row(self, row: int) -> None:
        self.view.selectRow(row)

    def _update_actions(self, *_: object) -> None:
        self.actions.show_for(self.selected(), self._online, self._busy)
        self.new_button.setEnabled(self.catalogues is not None and self._online)

    # -- actions -----------------------------------------------------------------------------
    def _write(self, fn: Callable[[], Done[Any]], text: str) -> None:
        if self._busy:
            return
        self._busy = True
        self._update_actions()

        def done(result: Done[Any]) -> None:
            self._busy = False
            self._t.announce(result.changes)
            self.said.emit(text, False)
            self._update_actions()

        def failed(exc: BaseException) -> None:
            self._busy = False
            self._read_failed(exc)
            self.refresh()

        self._t.tasks.run(fn, done, failed)

    def mark_no_show(self) -> None:
        e = self.selected()
        book = self._t.appointments
        if e is None or book is None or e.status is not DayStatus.LATE:
            return
        aid = e.appointment.id
        text = self.tr("{name} staat bij 'Niet gekomen'.").format(name=e.appointment.full_name)
        self._write(lambda: book.mark_no_show(aid), text)

    def ask_cancel(self) -> None:
        e = self.selected()
        if e is None or e.status not in BOOKED:
            return
        a = e.appointment
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Afspraak annuleren"))
        box.setText(
            self.tr("De afspraak van {name} om {time} ({service}) annuleren?").format(
                name=a.full_name,
                time=time_text(a.starts_at, self._t.zone),
                service=self.model.service_name(e),
            )
        )
        box.setInformativeText(self.tr("Het moment komt weer vrij voor iemand anders."))
        self.confirm_yes = box.addButton(self.tr("Ja, annuleren"), QMessageBox.ButtonRole.YesRole)
        keep = box.addButton(self.tr("Nee, behouden"), QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.finished.connect(lambda _r: self._cancel_answered(box, a.id, a.full_name))
        self.confirm_box = box
        box.open()

    def _cancel_answered(self, box: QMessageBox, appointment_id: str, name: str) -> None:
        yes = box.clickedButton() is self.confirm_yes
        self.confirm_box = None
        box.deleteLater()
        book = self._t.appointments
        if not yes or book is None:
            return
        text = self.tr("De afspraak van {name} is geannuleerd.").format(name=name)
        self._write(lambda: book.cancel(appointment_id), text)

    def _confirmation(self, to_file: bool) -> None:
        e = self.selected()
        if e is None:
            return
        if to_file:
            self.output.save(e.appointment, self)
        else:
            self.output.print(e.appointment)

    def open_booking(self) -> None:
        self._open(None)

    def open_move(self) -> None:
        e = self.selected()
        if e is not None and e.status in BOOKED:
            self._open(e)

    def _open(self, move: DayEntry | None) -> None:
        if self.catalogues is None or self.dialog is not None:
            return
        dlg = BookingDialog(self._t, self.catalogues, self._compact, move, self)
        dlg.saved.connect(self._booked)
        self._show_dialog(dlg)

    def _booked(self, a: Any) -> None:
        self._select_after = a.id
        self.refresh()

    def open_figures(self) -> None:
        if self.dialog is None:
            self._show_dialog(FiguresDialog(self._t, self._compact, self))

    def _show_dialog(self, dlg: BookingDialog | FiguresDialog) -> None:
        self.dialog = dlg
        dlg.finished.connect(self._dialog_closed)
        dlg.resize(dlg.sizeHint().boundedTo(self.window().size()))
        dlg.open()

    def _dialog_closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
