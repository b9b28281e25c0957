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

    [sync]                      # written by 'kiosk enroll'
    server = "http://kiosk.zoersel.local:8765"
    device_id = "6f1c..."
    role = "kiosk"
"""

from __future__ import annotations

import dataclasses
import difflib
import tomllib
from collections.abc import Iterable
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


class NoDatabase(ConfigError):
    """A command that only works on a database that exists (``kiosk admin``) names a SQLite
    file that is not there: a typo in --db must not give a new, empty database and a silent
    success."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"there is no database at {path}. Start the server or the demo once to make one, "
            "or check --db."
        )
        self.log_message = f"no database at {path}"


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
    #: The last this many seconds of ``reset_after_s`` a screen and a tone ask "Ben je er
    #: nog?" with a button for more time (0: no warning). Keep it below reset_after_s.
    warn_before_reset_s: int = 20
    ask_priority: bool = True
    #: Read-aloud mode may speak private data (a typed name) only through a headset; the OS
    #: cannot tell reliably whether one is the output, so the installer says so here.
    headset: bool = False
    #: The key that turns read-aloud on and repeats the screen (a Qt key name: "F1", "*").
    speech_key: str = "F1"
    #: The languages on the start screen's language row, in this order (Dutch comes back after
    #: every resident): nl, fr, en, de, ar.
    languages: tuple[str, ...] = ("nl", "fr", "en", "de", "ar")
    #: The screen as mounted, for reach and touch-target sizes (kiosk/core/reach.py): its
    #: diagonal in inches (32: 708 x 398 mm) and the height of its lower edge (of the glass
    #: that shows the picture) above the floor, in mm. The low layout ("Alles lager") keeps
    #: every control 380-1220 mm above the floor.
    screen_diagonal_in: float = 32.0
    screen_bottom_mm: int = 850


@dataclass(frozen=True, slots=True)
class CounterSettings:
    #: Seconds without a key press or a click before a signed-in clerk is signed out (not while
    #: a resident is at the desk). Only on terminals where staff sign in (synced with a server).
    sign_out_after_s: int = 900
    #: Language of the console's texts: nl, fr, en or de.
    language: str = "nl"
    #: Seconds an open counter stays open without a heartbeat from its console (which renews
    #: it every third of this): a console that crashed stops counting for waiting times after
    #: this long, and another console may then open its counter (15 to 3600). With a server,
    #: the server then closes the counter, so every terminal's estimates follow (README, "A
    #: console that goes silent"); the console, back, opens it again with its next heartbeat.
    lease_s: int = 90


@dataclass(frozen=True, slots=True)
class DisplaySettings:
    language: str = "nl"  # language of the spoken announcements
    speech: bool = True
    chime: bool = True
    recent_calls: int = 6
    #: The waiting-room screen and the farthest seat that must read it, for its text sizes
    #: (kiosk/ui/display/legibility.py): the screen's diagonal in inches (16:9) and that
    #: distance in metres. A capital letter is at least 1/200 of the distance high: 25 mm at 5 m.
    screen_diagonal_in: float = 55.0
    viewing_distance_m: float = 5.0


@dataclass(frozen=True, slots=True)
class SyncSettings:
    """The central server this terminal syncs with; written by ``kiosk enroll``.

    Without ``server`` the terminal works on its own database (one machine, the demo). With
    it, the terminal keeps a replica (``database``, or a file named after the device in the
    OS data folder) and its device token sits in the OS keyring, never here."""

    server: str = ""
    device_id: str = ""
    role: Literal["", "kiosk", "counter", "display", "volunteer"] = ""
    #: The address residents' phones use for the status page (the QR code); from the server.
    public_url: str = ""
    #: Ticket numbers a kiosk keeps leased per service letter, today and tomorrow: how many
    #: tickets of one kind it can still give while cut off from the server.
    numbers_ahead: int = 400
    #: The certificate (PEM) of the authority that signed the server's TLS certificate, when
    #: that is the town hall's own and not one the operating system's list knows (as given to
    #: 'kiosk enroll --ca-file'). "": trust the usual public authorities.
    ca_file: str = ""
    #: Seconds this terminal's clock may be off from the server's before the counter shows it
    #: and the log says so (tickets and calls are timed by it; NTP keeps PCs within a second).
    clock_allowance_s: float = 120.0


