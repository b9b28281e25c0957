"""A synced kiosk that cannot reach the server: a search by name needs the server (the kiosk
holds no names), so it says so plainly and offers the code instead, never "not found"."""

from __future__ import annotations

import socket

import pytest

from kiosk.sync.link import ServerLink
from kiosk.sync.remote_check_in import RemoteCheckIn


class NoSecretYet:
    """A keyring without the check-in secret (a kiosk enrolled while the server was away)."""

    def load(self) -> str | None:
        return None

    def store(self, secret: str) -> None:
        raise AssertionError("nothing to store")


@pytest.fixture
def cut_off(terminal):
    """The terminal's check-in as a synced kiosk's, with a server nobody answers at."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: connections are refused
    link = ServerLink(f"http://127.0.0.1:{port}", "token")
    terminal.check_in = RemoteCheckIn(terminal.ctx, link, NoSecretYet())
    return terminal


def test_a_name_offline_says_to_type_the_code_or_ask_at_the_desk(cut_off, kiosk) -> None:
    kiosk.tap("Ik heb een afspraak")
    kiosk.tap("Ik heb geen code")
    kiosk.type_on_keys("VAN DEN BROECK")
    kiosk.tap("Verder")
    kiosk.type_on_keys("02041950")
    kiosk.tap("Zoek mijn afspraak")
    kiosk.settle()

    shown = kiosk.texts()
    assert "Zoeken op naam lukt nu niet." in shown
    assert "Heb je de brief met je code? Typ dan je code." in shown
    assert "Of vraag het aan de balie." in shown
    assert "We vinden geen afspraak." not in shown and "Er ging iets mis" not in shown
    kiosk.tap("Typ je code")
    assert kiosk.window.check_in.code.isVisible()


def test_a_code_without_the_secret_offline_says_to_ask_at_the_desk(cut_off, kiosk) -> None:
    kiosk.tap("Ik heb een afspraak")
    kiosk.tap("Typ je code")
    kiosk.type_on_keys("KKKKKK")
    kiosk.tap("OK")
    kiosk.settle()

    shown = kiosk.texts()
    assert "We kunnen je code nu niet nakijken." in shown
    assert "Vraag het aan de balie. Daar helpen we je verder." in shown
    assert "We vinden deze code niet." not in shown
