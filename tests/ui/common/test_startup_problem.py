"""A synced terminal that cannot start says why on its screen in plain Dutch, with what to do,
and the same in its own language below (issue 12 point 6): no token in the keyring, a server
it never reached, a server that no longer accepts it. Each case is raised by the real
kiosk.bootstrap.build_synced and shown on the real start-up window."""

from __future__ import annotations

import socket
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from kiosk import bootstrap
from kiosk.config import Settings, SyncSettings
from kiosk.core.model import DeviceRole
from kiosk.services import devices
from kiosk.storage.db import sqlite_url
from kiosk.sync import credentials
from kiosk.sync.startup import StartupFault, StartupProblem
from kiosk.ui.common.boot import TerminalWindow
from kiosk.ui.common.startup_problem import startup_problem_text
from tests.ui.common.test_outdated_terminal import speak_a_newer_protocol


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])  # nothing listens there once it is closed


def _synced(tmp_path: Path, server: str) -> Settings:
    sync = SyncSettings(server=server, device_id="dev-1", role="counter")
    return Settings(database=sqlite_url(tmp_path / "replica.sqlite3"), sync=sync)


def _problem(settings: Settings) -> StartupProblem:
    with pytest.raises(StartupProblem) as caught:
        bootstrap.build_synced(settings)
    return caught.value


def _shown(qtbot, problem: StartupProblem, language: str) -> str:  # type: ignore[no-untyped-def]
    host = TerminalWindow("Loket")
    qtbot.addWidget(host)
    host.show_problem(startup_problem_text(problem, language))
    return "\n".join(label.text() for label in host.findChildren(QLabel))


def _token(value: str | None) -> Callable[[str, str], str | None]:
    return lambda _server, _device: value


def test_no_token_says_enroll_again(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(credentials, "load_device_token", _token(None))
    problem = _problem(_synced(tmp_path, "https://kiosk.zoersel.local"))
    assert problem.fault is StartupFault.NO_TOKEN
    text = _shown(qtbot, problem, "fr")
    assert "Dit toestel is niet aangemeld bij de server" in text
    assert "Vraag de dienst ICT om een nieuwe code." in text
    assert "Que faire : demandez au service informatique" in text
    assert "keyring" not in text and "Enroll" not in text  # not the English console line


def test_a_server_never_reached_says_check_the_network(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(credentials, "load_device_token", _token("token"))
    server = f"http://127.0.0.1:{_closed_port()}"
    problem = _problem(_synced(tmp_path, server))
    assert problem.fault is StartupFault.UNKNOWN_SERVER
    text = _shown(qtbot, problem, "de")
    assert f"De server {server} is niet bereikbaar" in text
    assert "Wat te doen: controleer de netwerkverbinding." in text
    assert f"Der Server {server} ist nicht erreichbar" in text
    assert "cannot be reached" not in text


def test_a_switched_off_terminal_says_ask_for_a_new_code(
    qtbot, tmp_path, monkeypatch, base
) -> None:  # type: ignore[no-untyped-def]
    # A real server that knows no such token: it refuses the terminal, as after 'revoke'.
    monkeypatch.setattr(credentials, "load_device_token", _token("revoked-token"))
    problem = _problem(_synced(tmp_path, base))
    assert problem.fault is StartupFault.REVOKED
    text = _shown(qtbot, problem, "nl")
    assert "De server aanvaardt dit toestel niet meer: het werd uitgeschakeld." in text
    assert "om een nieuwe code" in text
    assert "Le serveur" not in text and "switched off" not in text  # Dutch only: its language


def test_a_server_of_another_version_says_update(qtbot, tmp_path, monkeypatch, ctx, base) -> None:  # type: ignore[no-untyped-def]
    # Never synced, and a real server that refuses the version this terminal speaks (it was
    # updated first): nothing to work on. A terminal that synced before: its band,
    # tests/ui/common/test_outdated_terminal.py.
    added = devices.add_device(ctx, "gemeentehuis", DeviceRole.COUNTER, "loket 1", 1).value
    token = devices.enroll_device(ctx, added.code).value.token
    monkeypatch.setattr(credentials, "load_device_token", _token(token))
    speak_a_newer_protocol(monkeypatch)
    problem = _problem(_synced(tmp_path, base))
    assert problem.fault is StartupFault.OUTDATED
    text = _shown(qtbot, problem, "en")
    assert "Dit toestel moet bijgewerkt worden" in text and "verwittig de dienst ICT" in text
    assert "This device must be updated" in text
    assert "new code" not in text  # not the revoked terminal's answer


def test_any_other_error_is_shown_as_it_says_itself() -> None:
    assert startup_problem_text(LookupError("branch nergens not found"), "fr") == (
        "branch nergens not found"
    )
