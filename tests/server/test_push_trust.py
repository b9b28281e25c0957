"""What the server takes from a terminal's push, and what it refuses (issue 10 point 3).

A kiosk says what only a kiosk knows: its ticket's id, service, leased number, when the
resident took it, the status-page token it printed in the QR code, and the priority reason the
resident chose. The server derives the rest, keeps times within the number's lease and its
own now, and refuses anything a counter does. Each refusal is per item, with a kind; the push
itself is answered 200. Pushed through a terminal's own link to a real server on loopback.
"""

from __future__ import annotations

import logging
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from kiosk.core.model import DeviceRole, PriorityReason, Ticket, TicketState
from kiosk.core.ports import FakeClock
from kiosk.services import counter_work, devices, tickets
from kiosk.services.context import ServiceContext
from kiosk.storage import alert_store, help_store, ticket_store
from kiosk.storage import tables as tb
from kiosk.storage.demo import TOWN_HALL, counter_id, service_id
from kiosk.sync.link import ServerLink
from kiosk.sync.protocol import OutboxKind, PushItem, TicketPush

LETTERS = {"eid": "A", "licence": "R"}


@dataclass
class Pusher:
    """An enrolled terminal of the town hall that pushes by hand."""

    ctx: ServiceContext  # the server's
    link: ServerLink
    device_id: str

    def lease(self, service: str = "eid", day: date | None = None) -> int:
        """The first number of a fresh block leased to this terminal."""
        got = self.link.lease(day or self.today(), LETTERS[service], 5)
        return int(got["first"])

    def today(self) -> date:
        with self.ctx.db.read() as conn:
            return self.ctx.local_day(conn, TOWN_HALL, self.ctx.clock.now())

    def row(
        self, service: str = "eid", *, day: date | None = None, **changed: Any
    ) -> dict[str, Any]:
        """A new waiting ticket as a kiosk pushes it (its own leased number and token), with
        ``changed`` on top (None removes nothing: it sends null)."""
        day = day or self.today()
        now = self.ctx.clock.now()
        ticket = Ticket(
            id=str(uuid.uuid4()),
            branch_id=TOWN_HALL,
            service_id=service_id(service),
            day=day,
            letter=LETTERS[service],
            number=self.lease(service, day),
            state=TicketState.WAITING,
            issued_at=now,
            arrived_at=now,
            token=secrets.token_urlsafe(16),
        )
        return {**TicketPush.of(ticket).to_json(), **changed}

    def push(self, kind: str, payload: dict[str, Any]) -> dict[str, Any]:
        [result] = self.link.push([PushItem(str(uuid.uuid4()), OutboxKind(kind), payload)])
        return {"status": result.status.value, "reason": result.reason}


@pytest.fixture
def terminal(ctx: ServiceContext, base: str) -> Any:
    made: list[ServerLink] = []

    def make(role: DeviceRole = DeviceRole.KIOSK) -> Pusher:
        name = f"{role.value} {len(made) + 1}"
        counter = 1 if role is DeviceRole.COUNTER else None
        added = devices.add_device(ctx, "gemeentehuis", role, name, counter).value
        link = ServerLink(base, devices.enroll_device(ctx, added.code).value.token)
        made.append(link)
        return Pusher(ctx, link, added.device.id)

    yield make
    for link in made:
        link.close()


def stored(result: dict[str, Any]) -> None:
    assert (result["status"], result["reason"]) == ("stored", ""), result


def refused(result: dict[str, Any], reason: str) -> None:
    assert (result["status"], result["reason"]) == ("rejected", reason), result


def server_ticket(ctx: ServiceContext, ticket_id: str) -> Ticket:
    with ctx.db.read() as conn:
        return ticket_store.ticket(conn, ticket_id)


def not_stored(ctx: ServiceContext, ticket_id: str) -> bool:
    with ctx.db.read() as conn:
        return conn.execute(tb.tickets.select().where(tb.tickets.c.id == ticket_id)).first() is None


