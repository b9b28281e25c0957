"""Use cases leave SQL to storage (issue 12 point 1): no module of kiosk/services imports
SQLAlchemy or the tables, holds a table object or names a table; they call the storage modules
with the unit of work's ``Tx``, in the domain's words.

The import-linter contract "Use cases never write SQL themselves" checks the SQLAlchemy half
in CI; these tests also catch a use case that reaches for a table another way: through a
storage module's collection of tables (a wire list, a ``{name: Table}`` map), a storage
function that wants a ``Table``, or a table's name as text (``rows["tickets"]``).
"""

from __future__ import annotations

import ast
import importlib
import inspect
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from types import ModuleType
from typing import Any

from sqlalchemy import Table

import kiosk.services
from kiosk.storage.tables import metadata

SERVICES = Path(kiosk.services.__file__).parent
FORBIDDEN = ("sqlalchemy", "kiosk.storage.tables")

#: Use cases excused while their SQL moves to storage (file name -> what they still import).
#: Empty since issue 12 point 1 was done; test_the_not_yet_list_only_shrinks keeps it honest.
NOT_YET: dict[str, set[str]] = {}


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"))


def _imported(path: Path) -> set[str]:
    """Every module ``path`` imports, with ``from kiosk.storage import tables`` as
    ``kiosk.storage.tables``."""
    found: set[str] = set()
    for node in ast.walk(_tree(path)):
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


# --- table objects reached through storage ---------------------------------------------------


def _wants_a_table(fn: Any) -> bool:
    """A storage function with a ``Table`` parameter: a use case could only call it with a
    table in hand. Annotations are text under ``from __future__ import annotations``."""
    try:
        params = inspect.signature(fn).parameters.values()
    except (TypeError, ValueError):
        return False
    return any(
        p.annotation is Table
        or (isinstance(p.annotation, str) and re.search(r"\bTable\b", p.annotation))
        for p in params
    )


def _holds_tables(obj: Any) -> bool:
    """A table, a collection or map of tables, or a function that takes one."""
    if isinstance(obj, Table):
        return True
    if isinstance(obj, tuple | list | set | frozenset):
        return any(isinstance(x, Table) for x in obj)
    if isinstance(obj, Mapping):
        return any(isinstance(x, Table) for x in (*obj.keys(), *obj.values()))
    return inspect.isfunction(obj) and _wants_a_table(obj)


def _storage_names(tree: ast.Module) -> Iterator[tuple[str, Any]]:
    """``(what the module wrote, the object it reached)`` for every name a services module
    takes from kiosk.storage: ``from kiosk.storage.x import y``, and ``x.y`` on a storage
    module it imported (``from kiosk.storage import ticket_store as store``; ``store.ticket``)."""
    modules: dict[str, ModuleType] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                if a.name.startswith("kiosk.storage") and a.asname:
                    modules[a.asname] = importlib.import_module(a.name)
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("kiosk.storage"):
            source = importlib.import_module(node.module or "")
            for a in node.names:
                obj = getattr(source, a.name, None)
                if obj is None:  # a submodule not imported by its package
                    obj = importlib.import_module(f"{node.module}.{a.name}")
                if isinstance(obj, ModuleType):
                    modules[a.asname or a.name] = obj
                else:
                    yield f"{node.module}.{a.name}", obj
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in modules
        ):
            module = modules[node.value.id]
            yield f"{module.__name__}.{node.attr}", getattr(module, node.attr, None)


def test_no_use_case_reaches_a_table_through_storage() -> None:
    offenders = {
        p.name: sorted({name for name, obj in _storage_names(_tree(p)) if _holds_tables(obj)})
        for p in sorted(SERVICES.glob("*.py"))
    }
    assert {name: found for name, found in offenders.items() if found} == {}


# --- tables named as text --------------------------------------------------------------------


def _docstrings(tree: ast.Module) -> set[int]:
    """ids of the string constants that are docstrings (prose may name a table)."""
    out: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body:
            first = body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                out.add(id(first.value))
    return out


def test_no_use_case_names_a_table() -> None:
    """A string in code equal to a table's name (``"tickets"``, ``"counters"``) means a use
    case that knows the table layout: storage should hand it the thing in the domain's terms.
    (A word that is both, such as a role called "staff", belongs in an enum in kiosk.core.)"""
    names = set(metadata.tables)
    offenders: dict[str, list[str]] = {}
    for p in sorted(SERVICES.glob("*.py")):
        tree = _tree(p)
        prose = _docstrings(tree)
        found = [
            f"{node.lineno}: {node.value!r}"
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and node.value in names
            and id(node) not in prose
        ]
        if found:
            offenders[p.name] = found
    assert offenders == {}
