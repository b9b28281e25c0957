"""A terminal's logs name a refused outbox item, its kind and the refusal, never its payload:
a ticket's payload carries the token of its status page (issue 10 point 9)."""

from __future__ import annotations

import logging
import secrets
import uuid

import pytest

from kiosk.core.model import DeviceRole, Ticket, TicketState
from kiosk.services.context import ServiceContext
from kiosk.storage import sync_store
from kiosk.storage import tables as tb
from kiosk.storage.demo import service_id
from kiosk.storage.rows import ticket_values
from kiosk.storage.wire import encode_row
from tests.sync.conftest import MakeTerminal
from tests.sync.test_sync import wait_until


def test_a_refused_outbox_item_is_logged_without_its_payload(
    ctx: ServiceContext, make_terminal: MakeTerminal, caplog: pytest.LogCaptureFixture
) -> None:
    kiosk = make_terminal(DeviceRole.KIOSK, "kiosk")
    now = kiosk.ctx.clock.now()
    secret = secrets.token_urlsafe(16)
    called = Ticket(
        id=str(uuid.uuid4()),
        branch_id=kiosk.branch_id,
        service_id=service_id("eid"),
        day=now.date(),
        letter="A",
        number=1,
        state=TicketState.CALLED,  # what only a counter does: the server refuses it
        issued_at=now,
        arrived_at=now,
        token=secret,
    )
    payload = encode_row(tb.tickets, ticket_values(called), keep_token=True)

    with caplog.at_level(logging.DEBUG):
        with kiosk.ctx.db.write() as conn:
            item_id = sync_store.add_to_outbox(conn, "ticket", payload, now)
        kiosk.agent.push_soon()
        wait_until(lambda: kiosk.agent.rejected == 1)

    said = [r.getMessage() for r in caplog.records if r.name == "kiosk.sync.agent"]
    assert [m for m in said if item_id in m] == [
        f"event=outbox_item_refused item={item_id} kind=ticket reason='state'"
    ]
    assert secret not in caplog.text
