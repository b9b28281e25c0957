"""Start screen: "Waarvoor kom je?", a button for residents with an appointment, and one big
button per service of the municipality.

A service that gives a ticket here now looks as always; any other one is drawn differently
(still readable) with a short line under its name ("Nu niet hier", "Alleen met afspraak",
"Vandaag vanaf 14 uur"); tapping it opens the info screen. When the whole branch is closed the
screen says so at the top, when it opens again and which other branches are open today; when
it does not open again today every tile says the same ("Vandaag dicht"), except a service with
extra hours before then (hours_wording.short_line).

What the services can do is read on the db lane (``availability.look``) and read again from the
change feed (catalogue, tickets, counters, printer alerts; debounced) and every minute (opening
and closing times pass by themselves). While it cannot be read the screen says so in plain words
and tries again by itself, so a database hiccup at start-up never leaves an empty screen for good.
"""

from __future__ import annotations

import contextlib
import logging

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.core.changes import Change, ChangeKind
from kiosk.core.model import Service
from kiosk.services import printer_alerts
from kiosk.services.opening import Availability, BranchNow, ServiceNow
from kiosk.ui.common import i18n
from kiosk.ui.common.terminal import Terminal
from kiosk.ui.common.theme import Colours as C
from kiosk.ui.kiosk_screen import availability, hours_wording, wording
from kiosk.ui.kiosk_screen.closed_card import ClosedCard
from kiosk.ui.kiosk_screen.language_row import LanguageRow
from kiosk.ui.kiosk_screen.widgets import (
    FOCUS_ON_LIGHT,
    MARGIN,
    BigButton,
    card,
    icon_label,
    label,
)

log = logging.getLogger(__name__)

#: The width of "Ik heb een afspraak" lying down, with the usual and with bigger text.
APPOINTMENT_W = {False: 620, True: 800}
RETRY_MS = 5000
REFRESH_MS = 60_000
_WANTED = frozenset(
    {ChangeKind.CATALOGUE, ChangeKind.PRINTER_ALERT, ChangeKind.TICKET, ChangeKind.COUNTER}
)

START_QSS = f"""
QPushButton#bigChoiceOff {{ background: #E9EDF2; border: 3px dashed {C.EDGE};
  border-radius: 20px; padding: 0px; }}
QPushButton#bigChoiceOff:pressed {{ background: #DCE3EC; border-color: {C.NAVY}; }}
QPushButton#bigChoiceOff:focus {{ border: 8px solid {FOCUS_ON_LIGHT}; }}
QPushButton#bigChoiceOff QLabel {{ background: transparent; }}
QPushButton#bigChoiceOff QLabel#choiceText {{ color: {C.WARNING_TEXT}; font-weight: 700;
  font-size: 24px; }}
QPushButton#appointment {{ background: {C.NAVY}; border: 3px solid {C.NAVY_DARK};
  border-radius: 20px; padding: 0px; }}
QPushButton#appointment:pressed {{ background: {C.NAVY_DARK}; }}
QPushButton#appointment:focus {{ border: 6px solid {C.FOCUS}; }}
QPushButton#appointment QLabel {{ background: transparent; color: white; }}
QPushButton#appointment QLabel#choiceTitle {{ font-size: 36px; }}
QLabel#closedTitle {{ font-size: 38px; font-weight: 700; }}
QLabel#closedText {{ font-size: 30px; }}
"""


class ServiceButton(BigButton):
    """A service's button; ``service_now`` is what it could do when last drawn."""

    def __init__(self, sn: ServiceNow, landscape: bool) -> None:
        text = wording.service_text(sn.service)
        super().__init__(
            sn.service.icon,
            text.name,
            text.description,
            icon_size=80 if landscape else 96,
            # The rows share the height left; this minimum only counts on a crowded screen
            # (closed, and the printer out of paper): then everything must still fit.
            min_height=100 if landscape else 150,
        )
        self.service_now = sn
        #: Only the name on the button (its description stays its accessible description):
        #: with bigger text, so that more than a few services are in view at once.
        self.brief = False

    def show_state(self, sn: ServiceNow, line: str) -> None:
        """Open: the service's description; otherwise ``line`` says why not, in warm colours.
        Name and description in the resident's language (drawn again when it changes)."""
        self.service_now = sn
        is_open = sn.availability is Availability.OPEN
        text = wording.service_text(sn.service)
        self.set_content(sn.service.icon, text.name, text.description if is_open else line)
        if is_open and self.brief:
            self.text_label.hide()
        self.restyle("bigChoice" if is_open else "bigChoiceOff")


