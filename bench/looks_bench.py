"""How long a resident waits after tapping "Grotere letters", "Meer contrast" or "Alles lager".

Prints one JSON object on its last line. Measures, on the demo database, offscreen, the kiosk
standing up (1080x1920), each switch done ``--rounds`` times from the start screen:
- big_on_ms / big_off_ms: the "Grotere letters" toggle tapped (the whole window restyled);
- contrast_on_ms: the "Meer contrast" toggle tapped;
- both_reset_ms: both looks back to normal at once (what happens after every resident);
- low_on_ms: "Alles lager" tapped (layout only, no restyle).
Each figure is the median and the worst of the rounds, in ms, including the repaint.

Why: a restyle makes Qt re-polish every widget of the window. Before set_modes restyled once
per switch, the reset after each resident restyled three times. Target: a tap answers within
300 ms on this kind of machine (a touch that takes longer feels broken to a resident).
Usage: python bench/looks_bench.py [--rounds N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from kiosk.bootstrap import build_terminal
from kiosk.config import Settings
from kiosk.core.ports import SystemClock
from kiosk.services.context import Database, ServiceContext
from kiosk.storage.db import open_database, sqlite_url
from kiosk.storage.demo import seed_demo
from kiosk.ui.common.idle import wait_idle
from kiosk.ui.common.theme import apply_theme
from kiosk.ui.kiosk_screen.screenshots import ScreenshotPrinter
from kiosk.ui.kiosk_screen.window import KioskWindow


def _timed(app: QApplication, window: KioskWindow, action: Callable[[], None]) -> float:
    start = time.perf_counter()
    action()
    window.repaint()
    app.processEvents()
    # Widgets the switch replaced (the start screen's buttons) go with deleteLater; the
    # kiosk's event loop frees them, but this script has none: free them here, or each round
    # would restyle a bigger window.
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    return (time.perf_counter() - start) * 1000


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    apply_theme(app)
    with tempfile.TemporaryDirectory() as tmp:
        engine = open_database(sqlite_url(Path(tmp) / "bench.sqlite3"))
        with engine.begin() as conn:
            seed_demo(conn)
        ctx = ServiceContext(Database(engine), SystemClock())
        term = build_terminal(ctx, Settings(), "Bench")
        tasks, feed = term.tasks, term.feed
        window = KioskWindow(term, ScreenshotPrinter(), "portrait")
        window.tap_guard_ms = 0
        window.resize(1080, 1920)
        window.show()
        wait_idle(tasks)
        app.processEvents()
        seeing, reach = window.seeing, window.reach
        figures: dict[str, list[float]] = {
            k: [] for k in ("big_on", "big_off", "contrast_on", "both_reset", "low_on")
        }
        for _ in range(args.rounds):
            figures["big_on"].append(_timed(app, window, seeing.big_button.click))
            figures["big_off"].append(_timed(app, window, seeing.big_button.click))
            seeing.big_button.click()
            figures["contrast_on"].append(_timed(app, window, seeing.contrast_button.click))
            figures["both_reset"].append(_timed(app, window, seeing.reset))
            if reach.needed:
                figures["low_on"].append(_timed(app, window, reach.button.click))
                reach.reset()
        widgets = len(window.findChildren(object))
        window.close()
        feed.stop()
        wait_idle(tasks)
        tasks.shutdown()
        engine.dispose()
    result: dict[str, object] = {"rounds": args.rounds, "window_objects": widgets}
    for name, values in figures.items():
        if values:
            result[f"{name}_ms"] = round(statistics.median(values), 1)
            result[f"{name}_worst_ms"] = round(max(values), 1)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
