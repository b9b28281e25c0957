"""Run the project on a fresh machine with nothing but Python 3.11+: ``python3 build/dev.py demo``.

Usage:
    python3 build/dev.py demo        install (first time) and open the demo
    python3 build/dev.py test [...]  install (first time) and run the tests (pytest arguments pass;
                                     one worker per core unless -n is given, see _test_args)
    python3 build/dev.py kiosk ...   any kiosk command, e.g. ``kiosk screenshots --out shots``
    python3 build/dev.py lint        ruff (lint and format check) and mypy

Before demo, test and kiosk it compiles the translations (``translations/*.ts`` to ``.qm``).

What it does, with the standard library only:
1. Finds uv (the installer the lock file ``uv.lock`` is made for): on PATH, importable as a module,
   or in the private tool folder ``.venv-tools``. If there is none, it makes that folder with
   ``venv`` and installs uv into it from PyPI. This works where ``pip install`` into the system
   Python is refused (Debian/Ubuntu "externally managed environment").
2. Runs ``uv run --locked --python <python>``: the project's ``.venv`` is made or updated to match
   the lock file exactly (uv never downloads a Python of its own). The Python it names is the one
   ``.venv`` was made from, as long as that one still exists, whichever ``python3`` started this
   script (a pyenv shim, an activated ``.venv``, ``.venv-tools`` on PATH): uv removes and remakes
   ``.venv`` when it is named another interpreter, even while terminals run from it. Without a
   usable ``.venv`` it is the Python that runs this script, taken out of any virtual environment.
   To move ``.venv`` to another Python, delete it and run this script with that Python.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOOLS = ROOT / ".venv-tools"


def _tools_bin() -> Path:
    return TOOLS / ("Scripts" if os.name == "nt" else "bin")


#: Run by a candidate interpreter: its version and its own executable, out of any venv (a pyenv
#: shim prints the real interpreter it runs).
_PROBE = (
    "import sys; print(sys.version_info[0], sys.version_info[1], sys.executable "
    "if sys.prefix == sys.base_prefix else getattr(sys, '_base_executable', sys.executable))"
)


def _probe(python: Path) -> tuple[tuple[int, int], str] | None:
    """Run ``python``: its (major, minor) version and executable, or None if it does not run."""
    try:
        out = subprocess.run(
            [str(python), "-c", _PROBE], capture_output=True, text=True, timeout=30
        )
    except (OSError, subprocess.SubprocessError):
        return None
    major, _, rest = out.stdout.strip().partition(" ")
    minor, _, executable = rest.partition(" ")
    if out.returncode or not (major.isdigit() and minor.isdigit() and executable):
        return None
    return (int(major), int(minor)), executable


def _read_cfg(cfg: Path) -> dict[str, str]:
    values: dict[str, str] = {}
    try:
        text = cfg.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return values
    for line in text.splitlines():
        key, sep, value = line.partition("=")
        if sep:
            values[key.strip().lower()] = value.strip()
    return values


def _interpreter_names(version: tuple[int, int] | None) -> list[str]:
    if os.name == "nt":
        return ["python.exe"]
    versioned = [f"python{version[0]}.{version[1]}"] if version else []
    return [*versioned, "python3", "python"]


def venv_base_python(venv: Path) -> str | None:
    """The Python ``venv`` was made from, if it still runs and is 3.11 or newer.

    ``pyvenv.cfg`` names it: ``executable`` (``venv``), ``base-executable`` (virtualenv), or the
    folder ``home`` (uv writes only that) with the version in ``version_info`` or ``version``.
    """
    cfg = _read_cfg(venv / "pyvenv.cfg")
    digits = (cfg.get("version_info") or cfg.get("version") or "").split(".")[:2]
    version = (
        (int(digits[0]), int(digits[1]))
        if len(digits) == 2 and all(d.isdigit() for d in digits)
        else None
    )
    candidates = [Path(cfg[key]) for key in ("executable", "base-executable") if cfg.get(key)]
    if cfg.get("home"):
        candidates += [Path(cfg["home"]) / name for name in _interpreter_names(version)]
    for candidate in candidates:
        if not candidate.is_file():
            continue
        found = _probe(candidate)
        # Debian's /usr/bin holds python3.11 and python3.12 alike: the version must match.
        if found is None or found[0] < (3, 11) or (version and found[0] != version):
            continue
        return found[1]
    return None


def base_python() -> str:
    """The interpreter running this script, out of any virtual environment it runs in.

    A venv's python is a copy of the base interpreter or a symlink to it; Python records the
    base in ``sys._base_executable``. A pyenv shim is a script that runs the real interpreter, so
    ``sys.executable`` is already that one.
    """
    if sys.prefix == sys.base_prefix:
        return sys.executable
    base = getattr(sys, "_base_executable", None)
    if base and Path(base).is_file() and not Path(base).is_relative_to(sys.prefix):
        return str(base)
    folder = Path(sys.base_prefix) / ("" if os.name == "nt" else "bin")
    for name in _interpreter_names((sys.version_info.major, sys.version_info.minor)):
        if (folder / name).is_file():
            return str(folder / name)
    return sys.executable


def project_venv() -> Path:
    """The project's environment: ``.venv``, or where ``UV_PROJECT_ENVIRONMENT`` puts it."""
    return ROOT / (os.environ.get("UV_PROJECT_ENVIRONMENT") or ".venv")


