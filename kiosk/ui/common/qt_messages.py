"""Qt's own messages go into Python logging, where the log level decides what shows.

Without a handler Qt writes its warnings straight to stderr, and a few of them come on every
start although nothing is wrong. The handler sends every Qt message to the logger
``qt.<category>`` (a category that already starts with ``qt.`` keeps its name, e.g.
``qt.multimedia.ffmpeg``; a plain ``qWarning`` is ``qt.default``) at the level of its type.
The known noise in ``NOISE`` goes at DEBUG instead, so it shows with ``kiosk -v`` only.

Only what passes Qt's own category filter reaches the handler: Qt keeps the debug messages of
its ``qt.*`` categories off, with or without ``-v`` (``QT_LOGGING_RULES`` turns them on).

What a C library writes to stderr itself does not pass through Qt and cannot be caught here;
stderr is left alone so that real errors still show. At start none does by default:
libpulse (under QtMultimedia) prints its own lines ("Trying to connect to ...") only when
``PULSE_LOG`` asks for more than errors, and its errors should show; the speech-dispatcher
daemon that libspeechd starts runs with stdin, stdout and stderr on /dev/null and logs to
``$XDG_RUNTIME_DIR/speech-dispatcher/log``; the QtMultimedia of PySide6 (6.11) has no ALSA
backend, so no "ALSA lib" lines. The PulseAudio warnings ("PulseAudioService: ...") are Qt's
own and are caught here.
"""

from __future__ import annotations

import atexit
import logging

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

#: Known Qt noise as (category, start of the message); an empty start matches the whole
#: category. These are logged at DEBUG, whatever their type.
NOISE: tuple[tuple[str, str], ...] = (
    # "Couldn't load va-drm library", "Couldn't resolve pipewire-0.3 symbols", ...: optional
    # libraries (VA-API video decoding, PipeWire) that QtMultimedia tries and goes on without.
    ("qt.multimedia.symbolsresolver", ""),
    # QtMultimedia's banner, at INFO on every first use of sound.
    ("qt.multimedia.ffmpeg", "Using Qt multimedia with FFmpeg version"),
    # No PulseAudio server (a kiosk PC without sound, a test machine); the announcer and the
    # reset warning already log in their own words that there is no audio output device.
    ("default", "PulseAudioService: pa_context_connect() failed"),
    # The offscreen platform (screenshots, tests) has no window manager to pass sizes to.
    ("default", "This plugin does not support propagateSizeHints()"),
)

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}

_uninstall_at_exit = False


def logger_name(category: str | None) -> str:
    category = category or "default"
    return category if category == "qt" or category.startswith("qt.") else f"qt.{category}"


def is_noise(category: str | None, message: str) -> bool:
    category = category or "default"
    return any(category == c and message.startswith(start) for c, start in NOISE)


def route(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """The message handler: one Qt message to its logger."""
    level = _LEVELS.get(kind, logging.WARNING)
    if level < logging.CRITICAL and is_noise(context.category, message):
        level = logging.DEBUG
    logging.getLogger(logger_name(context.category)).log(level, "%s", message.rstrip("\n"))


def install() -> None:
    """Route Qt's messages into logging from now on. Call it before the QApplication is made:
    the platform plugin speaks while it loads."""
    global _uninstall_at_exit
    qInstallMessageHandler(route)
    if not _uninstall_at_exit:
        # Messages after the interpreter has shut down (late C++ destructors) must not call
        # into Python: Qt's own stderr handler takes them from then on.
        atexit.register(qInstallMessageHandler, None)
        _uninstall_at_exit = True
