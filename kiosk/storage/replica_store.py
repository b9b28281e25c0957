"""A terminal's replica of the server's data, written in the domain's words: a snapshot
replaces what the terminal holds, a feed change or the rows of an answer are stored as they
come, appointments of days gone by are dropped and residents' personal data forgotten.

The sync use cases (kiosk/services/replica.py) hand these the wire's records as they came
(``{record: [row]}``, see kiosk.sync.records) and get back the kinds of change made, so they
never learn which tables a replica mirrors, which a snapshot replaces whole, or how a row of
each becomes a change on the screens. Replicas are SQLite only (the upsert is SQLite's).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Table, delete, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from kiosk.core.appointments import CODE_KEY_PREFIX
from kiosk.core.changes import ChangeKind
from kiosk.storage import tables as tb
from kiosk.storage.unit_of_work import Tx
from kiosk.storage.wire import HIDDEN_TOKEN_PREFIX, PERSONAL, decode_row

#: The tables a terminal's replica mirrors, parents before children (foreign keys).
REPLICATED: tuple[Table, ...] = (
    tb.municipalities,
    tb.branches,
    tb.services,
    tb.service_texts,
    tb.branch_services,
    tb.counters,
    tb.counter_skills,
    tb.tickets,
    tb.calls,
    tb.printer_alerts,
    tb.help_requests,
    tb.opening_hours,
    tb.day_changes,
    tb.extra_sessions,
    tb.session_services,
    tb.appointments,
)
_BY_NAME: dict[str, Table] = {t.name: t for t in REPLICATED}
#: Tables kept whole per branch: a removed row must disappear from the replica too.
REPLACED_PER_BRANCH = ("counter_skills",)
#: Tables a snapshot replaces whole (every branch's rows: a kiosk tells residents where else
#: a service is offered, and when). Children after parents; deleted children first.
REPLACED_WHOLE = (
    "service_texts",
    "branch_services",
    "session_services",
    "opening_hours",
    "day_changes",
    "extra_sessions",
)
#: The change a stored row of a table makes on the screens. The feed brings rows of these
#: only (the catalogue and the hours come with a snapshot); an answer's rows of other tables
#: are stored without a change of their own.
_CHANGE_KIND: dict[str, ChangeKind] = {
    tb.tickets.name: ChangeKind.TICKET,
    tb.calls.name: ChangeKind.CALL,
    tb.counters.name: ChangeKind.COUNTER,
    tb.printer_alerts.name: ChangeKind.PRINTER_ALERT,
    tb.appointments.name: ChangeKind.APPOINTMENT,
    tb.help_requests.name: ChangeKind.HELP,
}

#: Records as they travel: ``{record: [row in wire form]}``.
Records = Mapping[str, Sequence[Mapping[str, Any]]]


@dataclass(frozen=True, slots=True)
class SnapshotStored:
    #: Rows stored, over every record.
    rows: int
    #: The branch's counters as the snapshot had them (each a change of its own on screen).
    counter_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RowStored:
    """A row of an answer that changes what a screen shows."""

    kind: ChangeKind
    id: str


def replace_snapshot(conn: Tx, branch_id: str, records: Records) -> SnapshotStored:
    """Make the replica what a snapshot of ``branch_id`` says: the tables it holds whole are
    emptied first, the branch's counter skills replaced, every other row stored by its key.
    Raises ValueError on a bad row (nothing is stored: the caller's transaction rolls back)."""
    _clear(conn, [t for t in REPLICATED if t.name in REPLACED_WHOLE])
    stored = 0
    for table in REPLICATED:
        decoded = [decode_row(table, r) for r in records.get(table.name, [])]
        if table.name in REPLACED_PER_BRANCH:
            _replace_branch_rows(conn, table, branch_id, decoded)
        else:
            _store_rows(conn, table, decoded)
        stored += len(decoded)
    counters = tuple(c["id"] for c in records.get(tb.counters.name, []))
    return SnapshotStored(stored, counters)


def apply_feed_change(conn: Tx, record: str, row: Mapping[str, Any]) -> ChangeKind:
    """Store the row of one feed entry; the kind of change it makes. Raises KeyError for a
    record the feed never brings, ValueError on a bad row."""
    table = _BY_NAME[record]
    _store_rows(conn, table, [decode_row(table, row)])
    return _CHANGE_KIND[record]


def store_answer(conn: Tx, records: Records) -> list[RowStored]:
    """Store the rows the server sent back with an answer (parents first), and say which of
    them change what a screen shows, in the order stored."""
    out: list[RowStored] = []
    for table in REPLICATED:
        for r in records.get(table.name, []):
            decoded = decode_row(table, r)
            _store_rows(conn, table, [decoded])
            kind = _CHANGE_KIND.get(table.name)
            if kind is not None:
                out.append(RowStored(kind, str(decoded["id"])))
    return out


def _store_rows(conn: Tx, table: Table, rows: Iterable[Mapping[str, Any]]) -> int:
    """Insert or update (by primary key) decoded rows in a replica (SQLite). Returns how many.

    A ticket's real token, kept by the kiosk that made it, is never overwritten by the
    placeholder that comes back from the server.
    """
    rows = list(rows)
    if not rows:
        return 0
    keys = [c.name for c in table.primary_key.columns]
    for row in rows:
        stmt = sqlite_insert(table).values(**row)
        keep = set(keys) | ({"token"} if table is tb.tickets else set())
        updates = {k: stmt.excluded[k] for k in row if k not in keep}
        if updates:
            conn.execute(stmt.on_conflict_do_update(index_elements=keys, set_=updates))
        else:
            conn.execute(stmt.on_conflict_do_nothing(index_elements=keys))
    return len(rows)


def _replace_branch_rows(
    conn: Tx, table: Table, branch_id: str, rows: list[dict[str, Any]]
) -> None:
    """Make a replica's association rows of one branch exactly ``rows``."""
    if table is tb.counter_skills:
        ids = [
            r["id"]
            for r in conn.execute(
                tb.counters.select().where(tb.counters.c.branch_id == branch_id)
            ).mappings()
        ]
        conn.execute(delete(table).where(table.c.counter_id.in_(ids)))
    _store_rows(conn, table, rows)


def _clear(conn: Tx, tables: Iterable[Table]) -> None:
    """Empty ``tables`` (given parents first) before a snapshot fills them again."""
    for table in reversed(list(tables)):
        conn.execute(delete(table))


def blank_personal(conn: Tx) -> int:
    """Blank every appointment's personal columns in a replica, and its reference where it is
    the real one (a kiosk's keyed codes stay: it checks residents in by them). Returns how many
    appointments held something to forget."""
    a = tb.appointments.c
    real_reference = ~(
        a.reference.startswith(CODE_KEY_PREFIX) | a.reference.startswith(HIDDEN_TOKEN_PREFIX)
    )
    holding = (
        (a.first_name != "")
        | (a.family_name != "")
        | (a.contact != "")
        | a.birth_date.is_not(None)
        | a.match_key.is_not(None)
        | a.external_uid.is_not(None)
        | real_reference
    )
    blank = {**PERSONAL["appointments"], "reference": HIDDEN_TOKEN_PREFIX + a.id}
    keyed = a.reference.startswith(CODE_KEY_PREFIX)
    n = conn.execute(update(tb.appointments).where(holding & ~keyed).values(**blank))
    m = conn.execute(
        update(tb.appointments).where(holding & keyed).values(**PERSONAL["appointments"])
    )
    return int(n.rowcount) + int(m.rowcount)


def drop_appointments_before(conn: Tx, moment: datetime) -> int:
    """Delete a replica's appointments that started before ``moment``. Returns how many."""
    gone = conn.execute(delete(tb.appointments).where(tb.appointments.c.starts_at < moment))
    return int(gone.rowcount)
