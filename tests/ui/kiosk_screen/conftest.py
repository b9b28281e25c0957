"""Fakes and helpers for the kiosk screen tests: a printer that records what it prints (and can
run out of paper), and a resident's hands: tap a button by its name, read what the screen says."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from kiosk.core.model import Ticket
from kiosk.printing.printers import PrinterStatus, PrintResult
from kiosk.printing.slip import TicketSlip
from kiosk.storage import queue_store as store
from kiosk.storage.demo import TOWN_HALL
from kiosk.ui.common.idle import wait_idle
from kiosk.ui.kiosk_screen import KioskWindow

SIZES = {"portrait": (1080, 1920), "landscape": (1920, 1080)}


class FakePrinter:
    """Records every slip; ``status`` decides whether printing works."""

    def __init__(self, status: PrinterStatus = PrinterStatus.OK) -> None:
        self.status = status
        self.slips: list[TicketSlip] = []

    def print_ticket(self, slip: TicketSlip) -> PrintResult:
        if self.status is not PrinterStatus.OK:
            return PrintResult(False, self.status, "fake printer problem")
        self.slips.append(slip)
        return PrintResult(True, PrinterStatus.OK, "fake printer")

    def check(self) -> PrinterStatus:
        return self.status


class Kiosk:
    """A kiosk window on the test terminal, driven the way a resident would."""

    def __init__(self, qtbot, terminal, printer: FakePrinter, orientation: str) -> None:
        self.qtbot = qtbot
        self.terminal = terminal
        self.printer = printer
        self.window = KioskWindow(terminal, printer, orientation)
        qtbot.addWidget(self.window)
        # Tests tap faster than any person; the guard against ghost taps has its own test.
        self.window.tap_guard_ms = 0
        self.window.resize(*SIZES[orientation])
        self.window.show()
        qtbot.waitUntil(self._ready, timeout=5000)

    def _ready(self) -> bool:
        buttons = self.window.start.buttons
        return bool(buttons) and all(b.isVisible() for b in buttons)

    def button(self, name: str) -> QPushButton:
        found = [
            b
            for b in self.window.findChildren(QPushButton)
            if b.accessibleName() == name and b.isVisible()
        ]
        assert found, f"no visible button {name!r}; visible: {self.button_names()}"
        return found[0]

    def button_names(self) -> list[str]:
        return [b.accessibleName() for b in self.window.findChildren(QPushButton) if b.isVisible()]

    def tap(self, name: str) -> None:
        self.qtbot.mouseClick(self.button(name), Qt.MouseButton.LeftButton)

    def settle(self) -> None:
        wait_idle(self.terminal.tasks)
        QApplication.processEvents()
        wait_idle(self.terminal.tasks)

    def texts(self) -> str:
        """Everything the screen says right now, one label a line."""
        labels = [lab.text() for lab in self.window.findChildren(QLabel) if lab.isVisible()]
        return "\n".join(t for t in labels if t)

    def take_ticket(self, service: str, answer: str = "Nee, ik wacht gewoon") -> None:
        self.tap(service)
        if self.terminal.settings.kiosk.ask_priority:
            self.tap(answer)
        self.settle()


@pytest.fixture
def stored_tickets(ctx):
    """Today's tickets of the town hall as stored in the database: ``stored_tickets()``."""

    def read() -> list[Ticket]:
        with ctx.db.read() as conn:
            day = ctx.local_day(conn, TOWN_HALL, ctx.clock.now())
            found = store.tickets_of_day(conn, TOWN_HALL, day)
        return sorted(found, key=lambda t: t.display_number)

    return read


@pytest.fixture
def printer() -> FakePrinter:
    return FakePrinter()


@pytest.fixture
def kiosk_settings(terminal):
    """Change kiosk settings before the window is built: ``kiosk_settings(ticket_screen_s=1)``."""

    def change(**kiosk) -> None:
        terminal.settings = replace(
            terminal.settings, kiosk=replace(terminal.settings.kiosk, **kiosk)
        )

    return change


@pytest.fixture
def make_kiosk(qtbot, terminal, printer):
    made: list[Kiosk] = []

    def make(orientation: str = "portrait") -> Kiosk:
        made.append(Kiosk(qtbot, terminal, printer, orientation))
        return made[-1]

    yield make
    # Close before the terminal's task lanes shut down, and let pending work finish.
    for k in made:
        k.window.close()
    wait_idle(terminal.tasks)


@pytest.fixture
def kiosk(make_kiosk) -> Kiosk:
    return make_kiosk("portrait")
