"""The house rules, checked: Qt only in kiosk/ui, a stdlib-only core, independent roles."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QT_FREE = [
    "kiosk.core",
    "kiosk.services",
    "kiosk.storage",
    "kiosk.printing",
    "kiosk.config",
    "kiosk.cli",
    "kiosk.paths",
    "kiosk.logs",
    # The wiring and the runners reach Qt only inside their functions, through kiosk.ui.
    "kiosk.bootstrap",
    "kiosk.terminal_run",
    "kiosk.demo",
    "kiosk.screenshots",
    "kiosk.serve",
]


def test_import_linter_contracts_hold() -> None:
    exe = Path(sys.executable).parent / ("lint-imports.exe" if os.name == "nt" else "lint-imports")
    res = subprocess.run(
        [str(exe), "--config", str(ROOT / "pyproject.toml")],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert "Contracts: " in res.stdout, res.stdout + res.stderr  # it really ran
    assert res.returncode == 0, res.stdout + res.stderr


def test_every_module_outside_the_screens_is_kept_from_qt() -> None:
    """Each top-level module and package of kiosk/ but kiosk.ui is the source of a contract
    that forbids PySide6: a new one (kiosk/whatever.py) cannot import Qt unnoticed."""
    import tomllib

    linter = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]
    kept = {
        source
        for contract in linter["importlinter"]["contracts"]
        if contract["type"] == "forbidden" and "PySide6" in contract["forbidden_modules"]
        for source in contract["source_modules"]
    }
    tops = {
        "kiosk." + (p.stem if p.is_file() else p.name)
        for p in (ROOT / "kiosk").iterdir()
        if (p.suffix == ".py" and p.name != "__init__.py") or (p / "__init__.py").is_file()
    }
    assert sorted(tops - kept - {"kiosk.ui"}) == []
    package = ast.parse((ROOT / "kiosk" / "__init__.py").read_text(encoding="utf-8"))
    assert not [n for n in ast.walk(package) if isinstance(n, ast.Import | ast.ImportFrom)]


def test_qt_free_packages_import_with_pyside6_blocked() -> None:
    """Import every module of the Qt-free packages in a fresh interpreter where PySide6 cannot be
    imported at all."""
    code = f"""
import importlib, pkgutil, sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6."):
            raise ImportError("PySide6 is blocked in this test")
sys.meta_path.insert(0, Block())
for top in {QT_FREE!r}:
    mod = importlib.import_module(top)
    for info in pkgutil.walk_packages(getattr(mod, "__path__", []), top + "."):
        if ".migrations" in info.name:
            continue
        importlib.import_module(info.name)
print("ok")
"""
    res = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert res.returncode == 0 and res.stdout.strip() == "ok", res.stderr


def test_core_uses_only_the_standard_library() -> None:
    allowed_ours = ("kiosk.core",)
    for path in (ROOT / "kiosk" / "core").rglob("*.py"):
        # The parsed imports, not lines that start with "from": a docstring may say "from when".
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                mod = name.split(".")[0]
                if mod == "kiosk":
                    assert name.startswith(allowed_ours), f"{path}: {name}"
                elif mod != "__future__":
                    assert mod in sys.stdlib_module_names, f"{path}: {name}"


#: The kiosk/ui modules under mypy strict (pyproject's [tool.mypy] modules). Entries are only
#: ever added: a module that is clean stays clean. Add a module here when you add it there.
UI_TYPED_FLOOR = frozenset(
    {
        "kiosk.ui.common.boot",
        "kiosk.ui.common.feed",
        "kiosk.ui.common.idle",
        "kiosk.ui.common.link_status",
        "kiosk.ui.common.qt_messages",
        "kiosk.ui.common.scaled_host",
        "kiosk.ui.common.startup_problem",
        "kiosk.ui.common.stop_signals",
        "kiosk.ui.common.system_printer",
        "kiosk.ui.common.tasks",
        "kiosk.ui.common.terminal",
        "kiosk.ui.common.theme",
        "kiosk.ui.common.i18n",
        "kiosk.ui.common.reader",
        "kiosk.ui.common.app_run",
        "kiosk.ui.common.link_banner",
        "kiosk.ui.display.arrangement",
        "kiosk.ui.counter.close_dialog",
        "kiosk.ui.counter.lease_keeper",
        "kiosk.ui.counter.link_words",
        "kiosk.ui.kiosk_screen.screen_base",
        "kiosk.ui.kiosk_screen.code_screen",
        "kiosk.ui.kiosk_screen.birth_screen",
        "kiosk.ui.kiosk_screen.name_screen",
        "kiosk.ui.kiosk_screen.message_screen",
        "kiosk.ui.kiosk_screen.help_screen",
        "kiosk.ui.kiosk_screen.check_in_screen",
        "kiosk.ui.kiosk_screen.choose_screen",
        "kiosk.ui.kiosk_screen.priority_screen",
        "kiosk.ui.kiosk_screen.issue_screen",
        "kiosk.ui.kiosk_screen.ticket_parts",
        "kiosk.ui.kiosk_screen.ticket_screen",
    }
)


def test_the_type_checked_ui_modules_only_grow() -> None:
    import tomllib

    mypy = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    checked = set(mypy["modules"])
    assert {"kiosk.bootstrap", "kiosk.terminal_run", "kiosk.screenshots"} <= checked
    assert len(UI_TYPED_FLOOR) >= 32
    assert sorted(UI_TYPED_FLOOR - checked) == []  # taken out of pyproject: put it back
    for module in checked:
        assert (ROOT / (module.replace(".", "/") + ".py")).is_file(), module


def test_the_wiring_only_builds_and_patches_nothing() -> None:
    """kiosk/bootstrap.py: typed ``build_*`` functions; every part gets its dependencies through
    its constructor, never as an attribute set afterwards."""
    tree = ast.parse((ROOT / "kiosk" / "bootstrap.py").read_text(encoding="utf-8"))
    functions = [n.name for n in tree.body if isinstance(n, ast.FunctionDef)]
    assert functions and all(name.startswith("build_") for name in functions), functions
    patched = [
        ast.unparse(target)
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign | ast.AugAssign | ast.AnnAssign)
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
        if isinstance(target, ast.Attribute)
    ]
    assert patched == []


#: Where a zone's name may stand in kiosk/: the demo municipality's own data, and an example
#: calendar file in a docstring. Everywhere else the zone comes from the municipality's row.
ZONE_NAMED_IN = {"kiosk/storage/demo.py", "kiosk/formats/ics_appointments.py"}


def test_no_time_zone_is_written_in_the_code() -> None:
    """A municipality in Lisbon gets Lisbon's times: no ``Europe/...`` default hides in a model,
    a column or a screen (issue 12, point 5)."""
    import re

    zone_name = re.compile(r"\b(Europe|America|Asia|Africa|Australia|Pacific|Atlantic)/[A-Z]")
    named = sorted(
        str(path.relative_to(ROOT))
        for path in (ROOT / "kiosk").rglob("*.py")
        if zone_name.search(path.read_text(encoding="utf-8"))
    )
    assert sorted(set(named) - ZONE_NAMED_IN) == []
