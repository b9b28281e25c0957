"""``kiosk demo``, ``kiosk run`` and ``kiosk screenshots``: the commands that open screens."""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from kiosk.cli.common import local_moment, moment_utc, say_if_new
from kiosk.config import Settings, sqlite_file
from kiosk.core.ports import ShiftedClock
from kiosk.paths import data_dir

ROLES = ("kiosk", "counter", "display")
COMMANDS = ("demo", "run", "screenshots")


def add_parsers(sub: Any) -> None:
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
        type=local_moment,
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
        type=local_moment,
        help="for demos and tests: start this terminal's clock at this local time, e.g. "
        "'2026-12-07 10:00' (give its server the same --at)",
    )


def add_screenshot_parser(sub: Any) -> None:
    """Added last, so ``kiosk --help`` lists the commands in the order it always did."""
    shots = sub.add_parser(
        "screenshots",
        help="render every screen of every role to PNG files, without a display",
        description="Writes PNGs named role-screen-WxH.png (e.g. kiosk-start-1080x1920.png).",
    )
    shots.add_argument("--out", type=Path, required=True, help="folder for the PNG files")


def run(args: argparse.Namespace, settings: Settings) -> int:
    if args.command == "demo":
        return _demo(args, settings)
    if args.command == "run":
        return _run(args, settings)
    return _screenshots(args)


def _demo(args: argparse.Namespace, settings: Settings) -> int:
    if args.db and "://" in args.db:
        print("kiosk: the demo runs on a SQLite file; give --db a file path.", file=sys.stderr)
        return 2
    say_if_new(sqlite_file(args.db or str(data_dir() / "demo.sqlite3")))
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


def _run(args: argparse.Namespace, settings: Settings) -> int:
    from kiosk.terminal_run import run_role

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
    say_if_new(sqlite_file(settings.database_url()))
    at = moment_utc(args.at, settings.database_url()) if args.at is not None else None
    clock = ShiftedClock(at) if at is not None else None
    return run_role(role, settings, windowed=args.windowed, clock=clock)


def _screenshots(args: argparse.Namespace) -> int:
    from kiosk.screenshots import render_screenshots

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    files = render_screenshots(args.out)
    for f in files:
        print(f)
    return 0
