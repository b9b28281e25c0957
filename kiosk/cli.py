"""The ``kiosk`` command. Parses arguments, loads settings, hands over to kiosk.bootstrap."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from kiosk import admin_cli
from kiosk.config import (
    ConfigError,
    Settings,
    is_loopback,
    load_settings,
    require_database,
    sqlite_file,
    write_terminal_settings,
)
from kiosk.core.ports import ShiftedClock
from kiosk.logs import setup_logging
from kiosk.paths import data_dir, default_config_path
from kiosk.storage.errors import StorageError

log = logging.getLogger("kiosk.cli")

ROLES = ("kiosk", "counter", "display")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="kiosk",
        description=(
            "Queue software for a municipality: a self-service kiosk for residents, a counter "
            "console for staff and a waiting-room display."
        ),
        epilog=f"Settings file: {default_config_path()} (see README, 'Settings').",
    )
    p.add_argument(
        "--config",
        type=Path,
        help=f"settings file (TOML); default: {default_config_path()} if it exists",
    )
    p.add_argument(
        "--db",
        help="database: a SQLite file path or a SQLAlchemy URL (overrides the settings file)",
    )
    p.add_argument("-v", "--verbose", action="store_true", help="log debug details")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", required=True)

    demo = sub.add_parser(
        "demo",
        help="open a kiosk, a counter and a display of the demo town hall (Zoersel)",
        description=(
            "Opens three windows on one SQLite file: the self-service kiosk, counter 'Loket 1' "
            "and the waiting-room display of the demo town hall. Take a ticket at the kiosk, "
            "press 'Volgende' at the counter, and watch the display. Printed tickets are saved "
            "as PDF files next to the database unless a printer is set in the settings file."
        ),
    )
    demo.add_argument(
        "--keep",
        action="store_true",
        help="keep the demo database of the last run instead of starting fresh (a file given "
        "with --db is always kept)",
    )
    demo.add_argument(
        "--at",
        type=_local_moment,
        help="start the demo's clock at this local time, e.g. '2026-12-05 10:00' (a Saturday "
        "session) or '2026-12-25 10:00' (a holiday); it keeps ticking from there",
    )
    demo.add_argument(
        "--now",
        action="store_true",
        help="keep the real time even when the demo town hall is closed now (by default the "
        "demo's clock then starts at the next opening, so a ticket can be taken)",
    )

    run = sub.add_parser(
        "run",
        help="run one role full screen (kiosk, counter or display)",
        description="Runs one terminal role, full screen, against the configured database.",
    )
    run.add_argument(
        "--role",
        choices=ROLES,
        help="which screen to run (default: the role this terminal was enrolled as)",
    )
    run.add_argument("--branch", help="branch code, e.g. gemeentehuis, bib-halle, bib-zoersel")
    run.add_argument(
        "--counter", type=int, help="counter number (counter role); without it the console asks"
    )
    run.add_argument(
        "--orientation", choices=("portrait", "landscape"), help="kiosk screen orientation"
    )
    run.add_argument("--windowed", action="store_true", help="a normal window, not full screen")
    run.add_argument(
        "--at",
        type=_local_moment,
        help="for demos and tests: start this terminal's clock at this local time, e.g. "
        "'2026-12-07 10:00' (give its server the same --at)",
    )

    server = sub.add_parser(
        "server",
        help="run the central server (status pages for ticket QR codes, health, metrics)",
        description=(
            "Runs the central server: FastAPI on the configured database (PostgreSQL in "
            "production, the embedded SQLite file by default). Settings come from the [server] "
            "table of the settings file, then the environment (KIOSK_SERVER_ and the name in "
            "capitals: KIOSK_SERVER_DB, KIOSK_SERVER_HOST, ...), then these options; the "
            "README's part 'Server and terminals on several machines' lists them, with the "
            "limits on requests, TLS and a reverse proxy. API description: /openapi.json "
            "(browsable at /docs), and /metrics, from this machine only unless [server] "
            "docs_from and metrics_from say otherwise."
        ),
    )
    server.add_argument("--host", help="address to listen on (default 127.0.0.1)")
    server.add_argument("--port", type=int, help="port to listen on (default 8765)")
    server.add_argument("--public-url", help="the address residents' phones use for QR links")
    server.add_argument(
        "--workers",
        type=int,
        help="server processes sharing the port (default 1; more only on PostgreSQL)",
    )
    server.add_argument(
        "--at",
        type=_local_moment,
        help="for demos and tests: start the server's clock at this local time, e.g. "
        "'2026-12-07 10:00'; it keeps ticking from there",
    )

    admin = sub.add_parser(
        "admin",
        help="manage terminals, staff, opening hours, appointments, calendars and service texts",
    )
    admin_sub = admin.add_subparsers(dest="admin_command", metavar="WHAT", required=True)
    admin_cli.add_parsers(admin_sub)

    enroll = sub.add_parser(
        "enroll",
        help="enroll this terminal with the server using a one-time code",
        description="Trades the one-time code for this terminal's token and keeps the token in "
        "the operating system's keyring (never in a file). The terminal's settings (server, "
        "branch, role, device id) are written to the settings file given with --config, which "
        "is created if needed; then start the terminal with 'kiosk --config FILE run'.",
    )
    enroll.add_argument(
        "--server",
        required=True,
        help="the server's address, e.g. https://kiosk.zoersel.local:8765",
    )
    enroll.add_argument("--code", required=True, help="the code from 'kiosk admin device add'")
    enroll.add_argument(
        "--ca-file",
        type=Path,
        help="the certificate (PEM) of the authority that signed the server's certificate, "
        "when that is the town hall's own; kept in the settings file for every later contact",
    )
    enroll.add_argument(
        "--insecure",
        action="store_true",
        help="allow an http:// server on another machine: the token and staff passwords then "
        "cross the network readable (certificates of https:// servers are checked regardless)",
    )
    enroll.add_argument(
        "--allow-plaintext-keyring",
        action="store_true",
        help="accept a keyring that stores passwords as plain text",
    )

    shots = sub.add_parser(
        "screenshots",
        help="render every screen of every role to PNG files, without a display",
        description="Writes PNGs named role-screen-WxH.png (e.g. kiosk-start-1080x1920.png).",
    )
    shots.add_argument("--out", type=Path, required=True, help="folder for the PNG files")
    return p


def _local_moment(text: str) -> datetime:
    """ "2026-12-05 10:00" in the demo municipality's zone (Europe/Brussels), as UTC."""
    try:
        naive = datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a time like 2026-12-05 10:00") from None
    if naive.tzinfo is not None:
        return naive.astimezone(UTC)
    return naive.replace(tzinfo=ZoneInfo("Europe/Brussels")).astimezone(UTC)


