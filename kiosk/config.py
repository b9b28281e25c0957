"""One typed home for settings: a TOML file with defaults in code.

The file lives in the OS config folder (``kiosk.toml``) or wherever ``--config`` points.
Unknown keys are an error (a typo must not silently do nothing); every field here is read by
some part of the app. Secrets never go here: device tokens and staff passwords live in the OS
keyring.

Example::

    database = "/var/lib/kiosk/kiosk.sqlite3"
    status_base_url = "http://kiosk.zoersel.local:8765"

    [device]
    branch = "gemeentehuis"
    name = "Kiosk inkom"

    [kiosk]
    orientation = "portrait"
    reset_after_s = 30

    [printer]
    kind = "network"
    host = "192.0.2.10"
"""

from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Literal, get_args, get_origin, get_type_hints

from kiosk.core.model import QueueRules
from kiosk.paths import default_database_path
from kiosk.printing.settings import PRINTER_KINDS, PrinterSettings


class ConfigError(Exception):
    """The settings file is wrong. ``user_message`` says where, in plain words."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message
        self.log_message = f"config error: {user_message}"


@dataclass(frozen=True, slots=True)
class DeviceSettings:
    branch: str = "gemeentehuis"  # branch code
    name: str = "Demo"
    counter: int | None = None  # counter number, for a counter console; None: ask at start


@dataclass(frozen=True, slots=True)
class KioskSettings:
    orientation: Literal["portrait", "landscape"] = "portrait"
    #: Seconds the ticket screen stays before going back to the start (announced on screen).
    ticket_screen_s: int = 20
    #: Seconds without a touch before any other screen goes back to the start.
    reset_after_s: int = 45
    ask_priority: bool = True


@dataclass(frozen=True, slots=True)
class DisplaySettings:
    language: str = "nl"  # language of the spoken announcements
    speech: bool = True
    chime: bool = True
    recent_calls: int = 6


@dataclass(frozen=True, slots=True)
class Settings:
    database: str = ""  # SQLAlchemy URL or a file path; "" means the OS data folder
    status_base_url: str = "http://127.0.0.1:8765"
    device: DeviceSettings = field(default_factory=DeviceSettings)
    kiosk: KioskSettings = field(default_factory=KioskSettings)
    display: DisplaySettings = field(default_factory=DisplaySettings)
    printer: PrinterSettings = field(default_factory=PrinterSettings)
    queue: QueueRules = field(default_factory=QueueRules)

    def database_url(self) -> str:
        if not self.database:
            return f"sqlite+pysqlite:///{default_database_path()}"
        if "://" in self.database:
            return self.database
        return f"sqlite+pysqlite:///{Path(self.database).expanduser().resolve()}"


def _build(cls: type, data: dict[str, Any], where: str) -> Any:
    hints = get_type_hints(cls)
    known = {f.name for f in fields(cls)}
    unknown = set(data) - known
    if unknown:
        raise ConfigError(f"Unknown setting {where}{sorted(unknown)[0]}.")
    values: dict[str, Any] = {}
    for name, raw in data.items():
        hint = hints[name]
        key = f"{where}{name}"
        if dataclasses.is_dataclass(hint):
            if not isinstance(raw, dict):
                raise ConfigError(f"[{key}] must be a section.")
            values[name] = _build(hint, raw, f"{key}.")  # type: ignore[arg-type]
        else:
            values[name] = _check(hint, raw, key)
    return cls(**values)


def _check(hint: Any, raw: Any, key: str) -> Any:
    if get_origin(hint) is Literal:
        if raw not in get_args(hint):
            choices = ", ".join(map(str, get_args(hint)))
            raise ConfigError(f"{key} must be one of: {choices}.")
        return raw
    args = [a for a in get_args(hint) if a is not type(None)]
    if args and raw is None:
        return None
    base = args[0] if args else hint
    if base is float and isinstance(raw, int) and not isinstance(raw, bool):
        return float(raw)
    if isinstance(base, type) and not isinstance(raw, base):
        raise ConfigError(f"{key} must be a {base.__name__}, not {raw!r}.")
    return raw


def load_settings(path: Path | None) -> Settings:
    """Settings from ``path`` (missing file: all defaults). Raises ConfigError on bad content."""
    if path is None or not path.exists():
        return Settings()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path} is not valid TOML: {exc}") from exc
    data.pop("server", None)  # the server's own table: kiosk/server/settings.py reads it
    printer = data.get("printer", {})
    if isinstance(printer, dict) and "kind" in printer and printer["kind"] not in PRINTER_KINDS:
        raise ConfigError(f"printer.kind must be one of: {', '.join(PRINTER_KINDS)}.")
    settings: Settings = _build(Settings, data, "")
    return settings
