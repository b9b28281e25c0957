"""A synced kiosk's check-in (see kiosk/services/check_in.py): its replica holds no names, no
match keys and no references, only each reference keyed with the municipality's check-in secret.

- By code (scanned or typed): the code is keyed with the secret and looked up in the replica,
  so it works while the network is down, which is when a kiosk needs it most. The secret comes
  from the server once and is kept in the OS keyring (``SecretKeeper``), never in the replica.
- By family name and birth date: the server is asked; offline this one way is not possible
  and the kiosk says to ask at the desk (CheckInUnavailable). A name search needs no secret,
  and names never reach the kiosk's disk.
- The check-in itself runs on the replica and reaches the server through the outbox, like a
  ticket.
"""

from __future__ import annotations

import logging
from datetime import date, datetime
from typing import Protocol

from kiosk.services import check_in
from kiosk.services.check_in import Booked, CheckInResult, CheckInUnavailable
from kiosk.services.context import Done, ServiceContext
from kiosk.services.errors import ServerUnreachable
from kiosk.sync.credentials import (
    CredentialsError,
    load_check_in_secret,
    store_check_in_secret,
)
from kiosk.sync.link import ServerLink, ServerRefused

log = logging.getLogger(__name__)


class SecretKeeper(Protocol):
    def load(self) -> str | None: ...

    def store(self, secret: str) -> None: ...


class KeyringSecret:
    """The check-in secret in the OS keyring, beside the device token."""

    def __init__(self, server_url: str, device_id: str) -> None:
        self._server = server_url
        self._device = device_id

    def load(self) -> str | None:
        return load_check_in_secret(self._server, self._device)

    def store(self, secret: str) -> None:
        store_check_in_secret(self._server, self._device, secret)


def keep_secret(link: ServerLink, keeper: SecretKeeper) -> str | None:
    """Ask the server for the check-in secret and keep it (at start, while online), so that
    codes can be checked in after a restart without the network. None when it cannot be had
    now (the one kept before then stays)."""
    try:
        secret = link.check_in_secret()
    except (ServerUnreachable, ServerRefused) as exc:
        log.warning("event=check_in_secret_not_fetched error=%s", type(exc).__name__)
        return None
    try:
        if keeper.load() != secret:
            keeper.store(secret)
    except CredentialsError as exc:  # kept in memory only: works until the kiosk restarts
        log.warning("event=check_in_secret_not_kept reason=%s", exc.log_message)
    return secret


class RemoteCheckIn:
    def __init__(self, ctx: ServiceContext, link: ServerLink, keeper: SecretKeeper) -> None:
        self._ctx = ctx
        self._link = link
        self._keeper = keeper
        self._secret: str | None = None

    def secret(self) -> str:
        """The check-in secret: remembered, else from the keyring, else from the server."""
        if self._secret is None:
            self._secret = self._keeper.load() or keep_secret(self._link, self._keeper)
        if self._secret is None:
            raise CheckInUnavailable("no check-in secret yet, and the server cannot be reached")
        return self._secret

    def by_code(self, branch_id: str, text: str) -> Done[CheckInResult]:
        return check_in.check_in_by_code(self._ctx, branch_id, text, self.secret())

    def find_by_name(self, branch_id: str, family_name: str, birth_date: date) -> list[Booked]:
        try:
            found = self._link.find_appointments(family_name, birth_date)
        except ServerUnreachable as exc:
            raise CheckInUnavailable("server unreachable") from exc
        except ServerRefused as exc:  # 429 after many misses: the desk can help
            raise CheckInUnavailable(f"server refused with {exc.status}") from exc
        return check_in.as_booked(
            self._ctx,
            [
                (
                    str(f["appointment_id"]),
                    str(f["service_id"]),
                    datetime.fromisoformat(f["starts_at"]),
                    str(f["branch_id"]),
                )
                for f in found
            ],
        )

    def choose(self, branch_id: str, appointment_id: str) -> Done[CheckInResult]:
        return check_in.check_in(self._ctx, branch_id, appointment_id)
