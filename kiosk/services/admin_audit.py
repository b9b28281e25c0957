"""Administration in the audit log: which terminals and accounts were added, switched off or
removed, and which calendar links were made, by whom (the OS user who ran ``kiosk admin``)
and when. Written in the transaction of the change itself: a change is never stored without
its line.

The OS user is what the operating system says the command runs as (under sudo: the one who
typed sudo). It names the person for the record; it proves nothing against an administrator
who sets their own environment, which the database's credentials are for.
"""

from __future__ import annotations

import getpass
import os

from kiosk.services.context import ServiceContext, Tx
from kiosk.storage import sync_store

#: As long as the audit log's actor column.
_ACTOR_CAP = 80


def os_user() -> str:
    """Who runs this process: the login name, "jan (as root)" under sudo, or the user id
    when the system knows no name for it (a container)."""
    try:
        name = getpass.getuser()
    except (OSError, KeyError, ImportError):  # no name in the environment nor the user db
        name = f"uid {os.getuid()}" if hasattr(os, "getuid") else "unknown"
    sudo = os.environ.get("SUDO_USER", "")
    if sudo and sudo != name:
        name = f"{sudo} (as {name})"
    return name[:_ACTOR_CAP]


def note(
    conn: Tx,
    ctx: ServiceContext,
    action: str,
    *,
    by: str | None,
    branch_id: str | None = None,
    device_id: str | None = None,
    detail: str = "",
) -> None:
    """An admin ``action`` in the audit log, in the caller's transaction. ``by``: who did it
    (None: the OS user of this process)."""
    sync_store.add_audit(
        conn,
        at=ctx.clock.now(),
        branch_id=branch_id,
        device_id=device_id,
        action=action,
        actor=(by or os_user())[:_ACTOR_CAP],
        detail=detail,
    )
