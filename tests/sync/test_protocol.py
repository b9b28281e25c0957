"""The sync protocol (issue 12 point 2): its messages are pinned, versions are checked by the
server with a plain answer, every answer tells the server's time, and enrollment goes through
the terminal's link. Against a real server on loopback, on SQLite and PostgreSQL."""

from __future__ import annotations

import ast
import logging
import secrets
import uuid
from dataclasses import fields
from datetime import timedelta
from pathlib import Path

import pytest
import requests
from sqlalchemy import Column, MetaData, Table

from kiosk.core.model import DeviceRole, Ticket, TicketState
from kiosk.core.ports import FakeClock
from kiosk.services import devices, help_requests, replica, tickets
from kiosk.services.context import Database, ServiceContext
from kiosk.storage import tables as tb
from kiosk.storage import wire
from kiosk.storage.db import open_database, sqlite_url
from kiosk.storage.demo import TOWN_HALL, service_id
from kiosk.storage.rows import ticket_values
from kiosk.sync import protocol
from kiosk.sync.agent import LinkState, SyncAgent, SyncOptions
from kiosk.sync.link import ClockWatch, ProtocolMismatch, ServerLink, ServerRefused, enroll
from kiosk.sync.protocol import (
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    SERVER_TIME_HEADER,
    Enrollment,
    MismatchCode,
    TicketPush,
)
from kiosk.sync.records import RECORD_FIELDS
from tests.sync.conftest import MakeTerminal
from tests.sync.test_sync import wait_until

#: The ticket push as kiosks and servers of protocol 2 know it. Changing this list is a
#: protocol change: bump PROTOCOL_VERSION.
TICKET_PUSH_FIELDS = [
    "id",
    "branch_id",
    "service_id",
    "day",
    "letter",
    "number",
    "state",
    "origin",
    "priority",
    "is_priority",
    "token",
    "issued_at",
    "arrived_at",
    "printed",
    "appointment_id",
    "due_at",
]
FEED_PAGE_FIELDS = {"cursor", "reset", "changes"}
FEED_CHANGE_FIELDS = {"seq", "kind", "id", "table", "row"}


def _token(ctx: ServiceContext, role: DeviceRole = DeviceRole.KIOSK) -> str:
    added = devices.add_device(ctx, "gemeentehuis", role, f"{role.value} {uuid.uuid4()}").value
    return devices.enroll_device(ctx, added.code).value.token


def test_a_ticket_push_has_the_pinned_fields_and_reads_back_into_the_ticket(
    clock: FakeClock,
) -> None:
    ticket = _a_ticket(clock)
    message = TicketPush.of(ticket).to_json()

    assert list(message) == TICKET_PUSH_FIELDS
    back = TicketPush.from_json(message).ticket(ticket.issued_at, ticket.arrived_at)
    assert back == ticket


def test_the_protocol_is_made_from_domain_objects_never_from_tables() -> None:
    """What makes a message never reads a table or its columns: renaming a column cannot
    change a message (tickets, pushes, feed pages, snapshots and enrollment alike)."""
    source = Path(protocol.__file__).read_text(encoding="utf-8")
    imported = {
        node.module
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.ImportFrom) and node.module
    } | {
        alias.name
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Import)
        for alias in node.names
    }
    assert not {m for m in imported if m.startswith(("kiosk.storage", "sqlalchemy"))}


def test_the_server_s_push_and_feed_models_are_the_protocol_s() -> None:
    from kiosk.server.routes import sync

    assert set(sync.FeedOut.model_fields) == FEED_PAGE_FIELDS
    assert set(sync.FeedChange.model_fields) == FEED_CHANGE_FIELDS
    assert {f.name for f in fields(protocol.FeedPage)} == FEED_PAGE_FIELDS
    assert set(sync.PushItemIn.model_fields) == {f.name for f in fields(protocol.PushItem)}
    assert set(sync.PushResultOut.model_fields) == {f.name for f in fields(protocol.PushResult)}
    from kiosk.server.routes import devices as device_routes

    assert set(device_routes.EnrollOut.model_fields) == {f.name for f in fields(Enrollment)}


