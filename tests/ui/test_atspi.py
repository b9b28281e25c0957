"""The kiosk as a screen reader sees it (design/accessibility.md, "out of process"): AT-SPI.

``kiosk demo`` runs under Xvfb (the offscreen platform is invisible to AT-SPI) in its own D-Bus
session with Qt's accessibility bridge always on; Debian's /usr/bin/python3 with pyatspi then
walks the kiosk window, as a screen reader would, in one run (the demo starts once: CI's time):

- every push button on the screen has a name;
- nothing that says nothing: no unnamed image (the icons are decorative), no empty label;
- the languages are radio buttons, one checked, whose first action switches the language (not a
  "Toggle" that ticks a second one);
- keys, sent through AT-SPI's own key synthesis (XTest): the first Tab lands on the first
  option; on the priority screen Tab then Enter chooses "Nee" and the ticket shows.

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

#: Runs inside dbus-run-session: Xvfb on a free display, the demo on it, then the probe. The
#: session's services learn the display (AT-SPI's registry synthesizes the probe's keys on it).
RUN = r"""
set -u
Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp 3>"$WORK/display" 2>"$WORK/xvfb.log" &
xvfb=$!
for _ in $(seq 50); do [ -s "$WORK/display" ] && break; sleep 0.1; done
export DISPLAY=":$(cat "$WORK/display")"
dbus-update-activation-environment DISPLAY 2>/dev/null
"$APP_PYTHON" -m kiosk.cli --db "$WORK/demo.sqlite3" demo >"$WORK/app.log" 2>&1 &
app=$!
"$PROBE_PYTHON" "$WORK/probe.py" 90
rc=$?
kill "$app" 2>/dev/null; wait "$app" 2>/dev/null
kill "$xvfb" 2>/dev/null; wait "$xvfb" 2>/dev/null
exit $rc
"""

#: Runs with Debian's python3: waits until the kiosk window shows its service buttons, then
#: looks at it as a screen reader would and prints what it found as JSON (see the docstring).
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

def showing(acc):
    return acc.getState().contains(pyatspi.STATE_SHOWING)

def buttons(frame):
    found = []
    for acc in walk(frame):
        if acc.getRole() == pyatspi.ROLE_PUSH_BUTTON:
            where, up = [], acc.parent
            while up is not None and len(where) < 4:
                where.append(up.name or up.getRoleName())
                up = up.parent
            found.append({"name": acc.name or "", "showing": showing(acc), "in": " < ".join(where)})
    return found

def noise(frame):
    quiet = (pyatspi.ROLE_IMAGE, pyatspi.ROLE_LABEL)
    return [acc.getRoleName() for acc in walk(frame)
            if acc.getRole() in quiet and showing(acc) and not (acc.name or "").strip()]

def shown_texts(frame):
    return [acc.name for acc in walk(frame) if acc.getRole() == pyatspi.ROLE_LABEL and showing(acc)]

def wait_for(test, seconds=10.0):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            if test():
                return True
        except Exception:
            pass
        time.sleep(0.3)
    return False

def named(frame, role, name):
    return next(a for a in walk(frame) if a.getRole() == role and a.name == name and showing(a))

def press(acc, action=None):
    act = acc.queryAction()
    names = [act.getName(i) for i in range(act.nActions)]
    act.doAction(names.index(action) if action else 0)

def focused(frame):
    return [[a.getRoleName(), a.name] for a in walk(frame)
            if a.getState().contains(pyatspi.STATE_FOCUSED) and a is not frame]

def key(keysym):
    pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)
    time.sleep(0.5)

TAB, RETURN = 0xFF09, 0xFF0D

deadline = time.monotonic() + float(sys.argv[1])
last = None
frames = []
while time.monotonic() < deadline:
    try:
        frames = list(kiosk_frames())
        if frames:
            now = buttons(frames[0])
            if len(now) >= 5 and now == last:
                break
            last = now
    except Exception as exc:  # the app is still starting; the bus may not be there yet
        last = None
        print("waiting:", exc, file=sys.stderr)
    time.sleep(1)
else:
    seen = []
    try:
        for app in pyatspi.Registry.getDesktop(0):
            if app is not None:
                seen.append((app.name, [(f.name, f.getRoleName(), f.childCount) for f in app if f]))
    except Exception as exc:
        seen.append(repr(exc))
    print("no kiosk window with buttons on the AT-SPI bus; seen:", seen, last, file=sys.stderr)
    sys.exit(3)

kiosk = frames[0]
found = {"buttons": last, "noise": noise(kiosk)}
try:
    radios = [a for a in walk(kiosk) if a.getRole() == pyatspi.ROLE_RADIO_BUTTON and showing(a)]
    found["languages"] = [
        [a.name, [a.queryAction().getName(i) for i in range(a.queryAction().nActions)]]
        for a in radios
    ]
    def checked():
        return [a.name for a in radios if a.getState().contains(pyatspi.STATE_CHECKED)]
    found["checked"] = checked()
    press(named(kiosk, pyatspi.ROLE_RADIO_BUTTON, "Fran\u00e7ais"))
    wait_for(lambda: "Waarvoor kom je?" not in shown_texts(kiosk))
    dutch_title = "Waarvoor kom je?" in shown_texts(kiosk)
    found["french"] = {"checked": checked(), "dutch title": dutch_title}
    press(named(kiosk, pyatspi.ROLE_RADIO_BUTTON, "Nederlands"))
    wait_for(lambda: "Waarvoor kom je?" in shown_texts(kiosk))

    # The keys: make the kiosk's window the active one (its frame's "SetFocus"), then Tab.
    host = frames[-1]
    press(host, "SetFocus")
    wait_for(lambda: host.getState().contains(pyatspi.STATE_ACTIVE))
    key(TAB)
    found["first tab"] = focused(kiosk)
    press(named(kiosk, pyatspi.ROLE_PUSH_BUTTON, "Identiteitskaart"))
    wait_for(lambda: "Heb je voorrang nodig?" in shown_texts(kiosk))
    key(TAB)
    found["priority tab"] = focused(kiosk)
    key(RETURN)
    found["ticket"] = wait_for(lambda: "Je nummer" in shown_texts(kiosk))
except Exception as exc:
    found["error"] = repr(exc)
print(json.dumps(found))
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
    found = json.loads(done.stdout.strip().splitlines()[-1])
    buttons = found["buttons"]
    shown = [b for b in buttons if b["showing"]]
    assert len(shown) >= 5, buttons
    # Hidden buttons (another screen's, or the start screen's absent "back") are not announced
    # and get their text when shown; tests/ui/test_accessible_tree.py checks every screen shown.
    unnamed = [b for b in shown if not b["name"].strip()]
    assert not unnamed, f"{len(unnamed)} push buttons without a name: {buttons}"
    names = {b["name"] for b in shown}
    assert "Identiteitskaart" in names, names

    # Nothing a screen reader would stop at for nothing (issue 11 point 10).
    assert found["noise"] == [], f"unnamed images and empty labels: {found['noise']}"
    assert "error" not in found, found
    # The languages: one choice, whose first action switches.
    languages = dict(found["languages"])
    assert set(languages) >= {"Nederlands", "Fran\u00e7ais", "English", "Deutsch"}, languages
    assert all(actions[0] == "Press" and "Toggle" not in actions for actions in languages.values())
    assert found["checked"] == ["Nederlands"]
    assert found["french"] == {"checked": ["Fran\u00e7ais"], "dutch title": False}
    # The keys: Tab goes straight to the first option; Tab then Enter chooses "Nee".
    assert found["first tab"] == [["radio button", "Nederlands"]], found
    assert found["priority tab"] == [["push button", "Nee, ik wacht gewoon"]], found
    assert found["ticket"] is True, found