def _command() -> str:
    """How the person typed ``kiosk``: build/dev.py says ``python3 build/dev.py kiosk`` in
    KIOSK_COMMAND, so a hint is one they can type as it stands (no ``kiosk`` on their PATH)."""
    return os.environ.get("KIOSK_COMMAND", "kiosk")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.config is not None and not args.config.is_file() and args.command != "enroll":
        # A typo in the path must not silently run with default settings.
        print(f"kiosk: the settings file {args.config} does not exist.", file=sys.stderr)
        return 2
    try:
        settings = load_settings(args.config or default_config_path())
    except ConfigError as exc:
        print(f"kiosk: {exc.user_message}", file=sys.stderr)
        return 2
    if args.db:
        settings = replace(settings, database=args.db)
    device = settings.device.name if args.command == "run" else f"kiosk-{args.command}"
    setup_logging(device, logging.DEBUG if args.verbose else logging.INFO)
    try:
        return _dispatch(args, settings)
    except ConfigError as exc:
        print(f"kiosk: {exc.user_message}", file=sys.stderr)
        return 2
    except StorageError as exc:
        log.error(exc.log_message)
        print(f"kiosk: the database cannot be used: {exc}", file=sys.stderr)
        return 1


def _dispatch(args: argparse.Namespace, settings: Settings) -> int:
    from kiosk import bootstrap

    if args.command == "demo":
        if args.db and "://" in args.db:
            print("kiosk: the demo runs on a SQLite file; give --db a file path.", file=sys.stderr)
            return 2
        _say_if_new(sqlite_file(args.db or str(data_dir() / "demo.sqlite3")))
        from kiosk.demo import run_demo

        if args.db:  # someone's own file: never wiped, whatever --keep says
            return run_demo(settings, Path(args.db), fresh=False, at=args.at, keep_time=args.now)
        return run_demo(
            settings,
            data_dir() / "demo.sqlite3",
            fresh=not args.keep,
            at=args.at,
            keep_time=args.now,
        )
    if args.command == "run":
        device = settings.device
        if args.branch:
            device = replace(device, branch=args.branch)
        if args.counter is not None:
            device = replace(device, counter=args.counter)
        kiosk = settings.kiosk
        if args.orientation:
            kiosk = replace(kiosk, orientation=args.orientation)
        settings = replace(settings, device=device, kiosk=kiosk)
        role = args.role or (settings.sync.role if settings.sync.role in ROLES else None)
        if role is None:
            print("kiosk: say which screen to run with --role.", file=sys.stderr)
            return 2
        _say_if_new(sqlite_file(settings.database_url()))
        clock = ShiftedClock(args.at) if args.at is not None else None
        return bootstrap.run_role(role, settings, windowed=args.windowed, clock=clock)
    if args.command == "server":
        from kiosk.server.settings import load_server_settings

        server = load_server_settings(args.config or default_config_path())
        overrides = {
            "db": args.db,
            "host": args.host,
            "port": args.port,
            "public_url": args.public_url,
            "workers": args.workers,
            "clock_offset_s": (args.at - datetime.now(UTC)).total_seconds() if args.at else None,
        }
        server = replace(server, **{k: v for k, v in overrides.items() if v is not None})
        return bootstrap.run_server(server)
    if args.command == "admin":
        require_database(settings.database_url())  # a typo in --db must not make a new one
        return admin_cli.run(args, settings)
    if args.command == "enroll":
        return _enroll(args)
    if args.command == "screenshots":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        files = bootstrap.render_screenshots(args.out)
        for f in files:
            print(f)
        return 0
    raise AssertionError(args.command)


