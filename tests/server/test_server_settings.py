from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import ConfigError, load_settings
from kiosk.server.settings import load_server_settings


def test_file_then_environment(tmp_path: Path) -> None:
    f = tmp_path / "kiosk.toml"
    f.write_text('[server]\nport = 9000\npublic_url = "https://wachtrij.example"\n')
    s = load_server_settings(f, env={"KIOSK_SERVER_PORT": "9100"})
    assert s.port == 9100 and s.public_base() == "https://wachtrij.example"
    assert load_settings(f).status_base_url  # the terminals' loader leaves [server] alone


def test_bad_values_are_named(tmp_path: Path) -> None:
    f = tmp_path / "kiosk.toml"
    f.write_text("[server]\nprot = 1\n")
    with pytest.raises(ConfigError, match=r"unknown setting \[server\] prot: did you mean port\?"):
        load_server_settings(f, env={})
    with pytest.raises(ConfigError, match="port must be a whole number"):
        load_server_settings(None, env={"KIOSK_SERVER_PORT": "eighty"})