def choose_python(venv: Path | None = None) -> str:
    """The interpreter to name to ``uv run --python``, one that keeps ``venv`` as it is."""
    return venv_base_python(project_venv() if venv is None else venv) or base_python()


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


def call(command: list[str], env: dict[str, str]) -> int:
    """Run ``command`` in the repository and return its exit code, passing Ctrl+C (SIGINT)
    and SIGTERM on to it instead of dying with a traceback: the program under it (the demo,
    pytest) decides how to stop, and its exit code (130 after Ctrl+C) is ours. In a terminal
    Ctrl+C reaches every process of the group anyway; a SIGINT sent to this process alone
    (a test, a supervisor) must end the program too."""
    child = subprocess.Popen(command, cwd=ROOT, env=env)

    def forward(signum: int, _frame: object) -> None:
        # Gone already, or (Windows) a signal Popen cannot send: Ctrl+C reached it anyway.
        with contextlib.suppress(OSError, ValueError):
            child.send_signal(signum)

    stops = [signal.SIGINT, signal.SIGTERM]
    old = {number: signal.signal(number, forward) for number in stops}
    try:
        code = child.wait()
    finally:
        for number, handler in old.items():
            signal.signal(number, handler)
    # Killed by a signal: report it as a shell would (128 + the signal's number).
    return 128 - code if code < 0 else code


def _test_args(rest: list[str]) -> list[str]:
    """pytest's arguments: the suite runs on every core (pytest-xdist), as CI has a time budget
    and most tests wait on Qt, a server or a database rather than compute. Tests that share one
    walk through every kiosk screen stay on one worker (the ``xdist_group`` tests/conftest.py
    gives them). ``-n 0`` (or any ``-n``, or ``-p no:xdist``) given by the caller wins.

    A worker that crashes is not replaced (``--max-worker-restart=0``): with ``loadgroup``,
    pytest-xdist 3.8 can wait for ever after replacing one (pytest-xdist issues 1323, 1378),
    which turned one crashed test into a CI run stopped after 90 minutes. The crash is reported
    as the failure of the test it happened in, and the run ends."""
    if "no:xdist" in rest or any(arg.startswith(("-n", "--numprocesses")) for arg in rest):
        return rest
    return ["-n", "auto", "--dist", "loadgroup", "--max-worker-restart=0", *rest]


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
        args = ["pytest", *_test_args(rest)]
    elif command == "kiosk":
        args = ["kiosk", *rest]
    elif command == "lint":
        args = []
    else:
        sys.exit(f"dev.py: unknown command {command!r} (use demo, test, kiosk or lint)")
    uv = find_uv() or install_uv()
    env = dict(os.environ)
    env.setdefault("UV_PYTHON_DOWNLOADS", "never")
    # What the program's hints ("Start it with: ...") call the kiosk command: there is no
    # `kiosk` on the PATH after the Quick start.
    env.setdefault("KIOSK_COMMAND", f"{'py' if os.name == 'nt' else 'python3'} build/dev.py kiosk")
    run = [*uv, "run", "--locked", "--python", choose_python()]
    if command != "lint":
        # The translations (.qm are never committed): compile those older than their .ts.
        compiled = [*run, "python", "build/catalogues.py", "compile", "--quiet"]
        if call(compiled, env):
            print("dev.py: could not compile the translations; the screens stay in Dutch")
        return call([*run, *args], env)
    for step in (
        ["ruff", "check", "."],
        ["ruff", "format", "--check", "kiosk", "tests", "bench", "build"],
        ["mypy"],
    ):
        code = call([*run, *step], env)
        if code:
            return code
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
