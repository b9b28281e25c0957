"""A counter works only with a clerk signed in; what the clerk does is in the audit log."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from kiosk.core.model import DeviceRole, StaffRole
from kiosk.services import staff
from kiosk.services.context import ServiceContext
from kiosk.services.desk import call_next, open_counter
from kiosk.services.errors import SignedOut
from kiosk.services.staff_sessions import SignInRefusal, SignInRefused
from kiosk.services.tickets import issue_ticket
from kiosk.storage import tables as tb
from kiosk.storage.demo import TOWN_HALL, counter_id, service_id
from tests.sync.conftest import STAFF, MakeTerminal


def test_signed_in_clerk_is_named_in_the_audit_log(
    ctx: ServiceContext, make_terminal: MakeTerminal
) -> None:
    counter = make_terminal(DeviceRole.COUNTER, "loket-1")  # signs in as STAFF
    issue_ticket(ctx, TOWN_HALL, service_id("eid"))
    c1 = counter_id("gemeentehuis", 1)
    open_counter(counter.desk, c1)
    assert call_next(counter.desk, c1).value is not None
    with ctx.db.read() as conn:
        joined = tb.audit_log.join(tb.staff, tb.audit_log.c.staff_id == tb.staff.c.id)
        rows = conn.execute(
            select(tb.audit_log, tb.staff.c.username)
            .select_from(joined)
            .order_by(tb.audit_log.c.at)
        ).all()
    # (The fake clock stands still: both have the same time.)
    assert sorted((r.action, r.username) for r in rows) == [
        ("call_next", STAFF[0]),
        ("open", STAFF[0]),
    ]
    assert all(r.device_id == counter.device_id for r in rows)


def test_no_work_without_sign_in_and_after_sign_out(
    ctx: ServiceContext, make_terminal: MakeTerminal
) -> None:
    counter = make_terminal(DeviceRole.COUNTER, "loket-1")
    c1 = counter_id("gemeentehuis", 1)
    counter.desk.sign_out()
    with pytest.raises(SignedOut):
        open_counter(counter.desk, c1)
    with pytest.raises(SignInRefused) as wrong:
        counter.desk.sign_in(STAFF[0], "not the password")
    assert wrong.value.refusal is SignInRefusal.WRONG
    staff.add_staff(ctx, "vrijwilliger", "Vera", StaffRole.VOLUNTEER, "a long password")
    with pytest.raises(SignInRefused) as elsewhere:
        counter.desk.sign_in("vrijwilliger", "a long password")
    assert elsewhere.value.refusal is SignInRefusal.NOT_HERE
    assert counter.desk.sign_in(STAFF[0].upper(), STAFF[1]).display_name == "An Peeters"
    assert open_counter(counter.desk, c1).value.id == c1
    staff.disable_staff(ctx, STAFF[0])  # someone left: their open session stops working
    with pytest.raises(SignedOut):
        open_counter(counter.desk, c1)


def test_a_clerk_locked_out_by_wrong_tries_is_told_to_wait(
    ctx: ServiceContext, make_terminal: MakeTerminal
) -> None:
    """After too many wrong passwords the server answers 429: the console says to wait, not
    that the network is gone."""
    counter = make_terminal(DeviceRole.COUNTER, "loket-1")
    counter.desk.sign_out()
    refusals = []
    for _ in range(11):
        with pytest.raises(SignInRefused) as caught:
            counter.desk.sign_in(STAFF[0], "not the password")
        refusals.append(caught.value.refusal)
    assert refusals[0] is SignInRefusal.WRONG
    assert refusals[-1] is SignInRefusal.TOO_MANY
    with pytest.raises(SignInRefused) as caught:  # the right password waits too
        counter.desk.sign_in(*STAFF)
    assert caught.value.refusal is SignInRefusal.TOO_MANY
