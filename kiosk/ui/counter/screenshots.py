"""Screenshots of the counter console, for review and documentation.

``render_screenshots(terminal, out_dir, size=(1920, 1080))`` builds a CounterWindow on the
terminal's database, makes a realistic morning through the use cases (residents take tickets,
other counters call, transfer and mark a no-show), drives the console through its screens and
saves ``counter-<screen>-<W>x<H>.png``: choose, queue, transfer (dialog open), printer-alert,
offline, the Afspraken page with its dialogs (appointments, booking, booking-form, booking-done,
figures; see kiosk.ui.counter.screenshot_appointments) and sign-in. With ``language="fr"`` the
console speaks French and the files are ``counter-<screen>-fr-<W>x<H>.png``.

It writes demo activity into the terminal's database, so use a throwaway one. With a FakeClock
(``advance``) the residents arrive minutes apart; with a real clock they all arrive "now".
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QMessageBox, QWidget

from kiosk.core.counter_lease import LeaseHolder
from kiosk.core.model import Counter, PriorityReason, new_id
from kiosk.core.queueing import QueueError
from kiosk.services import counter_leases
from kiosk.services import counter_work as work
from kiosk.services.catalogue import BranchCatalogue
from kiosk.services.context import Done
from kiosk.services.printer_alerts import PrinterProblem, report_printer_problem
from kiosk.services.staff_sessions import SignInRefusal, SignInRefused
from kiosk.services.tickets import issue_ticket
from kiosk.ui.common import i18n
from kiosk.ui.common.idle import wait_idle
from kiosk.ui.common.terminal import Terminal
from kiosk.ui.counter import actions as act
from kiosk.ui.counter import screenshot_appointments as appts
from kiosk.ui.counter.sign_in_screen import SignInScreen
from kiosk.ui.counter.style import counter_qss
from kiosk.ui.counter.window import CounterWindow
from kiosk.ui.counter.words import sign_in_refusal


def _settle(terminal: Terminal, ms: int = 250) -> None:
    """Let background reads, debounce timers and layouts finish."""
    deadline = time.monotonic() + ms / 1000
    while time.monotonic() < deadline:
        wait_idle(terminal.tasks)
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.01)
    wait_idle(terminal.tasks)
    QCoreApplication.processEvents()


def _advance(terminal: Terminal, seconds: float) -> None:
    advance = getattr(terminal.ctx.clock, "advance", None)
    if advance is not None:
        advance(seconds)


def _save(pm: QPixmap, out_dir: Path, screen: str, size: tuple[int, int]) -> Path:
    path = out_dir / f"counter-{screen}-{size[0]}x{size[1]}.png"
    if not pm.save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    return path


def _with_dialog(window: QWidget, dialog: QWidget) -> QPixmap:
    """The window with the modal dialog drawn over it, the way the clerk sees it."""
    pm = window.grab()
    dpm = dialog.grab()
    p = QPainter(pm)
    p.fillRect(pm.rect(), QColor(20, 40, 66, 150))
    p.drawPixmap((pm.width() - dpm.width()) // 2, (pm.height() - dpm.height()) // 2, dpm)
    p.end()
    return pm


def _run(terminal: Terminal, use_case: Callable[[], Done[Any]]) -> Any:
    """Run a use case on the terminal's db lane (never on the GUI thread), announce what it
    changed, and return its value; its error is raised here."""
    box: dict[str, Any] = {}
    terminal.tasks.run(
        use_case, lambda d: box.setdefault("done", d), lambda e: box.setdefault("error", e)
    )
    wait_idle(terminal.tasks)
    if "error" in box:
        raise box["error"]
    done: Done[Any] = box["done"]
    terminal.announce(done.changes)
    return done.value


def _morning(
    terminal: Terminal, cat: BranchCatalogue, mine: Counter, other: Counter | None
) -> None:
    """Residents arrive a few minutes apart; another counter works meanwhile: it sends one
    resident on to us (a transfer) and marks one as not come."""
    ctx, branch = terminal.ctx, terminal.branch.id
    every = [s.id for s in cat.services]
    my_services = [s.service_id for s in mine.skills if s.weight >= 1.0] or every
    theirs = [s.service_id for s in other.skills if s.weight >= 1.0] if other else []
    theirs = [sid for sid in theirs if sid not in my_services] or every

    def arrive(count: int, start: int, priorities: dict[int, PriorityReason]) -> None:
        for i in range(start, start + count):
            line = theirs if i % 4 == 3 else my_services
            sid = line[i % len(line)]
            prio = priorities.get(i)
            # Every service of the counter, whatever its hours: a busy morning to photograph.
            _run(
                terminal,
                lambda sid=sid, prio=prio: issue_ticket(
                    ctx, branch, sid, priority=prio, outside_hours_by="screenshots"
                ),
            )
            _advance(terminal, 170 + 40 * (i % 3))

    arrive(9, 0, {})
    if other is not None:
        called = _run(terminal, lambda: work.call_next(ctx, other.id))
        if isinstance(called, work.Called):
            _advance(terminal, 240)
            _run(terminal, lambda: work.transfer(ctx, other.id, called.ticket.id, my_services[0]))
        called = _run(terminal, lambda: work.call_next(ctx, other.id))
        if isinstance(called, work.Called):
            with contextlib.suppress(QueueError):
                for _ in range(ctx.rules.recalls_before_no_show):
                    _advance(terminal, ctx.rules.recall_min_interval_s + 5)
                    _run(terminal, lambda: work.recall(ctx, other.id, called.ticket.id))
                _run(terminal, lambda: work.mark_no_show(ctx, other.id, called.ticket.id))
    arrive(
        7,
        9,
        {10: PriorityReason.ELDERLY, 12: PriorityReason.DISABILITY, 14: PriorityReason.PREGNANCY},
    )
    _advance(terminal, 90)


def render_screenshots(
    terminal: Terminal,
    out_dir: Path,
    size: tuple[int, int] = (1920, 1080),
    language: str = i18n.SOURCE_LANGUAGE,
) -> list[Path]:
    """Drive a CounterWindow through every screen and save PNGs of ``size``; returns the paths.

    In another ``language`` than Dutch (the console's setting; i18n.ROLE_LANGUAGES) the files
    are ``counter-<screen>-<language>-<W>x<H>.png``. The language the console had is put back
    afterwards."""
    before = i18n.current_language("counter")
    i18n.use_language("counter", language)
    try:
        return _render(terminal, out_dir, size, i18n.current_language("counter"))
    finally:
        i18n.use_language("counter", before)


def _render(terminal: Terminal, out_dir: Path, size: tuple[int, int], language: str) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    suffix = "" if language == i18n.SOURCE_LANGUAGE else f"-{language}"

    def save(pm: QPixmap, screen: str) -> Path:
        return _save(pm, out_dir, screen + suffix, size)

    window = CounterWindow(terminal)
    window.resize(*size)
    window.show()
    _settle(terminal)
    paths.append(save(window.grab(), "choose"))

    cat = window.catalogue
    assert cat is not None, "the catalogue did not load"
    counters = sorted(cat.counters, key=lambda c: c.number)
    mine = counters[0]
    # "Another counter" that mostly does other work, so it can send someone on to us.
    first = mine.skills[0].service_id if mine.skills else ""
    other = next((c for c in counters[1:] if c.weight(first) < 1.0), None)
    if other is None and len(counters) > 1:
        other = counters[1]

    def run(use_case: Callable[[], Any]) -> Any:
        return _run(terminal, use_case)

    appts.book_history(terminal, run, cat)
    booked = appts.book_day(terminal, run, cat, mine)
    _morning(terminal, cat, mine, other)
    # Two residents with an appointment check in at the kiosk; one never came, one cancelled.
    appts.check_in_now(terminal, run, booked, "Peeters", "Claes")
    appts.finish_day(terminal, run, booked)
    if other is not None:
        # A counter open at another console: the refusal names that console.
        elsewhere = LeaseHolder("screenshots/elsewhere", "PC-LOKET-2 (Jan Peeters)")
        length = terminal.settings.counter.lease_s
        run(lambda: counter_leases.open_leased(terminal.ctx, other.id, elsewhere, length))
        window.choose_counter(other.id)
        _settle(terminal)
        paths.append(save(window.grab(), "taken"))
        run(lambda: counter_leases.close_leased(terminal.ctx, other.id, elsewhere))
    window.choose_counter(mine.id)
    _settle(terminal)
    screen = window.queue_screen
    assert screen is not None
    for name in (act.NEXT, act.PARK, act.NEXT):
        screen.actions.press(name)
        _settle(terminal)
    _advance(terminal, terminal.ctx.rules.recall_min_interval_s + 2)
    screen.actions.press(act.RECALL)
    _settle(terminal)
    _advance(terminal, 6)
    screen.waiting.select_row(2)
    screen.tick()  # the recall countdown shows the seconds left
    _settle(terminal)
    paths.append(save(window.grab(), "queue"))

    screen.actions.press(act.TRANSFER)
    _settle(terminal)
    dialog = screen.transfer_dialog
    assert dialog is not None
    # Show a realistic choice: another service, one that other counters do.
    current = screen.view.active.service_id if screen.view and screen.view.active else ""
    choices = [sid for sid in dialog.service_buttons if sid != current]
    target = next((sid for sid in choices if not mine.serves(sid)), choices[0] if choices else None)
    if target is not None:
        dialog.service_buttons[target].click()
    _settle(terminal)
    paths.append(save(_with_dialog(window, dialog), "transfer"))
    dialog.reject()
    _settle(terminal)

    kiosk_name = QCoreApplication.translate("CounterScreenshots", "Kiosk aan de ingang")
    _run(
        terminal,
        lambda: report_printer_problem(
            terminal.ctx, terminal.branch.id, new_id(), kiosk_name, PrinterProblem.OUT_OF_PAPER
        ),
    )
    _settle(terminal)
    paths.append(save(window.grab(), "printer-alert"))

    # The server out of reach: the banner says what works and what does not.
    terminal.link.report_online(False, terminal.ctx.clock.now())
    _settle(terminal)
    paths.append(save(window.grab(), "offline"))
    terminal.link.report_online(True, terminal.ctx.clock.now())
    _settle(terminal)

    def shot(name: str, pm: QPixmap | None) -> Path:
        return save(pm if pm is not None else window.grab(), name)

    paths += appts.appointment_shots(
        screen, cat, shot, lambda d: _with_dialog(window, d), lambda: _settle(terminal)
    )
    # Closing with a resident at the desk asks first; the walk puts them back in line.
    window.close()
    _settle(terminal)
    question = window.findChild(QMessageBox, "closeQuestion")
    if question is not None:
        paths.append(save(_with_dialog(window, question), "close-question"))
        roles = {question.buttonRole(b): b for b in question.buttons()}
        roles[QMessageBox.ButtonRole.ActionRole].click()
    _settle(terminal, 50)
    window.deleteLater()

    # A counter whose staff accounts live on the server starts with the sign-in.
    sign_in = SignInScreen(terminal.branch.name)
    sign_in.setStyleSheet(counter_qss(False))
    sign_in.resize(*size)
    sign_in.username.setText("an.peeters")
    sign_in.refused(sign_in_refusal(SignInRefused(SignInRefusal.WRONG)))
    sign_in.show()
    _settle(terminal)
    paths.append(save(sign_in.grab(), "sign-in"))
    sign_in.close()
    sign_in.deleteLater()
    return paths
