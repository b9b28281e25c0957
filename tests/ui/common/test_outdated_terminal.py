"""A terminal that speaks another sync protocol than its server (issue 12 point 2, its
acceptance line): started as ``kiosk run`` starts it (kiosk.terminal_run), against a real server
on loopback that refuses its version, the kiosk shows "Deze kiosk moet bijgewerkt worden." and
the counter console its band, read from what the server answered, never a traceback. A
terminal that never synced says so on its start-up page: tests/ui/common/test_startup_problem.py.
The band's words in each language: test_link_banner.py and the counter's tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest

from kiosk import bootstrap, terminal_run
from kiosk.config import DeviceSettings, Settings, SyncSettings
from kiosk.core.model import DeviceRole
from kiosk.core.ports import FakeClock
from kiosk.services import devices
from kiosk.services.context import ServiceContext
from kiosk.storage.db import sqlite_url
from kiosk.sync import credentials
from kiosk.sync import link as link_module
from kiosk.sync.link import ServerLink
from kiosk.sync.protocol import PROTOCOL_VERSION
from kiosk.ui.common.idle import wait_idle
from kiosk.ui.common.link_banner import BannerFrame
from kiosk.ui.common.link_status import LinkStatus
from tests.keyring_for_tests import SessionKeyring


class NewerLink(ServerLink):
    """A terminal updated before its server: it speaks the next protocol version."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **{**kwargs, "protocol_version": PROTOCOL_VERSION + 1})


def speak_a_newer_protocol(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every link the terminal's own code makes from now on (kiosk.bootstrap imports ServerLink
    when it builds one) speaks the next version; the server stays as it is."""
    monkeypatch.setattr(link_module, "ServerLink", NewerLink)


@pytest.fixture
def file_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The device token (and a kiosk's check-in secret) in a file of this test, never in the
    keyring of the machine that runs it."""
    monkeypatch.setenv("KIOSK_TEST_KEYRING", str(tmp_path / "keyring.json"))
    before = keyring.get_keyring()
    keyring.set_keyring(SessionKeyring())
    yield
    keyring.set_keyring(before)


def enrolled(ctx: ServiceContext, base: str, tmp_path: Path, role: str) -> Settings:
    """A terminal of the town hall enrolled on the server, its token in the keyring: the
    settings ``kiosk enroll`` writes."""
    counter = 1 if role == "counter" else None
    added = devices.add_device(ctx, "gemeentehuis", DeviceRole(role), f"{role} 1", counter).value
    token = devices.enroll_device(ctx, added.code).value.token
    credentials.store_device_token(base, token, device_id=added.device.id)
    return Settings(
        database=sqlite_url(tmp_path / f"replica-{role}.sqlite3"),
        device=DeviceSettings(branch="gemeentehuis", name=f"{role} 1", counter=counter),
        sync=SyncSettings(server=base, device_id=added.device.id, role=role),  # type: ignore[arg-type]
    )


@pytest.mark.usefixtures("file_keyring")
@pytest.mark.parametrize(
    ("role", "band"),
    [
        ("kiosk", "Deze kiosk moet bijgewerkt worden."),
        ("counter", "Deze computer heeft een update"),
    ],
)
def test_an_updated_terminal_says_it_must_be_updated_on_its_screen(
    qtbot: Any,
    ctx: ServiceContext,
    base: str,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    role: str,
    band: str,
) -> None:
    settings = enrolled(ctx, base, tmp_path, role)
    # Synced once at this version: the replica holds the town hall's catalogue and queue.
    first, _branch, agent = bootstrap.build_synced(settings, clock)
    agent.stop()
    first.db.close()

    # Restarted after an update the server has not had yet.
    speak_a_newer_protocol(monkeypatch)
    parts = terminal_run._RoleParts(role, settings, clock)
    status = LinkStatus()
    parts.open(status)
    window = parts.window(status)
    qtbot.addWidget(window)
    try:
        window.show()
        assert isinstance(window, BannerFrame)
        shown = window.link_banner
        qtbot.waitUntil(lambda: shown.isVisible() and band in shown.text(), timeout=10_000)
        assert status.is_outdated and status.online  # outdated, not offline
        assert "Traceback" not in shown.text() and "protocol" not in shown.text()
        if role == "kiosk":  # a resident hears nothing about clocks or the administrator
            assert shown.text() == band
    finally:
        # The screens' timers stop first, then what they asked in the background is answered
        # while they still exist (as the tests' terminal fixture ends).
        window.close()
        assert parts._terminal is not None
        wait_idle(parts._terminal.tasks)
        parts.close()
