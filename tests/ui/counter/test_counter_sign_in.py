"""Signing in at a counter whose staff accounts live elsewhere, as a clerk does it: name,
password, work; signed out again by the button or after a quiet spell."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from kiosk.config import CounterSettings
from kiosk.core.model import StaffRole
from kiosk.services import staff
from kiosk.services.desk import LocalDesk
from kiosk.storage import tables as tb
from kiosk.storage.demo import TOWN_HALL, counter_id, service_id
from kiosk.ui.counter import CounterWindow
from tests.ui.counter.test_counter_console import settle

LOKET_2 = counter_id("gemeentehuis", 2)


class SignInDesk(LocalDesk):
    """The local desk, but asking who works here, as a desk on the server does."""

    needs_sign_in = True


@pytest.fixture
def window(qapp, terminal):  # type: ignore[no-untyped-def]
    staff.add_staff(terminal.ctx, "an", "An Peeters", StaffRole.COUNTER_STAFF, "juist wachtwoord")
    terminal.desk = SignInDesk(terminal.ctx)
    terminal.settings = replace(terminal.settings, counter=CounterSettings(sign_out_after_s=1))
    w = CounterWindow(terminal, counter_number=2)
    w.resize(1920, 1080)
    w.show()
    settle(terminal)
    yield w
    w.close()
    settle(terminal, 20)
    w.deleteLater()


def type_in(window, name: str, password: str) -> None:  # type: ignore[no-untyped-def]
    screen = window.sign_in_screen
    screen.username.clear()
    QTest.keyClicks(screen.username, name)
    screen.password.clear()
    QTest.keyClicks(screen.password, password)
    QTest.keyClick(screen.password, Qt.Key.Key_Return)


def desk_open(terminal) -> bool:  # type: ignore[no-untyped-def]
    c = tb.counters.c
    with terminal.ctx.db.read() as conn:
        return bool(conn.execute(select(c.is_open).where(c.id == LOKET_2)).scalar_one())


def test_clerk_signs_in_works_and_is_signed_out_after_a_quiet_spell(window, terminal) -> None:  # type: ignore[no-untyped-def]
    assert window.stack.currentWidget() is window.sign_in_screen
    assert window.queue_screen is None  # nothing of the queue before someone signed in

    type_in(window, "an", "fout wachtwoord")
    settle(terminal, 300)
    assert "klopt niet" in window.sign_in_screen.message.text()
    assert window.sign_in_screen.password.text() == ""  # the password never stays on screen

    type_in(window, "An", "juist wachtwoord")
    settle(terminal, 300)
    screen = window.queue_screen
    assert screen is not None and window.stack.currentWidget() is screen
    assert screen.header.staff_label.text() == "Aangemeld: An Peeters"
    assert desk_open(terminal)

    time.sleep(1.2)  # the clerk walked away
    settle(terminal, 1500)
    assert window.stack.currentWidget() is window.sign_in_screen
    assert "niets deed" in window.sign_in_screen.message.text()
    assert not desk_open(terminal)


def test_no_sign_out_while_a_resident_is_at_the_desk(window, terminal) -> None:  # type: ignore[no-untyped-def]
    from kiosk.services.tickets import issue_ticket

    issue_ticket(terminal.ctx, TOWN_HALL, service_id("eid"))
    type_in(window, "an", "juist wachtwoord")
    settle(terminal, 300)
    screen = window.queue_screen
    assert screen is not None
    screen.actions.press("next")
    settle(terminal, 300)
    assert screen.has_active()
    time.sleep(1.2)
    settle(terminal, 1500)
    assert window.queue_screen is screen  # still working: the resident is being helped

    screen.header.sign_out_button.click()
    settle(terminal, 300)
    assert window.stack.currentWidget() is window.sign_in_screen
