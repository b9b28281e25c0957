"""Full screen fills the chosen screen, with or without a window manager (issue 11 point 14).

On a kiosk PC the terminal often runs in a bare X session: no window manager carries out "full
screen", and X gives a window the size it asks for (``kiosk run --role kiosk`` opened at
946x368). The real check starts ``kiosk run --role kiosk`` under Xvfb with a 1080x1920 screen
and no window manager, and reads the window's size, and whether the start screen shows a
scroll bar, from inside the running terminal. It needs Xvfb and the xcb libraries of the
PySide6 wheel (skipped without them; .ci/run installs them). The offscreen test checks the
same geometry in process.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.ui.common.boot import TerminalWindow

ROOT = Path(__file__).resolve().parents[3]

#: Runs in the terminal's own process (xcb on Xvfb): ``kiosk run --role kiosk`` as the CLI
#: runs it, with a look at the window once the start screen shows its services.
PROBE = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QScrollBar
from kiosk import terminal_run
from kiosk.config import Settings
from kiosk.storage.db import sqlite_url

work = Path(sys.argv[1])
settings = Settings(database=sqlite_url(work / "kiosk.sqlite3"))

def look(host):
    timer = QTimer(host)
    def check():
        window = host.screen_widget
        window = getattr(window, "screen_widget", window)  # inside the link band's frame
        start = getattr(window, "start", None)
        if start is None or not start.buttons or not start.buttons[0].isVisible():
            return
        timer.stop()
        QApplication.processEvents()
        screen = host.screen().geometry()
        bars = [b for b in window.findChildren(QScrollBar) if b.isVisible()]
        print(json.dumps({
            "window": list(host.geometry().getRect()),
            "kiosk": list(window.geometry().getRect()),
            "screen": list(screen.getRect()),
            "scroll_bars": len(bars),
            "full_screen": host.isFullScreen(),
        }), flush=True)
        QApplication.instance().quit()
    timer.timeout.connect(check)
    timer.start(100)

sys.exit(terminal_run.run_role("kiosk", settings, on_window=look))
"""

RUN = r"""
set -u
Xvfb -displayfd 3 -screen 0 1080x1920x24 -nolisten tcp 3>"$WORK/display" 2>"$WORK/xvfb.log" &
xvfb=$!
for _ in $(seq 50); do [ -s "$WORK/display" ] && break; sleep 0.1; done
export DISPLAY=":$(cat "$WORK/display")"
timeout 120 "$APP_PYTHON" "$WORK/probe.py" "$WORK" >"$WORK/out.json" 2>"$WORK/app.log"
rc=$?
kill "$xvfb" 2>/dev/null; wait "$xvfb" 2>/dev/null
exit $rc
"""


def test_full_screen_takes_the_screens_size_offscreen(qapp: QApplication) -> None:
    host = TerminalWindow("Kiosk")
    try:
        host.show_full_screen()
        qapp.processEvents()
        screen = host.screen()
        assert screen is not None
        assert host.geometry() == screen.geometry()
        assert host.isFullScreen()
    finally:
        host.close()


@pytest.mark.slow
def test_the_kiosk_fills_a_screen_without_a_window_manager(tmp_path: Path) -> None:
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (Debian: xvfb)")
    (tmp_path / "probe.py").write_text(PROBE, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "DBUS_"))}
    env.pop("DISPLAY", None)
    env.update(
        WORK=str(tmp_path),
        APP_PYTHON=sys.executable,
        QT_QPA_PLATFORM="xcb",
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_RUNTIME_DIR=str(tmp_path / "run"),
        PYTHONPATH=str(ROOT),
    )
    (tmp_path / "run").mkdir(mode=0o700)
    done = subprocess.run(
        ["bash", "-c", RUN], cwd=ROOT, env=env, capture_output=True, text=True, timeout=180
    )
    app_log = (tmp_path / "app.log").read_text(errors="replace")[-3000:]
    if "could not connect to display" in app_log or 'plugin "xcb"' in app_log:
        pytest.skip("no xcb platform here (libxcb-icccm4, libxcb-keysyms1, libxcb-cursor0?)")
    out = (tmp_path / "out.json").read_text().strip().splitlines()
    assert done.returncode == 0 and out, f"{done.stderr[-2000:]}\n--- app log ---\n{app_log}"
    seen = json.loads(out[-1])
    assert seen["screen"] == [0, 0, 1080, 1920]
    assert seen["window"] == seen["screen"], seen  # not 946x368 in a corner
    assert seen["kiosk"][2:] == [1080, 1920], seen
    assert seen["full_screen"] and seen["scroll_bars"] == 0, seen
