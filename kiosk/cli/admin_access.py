"""``kiosk admin device`` and ``kiosk admin staff``: which terminals and which people may use
the queue. Parsed here, run by kiosk.cli.admin (which opens the database and words a name that
is not found); every command runs a named use case and answers in plain words.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from kiosk.core.model import DeviceRole, StaffRole

COMMANDS = ("device", "staff")


def add_parsers(admin_sub: Any) -> None:
    device = admin_sub.add_parser("device", help="add, list, remove or switch off terminals")
    device_sub = device.add_subparsers(dest="device_command", metavar="ACTION", required=True)
    add = device_sub.add_parser(
        "add",
        help="add a terminal and print its one-time enrollment code (valid 24 hours)",
        description="Adds a terminal to a branch and prints a one-time code. Type the code on "
        "the terminal with 'kiosk enroll --server URL --code CODE'. Adding a name again that "
        "never enrolled gives that terminal a new code (the old one stops working).",
    )
    add.add_argument("--branch", required=True, help="branch code, e.g. gemeentehuis")
    add.add_argument("--role", required=True, choices=[r.value for r in DeviceRole])
    add.add_argument("--name", help="a name staff recognise, e.g. 'Kiosk inkom'")
    add.add_argument("--counter", type=int, help="counter number, for a counter's terminal")
    device_sub.add_parser("list", help="list the terminals and whether they are enrolled")
    for action, what in (
        ("remove", "remove a terminal that never enrolled (added by mistake)"),
        ("revoke", "switch a terminal off: its token stops working"),
    ):
        one = device_sub.add_parser(action, help=what)
        one.add_argument("device_id", help="the id shown by 'kiosk admin device list'")

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


def run(args: argparse.Namespace, ctx: Any) -> int:
    """One ``device`` or ``staff`` command on an open database: the exit code."""
    if args.admin_command == "staff":
        return _staff(args, ctx)
    return _device(args, ctx)


def _device(args: argparse.Namespace, ctx: Any) -> int:
    from kiosk.services import devices

    try:
        if args.device_command == "add":
            return _add_device(args, ctx)
        if args.device_command == "list":
            _list_devices(devices.list_devices(ctx))
        elif args.device_command == "remove":
            gone = devices.remove_device(ctx, args.device_id).value
            print(f"Device {gone.name} ({gone.id}) removed; its enrollment code no longer works.")
        else:
            devices.revoke_device(ctx, args.device_id)
            print(f"Device {args.device_id} is switched off.")
    except devices.DeviceRefused as exc:
        print(
            f"kiosk: device {exc.device.name} has enrolled: switch it off with "
            f"'kiosk admin device revoke {exc.device.id}' instead.",
            file=sys.stderr,
        )
        return 1
    return 0


def _add_device(args: argparse.Namespace, ctx: Any) -> int:
    from kiosk.services import devices

    role = DeviceRole(args.role)
    name = args.name or f"{role.value} {args.branch}"
    try:
        added = devices.add_device(ctx, args.branch, role, name, args.counter).value
    except devices.DeviceRefused as exc:
        print(
            f"kiosk: {args.branch} has an enrolled device called {exc.device.name} already. "
            f"Give this one another name, or switch that one off first with "
            f"'kiosk admin device revoke {exc.device.id}'.",
            file=sys.stderr,
        )
        return 1
    if added.renewed:
        print(
            f"Device {added.device.name} was added before but never enrolled: here is a new code."
        )
    else:
        print(f"Device {added.device.name} ({added.device.id}) added.")
    print(f"Enrollment code: {added.code}")
    print(f"Valid until {added.expires_at.astimezone():%Y-%m-%d %H:%M}, once.")
    return 0


def _list_devices(records: list[Any]) -> None:
    if not records:
        print("There are no terminals yet. Add one with 'kiosk admin device add'.")
        return
    rows = [("id", "branch", "role", "name", "counter", "state")] + [
        (
            r.device.id,
            r.branch_code,
            r.device.role.value,
            r.device.name,
            "-" if r.counter_number is None else str(r.counter_number),
            r.state.value,
        )
        for r in records
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())


def _staff(args: argparse.Namespace, ctx: Any) -> int:
    from kiosk.services import staff

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
            staff.StaffProblem.PASSWORD_TOO_SHORT: _too_short(),
            staff.StaffProblem.USERNAME_TAKEN: "this user name is taken.",
            staff.StaffProblem.USERNAME_EMPTY: "the user name is empty.",
        }
        print(f"kiosk: {words[exc.problem]}", file=sys.stderr)
        return 1
    print(f"Account {added.username} ({added.role.value}) added.")
    return 0


def _too_short() -> str:
    from kiosk.services.staff import MIN_PASSWORD_LENGTH

    return f"the password needs at least {MIN_PASSWORD_LENGTH} characters."


def _password(args: argparse.Namespace) -> str | None:
    """The new account's password, or None after saying why there is none. Its length is
    checked at once, before it is asked again."""
    from kiosk.services.staff import MIN_PASSWORD_LENGTH

    if args.password_stdin:
        first = sys.stdin.readline().rstrip("\n")
    else:
        first = getpass.getpass("Password: ")
    if len(first) < MIN_PASSWORD_LENGTH:
        print(f"kiosk: {_too_short()}", file=sys.stderr)
        return None
    if not args.password_stdin and getpass.getpass("The same password again: ") != first:
        print("kiosk: the two passwords are not the same.", file=sys.stderr)
        return None
    return first