LONG_AGO = "2000-01-01T00:00:00+00:00"

# --- times ------------------------------------------------------------------------------------


def test_a_ticket_cannot_have_arrived_before_its_number_was_leased(
    ctx: ServiceContext, terminal: Any, clock: FakeClock
) -> None:
    first = tickets.issue_ticket(ctx, TOWN_HALL, service_id("eid")).value.ticket
    clock.advance(3600)  # an hour later the kiosk gets its numbers
    kiosk = terminal()
    row = kiosk.row(issued_at=LONG_AGO, arrived_at=LONG_AGO)

    stored(kiosk.push("ticket", row))

    kept = server_ticket(ctx, row["id"])
    assert kept.issued_at == kept.arrived_at == clock.now()
    c1 = counter_id("gemeentehuis", 1)
    counter_work.open_counter(ctx, c1)
    called = counter_work.call_next(ctx, c1).value
    assert called is not None and called.ticket.id == first.id  # who really came first


def test_a_ticket_cannot_have_arrived_before_its_day_began(
    ctx: ServiceContext, terminal: Any, clock: FakeClock
) -> None:
    kiosk = terminal()
    # Tomorrow's number, leased today as kiosks do, and pushed tomorrow.
    row = kiosk.row(day=kiosk.today() + timedelta(days=1), issued_at=LONG_AGO, arrived_at=LONG_AGO)
    clock.advance(24 * 3600)

    stored(kiosk.push("ticket", row))

    midnight_in_brussels = datetime(2026, 11, 30, 23, 0, tzinfo=UTC)
    assert server_ticket(ctx, row["id"]).arrived_at == midnight_in_brussels


def test_a_ticket_cannot_arrive_after_the_server_s_now(
    ctx: ServiceContext, terminal: Any, clock: FakeClock
) -> None:
    kiosk = terminal()
    later = (clock.now() + timedelta(hours=5)).isoformat()
    row = kiosk.row(issued_at=later, arrived_at=later)

    stored(kiosk.push("ticket", row))

    kept = server_ticket(ctx, row["id"])
    assert kept.issued_at == kept.arrived_at == clock.now()


def test_a_ticket_of_a_day_that_has_not_begun_is_refused(
    ctx: ServiceContext, terminal: Any
) -> None:
    kiosk = terminal()
    row = kiosk.row(day=kiosk.today() + timedelta(days=1))

    refused(kiosk.push("ticket", row), "day")
    assert not_stored(ctx, row["id"])


# --- priority and line ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("is_priority", "reason"),
    [
        (True, None),  # a bare flag
        (True, "staff"),  # a clerk's call, not a resident's
        (True, "vip"),  # no reason at all
        (False, "elderly"),  # a reason that does not count
    ],
    ids=["flag without reason", "staff", "unknown reason", "reason without flag"],
)
def test_priority_comes_only_from_a_reason_a_resident_may_give(
    ctx: ServiceContext, terminal: Any, is_priority: bool, reason: str | None
) -> None:
    kiosk = terminal()
    row = kiosk.row(is_priority=is_priority, priority=reason)

    refused(kiosk.push("ticket", row), "priority")
    assert not_stored(ctx, row["id"])


def test_a_resident_s_priority_reason_is_kept(ctx: ServiceContext, terminal: Any) -> None:
    kiosk = terminal()
    row = kiosk.row(is_priority=True, priority="pregnancy")

    stored(kiosk.push("ticket", row))

    assert server_ticket(ctx, row["id"]).priority is PriorityReason.PREGNANCY


def test_a_ticket_is_in_its_service_s_line_only(ctx: ServiceContext, terminal: Any) -> None:
    kiosk = terminal()
    # An eID ticket with a number of the driving licence's line.
    row = {**kiosk.row("licence"), "service_id": service_id("eid")}

    refused(kiosk.push("ticket", row), "letter")
    assert not_stored(ctx, row["id"])


