"""The appointment confirmation on paper or as a PDF file, for the Afspraken page and the
booking dialog.

Reading the confirmation runs on the db lane (on a synced terminal it asks the server); making
the PDF, writing the file and printing run on the device lane. ``said(text, error)`` tells the
clerk how it went, in plain words. Printing goes to this computer's default printer.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QFileDialog, QWidget

from kiosk.core.appointments import Appointment
from kiosk.printing.confirmation import confirmation_pdf
from kiosk.services.appointment_book import Confirmation
from kiosk.ui.common.system_printer import print_pdf
from kiosk.ui.common.terminal import Terminal
from kiosk.ui.counter.appointment_words import appointment_error, slip_for

log = logging.getLogger(__name__)


def _print_on_default(pdf: bytes, name: str) -> str | None:
    """Print on the default printer (device lane). Returns the printer's name, or None when
    this computer has none; raises OSError when the job failed."""
    info = QPrinterInfo.defaultPrinter()
    if info.isNull():
        return None
    result = print_pdf(QPrinter(info, QPrinter.PrinterMode.HighResolution), pdf, name)
    if not result.ok:
        raise OSError(result.detail)
    return info.printerName()


def _write(path: Path, pdf: bytes) -> Path:
    path.write_bytes(pdf)
    return path


class ConfirmationOutput(QObject):
    said = Signal(str, bool)

    def __init__(self, terminal: Terminal, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._t = terminal

    def _with_pdf(self, a: Appointment, then: Callable[[bytes], None]) -> None:
        book = self._t.appointments
        assert book is not None

        def got(c: Confirmation) -> None:
            slip = slip_for(c, self._t.zone)  # words on the GUI thread, layout on the device lane
            self._t.tasks.run(lambda: confirmation_pdf(slip), then, self._failed, lane="device")

        self._t.tasks.run(lambda: book.confirmation(a.id), got, self._failed)

    def print(self, a: Appointment) -> None:
        name = self.tr("Afspraak {reference}").format(reference=a.reference)

        def send(pdf: bytes) -> None:
            self._t.tasks.run(
                lambda: _print_on_default(pdf, name), self._printed, self._print_failed, "device"
            )

        self._with_pdf(a, send)

    def save(self, a: Appointment, parent: QWidget | None) -> None:
        """Ask where (a file dialog), then write the PDF there."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(
            Path(folder) / self.tr("afspraak-{reference}.pdf").format(reference=a.reference)
        )
        chosen, _filter = QFileDialog.getSaveFileName(
            parent,
            self.tr("Bevestiging opslaan als PDF"),
            suggested,
            self.tr("PDF-bestand (*.pdf)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self._with_pdf(
            a,
            lambda pdf: self._t.tasks.run(
                lambda: _write(path, pdf), self._saved, self._save_failed, lane="device"
            ),
        )

    def _printed(self, printer: str | None) -> None:
        if printer is None:
            self.said.emit(
                self.tr("Deze computer heeft geen printer. Sla de bevestiging op als PDF."), True
            )
        else:
            self.said.emit(
                self.tr("De bevestiging gaat naar de printer {printer}.").format(printer=printer),
                False,
            )

    def _print_failed(self, exc: BaseException) -> None:
        log.warning("printing a confirmation failed: %r", exc)
        self.said.emit(
            self.tr("Afdrukken lukte niet. Kijk de printer na, of sla de bevestiging op als PDF."),
            True,
        )

    def _saved(self, path: Path) -> None:
        self.said.emit(self.tr("De bevestiging staat in {file}.").format(file=path.name), False)

    def _save_failed(self, exc: BaseException) -> None:
        log.warning("saving a confirmation failed: %r", exc)
        self.said.emit(self.tr("De bevestiging is niet bewaard. Kies een andere map."), True)

    def _failed(self, exc: BaseException) -> None:
        self.said.emit(appointment_error(exc, self._t.ctx.rules), True)
