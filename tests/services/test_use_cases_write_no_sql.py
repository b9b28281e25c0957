"""Use cases leave SQL to storage (issue 12 point 1): no module of kiosk/services imports
SQLAlchemy or the tables; they call the storage modules with the unit of work's ``Tx``.

The import-linter contract "Use cases never write SQL themselves" checks the SQLAlchemy half
in CI; this test also catches a use case that reaches for a table.
"""

from __future__ import annotations

import ast
from pathlib import Path

import kiosk.services

SERVICES = Path(kiosk.services.__file__).parent
FORBIDDEN = ("sqlalchemy", "kiosk.storage.tables")

#: Use cases excused while their SQL moves to storage (file name -> what they still import).
#: Empty since issue 12 point 1 was done; test_the_not_yet_list_only_shrinks keeps it honest.
NOT_YET: dict[str, set[str]] = {}


def _imported(path: Path) -> set[str]:
    """Every module ``path`` imports, with ``from kiosk.storage import tables`` as
    ``kiosk.storage.tables``."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)
    return found


def _sql_imports(path: Path) -> set[str]:
    return {
        bad
        for name in _imported(path)
        for bad in FORBIDDEN
        if name == bad or name.startswith(bad + ".")
    }


def test_no_use_case_imports_sqlalchemy_or_the_tables() -> None:
    offenders = {
        p.name: found
        for p in sorted(SERVICES.glob("*.py"))
        if (found := _sql_imports(p) - NOT_YET.get(p.name, set()))
    }
    assert offenders == {}


def test_the_not_yet_list_only_shrinks() -> None:
    """A module that no longer imports what it is excused for must leave NOT_YET."""
    stale = {
        name: excused - _sql_imports(SERVICES / name)
        for name, excused in NOT_YET.items()
        if excused - _sql_imports(SERVICES / name)
    }
    assert stale == {}
