"""The sign-in screen of a counter's terminal: who works here? Name and password, one button.

Shown first on a terminal that works through the server (staff accounts live there), and again
after sign-out (the clerk's button, or a quiet spell; see window.py). It only reports what was
typed (``submitted(name, password)``); the window signs in off the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.counter.widgets import MessageBar, icon_label


class SignInScreen(QWidget):
    submitted = Signal(str, str)

    def __init__(self, branch_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        card = QFrame(objectName="signInCard")
        card.setFixedWidth(620)
        title = QLabel(self.tr("Aanmelden"), objectName="signInTitle")
        where = QLabel(branch_name, objectName="signInBranch")
        hint = QLabel(self.tr("Meld je aan om aan het loket te werken."), objectName="signInHint")
        hint.setWordWrap(True)
        self.username = QLineEdit(objectName="signInField")
        self.username.setPlaceholderText(self.tr("Gebruikersnaam"))
        self.username.setAccessibleName(self.tr("Gebruikersnaam"))
        self.password = QLineEdit(objectName="signInField")
        self.password.setPlaceholderText(self.tr("Wachtwoord"))
        self.password.setAccessibleName(self.tr("Wachtwoord"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.button = QPushButton(self.tr("Aanmelden"), objectName="primaryButton")
        self.button.setAccessibleName(self.tr("Aanmelden"))
        self.button.setMinimumHeight(64)
        self.message = MessageBar()
        for w in (self.username, self.password):
            w.setMinimumHeight(56)
            w.returnPressed.connect(self._submit)
        self.button.clicked.connect(self._submit)

        lay = QVBoxLayout(card)
        lay.setContentsMargins(40, 36, 40, 36)
        lay.setSpacing(16)
        lay.addWidget(icon_label("people", 56), 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addWidget(where, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addWidget(hint)
        lay.addWidget(self.username)
        lay.addWidget(self.password)
        lay.addWidget(self.button)
        lay.addWidget(self.message)
        # Stretch around the card rather than an alignment flag: with an alignment the card gets
        # its size hint, which does not grow for a message that wraps onto two lines.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        root = QVBoxLayout(self)
        root.addStretch(1)
        root.addLayout(row)
        root.addStretch(2)

    def _submit(self) -> None:
        name, password = self.username.text().strip(), self.password.text()
        if not name or not password:
            self.message.show_message(self.tr("Vul je gebruikersnaam en je wachtwoord in."))
            (self.username if not name else self.password).setFocus()
            return
        self.set_busy(True)
        self.submitted.emit(name, password)

    def set_busy(self, busy: bool) -> None:
        self.button.setEnabled(not busy)
        self.button.setText(self.tr("Even geduld...") if busy else self.tr("Aanmelden"))

    def refused(self, text: str) -> None:
        """Sign-in failed: say why, keep the name, empty the password."""
        self.set_busy(False)
        self.password.clear()
        self.password.setFocus()
        self.message.show_message(text)

    def reset(self, note: str | None = None) -> None:
        """Ready for the next person; ``note`` says why we are here (e.g. signed out)."""
        self.set_busy(False)
        self.username.clear()
        self.password.clear()
        self.username.setFocus()
        if note:
            self.message.show_message(note, error=False)
        else:
            self.message.clear()
