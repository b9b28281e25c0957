"""build/dev.py names to ``uv run --python`` the interpreter ``.venv`` was made from, whichever
``python3`` runs it: uv removes and remakes ``.venv`` when it is named another one (issue 17)."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import venv
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
DEV_PY = ROOT / "build" / "dev.py"

posix_only = pytest.mark.skipif(os.name == "nt", reason="the fake interpreters are shell scripts")


def _load_dev() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_dev", DEV_PY)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


dev = _load_dev()


@pytest.fixture
def no_base(monkeypatch: pytest.MonkeyPatch) -> str:
    """choose_python's fallback, replaced by a marker: the venv's base was not usable."""
    monkeypatch.setattr(dev, "base_python", lambda: "BASE")
    return "BASE"


def fake_python(path: Path, major: int, minor: int, executable: str | None = None) -> Path:
    """A script answering dev.py's probe like a Python of that version (at ``executable``)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f'#!/bin/sh\necho "{major} {minor} {executable or path}"\n')
    path.chmod(0o755)
    return path


def fake_venv(root: Path, cfg: str) -> Path:
    (root / "bin").mkdir(parents=True)
    (root / "pyvenv.cfg").write_text(cfg)
    return root


@posix_only
def test_a_uv_venv_is_kept_on_the_python_its_home_and_version_name(
    tmp_path: Path, no_base: str
) -> None:
    home = tmp_path / "pythons" / "bin"
    wanted = fake_python(home / "python3.12", 3, 12)
    fake_python(home / "python3", 3, 13)
    fake_python(home / "python", 3, 13)
    venv_dir = fake_venv(
        tmp_path / ".venv", f"home = {home}\nimplementation = CPython\nversion_info = 3.12.1\n"
    )
    assert dev.choose_python(venv_dir) == str(wanted)


@posix_only
def test_the_base_must_be_the_venvs_version_not_another_in_the_same_folder(
    tmp_path: Path, no_base: str
) -> None:
    # Debian: home = /usr/bin for every version; python3.11 gone, python3 now a 3.12.
    home = tmp_path / "usr" / "bin"
    fake_python(home / "python3", 3, 12)
    venv_dir = fake_venv(tmp_path / ".venv", f"home = {home}\nversion_info = 3.11.2\n")
    assert dev.choose_python(venv_dir) == no_base


@posix_only
def test_a_venv_made_by_the_venv_module_names_its_executable(tmp_path: Path, no_base: str) -> None:
    wanted = fake_python(tmp_path / "elsewhere" / "python3.11", 3, 11)
    fake_python(tmp_path / "home" / "python3.11", 3, 11)
    venv_dir = fake_venv(
        tmp_path / ".venv",
        f"home = {tmp_path / 'home'}\nversion = 3.11.2\nexecutable = {wanted}\n"
        f"command = {wanted} -m venv --copies {tmp_path / '.venv'}\n",
    )
    assert dev.choose_python(venv_dir) == str(wanted)


@posix_only
def test_a_shim_is_replaced_by_the_interpreter_it_runs(tmp_path: Path, no_base: str) -> None:
    home = tmp_path / "shims"
    fake_python(home / "python3.11", 3, 11, executable="/opt/python/3.11.7/bin/python3.11")
    venv_dir = fake_venv(tmp_path / ".venv", f"home = {home}\nversion_info = 3.11.7\n")
    assert dev.choose_python(venv_dir) == "/opt/python/3.11.7/bin/python3.11"


@posix_only
def test_a_base_older_than_3_11_is_not_used(tmp_path: Path, no_base: str) -> None:
    home = tmp_path / "bin"
    fake_python(home / "python3.10", 3, 10)
    venv_dir = fake_venv(tmp_path / ".venv", f"home = {home}\nversion_info = 3.10.13\n")
    assert dev.choose_python(venv_dir) == no_base


