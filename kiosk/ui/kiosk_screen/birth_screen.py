"""Checking in without a code, step 2: the birth date, on a big number keypad.

Day, month and year fill boxes from the left ("02 04 1950"). A first day digit of 4-9 can only
be a one-digit day, and a first month digit of 2-9 a one-digit month, so those get their 0 by
themselves. Once complete, the date is said back in words ("2 april 1950") or, when it cannot
be a birth date, the screen says so. ``entered(date)`` starts the look-up.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.ui.kiosk_screen import locale_format
from kiosk.ui.kiosk_screen.keypad import KEYPAD_QSS, KeyGrid, SlotRow, action_button
from kiosk.ui.kiosk_screen.widgets import MARGIN, label

DIGITS = 8  # ddmmyyyy


def parse(digits: str, today: date) -> date | None:
    """The birth date in ``digits`` (ddmmyyyy), or None when it is no possible birth date."""
    if len(digits) != DIGITS or not digits.isdigit():
        return None
    try:
        born = date(int(digits[4:]), int(digits[2:4]), int(digits[:2]))
    except ValueError:
        return None
    if born.year < 1900 or born > today:
        return None
    return born


class BirthScreen(QWidget):
    entered = Signal(object)  # datetime.date

    def __init__(
        self, landscape: bool, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kioskPage")
        self.setStyleSheet(KEYPAD_QSS)
        self._today = today
        self._digits = ""

        title = label(self.tr("Wanneer ben je geboren?"), "kioskTitle")
        lead = label(
            self.tr("Typ de dag, de maand en het jaar. Voor 2 april 1950 typ je 02 04 1950."),
            "kioskLead",
        )
        self.slots = SlotRow(
            [2, 2, 4],
            [self.tr("dag"), self.tr("maand"), self.tr("jaar")],
            box=QSize(84, 108) if landscape else QSize(96, 120),
        )
        self.said = label("", "bodyStrong")
        self.said.setMinimumHeight(44)
        keys = [(d, d, d, 1) for d in "123456789"] + [("0", "0", "0", 3)]
        self.keypad = KeyGrid(keys, 3, 112 if landscape else 168)
        self.keypad.pressed.connect(self._key)
        self.delete = action_button(self.tr("Wissen"), icon="backspace")
        self.delete.clicked.connect(self._delete)
        self.search = action_button(self.tr("Zoek mijn afspraak"), ok=True)
        self.search.clicked.connect(self._search)
        actions = QHBoxLayout()
        actions.setSpacing(24)
        actions.addWidget(self.delete, 1)
        actions.addWidget(self.search, 1)

        page = QVBoxLayout(self)
        page.setContentsMargins(MARGIN, 28 if landscape else 40, MARGIN, 32)
        page.setSpacing(12)
        if landscape:
            columns = QHBoxLayout()
            columns.setSpacing(48)
            left = QVBoxLayout()
            left.setSpacing(12)
            left.addWidget(title)
            left.addWidget(lead)
            left.addSpacing(20)
            left.addWidget(self.slots)
            left.addSpacing(8)
            left.addWidget(self.said)
            left.addStretch(1)
            left.addLayout(actions)
            columns.addLayout(left, 3)
            columns.addWidget(self.keypad, 2)
            page.addLayout(columns, 1)
        else:
            page.addWidget(title)
            page.addWidget(lead)
            page.addSpacing(28)
            page.addWidget(self.slots)
            page.addSpacing(8)
            page.addWidget(self.said)
            page.addSpacing(12)
            pad = QHBoxLayout()
            pad.addStretch(1)
            pad.addWidget(self.keypad, 6)
            pad.addStretch(1)
            page.addLayout(pad)
            page.addSpacing(24)
            page.addLayout(actions)
            page.addStretch(1)
        self.clear()

    @property
    def digits(self) -> str:
        return self._digits

    def clear(self) -> None:
        self._set("")

    def _set(self, digits: str) -> None:
        self._digits = digits
        self.slots.set_text(digits)
        born = parse(digits, self._today())
        if born is not None:
            self.said.setText(locale_format.full_date(born))
        elif len(digits) == DIGITS:
            self.said.setText(self.tr("Deze datum kan niet. Kijk hem nog eens na."))
        else:
            self.said.setText("")
        self.search.setEnabled(born is not None)
        self.delete.setEnabled(bool(digits))

    def _key(self, digit: str) -> None:
        d = self._digits
        if len(d) >= DIGITS:
            return
        # A day can start with 0-3 only and a month with 0-1: a higher first digit is the
        # whole day or month.
        if (len(d) == 0 and digit in "456789") or (len(d) == 2 and digit in "23456789"):
            digit = "0" + digit
        self._set(d + digit)

    def _delete(self) -> None:
        d = self._digits[:-1]
        self._set(d)

    def _search(self) -> None:
        born = parse(self._digits, self._today())
        if born is not None:
            self.entered.emit(born)

    @property
    def private_input(self) -> str:
        """Read-aloud says this for a typed digit without a headset (a birth date is private)."""
        return self.tr("Getypt")

    def spoken_parts(self) -> list[str]:
        """Read-aloud: the question, how to type it, and the date: private, so only through a
        headset."""
        from kiosk.ui.kiosk_screen.read_aloud import Private

        parts = [
            self.tr("Wanneer ben je geboren?"),
            self.tr("Typ de dag, de maand en het jaar. Voor 2 april 1950 typ je 02 04 1950."),
        ]
        said = self.said.text()
        if said:
            complete = self.search.isEnabled()
            parts.append(Private(said, self.tr("Je datum is getypt.")) if complete else said)
        parts.append(self.tr("Typ de cijfers. Druk dan op Enter."))
        return parts
