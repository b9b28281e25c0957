"""A clerk's session at a terminal: it works while it lives, and stops the moment it ends."""

from __future__ import annotations

from typing import Any

import pytest

from kiosk.core.model import DeviceRole, StaffRole
from kiosk.services import devices, staff, staff_sessions
from kiosk.services.context import ServiceContext
from kiosk.storage import device_store, staff_store


def _signed_in(ctx: ServiceContext) -> tuple[str, str]:
    desk = devices.add_device(ctx, "bib-halle", DeviceRole.COUNTER, "loket-1").value.device
    staff.add_staff(ctx, "an.peeters", "An Peeters", StaffRole.COUNTER_STAFF, "a long password")
    session = staff_sessions.sign_in(
        ctx, desk.id, DeviceRole.COUNTER, "an.peeters", "a long password"
    ).value
    return session.token, desk.id


def test_a_session_works_until_sign_out(ctx: ServiceContext) -> None:
    token, desk = _signed_in(ctx)
    person = staff_sessions.session_staff(ctx, token, desk)
    assert person is not None and person.display_name == "An Peeters"
    assert staff_sessions.session_staff(ctx, token, "another desk") is None
    staff_sessions.sign_out(ctx, token, desk)
    assert staff_sessions.session_staff(ctx, token, desk) is None


def test_an_account_closed_while_a_request_reads_the_session_stops_it_at_once(
    ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A feed poll reads the clerk's session just as a manager closes the account: the poll
    may still see the old state, but it must not keep it for the next request (CI once let a
    counter action through after the account was closed)."""
    token, desk = _signed_in(ctx)
    read_live_session = staff_store.live_session

    def closed_meanwhile(conn: Any, token_hash: str, device_id: str) -> Any:
        row = read_live_session(conn, token_hash, device_id)
        monkeypatch.setattr(staff_store, "live_session", read_live_session)
        staff.disable_staff(ctx, "an.peeters")
        return row

    monkeypatch.setattr(staff_store, "live_session", closed_meanwhile)
    staff_sessions.session_staff(ctx, token, desk)  # the poll: read before the close
    assert staff_sessions.session_staff(ctx, token, desk) is None  # the next counter action


def test_a_device_revoked_while_a_request_reads_its_token_stops_at_once(
    ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    added = devices.add_device(ctx, "bib-halle", DeviceRole.KIOSK, "Kiosk inkom").value
    token = devices.enroll_device(ctx, added.code).value.token
    read_device = device_store.live_device_by_token

    def revoked_meanwhile(conn: Any, token_hash: str) -> Any:
        found = read_device(conn, token_hash)
        monkeypatch.setattr(device_store, "live_device_by_token", read_device)
        devices.revoke_device(ctx, added.device.id)
        return found

    monkeypatch.setattr(device_store, "live_device_by_token", revoked_meanwhile)
    devices.device_for_token(ctx, token)
    assert devices.device_for_token(ctx, token) is None
