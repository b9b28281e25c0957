"""What several command groups share: the ``--at`` moment, the hint of how ``kiosk`` was typed
and the note that a new database is made."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo


def local_moment(text: str) -> datetime:
    """ "2026-12-05 10:00" as typed for ``--at``: a wall-clock time without a zone (the
    municipality's, known only once its database is open: ``moment_utc``), or one with an
    offset ("2026-12-05T10:00+01:00")."""
    try:
        return datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a time like 2026-12-05 10:00") from None


def moment_utc(at: datetime, database_url: str) -> datetime:
    """``--at`` as UTC: a wall-clock time is the municipality's, read from the database at
    ``database_url`` (the setting's default zone on a database without a municipality yet)."""
    if at.tzinfo is not None:
        return at.astimezone(UTC)
    from kiosk.services.time_zone import wall_time_utc
    from kiosk.storage.appointment_store import municipality_zone_and_rules
    from kiosk.storage.db import open_database

    engine = open_database(database_url)
    try:
        with engine.connect() as conn:
            zone = ZoneInfo(municipality_zone_and_rules(conn)[0])
    finally:
        engine.dispose()
    return wall_time_utc(at, zone)


def command_name() -> str:
    """How the person typed ``kiosk``: build/dev.py says ``python3 build/dev.py kiosk`` in
    KIOSK_COMMAND, so a hint is one they can type as it stands (no ``kiosk`` on their PATH)."""
    return os.environ.get("KIOSK_COMMAND", "kiosk")


def say_if_new(database: Path | None) -> None:
    """The demo and a terminal make their SQLite file when it is not there: say so, so that a
    typo in --db or the settings shows."""
    if database is not None and not database.exists():
        print(f"kiosk: making a new database at {database}.", file=sys.stderr)
