"""Fakes and helpers for the kiosk screen tests: a printer that records what it prints (and can
run out of paper), a resident's hands (tap a button by its name, type on the on-screen keys,
hold a letter under the scanner), what the screen says, and appointments to come for."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from kiosk.core.appointments import Appointment
from kiosk.core.model import Ticket
from kiosk.printing.printers import PrinterStatus, PrintResult
from kiosk.printing.slip import TicketSlip
from kiosk.services import appointments
from kiosk.services.appointments import Resident
from kiosk.services.catalogue import branch_catalogue
from kiosk.storage import ticket_store
from kiosk.storage.demo import TOWN_HALL, service_id
from kiosk.ui.common.idle import wait_idle
from kiosk.ui.kiosk_screen import KioskWindow

SIZES = {"portrait": (1080, 1920), "landscape": (1920, 1080)}
BRUSSELS = ZoneInfo("Europe/Brussels")
JAN = Resident("Jan", "Van den Broeck", "0470 12 34 56", date(1950, 4, 2))
#: Names of the keys that show no letter.
KEY_NAMES = {" ": "Spatie", "'": "Apostrof", "-": "Streepje"}


def local(y: int, mo: int, d: int, h: int, mi: int = 0) -> datetime:
    """A Brussels wall time, as the aware UTC time the core works with."""
    return datetime(y, mo, d, h, mi, tzinfo=BRUSSELS).astimezone(UTC)


def book(ctx, code: str, at: datetime, who: Resident = JAN, branch: str = TOWN_HALL) -> Appointment:
    """An appointment booked the way a clerk books it."""
    return appointments.book(ctx, service_id(code), branch, at, who).value


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

    def type_on_keys(self, text: str) -> None:
        """Tap the on-screen keys one by one (a code, a name, a birth date)."""
        for ch in text:
            self.tap(KEY_NAMES.get(ch, ch))

    def scan(self, text: str) -> None:
        """Hold a letter under the barcode scanner: it types ``text`` fast, then Enter."""
        self.qtbot.keyClicks(self.window, text)
        self.qtbot.keyClick(self.window, Qt.Key.Key_Return)
        self.settle()


@pytest.fixture
def stored_tickets(ctx):
    """Today's tickets of the town hall as stored in the database: ``stored_tickets()``."""

    def read() -> list[Ticket]:
        with ctx.db.read() as conn:
            day = ctx.local_day(conn, TOWN_HALL, ctx.clock.now())
            found = ticket_store.tickets_of_day(conn, TOWN_HALL, day)
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
def make_kiosk(qtbot, terminal, printer, ctx):
    """``make_kiosk()`` at the town hall; ``make_kiosk(branch=LIB_HALLE)`` in a library."""
    made: list[Kiosk] = []

    def make(orientation: str = "portrait", branch: str | None = None) -> Kiosk:
        term = terminal
        if branch is not None:
            term = replace(terminal, branch=branch_catalogue(ctx, branch).branch)
        made.append(Kiosk(qtbot, term, printer, orientation))
        return made[-1]

    yield make
    # Close before the terminal's task lanes shut down, and let pending work finish.
    for k in made:
        k.window.close()
    wait_idle(terminal.tasks)


@pytest.fixture
def kiosk(make_kiosk) -> Kiosk:
    return make_kiosk("portrait")