@pytest.mark.parametrize(
    ("spoken", "status", "code"),
    [(PROTOCOL_VERSION + 1, 409, MismatchCode.TOO_NEW), (0, 426, MismatchCode.TOO_OLD)],
    ids=["too new", "too old"],
)
def test_a_terminal_of_another_protocol_gets_a_plain_answer(
    ctx: ServiceContext, base: str, spoken: int, status: int, code: MismatchCode
) -> None:
    link = ServerLink(base, _token(ctx), protocol_version=spoken)
    with pytest.raises(ProtocolMismatch) as refused:
        link.me()
    assert (refused.value.status, refused.value.code) == (status, code)
    assert refused.value.server_protocol == PROTOCOL_VERSION
    # Pushes and the feed alike, before any route reads the message.
    with pytest.raises(ProtocolMismatch):
        link.feed(0, 0)
    link.close()
    raw = requests.get(f"{base}/api/v1/sync/snapshot", headers={PROTOCOL_HEADER: "x"}, timeout=5)
    assert raw.status_code == 426 and raw.json()["detail"]["code"] == "protocol_too_old"
    assert raw.headers[SERVER_TIME_HEADER]


def test_a_terminal_of_this_protocol_is_answered_and_told_the_time(
    ctx: ServiceContext, base: str, clock: FakeClock
) -> None:
    answer = requests.get(
        f"{base}/api/v1/devices/me",
        headers={"Authorization": f"Bearer {_token(ctx)}", PROTOCOL_HEADER: "2"},
        timeout=5,
    )
    assert answer.status_code == 200
    assert protocol.read_time(answer.headers[SERVER_TIME_HEADER], "t") == clock.now()
    # The public status pages and the health check need no version.
    assert requests.get(f"{base}/healthz", timeout=5).headers[SERVER_TIME_HEADER]


def test_an_outdated_terminal_says_so_and_goes_on_asking(
    ctx: ServiceContext, base: str, clock: FakeClock, tmp_path: Path
) -> None:
    """A terminal updated before its server: the agent reports OUTDATED (the screens say
    "Deze kiosk moet bijgewerkt worden"), not offline, and keeps its threads alive."""
    replica = ServiceContext(
        Database(open_database(sqlite_url(tmp_path / "replica.sqlite3"))), clock
    )
    link = ServerLink(base, _token(ctx), protocol_version=PROTOCOL_VERSION + 1)
    states: list[LinkState] = []
    agent = SyncAgent(
        replica,
        link,
        TOWN_HALL,
        issues_tickets=True,
        on_state=states.append,
        options=SyncOptions(wait_s=1, max_retry_s=0.3, outdated_retry_s=0.2),
    ).start()
    try:
        wait_until(lambda: agent.state is LinkState.OUTDATED)
        assert LinkState.OFFLINE not in states
        assert all(t.is_alive() for t in agent._threads)
    finally:
        agent.stop()
        replica.db.close()


