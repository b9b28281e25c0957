"""Server settings: defaults in code, then a TOML file, then environment variables.

Environment variables (they win): KIOSK_SERVER_DB, KIOSK_SERVER_HOST, KIOSK_SERVER_PORT,
KIOSK_SERVER_PUBLIC_URL, KIOSK_SERVER_WORKERS. The file is the ``[server]`` table of the kiosk
settings file::

    [server]
    db = "postgresql+psycopg://kiosk@db.zoersel.local/kiosk"
    host = "0.0.0.0"
    port = 8765
    public_url = "https://wachtrij.zoersel.be"
    workers = 2
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from kiosk.config import ConfigError, unknown_setting
from kiosk.paths import default_database_path


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

    def database_url(self) -> str:
        return self.db or f"sqlite+pysqlite:///{default_database_path()}"

    def public_base(self) -> str:
        return (self.public_url or f"http://{self.host}:{self.port}").rstrip("/")


ENV = {
    "db": "KIOSK_SERVER_DB",
    "host": "KIOSK_SERVER_HOST",
    "port": "KIOSK_SERVER_PORT",
    "public_url": "KIOSK_SERVER_PUBLIC_URL",
    "workers": "KIOSK_SERVER_WORKERS",
    "clock_offset_s": "KIOSK_SERVER_CLOCK_OFFSET_S",
}


def load_server_settings(path: Path | None, env: dict[str, str] | None = None) -> ServerSettings:
    """Defaults, then the ``[server]`` table of ``path`` (if it exists), then the environment."""
    env = dict(os.environ) if env is None else env
    values: dict[str, Any] = {}
    known = {f.name for f in fields(ServerSettings)}
    if path is not None and path.exists():
        try:
            table = tomllib.loads(path.read_text(encoding="utf-8")).get("server", {})
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path} is not valid TOML: {exc}") from exc
        unknown = sorted(set(table) - known)
        if unknown:
            name = unknown[0]
            raise unknown_setting("server", name, known, is_table=isinstance(table[name], dict))
        values.update(table)
    for name, var in ENV.items():
        if var in env:
            values[name] = env[var]
    for name in ("port", "workers"):
        if name in values:
            try:
                values[name] = int(values[name])
            except (TypeError, ValueError) as exc:
                raise ConfigError(
                    f"server {name} must be a whole number, not {values[name]!r}."
                ) from exc
    if "clock_offset_s" in values:
        try:
            values["clock_offset_s"] = float(values["clock_offset_s"])
        except (TypeError, ValueError) as exc:
            raise ConfigError("server clock_offset_s must be a number of seconds.") from exc
    return ServerSettings(**values)


def settings_env(settings: ServerSettings) -> dict[str, str]:
    """The environment that makes load_server_settings() give ``settings`` back (for the
    worker processes, which each build their own app)."""
    return {var: str(getattr(settings, name)) for name, var in ENV.items()}
