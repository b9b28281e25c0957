"""Every module of the package stays under 400 lines: a module that grows past it does more
than one thing and is split by what it does (issue 12)."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "kiosk"
LIMIT = 400


def test_every_module_is_under_400_lines() -> None:
    too_long = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines >= LIMIT:
            too_long[str(path.relative_to(PACKAGE.parent))] = lines
    assert not too_long, f"modules of {LIMIT} lines or more: {too_long}"
