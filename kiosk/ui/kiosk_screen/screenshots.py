"""Screenshots of every kiosk screen, for review and the manual: ``render_screenshots``.

Works offscreen on the demo database. It makes its own activity through the use cases (a few
tickets ahead of the resident, appointments to check in with, a call for a person that a counter
answers) and uses a fake printer that can run out of paper. It leaves no printer alert open
behind it. With a settable clock (the screenshot command's FakeClock) it also shows the kiosk on
a holiday, and one appointment that is already too late; the clock is put back afterwards.

Every state a resident meets is photographed: the help call waiting and answered
(``help-call``, ``help-answered``), "Ben je er nog?" (``reset-warning``, held still at its first
second rather than waited for), and each kind of error screen (``error``, ``check-in-not-found``,
``check-in-no-match``, ``check-in-offline``, too early, too late, printer problems).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from kiosk.core.appointments import Appointment
from kiosk.core.model import HelpRequest, Service
from kiosk.printing.printers import NullPrinter, PrinterStatus, PrintResult
from kiosk.printing.slip import TicketSlip
from kiosk.services import appointments, help_requests, printer_alerts, tickets
from kiosk.services.appointments import Resident
from kiosk.services.catalogue import branch_catalogue
from kiosk.services.context import Done
from kiosk.ui.common import i18n
from kiosk.ui.common.idle import wait_idle
from kiosk.ui.common.terminal import Terminal
from kiosk.ui.kiosk_screen.window import KioskWindow

SIZES = {"portrait": (1080, 1920), "landscape": (1920, 1080)}
#: Qt's PNG "quality" is the compression effort: 70 writes fast, the files stay small.
PNG_QUALITY = 70


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


class _Silent:
    """The warning's tone, for pictures: no sound from a screenshot run."""

    def play(self) -> None:
        pass


class _LastSeconds:
    """The idle time held at the first second of "Ben je er nog?" (a Countdown, see
    reset_warning.py): the picture shows the warning without waiting for it."""

    own_warning = False

    def __init__(self, ms: int) -> None:
        self.ms = ms

    def remaining_ms(self) -> int:
        return self.ms

    def more_time(self) -> None:
        self.ms = -1


def _settle(window: KioskWindow) -> None:
    wait_idle(window.terminal.tasks)
    QApplication.processEvents()
    wait_idle(window.terminal.tasks)
    QApplication.processEvents()
    # Widgets a screen replaced (deleteLater) are freed by an event loop; the tool runs
    # without one (offscreen, from a test or the CLI). Left alive, they piled up with every
    # look switch and made each restyle slower than the last.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def _tap_service(window: KioskWindow, code: str) -> Service:
    service = next(s for s in window.start.services if s.code == code)
    button = next(b for b in window.start.buttons if b.service_now.service.id == service.id)
    button.click()
    return service


def _at(now: datetime, zone: ZoneInfo, hour: int, minute: int = 0) -> datetime:
    """Today (in the municipality's ``zone``) at hour:minute, as UTC."""
    day = now.astimezone(zone).date()
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone).astimezone(UTC)


def _book(term: Terminal, service: Service, at: datetime, who: Resident) -> Appointment | None:
    """Book through the use case (db lane); None when the demo's hours do not allow it."""
    found: list[Appointment] = []
    term.tasks.run(
        lambda: appointments.book(term.ctx, service.id, term.branch.id, at, who),
        lambda done: found.append(done.value),
        lambda exc: None,
    )
    wait_idle(term.tasks)
    return found[0] if found else None


#: The looks a screen can be photographed in: (bigger text, more contrast, low layout), see
#: seeing.py and reach_layout.py. The low ones only where the kiosk offers "Alles lager".
MODES = {
    "big": (True, False, False),
    "contrast": (False, True, False),
    "low": (False, False, True),
    "low-big": (True, False, True),
}
#: Every screen in every test that photographs them: the low layout has its own test.
DEFAULT_MODES = ("big", "contrast")


