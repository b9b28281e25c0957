"""Start screen: "Waarvoor kom je?" and one big button per service of this branch.

Reads (the catalogue, this kiosk's open printer alerts) run on the db lane and are reloaded from
the change feed (catalogue and printer-alert changes of this branch, debounced). While the
catalogue cannot be read the screen says so in plain words and tries again by itself, so a
database hiccup at start-up never leaves an empty screen for good.
"""

from __future__ import annotations

import contextlib
import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.core.changes import Change, ChangeKind
from kiosk.core.model import Service
from kiosk.services import catalogue, printer_alerts
from kiosk.ui.common.terminal import Terminal
from kiosk.ui.kiosk_screen.widgets import MARGIN, BigButton, card, icon_label, label

log = logging.getLogger(__name__)

RETRY_MS = 5000


class StartScreen(QWidget):
    """Emits ``service_chosen(Service)`` when a service button is tapped."""

    service_chosen = Signal(object)

    def __init__(self, terminal: Terminal, landscape: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskPage")
        self._terminal = terminal
        self._landscape = landscape
        self._services: tuple[Service, ...] = ()
        self.buttons: list[BigButton] = []
        self._stopped = False

        page = QVBoxLayout(self)
        page.setContentsMargins(MARGIN, 28 if landscape else 40, MARGIN, 32)
        page.setSpacing(8 if landscape else 12)
        page.addWidget(label(self.tr("Waarvoor kom je?"), "kioskTitle", wrap=False))
        page.addWidget(
            label(self.tr("Tik op wat je komt doen. Dan krijg je een ticket."), "kioskLead")
        )
        page.addSpacing(12 if landscape else 20)

        # Shown only while this kiosk's printer has an open alert: the next resident knows
        # beforehand that the number will be on the screen instead of on paper.
        self.printer_notice = card("kioskAlert")
        notice = QHBoxLayout(self.printer_notice)
        notice.setContentsMargins(28, 18, 28, 18)
        notice.setSpacing(20)
        notice.addWidget(icon_label("printer", 48))
        notice.addWidget(
            label(
                self.tr("De printer werkt nu niet. Je ziet je nummer op het scherm."),
                "statusText",
            ),
            1,
        )
        self.printer_notice.hide()
        page.addWidget(self.printer_notice)

        self.message = label(self.tr("Even geduld. De kiosk start op."), "kioskLead")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        page.addWidget(self.message)

        self._grid_host = QWidget()
        self._grid = QGridLayout(self._grid_host)
        self._grid.setContentsMargins(0, 8, 0, 0)
        self._grid.setSpacing(24)
        page.addWidget(self._grid_host, 1)

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(50)
        self._reload_timer.timeout.connect(self.reload)
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.setInterval(RETRY_MS)
        self._retry_timer.timeout.connect(self.reload)
        terminal.feed.changed.connect(self._on_changes)
        self.reload()

    def stop(self) -> None:
        """Stop listening and reloading (the window is closing)."""
        self._stopped = True
        self._reload_timer.stop()
        self._retry_timer.stop()
        with contextlib.suppress(RuntimeError, TypeError):  # already disconnected
            self._terminal.feed.changed.disconnect(self._on_changes)

    # --- data -------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the catalogue and this kiosk's open printer alerts (db lane)."""
        if self._stopped:
            return
        t = self._terminal
        branch_id = t.branch.id
        t.tasks.run(
            lambda: catalogue.branch_catalogue(t.ctx, branch_id).services,
            self._show_services,
            self._load_failed,
        )
        t.tasks.run(
            lambda: printer_alerts.open_printer_alerts(t.ctx, branch_id),
            self._show_alerts,
            lambda exc: log.warning("could not read printer alerts: %r", exc),
        )

    def _on_changes(self, changes: list[Change]) -> None:
        wanted = {ChangeKind.CATALOGUE, ChangeKind.PRINTER_ALERT}
        if any(c.kind in wanted and c.branch_id == self._terminal.branch.id for c in changes):
            self._reload_timer.start()  # restarts: a burst of changes gives one reload

    def _load_failed(self, exc: BaseException) -> None:
        log.warning("could not read the catalogue: %r", exc)
        if not self._services:
            self.message.setText(self.tr("Er ging iets mis. Even geduld, we proberen opnieuw."))
            self.message.show()
        self._retry_timer.start()

    def _show_alerts(self, alerts: list) -> None:
        mine = [a for a in alerts if a.device_id == self._terminal.device_id]
        self.printer_notice.setVisible(bool(mine))

    def _show_services(self, services: tuple[Service, ...]) -> None:
        if services == self._services:
            return
        self._services = services
        for button in self.buttons:
            self._grid.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        columns = self.columns(len(services))
        for i, svc in enumerate(services):
            button = BigButton(
                svc.icon,
                svc.name,
                svc.description,
                icon_size=88 if self._landscape else 96,
                min_height=136 if self._landscape else 180,
            )
            button.clicked.connect(lambda _=False, s=svc: self.service_chosen.emit(s))
            last_alone = i == len(services) - 1 and i % columns == 0 and columns == 2
            # An odd last button spans the row: no hole in the grid.
            self._grid.addWidget(button, i // columns, i % columns, 1, 2 if last_alone else 1)
            button.show()  # now, not at the layout's next queued pass
            self.buttons.append(button)
        rows = -(-len(services) // columns) if services else 0
        for r in range(self._grid.rowCount()):
            self._grid.setRowStretch(r, 1 if r < rows else 0)
        for c in range(self._grid.columnCount()):
            self._grid.setColumnStretch(c, 1 if c < columns else 0)
        self._fill_gaps(rows, columns)
        self.message.setVisible(not services)
        if not services:
            self.message.setText(
                self.tr("Je kan hier nu geen ticket nemen. Vraag het aan de balie.")
            )

    def _fill_gaps(self, rows: int, columns: int) -> None:
        # Few services (a library has five): keep the buttons at a comfortable height instead
        # of stretching them over the whole screen.
        max_rows = 5 if not self._landscape else 3
        if 0 < rows < max_rows:
            self._grid.setRowStretch(max_rows, max_rows - rows)
        else:
            self._grid.setRowStretch(max_rows, 0)

    def columns(self, count: int) -> int:
        """Two columns standing up; three (four for a long list) lying down."""
        if not self._landscape:
            return 2
        return 3 if count <= 9 else 4

    @property
    def services(self) -> tuple[Service, ...]:
        return self._services
