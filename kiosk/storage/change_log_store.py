"""The change log: what every write changed, in commit order, read by cursor by the screens
and the terminals (the change feed). Written by the unit of work just before commit.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import func, insert, select, text

from kiosk.core.changes import Change, ChangeKind
from kiosk.storage import tables as tb
from kiosk.storage.prepared import Prepared
from kiosk.storage.unit_of_work import Tx

_LOG_CHANGE = Prepared(
    insert(tb.change_log).returning(tb.change_log.c.seq), ["kind", "entity_id", "branch_id"]
)

#: Taken by every PostgreSQL transaction that writes the change log, until it commits. Without
#: it, two transactions can take sequence numbers 10 and 11 and commit 11 first: a reader whose
#: cursor passed 11 would never see 10. With it, sequence order is commit order, as on SQLite
#: (one writer at a time). Taken last in a transaction, just before commit, so it is short.
CHANGE_LOG_LOCK = 7_417_001
#: The PostgreSQL channel that wakes every server process's long-polling readers.
CHANGE_CHANNEL = "kiosk_changes"
#: PostgreSQL: the lock, the rows and the NOTIFY in one round trip (three before: a tenth of an
#: issue's time). The rows join the lock's CTE, so the lock is held before the first sequence
#: number is taken; they go in in the order given (ordinality), so their numbers follow it.
#: Data-modifying CTEs always run to the end, whatever the outer query reads.
_PG_LOG = text(
    f"WITH locked AS (SELECT pg_advisory_xact_lock({CHANGE_LOG_LOCK})), "
    "added AS (INSERT INTO change_log (kind, entity_id, branch_id) "
    "SELECT u.kind, u.entity_id, u.branch_id FROM locked, "
    "unnest(CAST(:kinds AS varchar[]), CAST(:ids AS varchar[]), CAST(:branches AS varchar[])) "
    "WITH ORDINALITY AS u(kind, entity_id, branch_id, n) ORDER BY u.n RETURNING seq) "
    "SELECT (SELECT array_agg(seq ORDER BY seq) FROM added), "
    f"pg_notify('{CHANGE_CHANNEL}', (SELECT max(seq) FROM added)::text)"
)


def log_changes(conn: Tx, changes: Iterable[Change]) -> list[Change]:
    """Append to the change log; returns the changes with their sequence numbers.

    On PostgreSQL this also serialises change-log writers (see CHANGE_LOG_LOCK) and sends a
    NOTIFY, delivered when the transaction commits, to wake the feed readers of every process.
    """
    changes = list(changes)
    if not changes:
        return []
    if conn.dialect.name == "postgresql":
        arrays = {
            "kinds": [ch.kind.value for ch in changes],
            "ids": [ch.entity_id for ch in changes],
            "branches": [ch.branch_id for ch in changes],
        }
        seqs = conn.execute(_PG_LOG, arrays).scalar_one()
    else:
        seqs = []  # SQLite: one writer at a time, and no round trips to save
        for ch in changes:
            params = {"kind": ch.kind.value, "entity_id": ch.entity_id, "branch_id": ch.branch_id}
            row = _LOG_CHANGE.first(conn, params)
            assert row is not None
            seqs.append(row[0])
    return [
        Change(ch.kind, ch.entity_id, ch.branch_id, int(seq))
        for ch, seq in zip(changes, seqs, strict=True)
    ]


def changes_after(conn: Tx, after_seq: int, limit: int = 500) -> Sequence[Change]:
    c = tb.change_log.c
    rows = conn.execute(select(tb.change_log).where(c.seq > after_seq).order_by(c.seq).limit(limit))
    return [
        Change(
            ChangeKind(r._mapping["kind"]),
            r._mapping["entity_id"],
            r._mapping["branch_id"],
            r._mapping["seq"],
        )
        for r in rows
    ]


def last_change_seq(conn: Tx) -> int:
    return int(conn.execute(select(func.coalesce(func.max(tb.change_log.c.seq), 0))).scalar_one())