@pytest.mark.parametrize(
    "changed",
    [{"origin": "counter"}, {"origin": "appointment"}],
    ids=["counter", "appointment without one"],
)
def test_a_kiosk_ticket_comes_from_the_kiosk(
    ctx: ServiceContext, terminal: Any, changed: dict[str, Any]
) -> None:
    kiosk = terminal()
    row = kiosk.row(**changed)

    refused(kiosk.push("ticket", row), "origin")
    assert not_stored(ctx, row["id"])


# --- what only counters do --------------------------------------------------------------------

AT = "2026-11-30T08:00:00+00:00"


@pytest.mark.parametrize(
    ("changed", "reason"),
    [
        ({"target_counter_id": counter_id("bib-halle", 1)}, "counter_fields"),
        ({"target_counter_id": counter_id("gemeentehuis", 2)}, "counter_fields"),
        ({"counter_id": counter_id("gemeentehuis", 1)}, "counter_fields"),
        ({"called_at": AT, "last_called_at": AT}, "counter_fields"),
        ({"recalls": 3}, "counter_fields"),
        ({"outcome": "helped"}, "counter_fields"),
        ({"parked_at": AT}, "counter_fields"),
        ({"state": "called"}, "state"),
        ({"state": "done", "done_at": AT}, "state"),
    ],
    ids=lambda v: ",".join(v) if isinstance(v, dict) else v,
)
def test_a_kiosk_cannot_do_what_a_counter_does(
    ctx: ServiceContext, terminal: Any, changed: dict[str, Any], reason: str
) -> None:
    kiosk = terminal()
    row = kiosk.row(**changed)

    refused(kiosk.push("ticket", row), reason)
    assert not_stored(ctx, row["id"])


# --- the status-page token --------------------------------------------------------------------


@pytest.mark.parametrize(
    "token",
    [
        "1",
        "a" * 21,  # 126 bits at most
        "a" * 21 + "/",
        "a" * 21 + "=",
        "a" * 10 + " " + "a" * 11,
        "é" * 22,
        None,  # a ticket without a status page
    ],
    ids=["one digit", "21 characters", "slash", "padding", "space", "not ASCII", "none"],
)
def test_a_status_token_must_be_128_bits_of_url_safe_randomness(
    ctx: ServiceContext, terminal: Any, token: str | None
) -> None:
    kiosk = terminal()
    row = kiosk.row(token=token)

    refused(kiosk.push("ticket", row), "token")
    assert not_stored(ctx, row["id"])


def test_a_token_a_ticket_has_is_refused_and_never_logged(
    ctx: ServiceContext, terminal: Any, caplog: pytest.LogCaptureFixture
) -> None:
    other = tickets.issue_ticket(ctx, TOWN_HALL, service_id("eid")).value.ticket
    kiosk = terminal()
    row = kiosk.row(token=other.token)

    with caplog.at_level(logging.DEBUG):
        refused(kiosk.push("ticket", row), "token")

    assert not_stored(ctx, row["id"])
    assert tickets.ticket_status(ctx, other.token).ticket.id == other.id
    assert other.token not in caplog.text


def test_a_database_refusal_is_logged_by_its_kind_without_the_row(
    ctx: ServiceContext, terminal: Any, caplog: pytest.LogCaptureFixture
) -> None:
    kiosk = terminal()
    first = kiosk.row()
    stored(kiosk.push("ticket", first))
    # Another ticket with the same leased number: the database's unique number refuses it.
    again = {**kiosk.row(), "number": first["number"]}

    with caplog.at_level(logging.DEBUG):
        refused(kiosk.push("ticket", again), "conflict")

    assert not_stored(ctx, again["id"])
    assert "IntegrityError" in caplog.text
    assert again["token"] not in caplog.text
    assert "INSERT" not in caplog.text  # no statement, no parameters


