"""Screenshots of every kiosk screen, for review and the manual: ``render_screenshots``.

Works offscreen on the demo database. It makes its own activity through the use cases (a few
tickets ahead of the resident) and uses a fake printer that can run out of paper. It leaves no
printer alert open behind it.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QApplication

from kiosk.core.model import Service
from kiosk.printing.printers import PrinterStatus, PrintResult
from kiosk.printing.slip import TicketSlip
from kiosk.services import printer_alerts, tickets
from kiosk.services.catalogue import branch_catalogue
from kiosk.ui.common.idle import wait_idle
from kiosk.ui.common.terminal import Terminal
from kiosk.ui.kiosk_screen.window import KioskWindow

SIZES = {"portrait": (1080, 1920), "landscape": (1920, 1080)}


class ScreenshotPrinter:
    """A printer for screenshots: prints nothing, reports ``status``."""

    def __init__(self) -> None:
        self.status = PrinterStatus.OK
        self.slips: list[TicketSlip] = []

    def print_ticket(self, slip: TicketSlip) -> PrintResult:
        self.slips.append(slip)
        return PrintResult(self.status is PrinterStatus.OK, self.status, "screenshot printer")

    def check(self) -> PrinterStatus:
        return self.status


def _settle(window: KioskWindow) -> None:
    wait_idle(window.terminal.tasks)
    QApplication.processEvents()
    wait_idle(window.terminal.tasks)
    QApplication.processEvents()


def _tap_service(window: KioskWindow, code: str) -> Service:
    service = next(s for s in window.start.services if s.code == code)
    button = next(b for b in window.start.buttons if b.accessibleName() == service.name)
    button.click()
    return service


def render_screenshots(
    terminal: Terminal, out_dir: Path, orientation: str = "portrait"
) -> list[Path]:
    """Drive a kiosk window through every screen and save ``kiosk-<screen>-<W>x<H>.png``."""
    width, height = SIZES[orientation]
    out_dir.mkdir(parents=True, exist_ok=True)
    # Long timers: the screens must not move on by themselves while being photographed.
    settings = replace(
        terminal.settings,
        kiosk=replace(terminal.settings.kiosk, ticket_screen_s=20, reset_after_s=600),
    )
    term = replace(terminal, settings=settings)
    ctx, branch_id = term.ctx, term.branch.id
    eid = next(s for s in _services(term) if s.code == "eid")
    for _ in range(3):  # some people ahead of our resident
        term.tasks.run(
            lambda: tickets.issue_ticket(ctx, branch_id, eid.id),
            lambda done: term.announce(done.changes),
        )
    wait_idle(term.tasks)

    printer = ScreenshotPrinter()
    window = KioskWindow(term, printer, orientation)
    window.tap_guard_ms = 0
    window.resize(width, height)
    window.show()
    _settle(window)
    saved: list[Path] = []

    def shot(name: str) -> None:
        _settle(window)
        path = out_dir / f"kiosk-{name}-{width}x{height}.png"
        window.grab().save(str(path))
        saved.append(path)

    try:
        shot("start")
        _tap_service(window, "eid")
        shot("priority")
        window.priority.no_button.click()
        shot("ticket")
        window.bar.help.click()
        shot("help")
        window.go_start()

        window.flow.issuing.emit()  # the "Even geduld" state, normally only a blink
        shot("busy")
        window.go_start()
        # A service this branch does not offer: issuing fails like a database problem would.
        window.flow.issue(replace(eid, id="not-offered"), None)
        shot("error")
        window.go_start()

        printer.status = PrinterStatus.OUT_OF_PAPER
        _tap_service(window, "passport")
        window.priority.reason_buttons[next(iter(window.priority.reason_buttons))].click()
        shot("ticket-printer-problem")
        window.go_start()
        shot("start-printer-problem")
    finally:
        window.close()
        window.deleteLater()
        term.tasks.run(lambda: printer_alerts.clear_printer_problem(ctx, branch_id, term.device_id))
        wait_idle(term.tasks)
        QApplication.processEvents()
    return saved


def _services(term: Terminal) -> tuple[Service, ...]:
    result: list[tuple[Service, ...]] = []
    term.tasks.run(lambda: branch_catalogue(term.ctx, term.branch.id).services, result.append)
    wait_idle(term.tasks)
    return result[0]
