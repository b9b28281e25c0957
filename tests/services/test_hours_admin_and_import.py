"""An admin's hours and rules, appointments imported from a booking system, the staff calendar
feed (read back with the icalendar package) and the demo day."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime, time
from pathlib import Path

import icalendar
import pytest
import requests

from kiosk.core.appointments import AppointmentSource, AppointmentState, CheckInRules
from kiosk.core.changes import ChangeKind
from kiosk.formats.json_appointments import parse_json
from kiosk.services import appointments as appts
from kiosk.services import calendar_feeds, check_in, hours_admin, opening
from kiosk.services.appointment_import import ImportNote, import_appointments
from kiosk.services.demo_day import book_demo_day
from kiosk.storage import appointment_store as astore
from kiosk.storage.demo import LIB_HALLE, TOWN_HALL, counter_id, service_id
from tests.services.test_appointments import JAN, local


def test_a_closing_day_reaches_every_branch_and_the_kiosk_words(ctx, clock) -> None:
    done = hours_admin.add_day_change(ctx, date(2026, 12, 2), reason="Personeelsfeest")
    assert {c.kind for c in done.changes} == {ChangeKind.CATALOGUE}
    assert {c.branch_id for c in done.changes} >= {TOWN_HALL, LIB_HALLE}
    clock.set(local(2026, 12, 2, 10))
    now = opening.branch_now(ctx, TOWN_HALL, {})
    assert not now.open_now and now.closed_because is not None
    assert now.closed_because.reason == "Personeelsfeest"
    assert now.opens_next is not None and now.opens_next.starts == local(2026, 12, 3, 9)


def test_weekly_hours_and_sessions_set_by_an_admin(ctx, clock) -> None:
    hours_admin.set_weekly_hours(ctx, "gemeentehuis", 0, [(time(8, 0), time(11, 0))])
    clock.set(local(2026, 11, 30, 8, 30))  # Monday 8:30: open now, from 8:00
    assert opening.schedule(ctx).is_open(TOWN_HALL, service_id("eid"), clock.now())
    hours_admin.set_weekly_hours(ctx, "gemeentehuis", 0, [])  # closed on Mondays
    assert not opening.schedule(ctx).is_open(TOWN_HALL, service_id("eid"), clock.now())
    sid = hours_admin.add_session(
        ctx, "bib-halle", date(2026, 12, 6), 1, (time(10), time(12)), ["passport"], name="Zondag"
    ).value
    sched = opening.schedule(ctx)
    assert sched.is_open(LIB_HALLE, service_id("passport"), local(2026, 12, 6, 11))
    assert hours_admin.remove(ctx, sid).value is True
    assert not opening.schedule(ctx).is_open(
        LIB_HALLE, service_id("passport"), local(2026, 12, 6, 11)
    )
    with pytest.raises(hours_admin.BadHours):
        hours_admin.set_weekly_hours(ctx, "gemeentehuis", 1, [(time(12), time(9))])


def test_checkin_rules_set_by_an_admin_apply_at_the_kiosk(ctx, clock) -> None:
    clock.set(local(2026, 12, 1, 9))
    a = appts.book(ctx, service_id("passport"), TOWN_HALL, local(2026, 12, 1, 10), JAN).value
    hours_admin.set_checkin_rules(ctx, CheckInRules(opens_before_min=60, late_after_min=5))
    assert check_in.check_in(ctx, TOWN_HALL, a.id).value.verdict.value == "ok"
    with pytest.raises(hours_admin.BadHours):
        hours_admin.set_checkin_rules(ctx, CheckInRules(-1, 5))


FEED = {
    "format": "kiosk-appointments/1",
    "appointments": [
        {
            "uid": "ext-1",
            "service": "passport",
            "branch": "gemeentehuis",
            "start": "2026-12-01T10:30:00+01:00",
            "minutes": 15,
            "first_name": "Els",
            "family_name": "Janssens",
            "contact": "els@example.org",
            "birth_date": "1970-05-06",
        },
        {
            "uid": "ext-2",
            "service": "no-such-service",
            "branch": "gemeentehuis",
            "start": "2026-12-01T10:30:00+01:00",
            "minutes": 15,
            "family_name": "X",
        },
    ],
}


def _import(ctx, feed: dict):  # type: ignore[no-untyped-def]
    items, problems = parse_json(json.dumps(feed).encode())
    return import_appointments(ctx, items, problems).value


def test_import_is_idempotent_moves_and_cancels(ctx, clock) -> None:
    report = _import(ctx, FEED)
    assert (report.added, report.notes) == (1, [("ext-2", ImportNote.UNKNOWN_SERVICE)])
    with ctx.db.read() as conn:
        a = astore.by_external_uid(conn, "ext-1")
    assert a is not None and a.source is AppointmentSource.IMPORT and a.counter_id is not None
    assert a.starts_at == datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
    # The resident can check in by name: the import keeps the birth date's key.
    clock.set(local(2026, 12, 1, 10, 15))
    assert (
        check_in.find_by_name(ctx, TOWN_HALL, "Janssens", date(1970, 5, 6))[0].appointment_id
        == a.id
    )
    again = _import(ctx, FEED)
    assert (again.added, again.unchanged) == (0, 1)
    moved = json.loads(json.dumps(FEED))
    moved["appointments"][0]["start"] = "2026-12-01T11:00:00+01:00"
    assert _import(ctx, moved).moved == 1
    moved["appointments"][0]["cancelled"] = True
    assert _import(ctx, moved).cancelled == 1
    with ctx.db.read() as conn:
        after = astore.by_external_uid(conn, "ext-1")
    assert after is not None and after.state is AppointmentState.CANCELLED
    assert after.reference == a.reference


def test_calendar_link_serves_an_ics_a_calendar_program_reads(ctx, clock, base: str) -> None:
    clock.set(local(2026, 12, 1, 9))
    a = appts.book(ctx, service_id("passport"), TOWN_HALL, local(2026, 12, 1, 10), JAN).value
    link = calendar_feeds.create_link(ctx, TOWN_HALL, a.counter_id)
    # Lower-case hex only: a token starting with "-" broke `kiosk admin calendar revoke`.
    assert re.fullmatch(r"[0-9a-f]{48}", link.token)
    answer = requests.get(base + link.path(), timeout=10)
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/calendar")
    cal = icalendar.Calendar.from_ical(answer.content)
    events = list(cal.walk("VEVENT"))
    assert [str(e["UID"]) for e in events] == [f"{a.id}@kiosk"]
    assert events[0].decoded("DTSTART") == local(2026, 12, 1, 10)
    assert "Reispas" in str(events[0]["SUMMARY"]) and "0470" not in answer.text
    assert calendar_feeds.revoke_link(ctx, link.token)
    assert requests.get(base + link.path(), timeout=10).status_code == 404
    assert requests.get(base + "/calendars/guess.ics", timeout=10).status_code == 404


def test_demo_day_books_residents_and_writes_a_confirmation(ctx, clock, tmp_path: Path) -> None:
    clock.set(local(2026, 12, 1, 9, 5))
    booked = book_demo_day(ctx, tmp_path)
    assert len(booked) >= 4
    assert all(b.starts_at > clock.now() for b in booked)
    assert (tmp_path / f"afspraak-{booked[0].reference}.pdf").stat().st_size > 1000
    assert {b.counter_id for b in booked} <= {counter_id("gemeentehuis", n) for n in range(1, 6)}
