"""The ``kiosk`` command: parses arguments, loads settings and hands over to the command
group's module (kiosk.cli.terminal, .server, .enroll, .admin)."""

from __future__ import annotations

import argparse
import logging
import sys
from dataclasses import replace
from pathlib import Path

from kiosk.cli import admin, enroll, server, terminal
from kiosk.config import ConfigError, Settings, load_settings, require_database
from kiosk.logs import setup_logging
from kiosk.paths import default_config_path
from kiosk.storage.errors import StorageError

log = logging.getLogger("kiosk.cli")


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
    terminal.add_parsers(sub)
    server.add_parser(sub)
    admin_parser = sub.add_parser(
        "admin",
        help="manage terminals, staff, opening hours, appointments, calendars and service texts",
    )
    admin_sub = admin_parser.add_subparsers(dest="admin_command", metavar="WHAT", required=True)
    admin.add_parsers(admin_sub)
    enroll.add_parser(sub)
    terminal.add_screenshot_parser(sub)
    return p


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
    if args.command in terminal.COMMANDS:
        return terminal.run(args, settings)
    if args.command == "server":
        return server.run(args)
    if args.command == "admin":
        require_database(settings.database_url())  # a typo in --db must not make a new one
        return admin.run(args, settings)
    if args.command == "enroll":
        return enroll.run(args)
    raise AssertionError(args.command)
