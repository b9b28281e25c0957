"""``kiosk enroll``: trades a one-time code for this terminal's token (kept in the keyring)
and writes the terminal's settings file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from kiosk.cli.common import command_name
from kiosk.config import ConfigError, is_loopback, write_terminal_settings
from kiosk.paths import default_config_path


def add_parser(sub: Any) -> None:
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


def run(args: argparse.Namespace) -> int:
    from kiosk.services.errors import ServerUnreachable
    from kiosk.sync.credentials import CredentialsError, check_keyring, store_device_token
    from kiosk.sync.link import CertificateNotTrusted, ProtocolMismatch, ServerRefused, enroll

    try:
        check_keyring(allow_plaintext=args.allow_plaintext_keyring)
    except CredentialsError as exc:
        print(f"kiosk: {exc.user_message}", file=sys.stderr)
        return 1
    refusal = insecure_server(args.server, args.insecure)
    if refusal:
        print(f"kiosk: {refusal}", file=sys.stderr)
        return 2
    ca_file = args.ca_file.resolve() if args.ca_file else None
    if ca_file is not None and not ca_file.is_file():
        print(f"kiosk: the CA file {args.ca_file} does not exist.", file=sys.stderr)
        return 2
    try:
        body = enroll(args.server, args.code, str(ca_file) if ca_file else "")
    except CertificateNotTrusted:
        print(
            "kiosk: the server's certificate is not trusted. Give the certificate of the "
            "authority that signed it with --ca-file.",
            file=sys.stderr,
        )
        return 1
    except ServerUnreachable as exc:
        print(f"kiosk: the server cannot be reached ({exc}).", file=sys.stderr)
        return 1
    except ProtocolMismatch as exc:
        print(f"kiosk: {exc.detail.get('message', exc)}", file=sys.stderr)
        return 1
    except ServerRefused as exc:
        detail = exc.detail if isinstance(exc.detail, dict) else {}
        message = detail.get("message") or f"the server answered {exc.status}."
        print(f"kiosk: {message}", file=sys.stderr)
        return 1
    try:
        store_device_token(
            args.server,
            body.token,
            device_id=body.device_id,
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
                    "branch": body.branch_code,
                    "name": body.name,
                    "counter": body.counter_number,
                },
                "sync": {
                    "server": args.server.rstrip("/"),
                    "device_id": body.device_id,
                    "role": body.role,
                    "public_url": body.public_url,
                    "ca_file": str(ca_file) if ca_file else None,
                },
            },
        )
    except (ConfigError, OSError) as exc:
        print(f"kiosk: the settings file {path} could not be written: {exc}", file=sys.stderr)
        return 1
    print(
        f"This terminal is enrolled as {body.name} ({body.role}). Its token is in the "
        f"keyring; its settings are in {path}. Start it with: {command_name()} --config {path} run"
    )
    return 0


def insecure_server(server: str, allowed: bool) -> str | None:
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
