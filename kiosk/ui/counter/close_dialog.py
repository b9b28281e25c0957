"""The question when a clerk closes the console while a resident is at the desk.

Closing used to leave that ticket "at the desk" for good: nobody could call it again. Now the
clerk chooses: finish the visit, put the resident back in line (parked, so any counter can
resume them), or keep the console open.
"""

from __future__ import annotations

import enum
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

_CTX = "CloseDialog"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


class CloseChoice(enum.Enum):
    FINISH = "finish"
    PARK = "park"
    STAY = "stay"


#: How the window asks: (the window, the ticket's number, what to do with the answer). The
#: answer may come later (the question does not block the window's event loop).
CloseAsker = Callable[[QWidget, str, Callable[[CloseChoice], None]], None]


def close_question(
    parent: QWidget, number: str
) -> tuple[QMessageBox, dict[QAbstractButton, CloseChoice]]:
    """The question box, not yet shown, and which button means what."""
    box = QMessageBox(parent)
    box.setObjectName("closeQuestion")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Loket sluiten"))
    box.setText(_tr("{number} is nog aan je loket.").format(number=number))
    box.setInformativeText(
        _tr("Rond het bezoek af. Of zet {number} terug in de rij voor een ander loket.").format(
            number=number
        )
    )
    finish = box.addButton(_tr("Afronden en sluiten"), QMessageBox.ButtonRole.AcceptRole)
    park = box.addButton(_tr("Terug in de rij en sluiten"), QMessageBox.ButtonRole.ActionRole)
    stay = box.addButton(_tr("Niet sluiten"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(stay)
    box.setEscapeButton(stay)
    return box, {finish: CloseChoice.FINISH, park: CloseChoice.PARK, stay: CloseChoice.STAY}


def ask_before_closing(parent: QWidget, number: str, answer: Callable[[CloseChoice], None]) -> None:
    """Ask (a window-modal box, so the rest of the console waits), then ``answer(choice)``."""
    box, meaning = close_question(parent, number)

    def answered(_result: int) -> None:
        clicked = box.clickedButton()
        box.deleteLater()
        answer(meaning.get(clicked, CloseChoice.STAY) if clicked is not None else CloseChoice.STAY)

    box.finished.connect(answered)
    box.open()
