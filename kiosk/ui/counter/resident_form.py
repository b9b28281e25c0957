"""Step 2 of a new appointment: who it is for. Only the family name is needed; phone or e-mail
and the birth date may stay empty (the birth date lets the resident check in at the kiosk with
name and birth date instead of the code). ``resident()`` reads the fields, or raises ValueError
for a birth date that is no real date."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from kiosk.services.appointments import CONTACT_MAX, NAME_MAX, Resident


def parse_birth_date(text: str, today: date) -> date | None:
    """ "2.4.1950", "02/04/1950", "2-4-1950" -> 2 April 1950; raises ValueError when it is no
    real date, or not between 1900 and today."""
    parts = [p for p in re.split(r"[./\-\s]+", text.strip()) if p]
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        raise ValueError(text)
    day, month, year = (int(p) for p in parts)
    found = date(year, month, day)  # ValueError for 31.2.1950
    if not date(1900, 1, 1) <= found <= today:
        raise ValueError(text)
    return found


def _label(text: str, name: str) -> QLabel:
    lbl = QLabel(text)
    lbl.setObjectName(name)
    return lbl


class ResidentForm(QWidget):
    #: The family name changed (the dialog enables "Afspraak maken").
    changed = Signal()

    def __init__(self, compact: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._compact = compact
        self.summary = _label("", "summary")
        self.summary.setWordWrap(True)
        self.first_name = self._field(self.tr("Voornaam"), NAME_MAX)
        self.family_name = self._field(self.tr("Familienaam"), NAME_MAX)
        self.contact = self._field(self.tr("Telefoon of e-mail"), CONTACT_MAX)
        self.birth_date = self._field(self.tr("Geboortedatum, bv. 02.04.1950"), 10)
        self.family_name.textChanged.connect(self.changed)
        form = QFormLayout()
        form.setSpacing(12)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for text, field in (
            (self.tr("Voornaam"), self.first_name),
            (self.tr("Familienaam (nodig)"), self.family_name),
            (self.tr("Telefoon of e-mail"), self.contact),
            (self.tr("Geboortedatum"), self.birth_date),
        ):
            label = _label(text, "formLabel")
            label.setMinimumHeight(field.minimumHeight())  # beside the middle of the field
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label.setBuddy(field)
            form.addRow(label, field)
        hint = _label(
            self.tr(
                "Alleen de naam is nodig. Vul je de geboortedatum in? Dan kan de persoon zich "
                "zonder code aanmelden."
            ),
            "emptyText",
        )
        hint.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(14)
        lay.addWidget(self.summary)
        lay.addLayout(form)
        lay.addWidget(hint)
        lay.addStretch(1)

    def _field(self, placeholder: str, longest: int) -> QLineEdit:
        f = QLineEdit()
        f.setObjectName("formField")
        f.setPlaceholderText(placeholder)
        f.setAccessibleName(placeholder)
        f.setMaxLength(longest)
        f.setMinimumHeight(44 if self._compact else 52)
        return f

    def has_name(self) -> bool:
        return bool(self.family_name.text().strip())

    def resident(self, today: date) -> Resident:
        """The resident as typed; ValueError when the birth date is no real date."""
        typed = self.birth_date.text().strip()
        return Resident(
            self.first_name.text().strip(),
            self.family_name.text().strip(),
            self.contact.text().strip(),
            parse_birth_date(typed, today) if typed else None,
        )