# --- printed, printer trouble, help -----------------------------------------------------------


def test_a_kiosk_marks_only_its_own_tickets_printed(ctx: ServiceContext, terminal: Any) -> None:
    mine, other = terminal(), terminal()
    row = mine.row()
    stored(mine.push("ticket", row))
    from_the_server = tickets.issue_ticket(ctx, TOWN_HALL, service_id("eid")).value.ticket

    refused(other.push("ticket_printed", {"ticket_id": row["id"]}), "issuer")
    refused(other.push("ticket_printed", {"ticket_id": from_the_server.id}), "issuer")
    assert not server_ticket(ctx, row["id"]).printed
    assert not server_ticket(ctx, from_the_server.id).printed

    stored(mine.push("ticket_printed", {"ticket_id": row["id"]}))
    assert server_ticket(ctx, row["id"]).printed


@pytest.mark.parametrize("role", [DeviceRole.DISPLAY, DeviceRole.COUNTER])
def test_only_a_terminal_that_prints_tickets_reports_printer_trouble(
    ctx: ServiceContext, terminal: Any, role: DeviceRole, clock: FakeClock
) -> None:
    screen = terminal(role)
    alert = {"id": str(uuid.uuid4()), "problem": "out_of_paper", "at": clock.now().isoformat()}

    refused(screen.push("printer_problem", alert), "role")
    refused(screen.push("printer_ok", {"at": clock.now().isoformat()}), "role")

    with ctx.db.read() as conn:
        assert alert_store.open_alerts(conn, TOWN_HALL) == []


def test_a_printer_problem_is_one_a_printer_has(
    ctx: ServiceContext, terminal: Any, clock: FakeClock
) -> None:
    kiosk = terminal()
    at = clock.now().isoformat()
    odd = {"id": str(uuid.uuid4()), "problem": "Bel 0470 12 34 56", "at": at}
    later = (clock.now() + timedelta(days=30)).isoformat()
    real = {"id": str(uuid.uuid4()), "problem": "out_of_paper", "at": later}

    refused(kiosk.push("printer_problem", odd), "problem")
    stored(kiosk.push("printer_problem", real))

    with ctx.db.read() as conn:
        [alert] = alert_store.open_alerts(conn, TOWN_HALL)
    assert (alert.id, alert.at) == (real["id"], clock.now())  # not dated in the future


def test_a_help_request_cannot_be_dated_in_the_future(
    ctx: ServiceContext, terminal: Any, clock: FakeClock
) -> None:
    kiosk = terminal()
    help_id = str(uuid.uuid4())
    next_year = (clock.now() + timedelta(days=365)).isoformat()

    stored(kiosk.push("help_request", {"id": help_id, "at": next_year}))

    with ctx.db.read() as conn:
        assert help_store.help_request(conn, help_id).asked_at == clock.now()


@pytest.mark.parametrize("role", [DeviceRole.KIOSK, DeviceRole.VOLUNTEER])
def test_a_ticket_asked_online_takes_only_a_resident_s_reason(
    ctx: ServiceContext, base: str, role: DeviceRole
) -> None:
    """POST /api/v1/tickets, like a push: "staff" priority is a clerk's call, not a
    terminal's."""
    import requests

    added = devices.add_device(ctx, "gemeentehuis", role, f"online {role.value}").value
    token = devices.enroll_device(ctx, added.code).value.token
    headers = {"Authorization": f"Bearer {token}"}
    url = f"{base}/api/v1/tickets"
    body = {"service_id": service_id("eid"), "priority": "staff"}
    answer = requests.post(url, json=body, headers=headers, timeout=10)
    assert answer.status_code == 422
    assert "staff" not in answer.text
    body["priority"] = PriorityReason.ELDERLY.value
    assert requests.post(url, json=body, headers=headers, timeout=10).status_code == 200
