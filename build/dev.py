"""Run the project on a fresh machine with nothing but Python 3.11+: ``python3 build/dev.py demo``.

Usage:
    python3 build/dev.py demo        install (first time) and open the demo
    python3 build/dev.py test [...]  install (first time) and run the tests (pytest arguments pass)
    python3 build/dev.py kiosk ...   any kiosk command, e.g. ``kiosk screenshots --out shots``
    python3 build/dev.py lint        ruff (lint and format check) and mypy

Before demo, test and kiosk it compiles the translations (``translations/*.ts`` to ``.qm``).

What it does, with the standard library only:
1. Finds uv (the installer the lock file ``uv.lock`` is made for): on PATH, importable as a module,
   or in the private tool folder ``.venv-tools``. If there is none, it makes that folder with
   ``venv`` and installs uv into it from PyPI. This works where ``pip install`` into the system
   Python is refused (Debian/Ubuntu "externally managed environment").
2. Runs ``uv run --locked --python <this python>``: the project's ``.venv`` is made or updated to
   match the lock file exactly, using this interpreter (uv never downloads a Python of its own).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOOLS = ROOT / ".venv-tools"


def _tools_bin() -> Path:
    return TOOLS / ("Scripts" if os.name == "nt" else "bin")


def find_uv() -> list[str] | None:
    exe = "uv.exe" if os.name == "nt" else "uv"
    local = _tools_bin() / exe
    if local.exists():
        return [str(local)]
    on_path = shutil.which("uv")
    if on_path:
        return [on_path]
    probe = subprocess.run(
        [sys.executable, "-m", "uv", "--version"], capture_output=True, text=True
    )
    if probe.returncode == 0:
        return [sys.executable, "-m", "uv"]
    return None


def install_uv() -> list[str]:
    print("dev.py: installing uv into .venv-tools (first run only) ...", flush=True)
    try:
        import venv

        venv.EnvBuilder(with_pip=True, clear=True).create(TOOLS)
    except Exception as exc:  # e.g. Debian without python3-venv
        sys.exit(
            "dev.py: could not make a Python environment "
            f"({exc}).\nOn Debian or Ubuntu, install it first: sudo apt install python3-venv"
        )
    py = _tools_bin() / ("python.exe" if os.name == "nt" else "python")
    subprocess.run([str(py), "-m", "pip", "install", "--quiet", "uv"], check=True)
    found = find_uv()
    if found is None:
        sys.exit("dev.py: uv was installed but cannot be found in .venv-tools")
    return found


def main(argv: list[str]) -> int:
    if sys.version_info < (3, 11):  # noqa: UP036 - this script may be run by an older Python
        sys.exit("dev.py: kiosk needs Python 3.11 or newer.")
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0
    command, rest = argv[0], argv[1:]
    if command == "demo":
        args = ["kiosk", "demo", *rest]
    elif command == "test":
        args = ["pytest", *rest]
    elif command == "kiosk":
        args = ["kiosk", *rest]
    elif command == "lint":
        args = []
    else:
        sys.exit(f"dev.py: unknown command {command!r} (use demo, test, kiosk or lint)")
    uv = find_uv() or install_uv()
    env = dict(os.environ)
    env.setdefault("UV_PYTHON_DOWNLOADS", "never")
    run = [*uv, "run", "--locked", "--python", sys.executable]
    if command != "lint":
        # The translations (.qm are never committed): compile those older than their .ts.
        compiled = [*run, "python", "-m", "kiosk.ui.common.i18n", "compile", "--quiet"]
        if subprocess.call(compiled, cwd=ROOT, env=env):
            print("dev.py: could not compile the translations; the screens stay in Dutch")
        return subprocess.call([*run, *args], cwd=ROOT, env=env)
    for step in (
        ["ruff", "check", "."],
        ["ruff", "format", "--check", "kiosk", "tests", "bench", "build"],
        ["mypy"],
    ):
        code = subprocess.call([*run, *step], cwd=ROOT, env=env)
        if code:
            return code
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
