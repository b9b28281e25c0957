"""Hot statements compiled once and run straight on the SQLite driver.

Why: for the few statements that run for every ticket (number, line count, ticket insert,
change log), SQLAlchemy's per-execution bookkeeping costs more than SQLite's own work. A
``Prepared`` statement is compiled by SQLAlchemy once per dialect (same SQL, same bind type
processing, so dates, booleans and UTC times are stored exactly as the normal path stores them)
and, on SQLite, executed on the DBAPI cursor of the connection's current transaction. On any
other database it simply goes through ``Connection.execute``.

Pitfalls: the fast path skips SQLAlchemy's cursor events (no echo logging of these statements),
and result values come back unprocessed, so only use it for statements returning plain integers
or nothing. It relies on ``Compiled._bind_processors`` (a private attribute, stable across
SQLAlchemy 2.x); tests cover that the rows it writes read back identically.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.sql import Executable
from sqlalchemy.sql.compiler import SQLCompiler


class Prepared:
    def __init__(self, stmt: Executable, column_keys: Sequence[str] | None = None) -> None:
        self.stmt = stmt
        self.column_keys = list(column_keys) if column_keys is not None else None
        self._compiled: dict[str, tuple[SQLCompiler, tuple[str, ...], dict[str, Any]]] = {}

    def _compile(self, conn: Connection) -> tuple[SQLCompiler, tuple[str, ...], dict[str, Any]]:
        name = conn.dialect.name
        hit = self._compiled.get(name)
        if hit is None:
            compiled = self.stmt.compile(  # type: ignore[attr-defined]
                dialect=conn.dialect, column_keys=self.column_keys
            )
            assert isinstance(compiled, SQLCompiler)
            positions = tuple(compiled.positiontup or ())
            hit = (compiled, positions, dict(compiled._bind_processors))
            self._compiled[name] = hit
        return hit

    def first(self, conn: Connection, params: Mapping[str, Any]) -> tuple[Any, ...] | None:
        """Run the statement; the first row as a plain tuple (or None)."""
        if conn.dialect.name != "sqlite":
            result = conn.execute(self.stmt, dict(params))
            if not result.returns_rows:
                return None
            row = result.first()
            return tuple(row) if row is not None else None
        compiled, positions, processors = self._compile(conn)
        # construct_params also fills the values written into the statement itself.
        given: dict[str, Any] = dict(compiled.construct_params(dict(params)))
        values = [processors[k](given[k]) if k in processors else given[k] for k in positions]
        cur = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            cur.execute(compiled.string, values)
            rows = cur.fetchall()
        finally:
            cur.close()
        return tuple(rows[0]) if rows else None
