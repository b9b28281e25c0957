"""The staff calendar feed as iCalendar: an RFC 5545 VCALENDAR (METHOD:PUBLISH), one VEVENT per
appointment, times in UTC (so no VTIMEZONE). Which appointments, and who may read the feed:
kiosk.services.calendar_feeds.

UID ``<id>@kiosk`` and SEQUENCE = version let a subscribed calendar update events in place;
cancelled appointments stay in with STATUS:CANCELLED so calendars remove them (an event that
merely disappears lingers in some clients). Staff calendars get shared and synced to phones:
SUMMARY has the first name and family initial only; never contact details, birth dates or the
booking reference (the resident's check-in code).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime

import icalendar

from kiosk.core.appointments import Appointment, AppointmentState

PRODID = "-//kiosk//appointments//NL"


def appointments_ics(
    appointments: Iterable[Appointment],
    *,
    calendar_name: str,
    services: Mapping[str, str],
    places: Mapping[str, str],
    counters: Mapping[str, str],
    now: datetime,
) -> bytes:
    """The staff calendar feed of ``appointments`` (all states; cancelled ones as CANCELLED).

    ``services``/``places``/``counters`` map ids to display names ("Gemeentehuis Zoersel,
    Handelslei 166", "Loket 2"); an id missing from them is shown as is. ``now`` (aware) is the
    DTSTAMP. Events are sorted by start and id, so the same input gives the same bytes.
    Raises ValueError for a naive ``now``.
    """
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", icalendar.vText(calendar_name))  # vText: escaped like any TEXT
    for appt in sorted(appointments, key=lambda a: (a.starts_at, a.id)):
        initial = next((f"{ch.upper()}." for ch in appt.family_name if ch.isalpha()), "")
        who = " ".join([*appt.first_name.split(), initial]).strip()
        service = services.get(appt.service_id, appt.service_id)
        location = places.get(appt.branch_id, appt.branch_id)
        if appt.counter_id is not None:
            location = f"{location}, {counters.get(appt.counter_id, appt.counter_id)}"
        event = icalendar.Event()
        event.add("uid", f"{appt.id}@kiosk")
        event.add("dtstamp", now.astimezone(UTC))
        event.add("dtstart", appt.starts_at.astimezone(UTC))
        event.add("dtend", appt.ends_at.astimezone(UTC))
        event.add("summary", f"{service} – {who}" if who else service)
        event.add("location", location)
        cancelled = appt.state is AppointmentState.CANCELLED
        event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
        event.add("sequence", appt.version)
        cal.add_component(event)
    ical: bytes = cal.to_ical()
    return ical