def render_screenshots(
    terminal: Terminal,
    out_dir: Path,
    orientation: str = "portrait",
    modes: tuple[str, ...] = DEFAULT_MODES,
    visit: Callable[[KioskWindow, str], None] | None = None,
    language: str = "nl",
) -> list[Path]:
    """Drive a kiosk window through every screen and save ``kiosk-<screen>-<W>x<H>.png``,
    and for each of ``modes`` ``kiosk-<screen>-<mode>-<W>x<H>.png``. ``visit(window, name)``
    is called on every screen in every look (the tests check contrast and clipping there);
    ``name`` is the file name's middle part (``start``, ``start-big``). Another ``language``
    than Dutch: the resident chose it on the start screen (and chooses it again after every
    return to the start); the files are ``kiosk-<screen>-<language>-<W>x<H>.png``."""
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

    now = ctx.clock.now()
    by_code = {s.code: s for s in _services(term)}
    settable = hasattr(ctx.clock, "set")
    # Two appointments for one family name and birth date (to choose from), one that is too
    # early, and one that is too late (booked before its time with the clock turned back).
    jan = Resident("Jan", "Van den Broeck", "", date(1950, 4, 2))
    _book(term, by_code["licence"], _at(now, term.zone, 10), jan)
    _book(term, by_code["eid"], _at(now, term.zone, 10, 15), jan)
    early = _book(term, by_code["licence"], _at(now, term.zone, 12), Resident("An", "Peeters"))
    late = None
    if settable:
        ctx.clock.set(_at(now, term.zone, 8))  # type: ignore[attr-defined]
        late = _book(term, by_code["licence"], _at(now, term.zone, 9), Resident("Piet", "Janssens"))
        ctx.clock.set(now)  # type: ignore[attr-defined]

    printer = ScreenshotPrinter()
    window = KioskWindow(term, printer, orientation)
    window.tap_guard_ms = 0
    window.resize(width, height)
    window.show()
    if language != i18n.SOURCE_LANGUAGE:
        back_to_start = window.go_start

        def go_start_in_language() -> None:
            back_to_start()  # back to Dutch, as for every resident ...
            i18n.use_language("kiosk", language, window)  # ... who chooses again

        window.go_start = go_start_in_language  # type: ignore[method-assign]
        i18n.use_language("kiosk", language, window)
    _settle(window)
    saved: list[Path] = []
    suffix = "" if language == i18n.SOURCE_LANGUAGE else f"-{language}"

    def one(name: str) -> None:
        _settle(window)
        if visit is not None:
            visit(window, name)
        path = out_dir / f"kiosk-{name}{suffix}-{width}x{height}.png"
        # Light compression: a third faster to write than the default, files 15 % larger.
        window.grab().save(str(path), "PNG", PNG_QUALITY)
        saved.append(path)

    def shot(name: str) -> None:
        one(name)
        for mode in modes:
            big, contrast, low = MODES[mode]
            if low and not window.reach.needed:
                continue  # all within reach already: no "Alles lager" on this kiosk
            window.seeing.set_modes(big, contrast)
            window.reach.set_low(low)
            one(f"{name}-{mode}")
        window.seeing.set_modes(False, False)
        window.reach.set_low(False)

    try:
        shot("start")
        _tap_service(window, "eid")
        shot("priority")
        window.priority.no_button.click()
        shot("ticket")
        window.bar.help.click()  # "Roep iemand"
        shot("help-call")
        _answer_help(window)  # a clerk taps "Ik kom" at a counter
        shot("help-answered")
        window.go_start()
        _tap_service(window, "eid")  # ... and the resident stands still
        _reset_warning_shot(window, shot)
        window.go_start()

        window.flow.issuing.emit()  # the "Even geduld" state, normally only a blink
        shot("busy")
        window.go_start()
        # The ticket could not be made (the database is out of reach): "Er ging iets mis".
        window.flow.issuing.emit()
        window.show_failure()
        shot("error")
        window.go_start()

        printer.status = PrinterStatus.OUT_OF_PAPER
        _tap_service(window, "passport")
        window.priority.reason_buttons[next(iter(window.priority.reason_buttons))].click()
        shot("ticket-printer-problem")
        window.go_start()
        shot("start-printer-problem")
        printer.status = PrinterStatus.OK
        # A kiosk set up without a printer: the screen is the ticket.
        window.flow.use_printer(NullPrinter())
        _tap_service(window, "eid")
        window.priority.no_button.click()
        shot("ticket-no-printer")
        window.go_start()
        window.flow.use_printer(printer)

        _tap_service(window, "licence")
        shot("info-appointment")
        window.go_start()
        _tap_service(window, "digital")
        shot("info-elsewhere")
        window.go_start()
        _check_in_shots(window, shot, early, late)
        if settable:
            _closed_shots(window, shot, now)
    finally:
        if settable:
            ctx.clock.set(now)  # type: ignore[attr-defined]
        if language != i18n.SOURCE_LANGUAGE:
            i18n.use_language("kiosk", i18n.SOURCE_LANGUAGE, window)
        window.close()
        window.deleteLater()
        term.tasks.run(lambda: printer_alerts.clear_printer_problem(ctx, branch_id, term.device_id))
        wait_idle(term.tasks)
        QApplication.processEvents()
    return saved


