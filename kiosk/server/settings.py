"""Server settings: defaults in code, then a TOML file, then environment variables.

The file is the ``[server]`` table of the kiosk settings file; every setting also has an
environment variable, ``KIOSK_SERVER_`` and its name in capitals (``KIOSK_SERVER_DB``,
``KIOSK_SERVER_TRUSTED_PROXIES``; a list there is written with commas). The environment wins::

    [server]
    db = "postgresql+psycopg://kiosk@db.zoersel.local/kiosk"
    host = "127.0.0.1"                # behind nginx or Caddy on this machine (README, 'TLS')
    port = 8765
    public_url = "https://wachtrij.zoersel.be"
    workers = 2
    trusted_proxies = ["127.0.0.1"]   # the proxy's X-Forwarded-For names the resident
    metrics_from = ["127.0.0.1", "10.1.2.30"]   # Prometheus
"""

from __future__ import annotations

import ipaddress
import os
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, get_type_hints

from kiosk.config import ConfigError, check_setting, is_loopback, unknown_setting
from kiosk.paths import default_database_path

#: Only this machine: the default of the addresses that may read /metrics and the API docs.
LOOPBACK = ("127.0.0.1", "::1")


@dataclass(frozen=True, slots=True)
class ServerSettings:
    db: str = ""  # SQLAlchemy URL; "" = the embedded SQLite file in the OS data folder
    host: str = "127.0.0.1"
    port: int = 8765
    #: The address residents' phones use; ticket QR codes point at <public_url>/t/<token>.
    public_url: str = ""
    #: Server processes sharing the port. On PostgreSQL each wakes its own long-polling
    #: terminals through LISTEN/NOTIFY; on SQLite keep 1 (one writer at a time anyway).
    workers: int = 1
    #: Seconds the server's clock runs ahead of (or behind) the real time: ``kiosk server
    #: --at``, for demos and tests, so a server and its terminals share one moment. 0 in use.
    clock_offset_s: float = 0.0

    # --- What one request may cost --------------------------------------------------------
    #: The largest request body, in bytes; a larger one is answered 413 before it is read. A
    #: terminal's largest request, a push of 200 tickets, is about 200 KB.
    max_body_bytes: int = 1_048_576
    #: Seconds a client may take to send a request's body; then 408 and the connection closes.
    body_timeout_s: float = 30.0
    #: Seconds a client may take to send a request's line and headers, from the moment it
    #: connects or got its previous answer; then the connection closes.
    header_timeout_s: float = 10.0
    #: Seconds a connection may stay open, idle, between two requests.
    keep_alive_s: int = 5
    #: Long polls of the change feed one terminal may have waiting in one server process; one
    #: more answers the oldest at once (a terminal asks one at a time; a second is one whose
    #: connection broke while the server was still holding it).
    feed_polls_per_device: int = 2
    #: Seconds between this process's looks for counters whose console stopped renewing its
    #: lease (kiosk/server/abandoned_counters.py): such a counter is closed, and every
    #: terminal's waiting estimates stop counting it.
    abandoned_counters_every_s: float = 5.0

    # --- Who sees what --------------------------------------------------------------------
    #: Reverse proxies (addresses or networks) whose X-Forwarded-For and X-Forwarded-Proto
    #: are believed. Empty: nobody's; a request's address is the one it came from.
    trusted_proxies: tuple[str, ...] = ()
    #: Addresses or networks that may read /metrics; [] = nobody.
    metrics_from: tuple[str, ...] = LOOPBACK
    #: Addresses or networks that may read the API description (/openapi.json, /docs,
    #: /redoc); [] = nobody.
    docs_from: tuple[str, ...] = LOOPBACK
    #: TLS in the server itself, without a proxy: its certificate (PEM, with the chain) and
    #: private key files. Both or neither.
    tls_cert_file: str = ""
    tls_key_file: str = ""

    def database_url(self) -> str:
        return self.db or f"sqlite+pysqlite:///{default_database_path()}"

    def scheme(self) -> str:
        return "https" if self.tls_cert_file else "http"

    def public_base(self) -> str:
        return (self.public_url or f"{self.scheme()}://{self.host}:{self.port}").rstrip("/")

    def plain_http_warning(self) -> str | None:
        """A sentence for the log when terminals would reach this server over a network
        without TLS; None on loopback, with TLS here, or behind a proxy it trusts (which the
        README has terminate TLS)."""
        if is_loopback(self.host) or self.tls_cert_file or self.trusted_proxies:
            return None
        return (
            f"listening on {self.host} without TLS: device tokens and staff passwords cross "
            "the network readable. Put a TLS proxy in front and name it in [server] "
            "trusted_proxies, or set tls_cert_file and tls_key_file (README, 'TLS')."
        )


