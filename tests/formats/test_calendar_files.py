"""Calendar export (.ics for staff) and imports from a booking system (ICS and JSON). The staff
calendar links themselves are in test_calendar_links.py."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import pytest

from kiosk.core.appointments import Appointment, AppointmentState
from kiosk.formats import appointment_file
from kiosk.formats.appointment_file import MAX_ITEMS, ImportedAppointment, ImportProblemKind
from kiosk.formats.ics_appointments import parse_ics
from kiosk.formats.ics_feed import appointments_ics
from kiosk.formats.json_appointments import parse_json

K = ImportProblemKind
#: The demo municipality's zone: floating iCalendar times are read in it.
BRUSSELS = ZoneInfo("Europe/Brussels")
NOW = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


def appt(id_: str, **changes: object) -> Appointment:
    values: dict[str, object] = {
        "id": id_,
        "branch_id": "b1",
        "service_id": "s-passport",
        "counter_id": "c2",
        "starts_at": datetime(2026, 12, 1, 9, 30, tzinfo=UTC),
        "minutes": 15,
        "first_name": "Jan",
        "family_name": "van den Broeck",
        "contact": "jan@example.org",
        "birth_date": date(1950, 4, 2),
        "reference": "K7QD4X",
        "state": AppointmentState.BOOKED,
        "created_at": NOW,
        "version": 3,
    }
    values.update(changes)
    return Appointment(**values)  # type: ignore[arg-type]


def export(appointments: list[Appointment]) -> bytes:
    return appointments_ics(
        appointments,
        calendar_name="Loket 2, Zoersel",
        services={"s-passport": "Reispas"},
        places={"b1": "Gemeentehuis Zoersel, Handelslei 166"},
        counters={"c2": "Loket 2"},
        now=NOW,
    )


# --- export ----------------------------------------------------------------------------------


def test_export_reads_back_as_a_calendar() -> None:
    later = appt("a2", starts_at=datetime(2026, 12, 1, 13, 0, tzinfo=UTC), counter_id=None)
    gone = appt("a3", state=AppointmentState.CANCELLED, version=5, first_name="Els")
    data = export([later, appt("a1"), gone])
    cal = icalendar.Calendar.from_ical(data)

    assert str(cal["VERSION"]) == "2.0" and str(cal["METHOD"]) == "PUBLISH"
    assert "PRODID" in cal
    # An X- property is TEXT (RFC 5545 3.8.8.2), so its comma is escaped; icalendar reads
    # X- properties raw, calendar apps unescape them.
    assert b"X-WR-CALNAME:Loket 2\\, Zoersel\r\n" in data
    events: list[Any] = cal.walk("VEVENT")  # Any: icalendar types values as a wide union
    assert [str(e["UID"]) for e in events] == ["a1@kiosk", "a3@kiosk", "a2@kiosk"]  # by time

    first = events[0]
    assert first["DTSTART"].dt == datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
    assert first["DTEND"].dt == datetime(2026, 12, 1, 9, 45, tzinfo=UTC)
    assert first["DTSTAMP"].dt == NOW
    assert b"DTSTART:20261201T093000Z" in data  # UTC, no TZID
    assert str(first["SUMMARY"]) == "Reispas – Jan V."
    assert str(first["LOCATION"]) == "Gemeentehuis Zoersel, Handelslei 166, Loket 2"
    assert str(first["STATUS"]) == "CONFIRMED" and int(first["SEQUENCE"]) == 3
    assert str(events[2]["LOCATION"]) == "Gemeentehuis Zoersel, Handelslei 166"  # no counter
    assert str(events[1]["STATUS"]) == "CANCELLED" and int(events[1]["SEQUENCE"]) == 5


def test_export_keeps_personal_data_and_the_check_in_code_out() -> None:
    data = export([appt("a1")])
    # The reference is the resident's check-in code: a calendar on a phone must not carry it.
    for secret in [b"jan@example.org", b"1950", b"Broeck", b"19500402", b"K7QD4X"]:
        assert secret not in data, secret


def test_export_is_deterministic_and_needs_an_aware_now() -> None:
    assert export([appt("a1"), appt("a2")]) == export([appt("a2"), appt("a1")])
    with pytest.raises(ValueError):
        naive = NOW.replace(tzinfo=None)
        appointments_ics([], calendar_name="x", services={}, places={}, counters={}, now=naive)


def test_unknown_ids_are_shown_as_they_are() -> None:
    data = export([appt("a1", service_id="s-other", family_name="", counter_id="c9")])
    (event,) = icalendar.Calendar.from_ical(data).walk("VEVENT")
    assert str(event["SUMMARY"]) == "s-other – Jan"
    assert str(event["LOCATION"]).endswith(", c9")
    data = export([appt("a1", first_name=" ", family_name="'t Hooft")])
    assert str(icalendar.Calendar.from_ical(data).walk("VEVENT")[0]["SUMMARY"]) == "Reispas – T."


# --- import: iCalendar -----------------------------------------------------------------------


def ics(*events: str, method: str = "") -> bytes:
    head = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//booking//test//EN"]
    if method:
        head.append(f"METHOD:{method}")
    body = "\r\n".join([*head, *events, "END:VCALENDAR", ""])
    return body.encode()


def vevent(*lines: str) -> str:
    return "\r\n".join(["BEGIN:VEVENT", *lines, "END:VEVENT"])


GOOD = (
    "UID:b-42@booking.example",
    "DTSTART;TZID=Europe/Brussels:20261201T103000",
    "DURATION:PT15M",
    "CATEGORIES:passport",
    "LOCATION:gemeentehuis",
    "X-KIOSK-FIRST-NAME:Jan",
    "X-KIOSK-FAMILY-NAME:Van den Broeck",
    "X-KIOSK-CONTACT:jan@example.org",
    "X-KIOSK-BIRTH-DATE:1950-04-02",
)
EXPECTED = ImportedAppointment(
    external_uid="b-42@booking.example",
    service_code="passport",
    branch_code="gemeentehuis",
    starts_at=datetime(2026, 12, 1, 9, 30, tzinfo=UTC),
    minutes=15,
    first_name="Jan",
    family_name="Van den Broeck",
    contact="jan@example.org",
    birth_date=date(1950, 4, 2),
    cancelled=False,
)


def test_our_ics_format_round_trips_through_icalendar() -> None:
    """The documented format, written by the icalendar library (escaping and folding included)."""
    cal = icalendar.Calendar()
    cal.add("prodid", "-//booking//test//EN")
    cal.add("version", "2.0")
    event = icalendar.Event()
    event.add("uid", "b-7")
    event.add("dtstart", datetime(2026, 12, 1, 9, 30, tzinfo=UTC))
    event.add("dtend", datetime(2026, 12, 1, 9, 50, tzinfo=UTC))
    event.add("categories", ["id-card", "ignored"])
    event.add("location", "bib-halle")
    event.add("status", "CANCELLED")
    event.add("x-kiosk-first-name", icalendar.vText("Marie-Thérèse"))
    event.add("x-kiosk-family-name", icalendar.vText("D'Hondt, de Smet; " + "x" * 40))
    event.add("x-kiosk-contact", icalendar.vText("+32 3 298 00 00"))
    event.add("x-kiosk-birth-date", icalendar.vText("1961-02-28"))
    cal.add_component(event)

    (item,), problems = parse_ics(cal.to_ical(), BRUSSELS)
    assert problems == []
    assert item.external_uid == "b-7" and item.service_code == "id-card"
    assert item.branch_code == "bib-halle" and item.minutes == 20 and item.cancelled
    assert item.first_name == "Marie-Thérèse"
    assert item.family_name == "D'Hondt, de Smet; " + "x" * 40  # unescaped, long line unfolded
    assert item.contact == "+32 3 298 00 00" and item.birth_date == date(1961, 2, 28)


def test_documented_example_and_fallbacks() -> None:
    data = ics(
        vevent(*GOOD),
        vevent(  # no X-KIOSK fields: names from the attendee's CN, contact from mailto:
            "UID:b-43",
            "DTSTART:20261201T100000Z",
            "DTEND:20261201T101430Z",
            "CATEGORIES:id-card",
            "LOCATION:gemeentehuis",
            "SUMMARY:Identiteitskaart",
            'ATTENDEE;CN="Peeters, An":mailto:an@example.org',
            "STATUS:CANCELLED",
        ),
        vevent(  # names from SUMMARY, no contact at all; DTEND with another zone
            "UID:b-44",
            "DTSTART;TZID=Europe/Brussels:20261201T110000",
            "DTEND:20261201T101000Z",
            "CATEGORIES:passport",
            "LOCATION:gemeentehuis",
            "SUMMARY:Els Van Dyck",
        ),
    )
    items, problems = parse_ics(data, BRUSSELS)
    assert problems == []
    assert items[0] == EXPECTED
    assert (items[1].first_name, items[1].family_name) == ("An", "Peeters")
    assert items[1].contact == "an@example.org" and items[1].cancelled
    assert items[1].minutes == 15  # 14 min 30 s rounds up
    assert (items[2].first_name, items[2].family_name, items[2].contact) == ("Els", "Van Dyck", "")
    assert items[2].minutes == 10 and items[2].birth_date is None


@pytest.mark.parametrize(
    ("local", "utc"),
    [
        ("20260115T103000", datetime(2026, 1, 15, 9, 30, tzinfo=UTC)),  # winter: UTC+1
        ("20260715T103000", datetime(2026, 7, 15, 8, 30, tzinfo=UTC)),  # summer: UTC+2
        ("20261025T023000", datetime(2026, 10, 25, 0, 30, tzinfo=UTC)),  # repeated hour: first
    ],
)
def test_floating_time_is_wall_time_summer_time_included(local: str, utc: datetime) -> None:
    event = vevent(*GOOD[:1], f"DTSTART:{local}", *GOOD[2:])
    (item,), problems = parse_ics(ics(event), BRUSSELS)
    assert problems == [] and item.starts_at == utc and item.starts_at.tzinfo is UTC


def test_floating_time_is_the_municipality_s_wall_time() -> None:
    # The same floating 10:30 is 10:30 in Lisbon (UTC+0 in January), not in Brussels.
    event = vevent(*GOOD[:1], "DTSTART:20260115T103000", *GOOD[2:])
    (item,), problems = parse_ics(ics(event), ZoneInfo("Europe/Lisbon"))
    assert problems == [] and item.starts_at == datetime(2026, 1, 15, 10, 30, tzinfo=UTC)


def test_windows_zone_names_are_understood() -> None:
    event = vevent(GOOD[0], "DTSTART;TZID=Romance Standard Time:20260715T103000", *GOOD[2:])
    (item,), _ = parse_ics(ics(event), BRUSSELS)
    assert item.starts_at == datetime(2026, 7, 15, 8, 30, tzinfo=UTC)


def without(prefix: str) -> list[str]:
    return [line for line in GOOD if not line.startswith(prefix)]


def replaced(prefix: str, line: str) -> list[str]:
    return [line if old.startswith(prefix) else old for old in GOOD]


@pytest.mark.parametrize(
    ("lines", "kind"),
    [
        (without("UID"), K.MISSING_FIELD),
        (without("DTSTART"), K.MISSING_FIELD),
        (without("DURATION"), K.MISSING_FIELD),
        (without("CATEGORIES"), K.MISSING_FIELD),
        (without("LOCATION"), K.MISSING_FIELD),
        (without("X-KIOSK-"), K.MISSING_FIELD),  # no name anywhere
        (replaced("DTSTART", "DTSTART:2026-12-01 10:30"), K.BAD_TIME),
        (replaced("DTSTART", "DTSTART;VALUE=DATE:20261201"), K.BAD_TIME),
        (replaced("DTSTART", "DTSTART;TZID=Mars/Olympus:20261201T103000"), K.BAD_TIME),
        (replaced("DTSTART", "DTSTART:20260329T023000"), K.BAD_TIME),  # skipped in spring
        (replaced("DURATION", "DURATION:-PT15M"), K.BAD_TIME),
        (replaced("DURATION", "DURATION:P2D"), K.BAD_VALUE),
        (replaced("X-KIOSK-BIRTH-DATE", "X-KIOSK-BIRTH-DATE:02/04/1950"), K.BAD_VALUE),
        (replaced("X-KIOSK-BIRTH-DATE", "X-KIOSK-BIRTH-DATE:1950-02-30"), K.BAD_VALUE),
        (replaced("X-KIOSK-BIRTH-DATE", "X-KIOSK-BIRTH-DATE:2030-01-01"), K.BAD_VALUE),
        (replaced("X-KIOSK-FAMILY-NAME", "X-KIOSK-FAMILY-NAME:" + "a" * 81), K.TOO_LONG),
        (replaced("X-KIOSK-CONTACT", "X-KIOSK-CONTACT:" + "a" * 121), K.TOO_LONG),
        ([*GOOD, "RRULE:FREQ=WEEKLY;COUNT=3"], K.UNSUPPORTED),
    ],
)
def test_bad_ics_items_become_problems_and_good_ones_still_come(
    lines: list[str], kind: ImportProblemKind
) -> None:
    good = vevent("UID:ok-1", *GOOD[1:])
    items, problems = parse_ics(ics(vevent(*lines), good), BRUSSELS)
    assert [p.problem for p in problems] == [kind], problems
    assert [i.external_uid for i in items] == ["ok-1"]
    assert problems[0].item in {"b-42@booking.example", "#1"}


def test_caps_are_exact_and_texts_are_trimmed() -> None:
    lines = replaced("X-KIOSK-FAMILY-NAME", "X-KIOSK-FAMILY-NAME:  " + "a" * 80 + "  ")
    (item,), problems = parse_ics(ics(vevent(*lines)), BRUSSELS)
    assert problems == [] and item.family_name == "a" * 80


def test_duplicates_and_problem_labels() -> None:
    items, problems = parse_ics(
        ics(vevent(*GOOD), vevent(*GOOD), vevent(*without("UID"))), BRUSSELS
    )
    assert len(items) == 1
    assert [(p.item, p.problem) for p in problems] == [
        ("b-42@booking.example", K.DUPLICATE),
        ("#3", K.MISSING_FIELD),
    ]


def test_a_broken_property_we_do_not_read_is_ignored() -> None:
    (item,), problems = parse_ics(ics(vevent(*GOOD, "GEO:not;a-number")), BRUSSELS)
    assert problems == [] and item == EXPECTED
    _, problems = parse_ics(ics(vevent(*GOOD, "STATUS:CANCELLED", "STATUS:CONFIRMED")), BRUSSELS)
    assert [p.problem for p in problems] == [K.BAD_VALUE]  # said twice: which one is true?


def test_method_cancel_cancels_every_event() -> None:
    (item,), _ = parse_ics(ics(vevent(*GOOD), method="CANCEL"), BRUSSELS)
    assert item.cancelled


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"hello, this is not a calendar",
        b"\xff\xfe\x00garbage",
        b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n",  # cut off
        b'{"format": "kiosk-appointments/1", "appointments": []}',
    ],
)
def test_not_a_calendar_gives_one_problem(data: bytes) -> None:
    items, problems = parse_ics(data, BRUSSELS)
    assert items == []
    assert [(p.item, p.problem) for p in problems] == [("file", K.NOT_A_CALENDAR)]


def test_too_many_items(monkeypatch: pytest.MonkeyPatch) -> None:
    # The real limit is checked with JSON below; 10,000 events take icalendar ~5 s to parse.
    monkeypatch.setattr(appointment_file, "MAX_ITEMS", 3)
    events = [vevent(f"UID:u{i}", *GOOD[1:]) for i in range(5)]
    items, problems = parse_ics(ics(*events), BRUSSELS)
    assert [i.external_uid for i in items] == ["u0", "u1", "u2"]
    assert [(p.item, p.problem) for p in problems] == [("#4", K.TOO_LARGE)]


# --- import: JSON ----------------------------------------------------------------------------

JSON_ITEM = {
    "uid": "b-42@booking.example",
    "service": "passport",
    "branch": "gemeentehuis",
    "start": "2026-12-01T10:30:00+01:00",
    "minutes": 15,
    "first_name": "Jan",
    "family_name": "Van den Broeck",
    "contact": "jan@example.org",
    "birth_date": "1950-04-02",
    "cancelled": False,
}


def json_doc(*items: object, format_: str = "kiosk-appointments/1") -> bytes:
    return json.dumps({"format": format_, "appointments": list(items)}).encode()


def test_json_example_parses() -> None:
    minimal = {k: JSON_ITEM[k] for k in ("uid", "service", "branch", "minutes")}
    minimal |= {"uid": "b-43", "start": "2026-12-01T09:30:00Z", "family_name": " Peeters "}
    items, problems = parse_json(json_doc(JSON_ITEM, minimal))
    assert problems == []
    assert items[0] == EXPECTED
    assert items[1].starts_at == datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
    assert (items[1].first_name, items[1].family_name, items[1].contact) == ("", "Peeters", "")
    assert items[1].birth_date is None and not items[1].cancelled


def changed(**changes: object) -> dict[str, object]:
    item = {**JSON_ITEM, **changes}
    return {k: v for k, v in item.items() if v is not ...}


@pytest.mark.parametrize(
    ("item", "kind"),
    [
        (changed(uid=...), K.MISSING_FIELD),
        (changed(service="  "), K.MISSING_FIELD),
        (changed(start=...), K.MISSING_FIELD),
        (changed(minutes=...), K.MISSING_FIELD),
        (changed(first_name=..., family_name=None), K.MISSING_FIELD),
        (changed(start="2026-12-01T10:30:00"), K.NAIVE_TIME),
        (changed(start="2026-12-01"), K.NAIVE_TIME),
        (changed(start="1 december 2026"), K.BAD_TIME),
        (changed(start=1764581400), K.BAD_TIME),
        (changed(minutes="15"), K.BAD_VALUE),
        (changed(minutes=True), K.BAD_VALUE),
        (changed(minutes=0), K.BAD_VALUE),
        (changed(cancelled="no"), K.BAD_VALUE),
        (changed(first_name=["Jan"]), K.BAD_VALUE),
        (changed(birth_date="1950-4-2"), K.BAD_VALUE),
        (changed(first_name="J" * 81), K.TOO_LONG),
        (changed(branch="b" * 65), K.TOO_LONG),
        ("not an object", K.BAD_VALUE),
    ],
)
def test_bad_json_items_become_problems(item: object, kind: ImportProblemKind) -> None:
    good = {**JSON_ITEM, "uid": "ok-1"}
    items, problems = parse_json(json_doc(item, good))
    assert [p.problem for p in problems] == [kind], problems
    assert [i.external_uid for i in items] == ["ok-1"]
    assert problems[0].item in {"b-42@booking.example", "#1"}


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
        b"[1, 2]",
        json_doc(JSON_ITEM, format_="other/2"),
        b'{"format": "kiosk-appointments/1", "appointments": {"uid": "x"}}',
        b"[" * 100_000,
    ],
)
def test_json_that_is_not_ours_gives_one_problem(data: bytes) -> None:
    items, problems = parse_json(data)
    assert items == []
    assert [(p.item, p.problem) for p in problems] == [("file", K.NOT_A_CALENDAR)]


def test_json_limits() -> None:
    many = [{**JSON_ITEM, "uid": f"u{i}"} for i in range(MAX_ITEMS + 5)]
    items, problems = parse_json(json_doc(*many))
    assert len(items) == MAX_ITEMS and [p.problem for p in problems] == [K.TOO_LARGE]
    assert parse_json(b" " * (17 * 1024 * 1024))[1][0].problem is K.TOO_LARGE


def test_imported_times_are_utc() -> None:
    (item,), _ = parse_json(json_doc(changed(start="2026-07-01T10:30:00+02:00")))
    assert item.starts_at == datetime(2026, 7, 1, 8, 30, tzinfo=UTC)
    assert item.starts_at.utcoffset() == timedelta(0)