@posix_only
def test_a_base_that_does_not_run_is_not_used(tmp_path: Path, no_base: str) -> None:
    home = tmp_path / "bin"
    (home).mkdir()
    (home / "python3.11").write_text("#!/bin/sh\nexit 1\n")
    (home / "python3.11").chmod(0o755)
    venv_dir = fake_venv(tmp_path / ".venv", f"home = {home}\nversion_info = 3.11.7\n")
    assert dev.choose_python(venv_dir) == no_base


def test_without_a_usable_venv_the_base_of_this_python_is_used(
    tmp_path: Path, no_base: str
) -> None:
    assert dev.choose_python(tmp_path / "no-venv") == no_base
    gone = fake_venv(tmp_path / "gone", f"home = {tmp_path / 'removed'}\nversion_info = 3.11.7\n")
    assert dev.choose_python(gone) == no_base
    assert dev.choose_python(fake_venv(tmp_path / "empty", "")) == no_base


def test_a_real_base_interpreter_is_found(tmp_path: Path) -> None:
    base = dev.base_python()
    version = f"{sys.version_info.major}.{sys.version_info.minor}.{sys.version_info.micro}"
    venv_dir = fake_venv(
        tmp_path / ".venv", f"home = {Path(base).parent}\nversion_info = {version}\n"
    )
    assert Path(dev.choose_python(venv_dir)).samefile(base)


def _base_seen_from(python: Path) -> str:
    code = f"import runpy; print(runpy.run_path({str(DEV_PY)!r})['base_python']())"
    return subprocess.run(
        [str(python), "-c", code], capture_output=True, text=True, check=True, timeout=60
    ).stdout.strip()


@pytest.mark.parametrize("symlinks", [True, False], ids=["symlinked", "copied"])
def test_the_base_of_a_venv_python_is_outside_that_venv(tmp_path: Path, symlinks: bool) -> None:
    # .venv-tools is made with copies; .venv (by uv) with symlinks.
    if symlinks and os.name == "nt":
        pytest.skip("Windows venvs copy their python")
    made = tmp_path / "made"
    venv.EnvBuilder(symlinks=symlinks, with_pip=False).create(made)
    python = made / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    base = _base_seen_from(python)
    assert not Path(base).resolve().is_relative_to(made.resolve())
    probe = "import sys; print(sys.prefix == sys.base_prefix)"
    out = subprocess.run([base, "-c", probe], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "True", (base, out.stderr)


def _state(path: Path) -> tuple[int, int, int]:
    st = path.stat()
    return st.st_ino, st.st_mtime_ns, st.st_ctime_ns


def test_venv_tools_first_on_path_keeps_the_venv() -> None:
    tools_bin = dev.TOOLS / ("Scripts" if os.name == "nt" else "bin")
    tools_python = tools_bin / ("python.exe" if os.name == "nt" else "python3")
    cfg = dev.project_venv() / "pyvenv.cfg"
    if not tools_python.exists():
        pytest.skip("no .venv-tools (uv was found elsewhere, e.g. on PATH)")
    if not cfg.exists():
        pytest.skip(f"no {cfg.parent.name} to keep")
    before = _state(cfg), cfg.parent.stat().st_ino
    env = dict(os.environ, PATH=f"{tools_bin}{os.pathsep}{os.environ.get('PATH', '')}")
    out = subprocess.run(
        [str(tools_python), str(DEV_PY), "kiosk", "--help"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=600,
    )
    assert out.returncode == 0, out.stderr
    assert "Removed virtual environment" not in out.stderr
    assert "Creating virtual environment" not in out.stderr
    assert (_state(cfg), cfg.parent.stat().st_ino) == before


def test_the_test_command_runs_on_every_core_and_a_crashed_worker_ends_the_run() -> None:
    dev = _load_dev()
    args = dev._test_args(["tests/core"])
    assert args[:4] == ["-n", "auto", "--dist", "loadgroup"]
    # Not replaced: pytest-xdist 3.8 can wait for ever after replacing a crashed worker.
    assert "--max-worker-restart=0" in args
    assert args[-1] == "tests/core"
    assert dev._test_args(["-n", "0", "tests/core"]) == ["-n", "0", "tests/core"]
    assert dev._test_args(["-p", "no:xdist"]) == ["-p", "no:xdist"]
