"""A database error's text carries no values of its statement (issue 10 point 9): whoever
logs one does not log a ticket's status-page token or a resident's name with it."""

from __future__ import annotations

import secrets

import pytest
from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError

from kiosk.services import tickets
from kiosk.services.context import ServiceContext
from kiosk.storage import tables as tb
from kiosk.storage.demo import TOWN_HALL, service_id
from kiosk.storage.rows import ticket_values


def test_a_database_error_does_not_carry_the_statement_s_values(ctx: ServiceContext) -> None:
    taken = tickets.issue_ticket(ctx, TOWN_HALL, service_id("eid")).value.ticket
    secret = secrets.token_urlsafe(16)
    values = {**ticket_values(taken), "id": "another", "token": secret}  # its number again

    with pytest.raises(IntegrityError) as caught, ctx.db.write() as conn:
        conn.execute(insert(tb.tickets).values(**values))

    # What SQLAlchemy adds to the driver's own message (which PostgreSQL may make name the
    # conflicting key: that is why the server logs an error's kind only, sync_push).
    added = str(caught.value).replace(str(caught.value.orig), "")
    assert "parameters hidden" in added
    assert secret not in added