@dataclass(frozen=True, slots=True)
class Settings:
    database: str = ""  # SQLAlchemy URL or a file path; "" means the OS data folder
    status_base_url: str = "http://127.0.0.1:8765"
    device: DeviceSettings = field(default_factory=DeviceSettings)
    kiosk: KioskSettings = field(default_factory=KioskSettings)
    counter: CounterSettings = field(default_factory=CounterSettings)
    display: DisplaySettings = field(default_factory=DisplaySettings)
    printer: PrinterSettings = field(default_factory=PrinterSettings)
    queue: QueueRules = field(default_factory=QueueRules)
    sync: SyncSettings = field(default_factory=SyncSettings)

    def database_url(self) -> str:
        if not self.database:
            if self.sync.server and self.sync.device_id:
                replica = default_database_path().with_name(
                    f"replica-{self.sync.device_id}.sqlite3"
                )
                return f"sqlite+pysqlite:///{replica}"
            return f"sqlite+pysqlite:///{default_database_path()}"
        if "://" in self.database:
            return self.database
        return f"sqlite+pysqlite:///{Path(self.database).expanduser().resolve()}"


def sqlite_file(database: str) -> Path | None:
    """The SQLite file that ``database`` (a SQLAlchemy URL or a file path) names; None for
    another kind of database (PostgreSQL) or one in memory."""
    if "://" not in database:
        return Path(database).expanduser().resolve() if database else None
    if not database.startswith("sqlite"):
        return None
    path = database.partition(":///")[2].split("?", 1)[0]
    return Path(path) if path and path != ":memory:" else None


def is_loopback(host: str) -> bool:
    """Whether ``host`` (a name or an address, IPv6 with or without brackets) is this machine
    only: what travels there never crosses a network."""
    import ipaddress

    host = host.strip("[]")
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def require_database(database: str) -> None:
    """Raise NoDatabase when ``database`` names a SQLite file that does not exist. Other
    databases are left to the connection (it says plainly when it cannot reach them)."""
    path = sqlite_file(database)
    if path is not None and not path.is_file():
        raise NoDatabase(path)


def unknown_setting(
    table: str,
    name: str,
    settings: Iterable[str],
    *,
    tables: Iterable[str] = (),
    is_table: bool = False,
) -> ConfigError:
    """The error for a name nothing reads, with the nearest known one (difflib): "unknown
    setting [kiosk] reset_afer_s: did you mean reset_after_s?", "unknown table [kiosks]: did
    you mean [kiosk]?". ``table``: where the name stands ("" at the top of the file);
    ``settings`` and ``tables``: the names known there."""

    def bracketed(n: str) -> str:
        return f"[{table}.{n}]" if table else f"[{n}]"

    known = {n: n for n in settings} | {t: bracketed(t) for t in tables}
    if is_table:
        what = f"table {bracketed(name)}"
    else:
        what = f"setting [{table}] {name}" if table else f"setting {name}"
    near = difflib.get_close_matches(name, list(known), n=1)
    if near:
        return ConfigError(f"unknown {what}: did you mean {known[near[0]]}?")
    return ConfigError(f"unknown {what}; the README's section 'Settings' lists every one.")


#: How a settings file's admin reads each kind of value.
_TYPE_WORDS: dict[type, str] = {
    bool: "true or false",
    int: "a whole number",
    float: "a number",
    str: "a text",
}
_LIST_WORDS: dict[type, str] = {
    str: "a list of texts",
    int: "a list of whole numbers",
    float: "a list of numbers",
}


def _as_written(raw: Any) -> str:
    """A value as it stands in the TOML file: true, 3, "text", [1, 2]."""
    if isinstance(raw, list):
        return "[" + ", ".join(map(_as_written, raw)) + "]"
    if isinstance(raw, dict):
        return "a table"
    if isinstance(raw, float):
        return repr(raw)
    return _toml_value(raw)


