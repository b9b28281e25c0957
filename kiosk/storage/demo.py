"""The demo municipality: Zoersel, its town hall and the library branches of Halle and Zoersel.

Ids are fixed (uuid5 of a name) so the demo is the same on every machine and a second seeding
changes nothing. Texts are the municipality's own, in plain Dutch: short sentences, everyday words;
the services' texts in the kiosk's other languages are in kiosk/storage/demo_texts.py.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Connection, insert, select

from kiosk.core.model import Branch, BranchKind, Counter, CounterKind, Device, DeviceRole, Service
from kiosk.storage import hours_store
from kiosk.storage import tables as tb
from kiosk.storage.demo_texts import demo_text_rows
from kiosk.storage.device_store import insert_device
from kiosk.storage.rows import branch_values, counter_values, service_values

_NS = uuid.UUID("6f1c1d5e-8a57-4f7e-9a0b-5a7d2c3e9b10")


def demo_id(name: str) -> str:
    return str(uuid.uuid5(_NS, name))


MUNICIPALITY = demo_id("zoersel")
TOWN_HALL = demo_id("branch:gemeentehuis")
LIB_HALLE = demo_id("branch:bib-halle")
LIB_ZOERSEL = demo_id("branch:bib-zoersel")

# code, letter, name, description, bring, minutes, icon
SERVICES: list[tuple[str, str, str, str, str, int, str]] = [
    (
        "eid",
        "A",
        "Identiteitskaart",
        "Een nieuwe identiteitskaart aanvragen of ophalen, ook voor kinderen.",
        "Je oude identiteitskaart en een pasfoto van minder dan zes maanden oud.",
        10,
        "id-card",
    ),
    (
        "passport",
        "P",
        "Reispas",
        "Een reispas aanvragen of ophalen, voor een reis buiten Europa.",
        "Je identiteitskaart. Een pasfoto. Je oude reispas als je er een hebt.",
        15,
        "passport",
    ),
    (
        "licence",
        "R",
        "Rijbewijs",
        "Een rijbewijs aanvragen, vervangen of omwisselen.",
        "Je identiteitskaart, een pasfoto en je oude rijbewijs.",
        10,
        "driving-licence",
    ),
    (
        "move",
        "V",
        "Verhuizen",
        "Je nieuwe adres doorgeven als je verhuist.",
        "Je identiteitskaart en de kaarten van iedereen die mee verhuist.",
        10,
        "home-move",
    ),
    (
        "certificate",
        "C",
        "Attesten",
        "Een attest of uittreksel, zoals een bewijs van woonst.",
        "Je identiteitskaart.",
        5,
        "certificate",
    ),
    (
        "proxy-vote",
        "S",
        "Iemand anders laten stemmen",
        "Kan je zelf niet gaan stemmen? Dan maak je hier een volmacht.",
        "Je identiteitskaart. Een bewijs waarom je niet kan gaan.",
        5,
        "proxy-vote",
    ),
    (
        "waste",
        "W",
        "Afval en containerpark",
        "Vragen over afval, de ophaling of je kaart voor het containerpark.",
        "Je identiteitskaart.",
        5,
        "waste",
    ),
    (
        "question",
        "M",
        "Vraag of melding",
        "Een vraag, een idee of een klacht. Of iets melden, zoals een kapotte lamp.",
        "Niets. Foto's of brieven mag je meebrengen.",
        10,
        "question",
    ),
    (
        "digital",
        "D",
        "Hulp met je gsm of computer",
        "Bijvoorbeeld met een formulier op internet of met je mails.",
        "Je gsm of laptop. Je identiteitskaart en pincode als je die nodig hebt.",
        20,
        "digital-help",
    ),
]

BRANCHES = [
    (
        TOWN_HALL,
        "gemeentehuis",
        "Gemeentehuis Zoersel",
        BranchKind.TOWN_HALL,
        "Handelslei 167, 2980 Zoersel",
    ),
    (LIB_HALLE, "bib-halle", "Bibliotheek Halle", BranchKind.LIBRARY, "Kerkplein 1, 2980 Halle"),
    (
        LIB_ZOERSEL,
        "bib-zoersel",
        "Bibliotheek Zoersel",
        BranchKind.LIBRARY,
        "Achterstraat 2, 2980 Zoersel",
    ),
]

# branch -> [(number, name, kind, {service code: weight})]
COUNTERS: dict[str, list[tuple[int, str, CounterKind, dict[str, float]]]] = {
    TOWN_HALL: [
        (
            1,
            "Loket 1",
            CounterKind.DESK,
            {"eid": 1, "passport": 1, "licence": 1, "certificate": 0.5},
        ),
        (2, "Loket 2", CounterKind.DESK, {"eid": 1, "passport": 1, "licence": 1, "move": 0.5}),
        (
            3,
            "Loket 3",
            CounterKind.DESK,
            {"move": 1, "certificate": 1, "proxy-vote": 1, "eid": 0.5},
        ),
        (
            4,
            "Loket 4",
            CounterKind.DESK,
            {"waste": 1, "question": 1, "certificate": 0.5, "proxy-vote": 0.5},
        ),
        (5, "Loket 5", CounterKind.DESK, {"digital": 1, "question": 0.5, "waste": 0.5}),
    ],
    LIB_HALLE: [
        (
            1,
            "Balie",
            CounterKind.DESK,
            {"eid": 1, "certificate": 1, "waste": 1, "question": 1, "proxy-vote": 1},
        ),
        (2, "Vrijwilliger", CounterKind.VOLUNTEER_DESK, {"digital": 1, "question": 0.3}),
    ],
    LIB_ZOERSEL: [
        (
            1,
            "Balie",
            CounterKind.DESK,
            {"eid": 1, "certificate": 1, "waste": 1, "question": 1, "proxy-vote": 1},
        ),
        (2, "Vrijwilliger", CounterKind.VOLUNTEER_DESK, {"digital": 1, "question": 0.3}),
    ],
}


def _m(hhmm: str) -> int:
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)


# branch -> weekday (0 = Monday) -> [(opens, closes)]. The town hall has an evening on Tuesday;
# the libraries open when the library is open, with their own hours.
HOURS: dict[str, dict[int, list[tuple[str, str]]]] = {
    TOWN_HALL: {
        0: [("09:00", "12:30")],
        1: [("09:00", "12:30"), ("14:00", "19:00")],
        2: [("09:00", "12:30")],
        3: [("09:00", "12:30"), ("13:30", "16:00")],
        4: [("09:00", "12:30")],
    },
    LIB_HALLE: {
        0: [("14:00", "19:00")],
        2: [("13:30", "17:30")],
        5: [("09:00", "12:00")],
    },
    LIB_ZOERSEL: {
        1: [("14:00", "19:00")],
        2: [("09:30", "12:00"), ("13:30", "17:30")],
        4: [("14:00", "18:00")],
        5: [("09:00", "12:00")],
    },
}
# Help with digital things at the town hall only on Wednesday morning (its own hours).
SERVICE_HOURS: list[tuple[str, str, int, str, str]] = [
    (TOWN_HALL, "digital", 2, "09:00", "12:30"),
]
#: Every other Saturday 9:00-12:00 at the town hall: passports and proxy votes only (from the
#: policy: extra hours for what needs a visit). 3 January 2026 is the first one.
SATURDAY_SESSION = demo_id("session:zaterdagloket")
SATURDAY_FIRST = date(2026, 1, 3)
#: The municipality's own closing days (public holidays come from the holidays package).
CLOSING_DAYS: list[tuple[date, str | None, str]] = [
    (date(2026, 12, 24), "09:00-12:00", "Kerstavond: open tot 12 uur"),
    (date(2026, 12, 31), "09:00-12:00", "Oudejaarsdag: open tot 12 uur"),
    (date(2027, 1, 2), None, "Dag na Nieuwjaar"),
]
#: Only with an appointment (the kiosk says how to get one).
APPOINTMENT_ONLY = ("licence",)
PHONE = "03 298 00 00"
WEBSITE = "www.zoersel.be/afspraak"


def _seed_hours(conn: Connection, svc_ids: dict[str, str]) -> None:
    rows = []
    for bid, days in HOURS.items():
        for weekday, periods in days.items():
            for opens, closes in periods:
                rows.append(
                    {
                        "id": demo_id(f"hours:{bid}:{weekday}:{opens}"),
                        "branch_id": bid,
                        "service_id": None,
                        "weekday": weekday,
                        "opens_min": _m(opens),
                        "closes_min": _m(closes),
                    }
                )
    for bid, code, weekday, opens, closes in SERVICE_HOURS:
        rows.append(
            {
                "id": demo_id(f"hours:{bid}:{code}:{weekday}:{opens}"),
                "branch_id": bid,
                "service_id": svc_ids[code],
                "weekday": weekday,
                "opens_min": _m(opens),
                "closes_min": _m(closes),
            }
        )
    conn.execute(insert(tb.opening_hours), rows)
    hours_store.insert_session(
        conn,
        SATURDAY_SESSION,
        TOWN_HALL,
        SATURDAY_FIRST,
        2,
        (_m("09:00"), _m("12:00")),
        [svc_ids[c] for c in ("passport", "proxy-vote")],
        name="Zaterdagloket",
        last_day=None,
    )
    for day, hours, reason in CLOSING_DAYS:
        period: tuple[int, int] | None = None
        if hours is not None:
            start, end = hours.split("-")
            period = (_m(start), _m(end))
        change_id = demo_id(f"closing:{day.isoformat()}")
        hours_store.insert_day_change(
            conn, change_id, day, hours=period, branch_id=None, service_id=None, reason=reason
        )


def seed_demo(conn: Connection) -> bool:
    """Fill an empty database with the demo. Returns False when it was already there."""
    if conn.execute(
        select(tb.municipalities.c.id).where(tb.municipalities.c.id == MUNICIPALITY)
    ).first():
        return False
    conn.execute(
        insert(tb.municipalities).values(
            id=MUNICIPALITY,
            name="Gemeente Zoersel",
            timezone="Europe/Brussels",
            phone=PHONE,
            website=WEBSITE,
        )
    )
    svc_ids = {code: demo_id(f"service:{code}") for code, *_ in SERVICES}
    services = [
        Service(
            svc_ids[code],
            code,
            letter,
            name,
            desc,
            bring,
            minutes,
            icon,
            sort_order=i,
            needs_appointment=code in APPOINTMENT_ONLY,
        )
        for i, (code, letter, name, desc, bring, minutes, icon) in enumerate(SERVICES)
    ]
    conn.execute(insert(tb.services), [service_values(s) for s in services])
    conn.execute(insert(tb.service_texts), demo_text_rows(svc_ids))
    for bid, code, name, kind, address in BRANCHES:
        branch = Branch(bid, MUNICIPALITY, code, name, kind, address)
        conn.execute(insert(tb.branches).values(**branch_values(branch)))
        offered = {s for _n, _nm, _k, skills in COUNTERS[bid] for s in skills}
        conn.execute(
            insert(tb.branch_services),
            [{"branch_id": bid, "service_id": svc_ids[c]} for c in sorted(offered)],
        )
        for number, cname, ckind, skills in COUNTERS[bid]:
            cid = demo_id(f"counter:{code}:{number}")
            counter = Counter(cid, bid, number, cname, ckind)
            conn.execute(insert(tb.counters).values(**counter_values(counter), is_open=False))
            conn.execute(
                insert(tb.counter_skills),
                [
                    {"counter_id": cid, "service_id": svc_ids[s], "weight": float(w)}
                    for s, w in skills.items()
                ],
            )
            device_id = demo_id(f"device:{code}:counter:{number}")
            insert_device(conn, Device(device_id, bid, DeviceRole.COUNTER, cname, cid))
        for role in (DeviceRole.KIOSK, DeviceRole.DISPLAY):
            device_id = demo_id(f"device:{code}:{role.value}")
            insert_device(conn, Device(device_id, bid, role, f"{role.value} {name}"))
    _seed_hours(conn, svc_ids)
    return True


def counter_id(branch_code: str, number: int) -> str:
    return demo_id(f"counter:{branch_code}:{number}")


def service_id(code: str) -> str:
    return demo_id(f"service:{code}")
