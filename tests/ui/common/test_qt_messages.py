"""Qt's messages land in Python logging: known noise at DEBUG (``kiosk -v`` shows it), the rest
at its own level; a start of ``kiosk run`` without ``-v`` shows none of the noise."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import (
    QLoggingCategory,
    qCInfo,
    qCritical,
    qCWarning,
    qInfo,
    qInstallMessageHandler,
    qWarning,
)

from kiosk.ui.common import qt_messages

ROOT = Path(__file__).resolve().parents[3]

NOISE_LINES = (
    "qt.multimedia.symbolsresolver",
    "Using Qt multimedia with FFmpeg version",
    "PulseAudioService: pa_context_connect() failed",
    "propagateSizeHints",
)


@pytest.fixture
def routed(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    previous = qInstallMessageHandler(None)  # pytest-qt's, given back afterwards
    qt_messages.install()
    caplog.set_level(logging.DEBUG)
    try:
        yield caplog
    finally:
        qInstallMessageHandler(previous)


def _levels(caplog: pytest.LogCaptureFixture) -> list[tuple[str, str, str]]:
    return [(r.name, r.levelname, r.getMessage()) for r in caplog.records]


def test_noise_is_debug_and_other_messages_keep_their_level(
    routed: pytest.LogCaptureFixture,
) -> None:
    symbols = QLoggingCategory("qt.multimedia.symbolsresolver")
    other = QLoggingCategory("qt.multimedia.soundeffect")
    ours = QLoggingCategory("kiosk.test")
    qCWarning(symbols, "Couldn't load va-drm library")
    qCWarning(other, "QSoundEffect(qaudio): Error decoding source")
    qCWarning(ours, "a category of our own")
    qWarning("This plugin does not support propagateSizeHints()")
    qWarning("PulseAudioService: pa_context_connect() failed")
    qWarning("QWidget::repaint: Recursive repaint detected")
    qInfo("Using Qt multimedia with FFmpeg version 7.1.5")  # the banner, in another category
    qCritical("QThread: Destroyed while thread is still running")
    assert _levels(routed) == [
        ("qt.multimedia.symbolsresolver", "DEBUG", "Couldn't load va-drm library"),
        ("qt.multimedia.soundeffect", "WARNING", "QSoundEffect(qaudio): Error decoding source"),
        ("qt.kiosk.test", "WARNING", "a category of our own"),
        ("qt.default", "DEBUG", "This plugin does not support propagateSizeHints()"),
        ("qt.default", "DEBUG", "PulseAudioService: pa_context_connect() failed"),
        ("qt.default", "WARNING", "QWidget::repaint: Recursive repaint detected"),
        ("qt.default", "INFO", "Using Qt multimedia with FFmpeg version 7.1.5"),
        ("qt.default", "ERROR", "QThread: Destroyed while thread is still running"),
    ]


def test_the_ffmpeg_banner_is_noise_only_as_itself(routed: pytest.LogCaptureFixture) -> None:
    ffmpeg = QLoggingCategory("qt.multimedia.ffmpeg")
    banner = "Using Qt multimedia with FFmpeg version 7.1.5 LGPL version 2.1 or later"
    qCInfo(ffmpeg, banner)
    qCWarning(ffmpeg, "Could not open media. FFmpeg error description: ...")
    assert _levels(routed) == [
        ("qt.multimedia.ffmpeg", "DEBUG", banner),
        ("qt.multimedia.ffmpeg", "WARNING", "Could not open media. FFmpeg error description: ..."),
    ]


# Quits the display 1.5 s after its screens are built: long enough for the start-up page, the
# display window and (where libpulse is installed) QtMultimedia to have spoken.
_RUN_BRIEFLY = (
    "import sys; import kiosk.bootstrap as b; from PySide6.QtCore import QTimer; "
    "from PySide6.QtWidgets import QApplication; build = b.build_window\n"
    "def build_window(*args, **kwargs):\n"
    "    QTimer.singleShot(1500, QApplication.quit)\n"
    "    return build(*args, **kwargs)\n"
    "b.build_window = build_window\n"
    "from kiosk.cli import main; raise SystemExit(main(sys.argv[1:]))"
)


def _run_display(tmp_path: Path, *flags: str) -> str:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    env.pop("QT_LOGGING_RULES", None)
    kiosk = [*flags, "--db", str(tmp_path / "k.sqlite3"), "run", "--role", "display", "--windowed"]
    done = subprocess.run(
        [sys.executable, "-c", _RUN_BRIEFLY, *kiosk],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stderr


def test_a_display_starts_without_qt_noise_unless_verbose(tmp_path: Path) -> None:
    quiet = _run_display(tmp_path)
    assert not [line for line in quiet.splitlines() if any(n in line for n in NOISE_LINES)]
    # The same start with -v: the noise was there (the offscreen platform's at least), as DEBUG.
    verbose = _run_display(tmp_path, "-v")
    noise = [line for line in verbose.splitlines() if any(n in line for n in NOISE_LINES)]
    assert noise, verbose
    assert all("level=DEBUG" in line and "logger=qt." in line for line in noise), noise
