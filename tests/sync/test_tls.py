"""A terminal enrolls and syncs over https (issue 10 point 13): the server's certificate is
signed by the town hall's own authority (made here, for 127.0.0.1), which the terminal is
given with 'kiosk enroll --ca-file' and keeps in [sync] ca_file. Without it the terminal
refuses the server; plain http:// to another machine is refused unless --insecure."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import requests
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from sqlalchemy import select

from kiosk.bootstrap import build_synced
from kiosk.cli import main
from kiosk.cli.enroll import insecure_server as _insecure_server
from kiosk.config import load_settings
from kiosk.core.model import DeviceRole
from kiosk.core.ports import FakeClock
from kiosk.server.app import create_app
from kiosk.server.settings import ServerSettings
from kiosk.services import devices, tickets
from kiosk.services.context import ServiceContext
from kiosk.storage import tables as tb
from kiosk.storage.demo import TOWN_HALL, service_id
from tests.conftest import _free_port, serving
from tests.server.test_enrollment import MemoryKeyring, memory_keyring  # noqa: F401
from tests.sync.test_sync import wait_until


@dataclass(frozen=True)
class Certificates:
    ca: Path  # what the terminal is given
    cert: Path  # the server's, signed by the CA
    key: Path


def _name(text: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text)])


@pytest.fixture
def certificates(tmp_path: Path) -> Certificates:
    now = datetime.now(UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (
        x509.CertificateBuilder()
        .subject_name(_name("Gemeente Zoersel test CA"))
        .issuer_name(_name("Gemeente Zoersel test CA"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(True, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("127.0.0.1"))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False
        )
        .sign(ca_key, hashes.SHA256())
    )
    found = Certificates(tmp_path / "ca.pem", tmp_path / "server.pem", tmp_path / "server.key")
    found.ca.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    found.cert.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    found.key.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return found


@pytest.fixture
def https_base(ctx: ServiceContext, certificates: Certificates) -> Iterator[str]:
    settings = ServerSettings(
        port=_free_port(), tls_cert_file=str(certificates.cert), tls_key_file=str(certificates.key)
    )
    ctx.status_base_url = settings.public_base()
    with serving(create_app(ctx, settings), settings) as url:
        yield url


def test_a_terminal_enrolls_and_syncs_over_https_with_its_town_halls_ca(
    ctx: ServiceContext,
    https_base: str,
    certificates: Certificates,
    memory_keyring: MemoryKeyring,  # noqa: F811
    tmp_path: Path,
    clock: FakeClock,
) -> None:
    assert https_base.startswith("https://127.0.0.1:")
    added = devices.add_device(ctx, "gemeentehuis", DeviceRole.DISPLAY, "wachtzaal").value
    config = tmp_path / "wachtzaal.toml"
    enroll = ["--config", str(config), "enroll", "--server", https_base, "--code", added.code]
    assert main([*enroll, "--ca-file", str(certificates.ca)]) == 0
    settings = load_settings(config)
    assert settings.sync.ca_file == str(certificates.ca)

    # 'kiosk run' starts a synced terminal from these settings (here without its screens).
    settings = replace(settings, database=str(tmp_path / "replica.sqlite3"))
    local, _branch, agent = build_synced(settings, clock)
    try:
        issued = tickets.issue_ticket(ctx, TOWN_HALL, service_id("eid")).value.ticket

        def arrived() -> bool:
            with local.db.read() as conn:
                found = select(tb.tickets.c.id).where(tb.tickets.c.id == issued.id)
                return conn.execute(found).first() is not None

        wait_until(arrived)
    finally:
        agent.stop()
        local.db.close()
    # Over https a phone that came once never falls back to plain http.
    health = requests.get(f"{https_base}/healthz", verify=str(certificates.ca), timeout=5)
    assert health.headers["strict-transport-security"] == "max-age=31536000"


def test_without_the_ca_the_server_is_not_trusted(
    ctx: ServiceContext,
    https_base: str,
    memory_keyring: MemoryKeyring,  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    added = devices.add_device(ctx, "gemeentehuis", DeviceRole.DISPLAY, "wachtzaal").value
    config = tmp_path / "wachtzaal.toml"
    assert (
        main(["--config", str(config), "enroll", "--server", https_base, "--code", added.code]) == 1
    )
    assert capsys.readouterr().err == (
        "kiosk: the server's certificate is not trusted. Give the certificate of the authority "
        "that signed it with --ca-file.\n"
    )
    assert not config.exists() and memory_keyring.items == {}
    assert devices.enroll_device(ctx, added.code).value.device.id == added.device.id  # unused


def test_plain_http_to_another_machine_needs_insecure(
    memory_keyring: MemoryKeyring,  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    config = tmp_path / "kiosk.toml"
    server = ["--config", str(config), "enroll", "--server", "http://192.0.2.10:8765"]
    assert main([*server, "--code", "ABCDE-FGHJK"]) == 2
    assert capsys.readouterr().err == (
        "kiosk: with http:// this terminal's token and the staff passwords would cross the "
        "network readable. Use the server's https:// address, or add --insecure on a network "
        "you trust.\n"
    )
    assert not config.exists()
    # --insecure lets it go ahead (not tried here: 192.0.2.10 is nobody); loopback needs none.
    assert _insecure_server("http://192.0.2.10:8765", allowed=True) is None
    for here in ("http://127.0.0.1:8765", "http://localhost:8765", "http://[::1]:8765"):
        assert _insecure_server(here, allowed=False) is None
    assert _insecure_server("https://kiosk.zoersel.local", allowed=False) is None
    assert _insecure_server("kiosk.zoersel.local:8765", allowed=True) is not None


def test_the_server_warns_when_reachable_without_tls() -> None:
    assert ServerSettings(host="0.0.0.0").plain_http_warning() == (
        "listening on 0.0.0.0 without TLS: device tokens and staff passwords cross the network "
        "readable. Put a TLS proxy in front and name it in [server] trusted_proxies, or set "
        "tls_cert_file and tls_key_file (README, 'TLS')."
    )
    for quiet in (
        ServerSettings(),  # 127.0.0.1: nothing crosses a network
        ServerSettings(host="::1"),
        ServerSettings(host="0.0.0.0", trusted_proxies=("10.1.2.3",)),
        ServerSettings(host="0.0.0.0", tls_cert_file="s.pem", tls_key_file="s.key"),
    ):
        assert quiet.plain_http_warning() is None
