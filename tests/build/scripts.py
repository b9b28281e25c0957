"""The scripts under build/ as modules (build/ is no package: they run as ``python build/x.py``)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

BUILD = Path(__file__).resolve().parent.parent.parent / "build"


def load_script(name: str) -> ModuleType:
    """``build/<name>.py``, loaded under the name ``build_<name>``."""
    spec = importlib.util.spec_from_file_location(f"build_{name}", BUILD / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
