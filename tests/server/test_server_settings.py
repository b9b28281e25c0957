from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import pytest

from kiosk.config import ConfigError, load_settings
from kiosk.server.settings import ServerSettings, load_server_settings, settings_env


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


def test_every_setting_has_its_environment_variable_and_reaches_the_workers(
    tmp_path: Path,
) -> None:
    """'kiosk server --workers N' hands its settings to each process through the environment:
    every one of them, lists too, comes back as it was."""
    f = tmp_path / "kiosk.toml"
    f.write_text(
        "[server]\n"
        "max_body_bytes = 2000\n"
        "body_timeout_s = 4\n"
        'trusted_proxies = ["10.1.2.3", "10.9.0.0/16"]\n'
        "metrics_from = []\n"
        'tls_cert_file = "/etc/kiosk/server.pem"\n'
        'tls_key_file = "/etc/kiosk/server.key"\n'
    )
    s = load_server_settings(f, env={"KIOSK_SERVER_DOCS_FROM": "192.0.2.8, 10.0.0.0/8"})
    assert s.max_body_bytes == 2000 and s.body_timeout_s == 4.0
    assert s.trusted_proxies == ("10.1.2.3", "10.9.0.0/16") and s.metrics_from == ()
    assert s.docs_from == ("192.0.2.8", "10.0.0.0/8")
    assert s.public_base() == "https://127.0.0.1:8765"
    env = settings_env(s)
    assert set(env) == {f"KIOSK_SERVER_{f.name.upper()}" for f in fields(ServerSettings)}
    assert load_server_settings(None, env=env) == s
    assert load_server_settings(None, env=settings_env(ServerSettings())) == ServerSettings()


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ('trusted_proxies = ["proxy.local"]', "'proxy.local' is not an address or a network"),
        ('metrics_from = "::1"', 'server.metrics_from must be a list of texts, not "::1"'),
        ("max_body_bytes = 0", "server.max_body_bytes must be more than 0"),
        (
            "abandoned_counters_every_s = 0",
            "server.abandoned_counters_every_s must be more than 0",
        ),
        ("header_timeout_s = true", "server.header_timeout_s must be a number, not true"),
        ('tls_cert_file = "server.pem"', "give both tls_cert_file and tls_key_file, or neither"),
        ("max_body_byte = 1", r"\[server\] max_body_byte: did you mean max_body_bytes\?"),
    ],
)
def test_mistakes_in_the_new_settings_are_named(tmp_path: Path, table: str, message: str) -> None:
    f = tmp_path / "kiosk.toml"
    f.write_text(f"[server]\n{table}\n")
    with pytest.raises(ConfigError, match=message):
        load_server_settings(f, env={})
