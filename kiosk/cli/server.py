"""``kiosk server``: the central server, its settings from the file, the environment and these
options."""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from kiosk.cli.common import local_moment, moment_utc
from kiosk.config import Settings
from kiosk.paths import default_config_path


def add_parser(sub: Any) -> None:
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
        type=local_moment,
        help="for demos and tests: start the server's clock at this local time, e.g. "
        "'2026-12-07 10:00'; it keeps ticking from there",
    )


def run(args: argparse.Namespace) -> int:
    from kiosk.serve import run_server
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
    if args.at is not None:  # a wall-clock time is the municipality's, in the server's database
        # Settings makes a URL of a plain file path (--db k.sqlite3), as the server does.
        at = moment_utc(args.at, Settings(database=server.database_url()).database_url())
        server = replace(server, clock_offset_s=(at - datetime.now(UTC)).total_seconds())
    return run_server(server)
