"""Adding a device, enrolling it with its one-time code, revoking or removing it."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from kiosk.core.model import DeviceRole
from kiosk.services import devices
from kiosk.services.devices import (
    DeviceRefusal,
    DeviceRefused,
    DeviceState,
    EnrollmentRefusal,
    EnrollmentRefused,
)
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


def _record(ctx, device_id: str) -> devices.DeviceRecord:  # type: ignore[no-untyped-def]
    (record,) = [r for r in devices.list_devices(ctx) if r.device.id == device_id]
    return record


def test_the_list_names_branch_counter_and_state(ctx) -> None:
    added = devices.add_device(ctx, "gemeentehuis", DeviceRole.COUNTER, "loket-2", 2).value
    record = _record(ctx, added.device.id)
    assert (record.branch_code, record.counter_number) == ("gemeentehuis", 2)
    assert record.state is DeviceState.WAITING
    devices.enroll_device(ctx, added.code)
    assert _record(ctx, added.device.id).state is DeviceState.ENROLLED
    devices.revoke_device(ctx, added.device.id)
    assert _record(ctx, added.device.id).state is DeviceState.SWITCHED_OFF
    kiosk = devices.add_device(ctx, "bib-halle", DeviceRole.KIOSK, "Kiosk").value
    assert _record(ctx, kiosk.device.id).counter_number is None
    codes = [r.branch_code for r in devices.list_devices(ctx)]
    assert codes == sorted(codes)


def test_adding_a_device_again_before_it_enrolled_gives_it_a_new_code(ctx) -> None:
    first = devices.add_device(ctx, "gemeentehuis", DeviceRole.COUNTER, "loket-1", 1).value
    assert not first.renewed
    again = devices.add_device(ctx, "gemeentehuis", DeviceRole.COUNTER, " Loket-1", 2).value
    assert again.renewed and again.device.id == first.device.id
    assert again.device.name == "loket-1" and again.code != first.code
    assert _record(ctx, first.device.id).counter_number == 2  # as asked the second time
    named = [r for r in devices.list_devices(ctx) if r.device.name.lower() == "loket-1"]
    assert len(named) == 1
    with pytest.raises(EnrollmentRefused) as e:
        devices.enroll_device(ctx, first.code)  # the old code stopped working
    assert e.value.refusal == EnrollmentRefusal.UNKNOWN_CODE
    assert devices.enroll_device(ctx, again.code).value.device.id == first.device.id

    elsewhere = devices.add_device(ctx, "bib-halle", DeviceRole.KIOSK, "loket-1").value
    assert not elsewhere.renewed and elsewhere.device.id != first.device.id


def test_a_name_in_use_by_an_enrolled_device_is_refused_until_it_is_switched_off(ctx) -> None:
    first = devices.add_device(ctx, "gemeentehuis", DeviceRole.KIOSK, "kiosk").value
    devices.enroll_device(ctx, first.code)
    with pytest.raises(DeviceRefused) as e:
        devices.add_device(ctx, "gemeentehuis", DeviceRole.KIOSK, "kiosk")
    assert e.value.refusal == DeviceRefusal.HAS_ENROLLED and e.value.device.id == first.device.id
    assert len([r for r in devices.list_devices(ctx) if r.device.name == "kiosk"]) == 1
    devices.revoke_device(ctx, first.device.id)
    new = devices.add_device(ctx, "gemeentehuis", DeviceRole.KIOSK, "kiosk").value
    assert not new.renewed and new.device.id != first.device.id


def test_a_device_that_never_enrolled_can_be_removed_an_enrolled_one_not(ctx) -> None:
    unused = devices.add_device(ctx, "gemeentehuis", DeviceRole.DISPLAY, "Wachtzaal").value
    removed = devices.remove_device(ctx, unused.device.id).value
    assert removed == unused.device
    assert unused.device.id not in [r.device.id for r in devices.list_devices(ctx)]
    with pytest.raises(EnrollmentRefused) as e:
        devices.enroll_device(ctx, unused.code)
    assert e.value.refusal == EnrollmentRefusal.UNKNOWN_CODE
    with pytest.raises(NotFound):
        devices.remove_device(ctx, unused.device.id)

    used = devices.add_device(ctx, "gemeentehuis", DeviceRole.DISPLAY, "Wachtzaal 2").value
    devices.enroll_device(ctx, used.code)
    with pytest.raises(DeviceRefused) as refused:
        devices.remove_device(ctx, used.device.id)
    assert refused.value.refusal == DeviceRefusal.HAS_ENROLLED
    assert _record(ctx, used.device.id).state is DeviceState.ENROLLED


def test_one_code_gives_one_token_however_many_try_at_once(ctx) -> None:
    added = devices.add_device(ctx, "gemeentehuis", DeviceRole.KIOSK, "Kiosk inkom").value
    start = threading.Barrier(20)

    def enroll(_: int) -> str:
        start.wait()
        try:
            return devices.enroll_device(ctx, added.code).value.token
        except EnrollmentRefused as exc:
            return exc.refusal.value

    with ThreadPoolExecutor(20) as pool:
        answers = list(pool.map(enroll, range(20)))
    tokens = [a for a in answers if a != EnrollmentRefusal.CODE_USED]
    assert len(tokens) == 1 and answers.count(EnrollmentRefusal.CODE_USED) == 19
    assert devices.device_for_token(ctx, tokens[0]) == added.device
