"""Staff accounts: memory-hard hashes, case-insensitive names, one answer for every failure."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from kiosk.core.model import StaffRole
from kiosk.services import staff
from kiosk.services.staff import StaffProblem, StaffRefused
from kiosk.storage import tables as tb


def test_add_sign_in_disable(ctx) -> None:
    an = staff.add_staff(ctx, "An.Peeters", "An Peeters", StaffRole.COUNTER_STAFF, "lang-genoeg-1")
    assert an.value.username == "an.peeters"
    with ctx.db.read() as conn:
        stored = conn.execute(select(tb.staff.c.password_hash)).scalar_one()
    assert stored.startswith("$argon2id$") and "lang-genoeg-1" not in stored

    assert staff.check_sign_in(ctx, " AN.PEETERS ", "lang-genoeg-1") == an.value
    assert staff.check_sign_in(ctx, "an.peeters", "verkeerd-wachtwoord") is None
    assert staff.check_sign_in(ctx, "niemand", "lang-genoeg-1") is None

    assert staff.disable_staff(ctx, "an.peeters").value is True
    assert staff.check_sign_in(ctx, "an.peeters", "lang-genoeg-1") is None
    assert staff.disable_staff(ctx, "an.peeters").value is False


def test_refusals(ctx) -> None:
    with pytest.raises(StaffRefused) as e:
        staff.add_staff(ctx, "jan", "Jan", StaffRole.VOLUNTEER, "kort")
    assert e.value.problem == StaffProblem.PASSWORD_TOO_SHORT
    staff.add_staff(ctx, "jan", "Jan", StaffRole.VOLUNTEER, "lang-genoeg-2")
    with pytest.raises(StaffRefused) as e:
        staff.add_staff(ctx, "JAN", "Jan 2", StaffRole.MANAGER, "lang-genoeg-3")
    assert e.value.problem == StaffProblem.USERNAME_TAKEN
    with pytest.raises(StaffRefused) as e:
        staff.add_staff(ctx, "  ", "x", StaffRole.ADMIN, "lang-genoeg-4")
    assert e.value.problem == StaffProblem.USERNAME_EMPTY


def test_no_password_is_hashed_when_a_terminal_starts() -> None:
    """A kiosk or display never signs anyone in: importing the staff use cases must not spend
    an Argon2 hash (0.1 s) of its start."""
    import subprocess
    import sys

    probe = (
        "import argon2\n"
        "def refuse(*a, **k): raise SystemExit('hashed at import')\n"
        "argon2.PasswordHasher.hash = refuse\n"
        "import kiosk.services.staff\n"
    )
    subprocess.run([sys.executable, "-c", probe], check=True)


def test_an_unknown_name_is_refused_like_a_wrong_password(ctx) -> None:
    staff.add_staff(ctx, "an.peeters", "An Peeters", StaffRole.COUNTER_STAFF, "a long password")
    assert staff.check_sign_in(ctx, "nobody", "a long password") is None
    assert staff.check_sign_in(ctx, "an.peeters", "a long password") is not None
