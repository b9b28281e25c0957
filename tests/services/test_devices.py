"""Adding a device, enrolling it with its one-time code, revoking it."""

from __future__ import annotations

import pytest

from kiosk.core.model import DeviceRole
from kiosk.services import devices
from kiosk.services.devices import EnrollmentRefusal, EnrollmentRefused
from kiosk.storage.errors import NotFound


def test_add_enroll_use_revoke(ctx, clock) -> None:
    added = devices.add_device(ctx, "bib-halle", DeviceRole.KIOSK, "Kiosk inkom").value
    assert len(devices.normalise_code(added.code)) == 10
    assert all(c not in "01OIL" for c in devices.normalise_code(added.code))

    typed = added.code.lower().replace("-", " ")  # people type codes loosely
    enrolled = devices.enroll_device(ctx, typed).value
    assert enrolled.device.id == added.device.id and len(enrolled.token) >= 40
    assert devices.device_for_token(ctx, enrolled.token) == added.device
    assert devices.device_for_token(ctx, enrolled.token + "x") is None

    with pytest.raises(EnrollmentRefused) as e:
        devices.enroll_device(ctx, added.code)
    assert e.value.refusal == EnrollmentRefusal.CODE_USED

    devices.revoke_device(ctx, added.device.id)
    assert devices.device_for_token(ctx, enrolled.token) is None
    (record,) = [r for r in devices.list_devices(ctx) if r.device.id == added.device.id]
    assert record.enrolled_at is not None and record.revoked_at is not None


def test_codes_expire_and_unknown_codes_are_refused(ctx, clock) -> None:
    added = devices.add_device(ctx, "gemeentehuis", DeviceRole.COUNTER, "Loket 2", 2).value
    assert added.device.counter_id is not None
    clock.advance(25 * 3600)
    with pytest.raises(EnrollmentRefused) as e:
        devices.enroll_device(ctx, added.code)
    assert e.value.refusal == EnrollmentRefusal.CODE_EXPIRED
    with pytest.raises(EnrollmentRefused) as e:
        devices.enroll_device(ctx, "ABCDE-FGHJK")
    assert e.value.refusal == EnrollmentRefusal.UNKNOWN_CODE


def test_a_revoked_device_cannot_enroll_with_its_old_code(ctx) -> None:
    added = devices.add_device(ctx, "gemeentehuis", DeviceRole.DISPLAY, "Wachtzaal").value
    devices.revoke_device(ctx, added.device.id)
    with pytest.raises(EnrollmentRefused) as e:
        devices.enroll_device(ctx, added.code)
    assert e.value.refusal == EnrollmentRefusal.DEVICE_REVOKED


def test_unknown_branch_or_counter(ctx) -> None:
    with pytest.raises(NotFound):
        devices.add_device(ctx, "nergens", DeviceRole.KIOSK, "x")
    with pytest.raises(NotFound):
        devices.add_device(ctx, "gemeentehuis", DeviceRole.COUNTER, "x", counter_number=99)