def _build(cls: type, data: dict[str, Any], where: str, also_known: tuple[str, ...] = ()) -> Any:
    hints = get_type_hints(cls)
    known = {f.name for f in fields(cls)}
    unknown = sorted(set(data) - known)
    if unknown:
        name = unknown[0]
        tables = [n for n in known if dataclasses.is_dataclass(hints[n])]
        raise unknown_setting(
            where.rstrip("."),
            name,
            known - set(tables),
            tables=[*tables, *also_known],
            is_table=isinstance(data[name], dict),
        )
    values: dict[str, Any] = {}
    for name, raw in data.items():
        hint = hints[name]
        key = f"{where}{name}"
        if dataclasses.is_dataclass(hint):
            if not isinstance(raw, dict):
                raise ConfigError(
                    f"{key} must be a table ([{key}] on a line of its own, then its settings), "
                    f"not {_as_written(raw)}."
                )
            values[name] = _build(hint, raw, f"{key}.")  # type: ignore[arg-type]
        else:
            values[name] = check_setting(hint, raw, key)
    return cls(**values)


def check_setting(hint: Any, raw: Any, key: str) -> Any:
    """``raw`` as read from TOML, checked against the type ``hint``; a ConfigError in plain
    words otherwise (kiosk/server/settings.py checks the [server] table with it too)."""
    if get_origin(hint) is tuple:
        item = get_args(hint)[0]
        if not isinstance(raw, list) or not all(_is(v, item) for v in raw):
            raise ConfigError(f"{key} must be {_LIST_WORDS[item]}, not {_as_written(raw)}.")
        return tuple(raw)
    if get_origin(hint) is Literal:
        if raw not in get_args(hint):
            choices = ", ".join(map(str, get_args(hint)))
            raise ConfigError(f"{key} must be one of: {choices}.")
        return raw
    args = [a for a in get_args(hint) if a is not type(None)]
    if args and raw is None:
        return None
    base = args[0] if args else hint
    if base is float and _is(raw, int):
        return float(raw)
    if isinstance(base, type) and not _is(raw, base):
        raise ConfigError(f"{key} must be {_TYPE_WORDS[base]}, not {_as_written(raw)}.")
    return raw


def _is(raw: Any, kind: type) -> bool:
    """isinstance, except that true and false are not numbers here."""
    return isinstance(raw, kind) and (kind is bool or not isinstance(raw, bool))


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
    settings: Settings = _build(Settings, data, "", also_known=("server",))
    k = settings.kiosk
    if not 0 <= k.warn_before_reset_s < max(1, k.reset_after_s) and k.warn_before_reset_s:
        raise ConfigError("kiosk.warn_before_reset_s must be 0 or less than kiosk.reset_after_s.")
    from kiosk.config_checks import check_display, check_reach  # they raise ConfigError

    check_reach(k)
    check_display(settings.display)
    return settings


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"'


def write_terminal_settings(path: Path, tables: dict[str, dict[str, object]]) -> None:
    """Write ``tables`` (e.g. {"device": {...}, "sync": {...}}) into the settings file.

    A new file is created; an existing one keeps its other tables, and the named tables are
    replaced. Raises ConfigError when the existing file is not valid TOML."""
    kept: list[str] = []
    if path.exists():
        text = path.read_text(encoding="utf-8")
        try:
            tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path} is not valid TOML: {exc}") from exc
        skipping = False
        for line in text.splitlines():
            stripped = line.strip()
            if stripped.startswith("[") and not stripped.startswith("[["):
                name = stripped.strip("[]").split("]")[0].strip()
                skipping = name in tables
            if not skipping:
                kept.append(line)
    out = list(kept)
    for name, values in tables.items():
        if out and out[-1].strip():
            out.append("")
        out.append(f"[{name}]")
        out += [f"{k} = {_toml_value(v)}" for k, v in values.items() if v is not None]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
