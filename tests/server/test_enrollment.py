"""Enrolling a terminal: the admin adds it, the terminal trades the code with a real server on
loopback, and the token ends up in the keyring (an in-memory keyring here)."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
import requests
from keyring.backend import KeyringBackend
from keyring.backends import fail

from kiosk.cli import main
from kiosk.config import load_settings
from kiosk.core.model import DeviceRole
from kiosk.services import devices
from kiosk.sync.credentials import load_device_token
from tests.server.conftest import ServerLog


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


def test_terminal_enrolls_and_keeps_its_token_in_the_keyring(
    ctx, base: str, memory_keyring: MemoryKeyring, capsys, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    added = devices.add_device(ctx, "bib-halle", DeviceRole.KIOSK, "Kiosk Halle").value
    config = tmp_path / "kiosk-halle.toml"
    assert main(["--config", str(config), "enroll", "--server", base, "--code", added.code]) == 0
    assert "enrolled as Kiosk Halle (kiosk)" in capsys.readouterr().out
    token = load_device_token(base, added.device.id)
    assert token is not None and devices.device_for_token(ctx, token) == added.device
    # The settings file names the server, the branch and the device, and holds no secret.
    settings = load_settings(config)
    assert settings.sync.server == base and settings.sync.device_id == added.device.id
    assert settings.sync.role == "kiosk" and settings.device.branch == "bib-halle"
    assert token not in config.read_text()

    again = ["--config", str(config), "enroll", "--server", base, "--code", added.code]
    assert main(again) == 1  # once only
    assert "was used already" in capsys.readouterr().err


def test_no_keyring_means_the_code_is_not_used_up(ctx, base: str, capsys) -> None:  # type: ignore[no-untyped-def]
    added = devices.add_device(ctx, "gemeentehuis", DeviceRole.DISPLAY, "Wachtzaal").value
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert main(["enroll", "--server", base, "--code", added.code]) == 1
    finally:
        keyring.set_keyring(before)
    assert "no safe place for passwords" in capsys.readouterr().err
    assert devices.enroll_device(ctx, added.code).value.device.id == added.device.id


def test_enroll_endpoint_words_its_refusals(base: str) -> None:
    answer = requests.post(f"{base}/api/v1/devices/enroll", json={"code": "ABCDE-FGHJK"}, timeout=5)
    assert answer.status_code == 400
    assert answer.json()["detail"]["code"] == "unknown_code"
    bad = requests.post(f"{base}/api/v1/devices/enroll", json={"code": ""}, timeout=5)
    assert bad.status_code == 422


def test_unreachable_server_is_said_plainly(memory_keyring, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["enroll", "--server", "http://127.0.0.1:9", "--code", "ABCDE-FGHJK"]) == 1
    assert "cannot be reached" in capsys.readouterr().err


def test_the_token_identifies_the_device_until_it_is_revoked(ctx, base: str) -> None:  # type: ignore[no-untyped-def]
    added = devices.add_device(ctx, "gemeentehuis", DeviceRole.COUNTER, "Loket 3", 3).value
    token = devices.enroll_device(ctx, added.code).value.token
    me = f"{base}/api/v1/devices/me"
    assert requests.get(me, timeout=5).status_code == 401
    wrong = requests.get(me, headers={"Authorization": "Bearer nope"}, timeout=5)
    assert wrong.status_code == 401 and wrong.headers["www-authenticate"] == "Bearer"
    ok = requests.get(me, headers={"Authorization": f"Bearer {token}"}, timeout=5)
    assert ok.status_code == 200
    assert ok.json()["name"] == "Loket 3" and ok.json()["role"] == "counter"
    devices.revoke_device(ctx, added.device.id)
    gone = requests.get(me, headers={"Authorization": f"Bearer {token}"}, timeout=5)
    assert gone.status_code == 401


def test_guessing_codes_is_stopped_after_ten_tries(base: str) -> None:
    url = f"{base}/api/v1/devices/enroll"
    answers = [
        requests.post(url, json={"code": f"ABCDE-FGH{i:02d}"}, timeout=5).status_code
        for i in range(12)
    ]
    assert answers[:10] == [400] * 10
    assert answers[10:] == [429, 429]


@pytest.mark.parametrize(
    "raw",
    [b'{"code": 1e999}', b'{"code": "ABCDE-\\ud800GHJK"}', b'{"code": ["ABCDE-FGHJK"]}'],
    ids=["infinite number", "lone surrogate", "a list"],
)
def test_odd_codes_get_a_plain_422(base: str, raw: bytes, server_log: ServerLog) -> None:
    answer = requests.post(
        f"{base}/api/v1/devices/enroll",
        data=raw,
        headers={"Content-Type": "application/json"},
        timeout=5,
    )
    server_log.wait_after(answer.status_code)
    assert answer.status_code == 422, answer.text
    # Where and what, and nothing of what was sent.
    [problem] = answer.json()["detail"]
    assert problem["loc"] == ["body", "code"] and set(problem) == {"loc", "msg", "type"}
    assert "ABCDE" not in answer.text and "999" not in answer.text