def _say_if_new(database: Path | None) -> None:
    """The demo and a terminal make their SQLite file when it is not there: say so, so that a
    typo in --db or the settings shows."""
    if database is not None and not database.exists():
        print(f"kiosk: making a new database at {database}.", file=sys.stderr)


def _enroll(args: argparse.Namespace) -> int:
    import requests

    from kiosk.sync.credentials import CredentialsError, check_keyring, store_device_token

    try:
        check_keyring(allow_plaintext=args.allow_plaintext_keyring)
    except CredentialsError as exc:
        print(f"kiosk: {exc.user_message}", file=sys.stderr)
        return 1
    refusal = _insecure_server(args.server, args.insecure)
    if refusal:
        print(f"kiosk: {refusal}", file=sys.stderr)
        return 2
    ca_file = args.ca_file.resolve() if args.ca_file else None
    if ca_file is not None and not ca_file.is_file():
        print(f"kiosk: the CA file {args.ca_file} does not exist.", file=sys.stderr)
        return 2
    url = args.server.rstrip("/") + "/api/v1/devices/enroll"
    try:
        answer = requests.post(
            url, json={"code": args.code}, timeout=15, verify=str(ca_file) if ca_file else True
        )
    except requests.exceptions.SSLError:
        print(
            "kiosk: the server's certificate is not trusted. Give the certificate of the "
            "authority that signed it with --ca-file.",
            file=sys.stderr,
        )
        return 1
    except requests.RequestException as exc:
        print(f"kiosk: the server cannot be reached ({exc}).", file=sys.stderr)
        return 1
    if answer.status_code == 400:
        print(f"kiosk: {answer.json()['detail']['message']}", file=sys.stderr)
        return 1
    if answer.status_code != 200:
        print(f"kiosk: the server answered {answer.status_code}.", file=sys.stderr)
        return 1
    body = answer.json()
    try:
        store_device_token(
            args.server,
            body["token"],
            device_id=body["device_id"],
            allow_plaintext=args.allow_plaintext_keyring,
        )
    except CredentialsError as exc:
        print(f"kiosk: {exc.user_message}", file=sys.stderr)
        return 1
    path = args.config or default_config_path()
    try:
        write_terminal_settings(
            path,
            {
                "device": {
                    "branch": body["branch_code"],
                    "name": body["name"],
                    "counter": body.get("counter_number"),
                },
                "sync": {
                    "server": args.server.rstrip("/"),
                    "device_id": body["device_id"],
                    "role": body["role"],
                    "public_url": body.get("public_url", ""),
                    "ca_file": str(ca_file) if ca_file else None,
                },
            },
        )
    except (ConfigError, OSError) as exc:
        print(f"kiosk: the settings file {path} could not be written: {exc}", file=sys.stderr)
        return 1
    print(
        f"This terminal is enrolled as {body['name']} ({body['role']}). Its token is in the "
        f"keyring; its settings are in {path}. Start it with: {_command()} --config {path} run"
    )
    return 0


def _insecure_server(server: str, allowed: bool) -> str | None:
    """Why enrolling with ``server`` is refused: plain http to another machine, unless
    ``allowed`` (--insecure). None: go ahead."""
    from urllib.parse import urlsplit

    parts = urlsplit(server)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "the server address must start with https://, e.g. https://kiosk.zoersel.local."
    if parts.scheme == "https" or allowed or is_loopback(parts.hostname):
        return None
    return (
        "with http:// this terminal's token and the staff passwords would cross the network "
        "readable. Use the server's https:// address, or add --insecure on a network you trust."
    )


if __name__ == "__main__":
    raise SystemExit(main())
