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
from kiosk.config import ConfigError, Settings, load_settings, write_terminal_settings
from kiosk.core.model import DeviceRole, StaffRole
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

    server = sub.add_parser(
        "server",
        help="run the central server (status pages for ticket QR codes, health, metrics)",
        description=(
            "Runs the central server: FastAPI on the configured database (PostgreSQL in "
            "production, the embedded SQLite file by default). Settings come from the [server] "
            "table of the settings file, then KIOSK_SERVER_DB, KIOSK_SERVER_HOST, "
            "KIOSK_SERVER_PORT, KIOSK_SERVER_PUBLIC_URL, KIOSK_SERVER_WORKERS, then these "
            "options. API description: "
            "/openapi.json (browsable at /docs)."
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

    admin = sub.add_parser(
        "admin",
        help="manage terminals, staff, opening hours, appointments, calendars and service texts",
    )
    admin_sub = admin.add_subparsers(dest="admin_command", metavar="WHAT", required=True)
    device = admin_sub.add_parser("device", help="add, list or switch off terminals")
    device_sub = device.add_subparsers(dest="device_command", metavar="ACTION", required=True)
    add = device_sub.add_parser(
        "add",
        help="add a terminal and print its one-time enrollment code (valid 24 hours)",
        description="Adds a terminal to a branch and prints a one-time code. Type the code on "
        "the terminal with 'kiosk enroll --server URL --code CODE'.",
    )
    add.add_argument("--branch", required=True, help="branch code, e.g. gemeentehuis")
    add.add_argument("--role", required=True, choices=[r.value for r in DeviceRole])
    add.add_argument("--name", help="a name staff recognise, e.g. 'Kiosk inkom'")
    add.add_argument("--counter", type=int, help="counter number, for a counter's terminal")
    device_sub.add_parser("list", help="list the terminals and whether they are enrolled")
    revoke = device_sub.add_parser("revoke", help="switch a terminal off: its token stops working")
    revoke.add_argument("device_id", help="the id shown by 'kiosk admin device list'")

    person = admin_sub.add_parser("staff", help="add or close staff accounts")
    person_sub = person.add_subparsers(dest="staff_command", metavar="ACTION", required=True)
    staff_add = person_sub.add_parser(
        "add",
        help="add a staff account (the password is asked twice, never shown)",
        description="Adds a staff account. The password (10 characters or more) is asked on "
        "the terminal, or read from standard input with --password-stdin.",
    )
    staff_add.add_argument("--username", required=True)
    staff_add.add_argument("--name", help="the name colleagues see, e.g. 'An Peeters'")
    staff_add.add_argument("--role", required=True, choices=[r.value for r in StaffRole])
    staff_add.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input (for scripts)",
    )
    staff_off = person_sub.add_parser("disable", help="close an account (someone left)")
    staff_off.add_argument("username")
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
        if args.db:  # someone's own file: never wiped, whatever --keep says
            return bootstrap.run_demo(settings, Path(args.db), fresh=False, at=args.at)
        return bootstrap.run_demo(
            settings, data_dir() / "demo.sqlite3", fresh=not args.keep, at=args.at
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
        return bootstrap.run_role(role, settings, windowed=args.windowed)
    if args.command == "server":
        from kiosk.server.settings import load_server_settings

        server = load_server_settings(args.config or default_config_path())
        overrides = {
            "db": args.db,
            "host": args.host,
            "port": args.port,
            "public_url": args.public_url,
            "workers": args.workers,
        }
        server = replace(server, **{k: v for k, v in overrides.items() if v is not None})
        return bootstrap.run_server(server)
    if args.command == "admin":
        return _admin(args, settings)
    if args.command == "enroll":
        return _enroll(args)
    if args.command == "screenshots":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        files = bootstrap.render_screenshots(args.out)
        for f in files:
            print(f)
        return 0
    raise AssertionError(args.command)


def _password(args: argparse.Namespace) -> str | None:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    import getpass

    first = getpass.getpass("Password: ")
    if getpass.getpass("The same password again: ") != first:
        print("kiosk: the two passwords are not the same.", file=sys.stderr)
        return None
    return first


def _admin_staff(args: argparse.Namespace, settings: Settings) -> int:
    from kiosk import bootstrap
    from kiosk.services import staff

    ctx = bootstrap.build_context(settings)
    try:
        if args.staff_command == "disable":
            closed = staff.disable_staff(ctx, args.username).value
            print(
                f"Account {args.username} closed."
                if closed
                else f"There is no open account {args.username}."
            )
            return 0 if closed else 1
        password = _password(args)
        if password is None:
            return 1
        try:
            added = staff.add_staff(
                ctx, args.username, args.name or args.username, StaffRole(args.role), password
            ).value
        except staff.StaffRefused as exc:
            words = {
                staff.StaffProblem.PASSWORD_TOO_SHORT: (
                    f"the password needs at least {staff.MIN_PASSWORD_LENGTH} characters."
                ),
                staff.StaffProblem.USERNAME_TAKEN: "this user name is taken.",
                staff.StaffProblem.USERNAME_EMPTY: "the user name is empty.",
            }
            print(f"kiosk: {words[exc.problem]}", file=sys.stderr)
            return 1
        print(f"Account {added.username} ({added.role.value}) added.")
        return 0
    finally:
        ctx.db.close()


def _admin(args: argparse.Namespace, settings: Settings) -> int:
    from kiosk import bootstrap
    from kiosk.services import devices

    if args.admin_command == "staff":
        return _admin_staff(args, settings)
    if args.admin_command in admin_cli.COMMANDS:
        return admin_cli.run(args, settings)
    ctx = bootstrap.build_context(settings)
    try:
        if args.device_command == "add":
            role = DeviceRole(args.role)
            name = args.name or f"{role.value} {args.branch}"
            added = devices.add_device(ctx, args.branch, role, name, args.counter).value
            print(f"Device {added.device.name} ({added.device.id}) added.")
            print(f"Enrollment code: {added.code}")
            print(f"Valid until {added.expires_at.astimezone():%Y-%m-%d %H:%M}, once.")
        elif args.device_command == "list":
            for r in devices.list_devices(ctx):
                state = "revoked" if r.revoked_at else "enrolled" if r.enrolled_at else "waiting"
                print(f"{r.device.id}  {r.device.role.value:<9} {state:<8} {r.device.name}")
        else:
            devices.revoke_device(ctx, args.device_id)
            print(f"Device {args.device_id} is switched off.")
    finally:
        ctx.db.close()
    return 0


def _enroll(args: argparse.Namespace) -> int:
    import requests

    from kiosk.sync.credentials import CredentialsError, check_keyring, store_device_token

    try:
        check_keyring(allow_plaintext=args.allow_plaintext_keyring)
    except CredentialsError as exc:
        print(f"kiosk: {exc.user_message}", file=sys.stderr)
        return 1
    url = args.server.rstrip("/") + "/api/v1/devices/enroll"
    try:
        answer = requests.post(url, json={"code": args.code}, timeout=15)
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
                },
            },
        )
    except (ConfigError, OSError) as exc:
        print(f"kiosk: the settings file {path} could not be written: {exc}", file=sys.stderr)
        return 1
    print(
        f"This terminal is enrolled as {body['name']} ({body['role']}). Its token is in the "
        f"keyring; its settings are in {path}. Start it with: kiosk --config {path} run"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
