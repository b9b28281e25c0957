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
from PySide6.QtWidgets import QHBoxLayout, QWidget

from kiosk.ui.common.assistive import QuietLabel
from kiosk.ui.kiosk_screen import locale_format
from kiosk.ui.kiosk_screen.keypad import KeyGrid, SlotRow
from kiosk.ui.kiosk_screen.screen_base import STRETCH, KeypadScreen, stack
from kiosk.ui.kiosk_screen.widgets import label

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


class BirthScreen(KeypadScreen):
    entered = Signal(object)  # datetime.date

    def __init__(
        self, landscape: bool, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(landscape, parent=parent)
        self._today = today

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
        # The date in words once typed; hidden while empty (no empty text for a screen reader).
        self.said = QuietLabel()
        self.said.setObjectName("bodyStrong")
        self.said.setWordWrap(True)
        self.said.setMinimumHeight(44)
        keys = [(d, d, d, 1) for d in "123456789"] + [("0", "0", "0", 3)]
        self.keypad = KeyGrid(keys, 3, 112 if landscape else 168)
        self.keypad.pressed.connect(self._key)
        self.search, actions = self.make_actions(self.tr("Zoek mijn afspraak"))
        if landscape:
            left = (title, lead, 20, self.slots, 8, self.said, STRETCH, actions)
            self.keys_beside(left, self.keypad, (3, 2))
        else:
            pad = QHBoxLayout()
            pad.addStretch(1)
            pad.addWidget(self.keypad, 6)
            pad.addStretch(1)
            parts = (title, lead, 28, self.slots, 8, self.said, 12, pad, 24, actions, STRETCH)
            stack(self.page, parts)
        self.clear()

    @property
    def digits(self) -> str:
        return self._typed

    def _show(self, digits: str) -> None:
        self.slots.set_text(digits)
        born = parse(digits, self._today())
        if born is not None:
            self.said.setText(locale_format.full_date(born))
        elif len(digits) == DIGITS:
            self.said.setText(self.tr("Deze datum kan niet. Kijk hem nog eens na."))
        else:
            self.said.setText("")
        self.search.setEnabled(born is not None)
        # The boxes are one field for assistive technology, named with what is typed in it.
        typed = " ".join(p for p in (digits[:2], digits[2:4], digits[4:]) if p)
        self.slots.setAccessibleName(
            self.tr("Je geboortedatum: {date}").format(date=typed)
            if typed
            else self.tr("Je geboortedatum")
        )

    def _key(self, digit: str) -> None:
        d = self._typed
        if len(d) >= DIGITS:
            return
        # A day can start with 0-3 only and a month with 0-1: a higher first digit is the
        # whole day or month.
        if (len(d) == 0 and digit in "456789") or (len(d) == 2 and digit in "23456789"):
            digit = "0" + digit
        self._set(d + digit)

    def _go(self) -> None:
        born = parse(self._typed, self._today())
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
