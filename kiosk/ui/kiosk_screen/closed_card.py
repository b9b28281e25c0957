"""The start screen's card for a closed branch: said first, in big friendly words.

It leads with the branch's own state ("Vandaag is het gemeentehuis dicht.", a library says "de
bibliotheek"), then why (the holiday, the municipality's reason), when it opens again for
everything, and which other branches are open today: where to go instead. The words are
``hours_wording``'s; the tiles under it say the same state (``hours_wording.short_line``).

Standing up the sentences after the title share one label and flow as one paragraph: each
label counts at least one line, each line break one more, in the page's minimum height, and a
page taller than the screen is shown a part at a time ("Vorige", "1/2", "Meer": page_view.py;
the kiosk never scrolls). Lying down the screen is low and the card wide: the lines
go two by two.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout

from kiosk.services.opening import BranchNow
from kiosk.ui.kiosk_screen import hours_wording
from kiosk.ui.kiosk_screen.widgets import icon_label, label


class ClosedCard(QFrame):
    """``show_branch(bn, now)`` fills it; ``lines()`` is what it says, top to bottom."""

    def __init__(self, landscape: bool, zone: ZoneInfo) -> None:
        super().__init__()
        self._zone = zone  # the terminal's: opening hours on its wall clock
        self.setObjectName("kioskInfo")
        row = QHBoxLayout(self)
        row.setContentsMargins(32, 12 if landscape else 24, 32, 12 if landscape else 24)
        row.setSpacing(28)
        row.addWidget(icon_label("clock", 64 if landscape else 88), 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.setSpacing(2 if landscape else 6)
        row.addLayout(texts, 1)
        self.title = label("", "closedTitle")
        self._lines: list[str] = []
        if not landscape:
            #: The labels, and which of ``_texts``'s parts each shows.
            self._slots: tuple[tuple[QLabel, tuple[str, ...]], ...] = (
                (self.title, ("title",)),
                (label("", "closedText"), ("reason", "when", "elsewhere")),
            )
            for lab, _parts in self._slots:
                texts.addWidget(lab)
            return
        self.title.setStyleSheet("font-size: 34px;")  # a little smaller, still the largest here
        self.title.setWordWrap(False)  # one short sentence; the reason takes the rest
        self._slots = (
            (self.title, ("title",)),
            (label("", "closedText"), ("reason",)),
            (label("", "closedText"), ("when",)),
            (label("", "closedText"), ("elsewhere",)),
        )
        for lab, _parts in self._slots[1:]:
            lab.setStyleSheet("font-size: 28px;")
        (title, _), (reason, _), (when, _), (elsewhere, _) = self._slots
        for left, right, stretch, align in (
            (title, reason, 0, Qt.AlignmentFlag.AlignBottom),
            (when, elsewhere, 1, Qt.AlignmentFlag.AlignTop),
        ):
            line = QHBoxLayout()
            line.setSpacing(24)
            line.addWidget(left, stretch, align)
            line.addWidget(right, 1, align)
            texts.addLayout(line)

    def show_branch(self, bn: BranchNow, now: datetime) -> None:
        parts = {
            "title": (hours_wording.closed_title(bn),),
            "reason": (hours_wording.closed_reason(bn),),
            "when": (hours_wording.opens_again(bn, now, self._zone),),
            "elsewhere": hours_wording.open_elsewhere_today(bn, now, self._zone),
        }
        self._lines = [line for lines in parts.values() for line in lines if line]
        for lab, names in self._slots:
            lines = [line for n in names for line in parts[n] if line]
            # A part of its own: a line each; several parts in one label: one paragraph.
            lab.setText(("\n" if len(names) == 1 else " ").join(lines))
            lab.setVisible(bool(lines))

    def lines(self) -> list[str]:
        """What the card says, one sentence a line (read aloud, and for the tests)."""
        return list(self._lines)
