""" "Nieuwe afspraak" and "Verplaatsen": pick a free moment, say who it is for, then hand over
the confirmation (print or PDF).

Steps: 1. the slot picker (service, where, from when, the next free moments); 2. a short form
(first name, family name, phone or e-mail, birth date: only the family name is required);
3. the reference and the confirmation. Moving skips step 2: the service is fixed and the
appointment's own slot counts as free.

The dialog writes through the terminal's AppointmentBook on the db lane and announces the
change. A moment someone else just took sends the clerk back to the list, which reloads.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.appointments import Appointment
from kiosk.core.model import new_id
from kiosk.core.slots import Slot
from kiosk.printing.confirmation import spaced_reference
from kiosk.services.appointments import BookingProblem, BookingRefused, DayEntry
from kiosk.services.context import Done
from kiosk.ui.common.icons import svg_icon
from kiosk.ui.common.terminal import Terminal
from kiosk.ui.counter.appointment_words import appointment_error, local, when_text
from kiosk.ui.counter.confirmation_output import ConfirmationOutput
from kiosk.ui.counter.reads import Catalogues
from kiosk.ui.counter.resident_form import ResidentForm
from kiosk.ui.counter.slot_picker import SlotPicker
from kiosk.ui.counter.style import counter_qss
from kiosk.ui.counter.widgets import repolish
from kiosk.ui.counter.words import service_name

#: Problems that mean "this moment is gone": back to the list, which reloads.
_SLOT_GONE = {BookingProblem.SLOT_TAKEN, BookingProblem.NOT_OPEN, BookingProblem.IN_THE_PAST}


def _label(text: str, name: str, wrap: bool = True) -> QLabel:
    lbl = QLabel(text)
    lbl.setObjectName(name)
    lbl.setWordWrap(wrap)
    return lbl


def _button(text: str, primary: bool = False, icon: str | None = None) -> QPushButton:
    b = QPushButton(text)
    b.setMinimumHeight(56)
    b.setAccessibleName(text)
    if primary:
        b.setObjectName("primary")
    if icon:
        b.setIcon(svg_icon(icon, 24, white=primary))
        b.setIconSize(QSize(22, 22))
    if primary:
        b.setMinimumWidth(200)
    return b


class BookingDialog(QDialog):
    #: The appointment as booked or moved (its changes are announced already).
    saved = Signal(object)

    def __init__(
        self,
        terminal: Terminal,
        catalogues: Catalogues,
        compact: bool = False,
        move: DayEntry | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("counterDialog")
        self.setStyleSheet(counter_qss(compact))
        self.setModal(True)
        self._t = terminal
        self._cats = catalogues
        self._compact = compact
        self._move = move
        self._busy = False
        self._new_id = new_id()  # a retry of the same booking returns the first one
        self.appointment: Appointment | None = None
        self.output = ConfirmationOutput(terminal, self)
        self.output.said.connect(self._output_said)
        moving = move.appointment if move else None
        self.setWindowTitle(self.tr("Afspraak verplaatsen") if move else self.tr("Nieuwe afspraak"))

        # -- 1. when -------------------------------------------------------------------------
        self.picker = SlotPicker(
            terminal,
            catalogues,
            fixed_service=moving.service_id if moving else None,
            ignore=moving.id if moving else None,
        )
        if moving is not None:
            self.picker.select_service(moving.service_id, moving.branch_id)
        self.picker.set_compact(compact)
        self.picker.changed.connect(self._update_buttons)
        self.picker.chosen.connect(self._next)
        if moving is not None:
            sub = self.tr("{name} · {service} · nu {when}").format(
                name=moving.full_name,
                service=self._service_name(moving.service_id) or move.service_name,
                when=when_text(moving.starts_at, self._t.zone),
            )
        else:
            sub = self.tr("Kies waarvoor, en een vrij moment.")
        self.pick_error = _label("", "formError")
        self.close_button = _button(self.tr("Sluiten"))
        self.close_button.clicked.connect(self.reject)
        self.next_button = _button(
            self.tr("Verplaatsen") if move else self.tr("Verder"), True, "check"
        )
        self.next_button.clicked.connect(self._next)
        pick = self._page(
            _label(self.windowTitle(), "title", False),
            sub,
            self.picker,
            self.pick_error,
            [self.close_button],
            [self.next_button],
        )

        # -- 2. who --------------------------------------------------------------------------
        self.form = ResidentForm(compact)
        self.form.changed.connect(self._update_buttons)
        # The fields, by name, for the tests and the screenshots.
        self.who_summary = self.form.summary
        self.first_name, self.family_name = self.form.first_name, self.form.family_name
        self.contact, self.birth_date = self.form.contact, self.form.birth_date
        self.who_error = _label("", "formError")
        back = _button(self.tr("Terug"), icon="back")
        back.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.book_button = _button(self.tr("Afspraak maken"), True, "check")
        self.book_button.clicked.connect(self._book)
        who = self._page(
            _label(self.tr("Voor wie is de afspraak?"), "title", False),
            "",
            self.form,
            self.who_error,
            [back],
            [self.book_button],
        )

        # -- 3. done -------------------------------------------------------------------------
        self.done_summary = _label("", "summary")
        self.reference_label = _label("", "bigReference", False)
        self.reference_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.print_button = _button(self.tr("Bevestiging afdrukken"), icon="printer")
        self.print_button.clicked.connect(lambda: self._output(False))
        self.save_button = _button(self.tr("Bevestiging opslaan als PDF"))
        self.save_button.clicked.connect(lambda: self._output(True))
        code_box = QFrame()
        code_box.setObjectName("ticketBox")
        code_lay = QVBoxLayout(code_box)
        code_lay.setContentsMargins(24, 14, 24, 14)
        code_lay.addWidget(_label(self.tr("Code van de afspraak"), "bigCaption"))
        code_lay.addWidget(self.reference_label)
        outputs = QHBoxLayout()
        outputs.setSpacing(12)
        outputs.addWidget(self.print_button)
        outputs.addWidget(self.save_button)
        outputs.addStretch(1)
        done_body = QWidget()
        done_lay = QVBoxLayout(done_body)
        done_lay.setContentsMargins(0, 0, 0, 0)
        done_lay.setSpacing(14)
        done_lay.addWidget(self.done_summary)
        done_lay.addWidget(code_box, 0, Qt.AlignmentFlag.AlignLeft)
        done_lay.addWidget(
            _label(
                self.tr(
                    "Geef de bevestiging mee. Met de code meldt de persoon zich straks aan bij de "
                    "kiosk."
                ),
                "detail",
            )
        )
        done_lay.addLayout(outputs)
        done_lay.addStretch(1)
        self.done_message = _label("", "formInfo")
        self.finish_button = _button(self.tr("Klaar"), True, "check")
        self.finish_button.clicked.connect(self.accept)
        self.done_title = _label("", "title")
        done = self._page(
            self.done_title, "", done_body, self.done_message, [], [self.finish_button]
        )

        self.pages = QStackedWidget()
        for page in (pick, who, done):
            self.pages.addWidget(page)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(*((24, 18, 24, 18) if compact else (36, 28, 36, 28)))
        lay.addWidget(self.pages)
        self._update_buttons()

    # -- building ----------------------------------------------------------------------------
    def _page(
        self,
        head: QLabel,
        sub: str,
        body: QWidget,
        error: QLabel,
        left: list[QPushButton],
        right: list[QPushButton],
    ) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(12)
        lay.addWidget(head)
        if sub:
            lay.addWidget(_label(sub, "subtitle"))
        lay.addWidget(body, 1)
        error.hide()
        lay.addWidget(error)
        footer = QHBoxLayout()
        footer.setSpacing(12)
        for b in left:
            footer.addWidget(b)
        footer.addStretch(1)
        for b in right:
            footer.addWidget(b)
        lay.addLayout(footer)
        return page

    def sizeHint(self) -> QSize:
        return QSize(1120, 700) if self._compact else QSize(1280, 860)

    # -- steps -------------------------------------------------------------------------------
    def _update_buttons(self, *_: object) -> None:
        self.next_button.setEnabled(self.picker.selected() is not None and not self._busy)
        self.book_button.setEnabled(self.form.has_name() and not self._busy)

    def _show_error(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    def _next(self) -> None:
        slot = self.picker.selected()
        if slot is None or self._busy:
            return
        self._show_error(self.pick_error, "")
        if self._move is not None:
            self._write_move(slot)
            return
        self.who_summary.setText(self._slot_text(slot))
        self.pages.setCurrentIndex(1)
        self.first_name.setFocus()

    def _slot_text(self, slot: Slot) -> str:
        return self.tr("{service} · {when} · {branch}").format(
            service=self._service_name(self.picker.selected_service()),
            when=when_text(slot.starts_at, self._t.zone),
            branch=self._cats.branch_names().get(slot.branch_id, ""),
        )

    def _service_name(self, service_id: str | None) -> str:
        # In the console's language, like the list it was picked from.
        return next((service_name(s) for s in self._cats.services() if s.id == service_id), "")

    def _book(self) -> None:
        slot, sid = self.picker.selected(), self.picker.selected_service()
        if slot is None or sid is None or self._busy:
            return
        try:
            who = self.form.resident(local(self._t.ctx.clock.now(), self._t.zone).date())
        except ValueError:
            text = self.tr("Deze geboortedatum klopt niet. Schrijf ze zo: 02.04.1950.")
            self._show_error(self.who_error, text)
            return
        book, aid = self._t.appointments, self._new_id
        assert book is not None
        self._run(lambda: book.book(sid, slot.branch_id, slot.starts_at, who, appointment_id=aid))

    def _write_move(self, slot: Slot) -> None:
        assert self._move is not None
        book, aid = self._t.appointments, self._move.appointment.id
        assert book is not None
        self._run(lambda: book.move(aid, slot.starts_at, branch_id=slot.branch_id))

    def _run(self, write: Callable[[], Done[Appointment]]) -> None:
        self._busy = True
        self._update_buttons()
        self._t.tasks.run(write, self._written, self._refused)

    def _written(self, done: Done[Appointment]) -> None:
        self._busy = False
        self._t.announce(done.changes)
        a = self.appointment = done.value
        if self._move is not None:
            self.done_title.setText(self.tr("De afspraak is verplaatst"))
        else:
            self.done_title.setText(self.tr("De afspraak staat vast"))
        counter = self._cats.counter_names().get(a.counter_id or "", "")
        self.done_summary.setText(
            self.tr("{name} · {service}\n{when}\n{branch}, {counter}").format(
                name=a.full_name,
                service=self._service_name(a.service_id),
                when=when_text(a.starts_at, self._t.zone),
                branch=self._cats.branch_names().get(a.branch_id, ""),
                counter=counter,
            )
        )
        self.reference_label.setText(spaced_reference(a.reference))
        self.reference_label.setAccessibleName(a.reference)
        self.pages.setCurrentIndex(2)
        self.finish_button.setFocus()
        self.saved.emit(a)

    def _refused(self, exc: BaseException) -> None:
        self._busy = False
        self._update_buttons()
        text = appointment_error(exc, self._t.ctx.rules)
        if isinstance(exc, BookingRefused) and exc.problem in _SLOT_GONE:
            self.pages.setCurrentIndex(0)
            self._show_error(self.pick_error, text)
            self.picker.reload()
        elif self.pages.currentIndex() == 1:
            self._show_error(self.who_error, text)
        else:
            self._show_error(self.pick_error, text)

    # -- confirmation ------------------------------------------------------------------------
    def _output(self, to_file: bool) -> None:
        if self.appointment is None:
            return
        if to_file:
            self.output.save(self.appointment, self)
        else:
            self.output.print(self.appointment)

    def _output_said(self, text: str, error: bool) -> None:
        repolish(self.done_message, "formError" if error else "formInfo")
        self._show_error(self.done_message, text)
