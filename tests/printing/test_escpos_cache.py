"""python-escpos's printer database is parsed once, then loaded from this user's cache folder:
a kiosk starts half a second sooner."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def _start(home: Path, tmp: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "ESCPOS_CAPABILITIES_PICKLE_DIR"}
    env |= {"HOME": str(home), "XDG_CACHE_HOME": str(home / "cache"), "TMPDIR": str(tmp)}
    subprocess.run(
        [sys.executable, "-c", "import kiosk.printing.escpos_ticket"], env=env, check=True
    )


def test_the_printer_database_is_kept_for_the_next_start(tmp_path: Path) -> None:
    home, tmp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    tmp.mkdir()
    _start(home, tmp)
    kept = home / "cache" / "kiosk" / "escpos"
    (pickle,) = kept.iterdir()
    assert pickle.name.endswith(".capabilities.pickle")
    if os.name != "nt":
        assert kept.stat().st_mode & 0o077 == 0  # a pickle runs code: this user's only
    written = pickle.stat().st_mtime_ns
    _start(home, tmp)
    assert pickle.stat().st_mtime_ns == written  # loaded, not parsed and written again