ENV = {f.name: f"KIOSK_SERVER_{f.name.upper()}" for f in fields(ServerSettings)}
_TYPES: dict[str, Any] = get_type_hints(ServerSettings)
#: Settings that hold addresses or networks.
_NETWORKS = ("trusted_proxies", "metrics_from", "docs_from")
#: Settings that must be more than 0.
_POSITIVE = (
    "port",
    "workers",
    "max_body_bytes",
    "body_timeout_s",
    "header_timeout_s",
    "keep_alive_s",
    "feed_polls_per_device",
    "abandoned_counters_every_s",
)


def load_server_settings(path: Path | None, env: dict[str, str] | None = None) -> ServerSettings:
    """Defaults, then the ``[server]`` table of ``path`` (if it exists), then the environment."""
    env = dict(os.environ) if env is None else env
    values: dict[str, Any] = {}
    if path is not None and path.exists():
        try:
            table = tomllib.loads(path.read_text(encoding="utf-8")).get("server", {})
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path} is not valid TOML: {exc}") from exc
        unknown = sorted(set(table) - set(ENV))
        if unknown:
            name = unknown[0]
            raise unknown_setting("server", name, ENV, is_table=isinstance(table[name], dict))
        values.update(table)
    for name, var in ENV.items():
        if var in env:
            values[name] = _from_text(env[var], _TYPES[name])
    values = {
        name: check_setting(_TYPES[name], raw, f"server.{name}") for name, raw in values.items()
    }
    settings = ServerSettings(**values)
    _check_sense(settings)
    return settings


def _from_text(text: str, hint: Any) -> Any:
    """An environment variable's text as the setting's type; left as text when it is not
    one, so that check_setting names the mistake."""
    text = text.strip()
    try:
        if hint is int:
            return int(text)
        if hint is float:
            return float(text)
    except ValueError:
        return text
    if hint is not str:  # a list: texts separated by commas
        return [part.strip() for part in text.split(",") if part.strip()]
    return text


def _check_sense(s: ServerSettings) -> None:
    for name in _POSITIVE:
        if getattr(s, name) <= 0:
            raise ConfigError(f"server.{name} must be more than 0.")
    for name in _NETWORKS:
        for item in getattr(s, name):
            try:
                ipaddress.ip_network(item, strict=False)
            except ValueError:
                raise ConfigError(
                    f"server.{name}: {item!r} is not an address or a network; write one like "
                    '"10.1.2.3" or "10.1.0.0/16".'
                ) from None
    if bool(s.tls_cert_file) != bool(s.tls_key_file):
        raise ConfigError("server: give both tls_cert_file and tls_key_file, or neither.")


def networks(items: tuple[str, ...]) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    """Addresses and networks from a setting (checked when loaded) as networks."""
    return tuple(ipaddress.ip_network(item, strict=False) for item in items)


def settings_env(settings: ServerSettings) -> dict[str, str]:
    """The environment that makes load_server_settings() give ``settings`` back (for the
    worker processes, which each build their own app)."""
    return {var: _as_text(getattr(settings, name)) for name, var in ENV.items()}


def _as_text(value: Any) -> str:
    if isinstance(value, tuple):
        return ",".join(value)
    return str(value)
