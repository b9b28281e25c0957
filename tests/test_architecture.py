"""The house rules, checked: Qt only in kiosk/ui, a stdlib-only core, independent roles."""

from __future__ import annotations

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
        for line in path.read_text(encoding="utf-8").splitlines():
            s = line.strip()
            if s.startswith(("import ", "from ")):
                mod = s.split()[1].split(".")[0]
                if mod == "kiosk":
                    assert s.split()[1].startswith(allowed_ours), f"{path}: {s}"
                elif mod != "__future__":
                    assert mod in sys.stdlib_module_names, f"{path}: {s}"