def _check_in_shots(
    window: KioskWindow,
    shot: Callable[[str], None],
    early: Appointment | None,
    late: Appointment | None,
) -> None:
    steps = window.check_in
    window.start.appointment_button.click()
    shot("check-in")
    steps.menu.code_button.click()
    for ch in "K7QD":
        steps.code.keypad.keys[ch].click()
    shot("check-in-code")
    steps.code.clear()
    for ch in "KKKKKK":
        steps.code.keypad.keys[ch].click()
    steps.code.ok.click()
    shot("check-in-not-found")
    steps.flow.found.emit([])  # nobody with that name and birth date today
    shot("check-in-no-match")
    steps.flow.unavailable.emit(True)  # a synced kiosk that cannot reach its server
    shot("check-in-offline")
    window.go_start()

    window.start.appointment_button.click()
    steps.menu.name_button.click()
    for ch in "VAN DEN BROECK":
        steps.name.keyboard.keys[ch].click()
    shot("check-in-name")
    steps.name.next.click()
    for ch in "02041950":
        steps.birth.keypad.keys[ch].click()
    shot("check-in-birth")
    steps.birth.search.click()
    shot("check-in-choose")
    steps.choose.buttons[0].click()
    shot("ticket-appointment")
    window.go_start()

    if early is not None:
        window.check_in.flow.by_code(early.reference)
        shot("check-in-too-early")
        window.go_start()
    if late is not None:
        window.check_in.flow.by_code(late.reference)
        shot("check-in-too-late")
        window.go_start()


def _answer_help(window: KioskWindow) -> None:
    """The first counter of the branch answers the kiosk's call ("Ik kom")."""
    term, request = window.terminal, window.help_call.request
    if request is None:
        return
    ctx, branch_id = term.ctx, term.branch.id

    def answer() -> Done[HelpRequest]:
        counter = branch_catalogue(ctx, branch_id).counters[0]
        return help_requests.answer_help(ctx, request.id, counter.id)

    term.tasks.run(answer, lambda done: term.announce(done.changes))
    _settle(window)


def _reset_warning_shot(window: KioskWindow, shot: Callable[[str], None]) -> None:
    """ "Ben je er nog?" over the screen the resident left untouched."""
    warning = window.reset_warning
    if not warning.warn_ms:
        return  # this kiosk never warns
    warning.tone = _Silent()
    last = _LastSeconds(warning.warn_ms)
    warning.watch(last)
    warning.check()
    shot("reset-warning")
    last.more_time()
    warning.check()


def _closed_shots(window: KioskWindow, shot: Callable[[str], None], now: datetime) -> None:
    """Christmas morning: the town hall is closed; a service says when it can be done."""
    clock = window.terminal.ctx.clock
    christmas = datetime(2026, 12, 25, 10, 0, tzinfo=window.terminal.zone).astimezone(UTC)
    clock.set(christmas)  # type: ignore[attr-defined]
    window.start.reload()
    window.header.refresh()
    shot("start-closed")
    _tap_service(window, "passport")
    shot("info-later")
    window.go_start()
    clock.set(now)  # type: ignore[attr-defined]
    window.start.reload()
    window.header.refresh()


def _services(term: Terminal) -> tuple[Service, ...]:
    result: list[tuple[Service, ...]] = []
    term.tasks.run(lambda: branch_catalogue(term.ctx, term.branch.id).services, result.append)
    wait_idle(term.tasks)
    return result[0]
