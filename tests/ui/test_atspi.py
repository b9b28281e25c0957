"""The kiosk as a screen reader sees it (design/accessibility.md, "out of process"): AT-SPI.

``kiosk demo`` runs under Xvfb (the offscreen platform is invisible to AT-SPI) in its own D-Bus
session with Qt's accessibility bridge always on; Debian's /usr/bin/python3 with pyatspi then
lists the kiosk window's controls. Every push button on the screen must have a name.

Needs (Debian): xvfb at-spi2-core python3-pyatspi gir1.2-atspi-2.0 dbus-x11, and for the
PySide6 wheel's xcb plugin libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0. Skipped without them.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SYSTEM_PYTHON = "/usr/bin/python3"

#: Runs inside dbus-run-session: Xvfb on a free display, the demo on it, then the probe.
RUN = r"""
set -u
Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp 3>"$WORK/display" 2>"$WORK/xvfb.log" &
xvfb=$!
for _ in $(seq 50); do [ -s "$WORK/display" ] && break; sleep 0.1; done
export DISPLAY=":$(cat "$WORK/display")"
"$APP_PYTHON" -m kiosk.cli --db "$WORK/demo.sqlite3" demo >"$WORK/app.log" 2>&1 &
app=$!
"$PROBE_PYTHON" "$WORK/probe.py" 90
rc=$?
kill "$app" 2>/dev/null; wait "$app" 2>/dev/null
kill "$xvfb" 2>/dev/null; wait "$xvfb" 2>/dev/null
exit $rc
"""

#: Runs with Debian's python3: waits until the kiosk window shows its service buttons, then
#: prints its push buttons (name, showing) as JSON.
PROBE = r"""
import json, sys, time
import pyatspi

def walk(acc):
    yield acc
    for i in range(acc.childCount):
        child = acc.getChildAtIndex(i)
        if child is not None:
            yield from walk(child)

# The kiosk window's own title; in the demo it sits in a scaled host window titled "Kiosk",
# and Qt puts the scaled (proxied) window beside that frame, as a child of the application.
KIOSK_TITLES = ("Ticket nemen", "Kiosk")

def kiosk_frames():
    found = []
    for app in pyatspi.Registry.getDesktop(0):
        if app is None:
            continue
        for frame in app:
            if frame is not None and frame.name in KIOSK_TITLES:
                found.append(frame)
    return sorted(found, key=lambda f: KIOSK_TITLES.index(f.name))

def buttons(frame):
    found = []
    for acc in walk(frame):
        if acc.getRole() == pyatspi.ROLE_PUSH_BUTTON:
            showing = acc.getState().contains(pyatspi.STATE_SHOWING)
            where, up = [], acc.parent
            while up is not None and len(where) < 4:
                where.append(up.name or up.getRoleName())
                up = up.parent
            found.append({"name": acc.name or "", "showing": showing, "in": " < ".join(where)})
    return found

deadline = time.monotonic() + float(sys.argv[1])
last = None
while time.monotonic() < deadline:
    try:
        frames = list(kiosk_frames())
        if frames:
            now = buttons(frames[0])
            if len(now) >= 5 and now == last:
                print(json.dumps(now))
                sys.exit(0)
            last = now
    except Exception as exc:  # the app is still starting; the bus may not be there yet
        last = None
        print("waiting:", exc, file=sys.stderr)
    time.sleep(1)
seen = []
try:
    for app in pyatspi.Registry.getDesktop(0):
        if app is not None:
            seen.append((app.name, [(f.name, f.getRoleName(), f.childCount) for f in app if f]))
except Exception as exc:
    seen.append(repr(exc))
print("no kiosk window with buttons on the AT-SPI bus; seen:", seen, last, file=sys.stderr)
sys.exit(3)
"""


def _missing() -> str:
    for tool in ("Xvfb", "dbus-run-session"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (Debian: xvfb, dbus)"
    if not Path(SYSTEM_PYTHON).exists():
        return f"{SYSTEM_PYTHON} is absent (Debian's python3 with pyatspi)"
    check = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, text=True, timeout=30
    )
    if check.returncode != 0:
        return "Debian's python3-pyatspi is not installed (apt: python3-pyatspi gir1.2-atspi-2.0)"
    return ""


@pytest.mark.slow
def test_every_kiosk_push_button_has_a_name_on_the_atspi_bus(tmp_path: Path) -> None:
    reason = _missing()
    if reason:
        pytest.skip(reason)
    (tmp_path / "probe.py").write_text(PROBE, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "DBUS_", "AT_SPI"))}
    env.pop("DISPLAY", None)
    env.update(
        WORK=str(tmp_path),
        APP_PYTHON=sys.executable,
        PROBE_PYTHON=SYSTEM_PYTHON,
        QT_QPA_PLATFORM="xcb",
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
        NO_AT_BRIDGE="0",
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_RUNTIME_DIR=str(tmp_path / "run"),
        PYTHONPATH=str(ROOT),
    )
    (tmp_path / "run").mkdir(mode=0o700)
    done = subprocess.run(
        ["dbus-run-session", "--", "bash", "-c", RUN],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    app_log = (tmp_path / "app.log").read_text(errors="replace")[-3000:]
    if "could not connect to display" in app_log or 'plugin "xcb"' in app_log:
        pytest.fail(
            "the kiosk did not start under Xvfb (missing libxcb-icccm4, libxcb-keysyms1 or "
            f"libxcb-cursor0?):\n{app_log}"
        )
    assert done.returncode == 0, f"{done.stderr[-3000:]}\n--- app log ---\n{app_log}"
    buttons = json.loads(done.stdout.strip().splitlines()[-1])
    shown = [b for b in buttons if b["showing"]]
    assert len(shown) >= 5, buttons
    # Hidden buttons (another screen's, or the start screen's absent "back") are not announced
    # and get their text when shown; tests/ui/test_accessible_tree.py checks every screen shown.
    unnamed = [b for b in shown if not b["name"].strip()]
    assert not unnamed, f"{len(unnamed)} push buttons without a name: {buttons}"
    names = {b["name"] for b in shown}
    assert "Identiteitskaart" in names, names