class StartScreen(QWidget):
    """Emits ``service_chosen(ServiceNow)`` when a service is tapped, ``appointment`` for the
    "Ik heb een afspraak" button."""

    service_chosen = Signal(object)
    appointment = Signal()
    #: A language was tapped on the language row ("nl", "fr", ...).
    language_chosen = Signal(str)

    def __init__(self, terminal: Terminal, landscape: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskPage")
        self.setStyleSheet(START_QSS)
        self._terminal = terminal
        self._landscape = landscape
        self._now: BranchNow | None = None
        self.buttons: list[ServiceButton] = []
        #: Bigger text is on (seeing.py): fewer columns.
        self.big_text = False
        self._stopped = False

        page = QVBoxLayout(self)
        # The language row sits at the top; lying down every row of the grid counts.
        page.setContentsMargins(MARGIN, 12, MARGIN, 16 if landscape else 28)
        page.setSpacing(8 if landscape else 12)

        # Languages first: a resident who reads no Dutch finds them before anything else.
        languages = getattr(terminal.settings.kiosk, "languages", i18n.LANGUAGES)
        self.languages = LanguageRow(tuple(languages))
        self.languages.chosen.connect(self.language_chosen.emit)
        page.addWidget(self.languages)

        # The branch is closed: said first, in big friendly words.
        self.closed = ClosedCard(landscape, terminal.zone)
        self.closed.hide()
        page.addWidget(self.closed)
        page.addSpacing(4 if landscape else 16)

        heading = QVBoxLayout()
        heading.setSpacing(8)
        self.title = label(self.tr("Waarvoor kom je?"), "kioskTitle", wrap=False)
        heading.addWidget(self.title)
        self.lead = label(self.tr("Tik op wat je komt doen. Dan krijg je een ticket."), "kioskLead")
        heading.addWidget(self.lead)
        self.appointment_button = BigButton(
            "calendar",
            self.tr("Ik heb een afspraak"),
            self.tr("Scan je brief of typ je code."),
            primary=True,
            icon_size=72 if landscape else 80,
            min_height=120 if landscape else 132,
        )
        self.appointment_button.restyle("appointment")
        self.appointment_button.clicked.connect(self.appointment.emit)
        if landscape:
            top = QHBoxLayout()
            top.setSpacing(32)
            top.addLayout(heading, 1)
            self.appointment_button.setFixedWidth(APPOINTMENT_W[False])
            top.addWidget(self.appointment_button, 0, Qt.AlignmentFlag.AlignVCenter)
            page.addLayout(top)
        else:
            page.addLayout(heading)
            page.addSpacing(16)
            page.addWidget(self.appointment_button)
        page.addSpacing(12 if landscape else 20)

        # Shown only while this kiosk's printer has an open alert: the next resident knows
        # beforehand that the number will be on the screen instead of on paper.
        self.printer_notice = card("kioskAlert")
        notice = QHBoxLayout(self.printer_notice)
        notice.setContentsMargins(28, 8 if landscape else 14, 28, 8 if landscape else 14)
        notice.setSpacing(20)
        notice.addWidget(icon_label("printer", 40 if landscape else 48))
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
        self._grid.setContentsMargins(0, 4, 0, 0)
        self._grid.setSpacing(16 if landscape else 24)
        page.addWidget(self._grid_host, 1)

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(50)
        self._reload_timer.timeout.connect(self.reload)
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.setInterval(RETRY_MS)
        self._retry_timer.timeout.connect(self.reload)
        self._minute = QTimer(self)
        self._minute.setInterval(REFRESH_MS)
        self._minute.timeout.connect(self.reload)
        self._minute.start()
        terminal.feed.changed.connect(self._on_changes)
        self.reload()

    def retranslate(self) -> None:
        """The language changed: mark it on the row and say again what the services can do."""
        self.languages.mark(i18n.current_language("kiosk"))
        if self._now is not None:
            self.show_now(self._now)

    def stop(self) -> None:
        """Stop listening and reloading (the window is closing)."""
        self._stopped = True
        for timer in (self._reload_timer, self._retry_timer, self._minute):
            timer.stop()
        with contextlib.suppress(RuntimeError, TypeError):  # already disconnected
            self._terminal.feed.changed.disconnect(self._on_changes)

    # --- data -------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read what every service can do here now, and this kiosk's printer alerts (db lane)."""
        if self._stopped:
            return
        t = self._terminal
        branch_id = t.branch.id
        t.tasks.run(lambda: availability.look(t.ctx, branch_id), self.show_now, self._load_failed)
        t.tasks.run(
            lambda: printer_alerts.open_printer_alerts(t.ctx, branch_id),
            self._show_alerts,
            lambda exc: log.warning("could not read printer alerts: %r", exc),
        )

    def _on_changes(self, changes: list[Change]) -> None:
        here = self._terminal.branch.id
        # Opening hours anywhere matter too: the kiosk tells where else a service can be done.
        if any(
            c.kind in _WANTED and (c.branch_id == here or c.kind is ChangeKind.CATALOGUE)
            for c in changes
        ):
            self._reload_timer.start()  # restarts: a burst of changes gives one reload

    def _load_failed(self, exc: BaseException) -> None:
        log.warning("could not read what the services can do: %r", exc)
        if not self.buttons:
            self.message.setText(self.tr("Er ging iets mis. Even geduld, we proberen opnieuw."))
            self.message.show()
        self._retry_timer.start()

    def _show_alerts(self, alerts: list) -> None:
        mine = [a for a in alerts if a.device_id == self._terminal.device_id]
        self.printer_notice.setVisible(bool(mine))

    def show_now(self, now: BranchNow) -> None:
        """Draw what the branch and its services can do (also called by the screenshots)."""
        if self._stopped:
            return
        self._now = now
        at = self._terminal.ctx.clock.now()
        self.closed.setVisible(not now.open_now)
        if not now.open_now:
            self.closed.show_branch(now, at)
        self.lead.setText(
            self.tr("Tik op wat je komt doen. Dan krijg je een ticket.")
            if now.open_now
            else self.tr("Tik op wat je komt doen. Dan zie je wanneer het kan.")
        )
        ids = [sn.service.id for sn in now.services]
        if ids != [b.service_now.service.id for b in self.buttons]:
            self._rebuild(now.services)
        for button, sn in zip(self.buttons, now.services, strict=True):
            button.show_state(sn, hours_wording.short_line(sn, now, at, self._terminal.zone))
        self.message.setVisible(not now.services)
        if not now.services:
            self.message.setText(
                self.tr("Je kan hier nu geen ticket nemen. Vraag het aan de balie.")
            )

    def _rebuild(self, services: tuple[ServiceNow, ...]) -> None:
        for button in self.buttons:
            self._grid.removeWidget(button)
            button.hide()
            # Deleted now, not with deleteLater: a button waiting for its deferred deletion
            # while Python's collector ran could crash the kiosk when Qt finally deleted it
            # (Shiboken releaseWrapper from ~QBoxLayout, found in the screenshot walks).
            # Safe here: never called from one of these buttons' own clicks.
            shiboken6.delete(button)
        self.buttons = []
        columns = self.columns(len(services))
        for i, sn in enumerate(services):
            button = ServiceButton(sn, self._landscape)
            button.brief = self.big_text
            button.clicked.connect(
                lambda _=False, b=button: self.service_chosen.emit(b.service_now)
            )
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
        self._fill_gaps(rows)

    def _fill_gaps(self, rows: int) -> None:
        # Few services: keep the buttons at a comfortable height instead of stretching them
        # over the whole screen.
        max_rows = 5 if not self._landscape else 3
        if 0 < rows < max_rows:
            self._grid.setRowStretch(max_rows, max_rows - rows)
        else:
            self._grid.setRowStretch(max_rows, 0)

    def columns(self, count: int) -> int:
        """Two columns standing up; three (four for a long list) lying down. With bigger text
        (seeing.py) one column standing up (long words must fit on a button), and lying down
        three still; each button shows only its name then (``ServiceButton.brief``)."""
        if not self._landscape:
            return 1 if self.big_text else 2
        return 3 if count <= 9 or self.big_text else 4

    def read_only_top(self) -> list[QWidget]:
        """The low layout (reach_layout.py): what may go up, most wanted first: the question
        and its lead, whether the branch is closed, the printer's notice."""
        return [self.title, self.lead, self.closed, self.printer_notice]

    def set_big_text(self, big: bool) -> None:
        """Bigger text on or off: the service buttons are laid out again."""
        if big == self.big_text:
            return
        self.big_text = big
        if self._landscape:  # its title on one line: the screen is low
            self.appointment_button.setFixedWidth(APPOINTMENT_W[big])
        services = tuple(b.service_now for b in self.buttons)
        if services:
            self._rebuild(services)
            if self._now is not None:
                self.show_now(self._now)

    @property
    def branch_now(self) -> BranchNow | None:
        return self._now

    @property
    def services(self) -> tuple[Service, ...]:
        return tuple(b.service_now.service for b in self.buttons)

    def spoken_parts(self) -> list[str]:
        """Read-aloud: whether the branch is open, the question, then every option."""
        parts: list[str] = []
        if self.closed.isVisibleTo(self):
            parts += self.closed.lines()
        parts += [self.tr("Waarvoor kom je?"), self.lead.text()]
        if self.printer_notice.isVisibleTo(self):
            parts.append(self.tr("De printer werkt nu niet. Je ziet je nummer op het scherm."))
        if self.message.isVisibleTo(self):
            parts.append(self.message.text())
        parts.append(self.appointment_button.accessibleName())
        for button in self.buttons:
            is_open = button.service_now.availability is Availability.OPEN
            parts.append(button.accessibleName())
            if not is_open:
                parts.append(button.accessibleDescription())
        return parts