def test_a_terminal_whose_clock_is_off_is_told_so_and_it_is_logged(
    ctx: ServiceContext, base: str, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    ahead = timedelta(minutes=5)
    heard: list[float] = []
    watch = ClockWatch(lambda: clock.now() + ahead, 120.0, heard.append)
    link = ServerLink(base, _token(ctx), clock_watch=watch)
    with caplog.at_level(logging.WARNING, logger="kiosk.sync.link"):
        link.me()
        link.me()  # told once, not at every answer
    assert heard == [pytest.approx(300, abs=1)]
    assert "event=clock_off terminal_ahead_s=300 allowed_s=120" in caplog.text
    # Set right: told that too.
    ahead = timedelta(seconds=30)
    link.me()
    assert heard[-1] == 0.0
    link.close()


def test_a_clock_within_the_allowance_is_not_reported(
    ctx: ServiceContext, base: str, clock: FakeClock
) -> None:
    heard: list[float] = []
    watch = ClockWatch(lambda: clock.now() - timedelta(seconds=90), 120.0, heard.append)
    ServerLink(base, _token(ctx), clock_watch=watch).me()
    assert heard == [] and watch.off_s == pytest.approx(-90, abs=1)


def test_enrollment_goes_through_the_link(ctx: ServiceContext, base: str) -> None:
    added = devices.add_device(ctx, "gemeentehuis", DeviceRole.COUNTER, "loket 9", 1).value

    got = enroll(base, added.code)

    assert (got.device_id, got.role, got.branch_code) == (
        added.device.id,
        "counter",
        "gemeentehuis",
    )
    assert ServerLink(base, got.token).me()["device_id"] == added.device.id
    with pytest.raises(ServerRefused) as refused:
        enroll(base, added.code)
    assert refused.value.status == 400 and refused.value.detail["code"] == "code_used"


#: A ticket's record in snapshots, feed pages and a counter's answers (its token blanked).
TICKET_RECORD_FIELDS = [
    "id",
    "branch_id",
    "service_id",
    "day",
    "letter",
    "number",
    "state",
    "origin",
    "priority",
    "is_priority",
    "in_line",
    "token",
    "counter_id",
    "target_counter_id",
    "issued_at",
    "arrived_at",
    "called_at",
    "serving_at",
    "done_at",
    "no_show_at",
    "transferred_at",
    "parked_at",
    "cancelled_at",
    "last_called_at",
    "recalls",
    "outcome",
    "printed",
    "appointment_id",
    "due_at",
    "version",
]
CALL_RECORD_FIELDS = [
    "seq",
    "id",
    "branch_id",
    "ticket_id",
    "ticket_number",
    "counter_id",
    "counter_number",
    "counter_name",
    "service_id",
    "at",
    "recall",
]


def _a_ticket(clock: FakeClock) -> Ticket:
    now = clock.now()
    return Ticket(
        id=str(uuid.uuid4()),
        branch_id=TOWN_HALL,
        service_id=service_id("eid"),
        day=now.date(),
        letter="A",
        number=7,
        state=TicketState.WAITING,
        issued_at=now,
        arrived_at=now,
        token=secrets.token_urlsafe(16),
    )


def test_records_in_feed_pages_have_the_pinned_fields() -> None:
    assert list(RECORD_FIELDS["tickets"]) == TICKET_RECORD_FIELDS
    assert list(RECORD_FIELDS["calls"]) == CALL_RECORD_FIELDS


def test_a_renamed_column_changes_no_message(
    clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The tickets table with its ``token`` column renamed ``status_token``: the one entry in
    wire.COLUMN_OF keeps every message as it was, and a message still stores in the column."""
    ticket = _a_ticket(clock)
    row = ticket_values(ticket)
    before = wire.encode_row(tb.tickets, row, keep_token=True)
    renamed = Table(
        "tickets",
        MetaData(),
        *(
            Column(
                "status_token" if c.name == "token" else c.name,
                c.type,
                primary_key=c.primary_key,
                nullable=c.nullable,
                default=None if c.default is None else c.default.arg,  # type: ignore[attr-defined]
            )
            for c in tb.tickets.columns
        ),
    )
    renamed_row = {("status_token" if k == "token" else k): v for k, v in row.items()}
    monkeypatch.setitem(wire.COLUMN_OF, "tickets", {"token": "status_token"})

    assert wire.encode_row(renamed, renamed_row, keep_token=True) == before
    assert list(before) == TICKET_RECORD_FIELDS
    assert wire.decode_row(renamed, before)["status_token"] == ticket.token


def test_the_outbox_keeps_the_protocol_s_messages(make_terminal: MakeTerminal) -> None:
    """Use cases hand typed messages; the unit of work keeps them as the protocol says."""
    kiosk = make_terminal(DeviceRole.KIOSK, "kiosk")
    kiosk.agent.stop()  # nothing delivered: the outbox keeps what the use cases queued
    kiosk.agent.lease_now()
    ticket = tickets.issue_ticket(kiosk.ctx, kiosk.branch_id, service_id("eid")).value.ticket
    tickets.mark_printed(kiosk.ctx, ticket.id)
    help_requests.ask_for_help(kiosk.ctx, kiosk.branch_id, kiosk.device_id, "kiosk")

    made, printed, asked = replica.pending(kiosk.ctx)
    assert (made.kind, printed.kind, asked.kind) == ("ticket", "ticket_printed", "help_request")
    assert sorted(made.payload) == sorted(TICKET_PUSH_FIELDS)
    assert TicketPush.from_json(made.payload) == TicketPush.of(ticket)
    assert printed.payload == {"ticket_id": ticket.id}
    assert set(asked.payload) == {"id", "at"}
