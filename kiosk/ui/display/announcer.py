"""Announcing calls in the waiting room: a chime, then a voice, one call after the other.

Contract (every announcer): ``announce(call)`` queues a call and returns at once. Calls are
announced strictly one at a time, in the order they were queued: ``started(call)`` when a call's
announcement begins, ``finished(call)`` when it is over, then the next call starts. ``idle()`` is
True when nothing is being announced and nothing waits.

Sound and speech are optional hardware: PySide6.QtMultimedia and PySide6.QtTextToSpeech need
system libraries (libpulse) that a machine may lack, a TV may have no audio output, an engine may
fail. Each of those degrades to "chime only" or "silence with the same rhythm"; a watchdog per
announcement makes sure the queue never hangs.
"""

from __future__ import annotations

import logging
import re
import wave
from collections import deque
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTimer, QUrl, Signal

from kiosk.core.model import Call

log = logging.getLogger(__name__)

#: A voice that says nothing for this long is stopped and the queue moves on.
WATCHDOG_MS = 15_000
#: Silence between two announcements, so listeners hear where one ends.
PAUSE_MS = 600
#: Used when the chime file cannot be read.
DEFAULT_CHIME_MS = 1_400

_NUMBER = re.compile(r"^\s*([^\d\s]*)\s*0*(\d+)\s*$")


def spoken_number(ticket_number: str) -> str:
    """How a ticket number is said: "A012" -> "A 12" (a letter and a number, not "nul nul")."""
    m = _NUMBER.match(ticket_number)
    if m is None:
        return ticket_number
    letter, digits = m.group(1), m.group(2)
    return f"{letter} {int(digits)}" if letter else str(int(digits))


def announcement_text(call: Call) -> str:
    """The sentence spoken for ``call``, translated (the source language is Dutch)."""
    if call.recall:
        template = QCoreApplication.translate(
            "Announcer", "Nummer {number}, nog eens naar {counter}."
        )
    else:
        template = QCoreApplication.translate("Announcer", "Nummer {number}, naar {counter}.")
    return template.format(number=spoken_number(call.ticket_number), counter=call.counter_name)


class Announcer(QObject):
    """Base of every announcer: the queue and the one-at-a-time rhythm.

    Subclasses implement ``_perform(call)`` and call ``_complete(call)`` exactly once when that
    call's announcement is over (late or repeated completions are ignored).
    """

    started = Signal(object)
    finished = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: deque[Call] = deque()
        self._current: Call | None = None
        self._pausing = False

    def announce(self, call: Call) -> None:
        self._queue.append(call)
        if self._current is None and not self._pausing:
            self._next()

    def idle(self) -> bool:
        return self._current is None and not self._queue and not self._pausing

    @property
    def current(self) -> Call | None:
        return self._current

    def _next(self) -> None:
        self._pausing = False
        if self._current is not None or not self._queue:
            return
        call = self._queue.popleft()
        self._current = call
        self.started.emit(call)
        self._perform(call)

    def _complete(self, call: Call) -> None:
        if self._current is not call:
            return  # a late signal about an announcement already given up on
        self._current = None
        self.finished.emit(call)
        if self._queue:
            self._pausing = True
            QTimer.singleShot(self._pause_ms(), self, self._next)

    def _pause_ms(self) -> int:
        return PAUSE_MS

    def _perform(self, call: Call) -> None:
        raise NotImplementedError


class SilentAnnouncer(Announcer):
    """Announces nothing aloud: each call "lasts" ``duration_ms``, in order (screenshots, tests,
    displays without speakers)."""

    def __init__(self, duration_ms: int = 300, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._duration_ms = duration_ms

    def _pause_ms(self) -> int:
        return 0

    def _perform(self, call: Call) -> None:
        QTimer.singleShot(self._duration_ms, self, lambda: self._complete(call))


def _wav_ms(path: Path | None) -> int:
    if path is None:
        return 0
    try:
        with wave.open(str(path), "rb") as w:
            return int(1000 * w.getnframes() / max(1, w.getframerate()))
    except (OSError, wave.Error, EOFError) as exc:
        log.warning("cannot read chime %s: %s", path, exc)
        return DEFAULT_CHIME_MS


class SpeechAnnouncer(Announcer):
    """Chime (QSoundEffect), then the spoken sentence (QTextToSpeech), per call.

    ``language`` is the announcements' language ("nl" picks a Flemish voice when the OS has one).
    ``engine`` names a QTextToSpeech engine; None is the OS default, "mock" is Qt's test engine.
    ``last_spoken_text`` is the sentence handed to the voice most recently (for tests and logs).
    """

    def __init__(
        self,
        language: str,
        chime_path: Path | None,
        speech_enabled: bool,
        chime_enabled: bool,
        engine: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.language = language
        self.last_spoken_text: str | None = None
        self._chime_ms = _wav_ms(chime_path) if chime_enabled else 0
        self._sound: Any = None
        self._tts: Any = None
        self._said = False  # the voice reported Speaking for the current call
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.setInterval(WATCHDOG_MS)
        self._watchdog.timeout.connect(self._give_up)
        self._phase = QTimer(self)  # the chime's length, then the voice
        self._phase.setSingleShot(True)
        self._phase.timeout.connect(self._speak)
        if chime_enabled and chime_path is not None:
            self._sound = self._make_sound(chime_path)
        if speech_enabled:
            self._tts = self._make_voice(engine)

    # -- setup, each part optional ---------------------------------------------------------

    def _make_sound(self, path: Path) -> Any:
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError as exc:  # e.g. no libpulse on this machine
            log.warning("no sound: QtMultimedia unavailable (%s)", exc)
            return None
        if not QMediaDevices.audioOutputs():
            log.info("no audio output device: the chime is skipped, its rhythm kept")
            return None
        effect = QSoundEffect(self)
        effect.setSource(QUrl.fromLocalFile(str(path)))
        effect.setVolume(0.8)
        return effect

    def _make_voice(self, engine: str | None) -> Any:
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as exc:
            log.warning("no speech: QtTextToSpeech unavailable (%s)", exc)
            return None
        try:
            tts = QTextToSpeech(engine, self) if engine else QTextToSpeech(self)
        except Exception as exc:  # an engine plugin may fail in odd ways; never fatal
            log.warning("no speech: engine %r failed (%s)", engine, exc)
            return None
        if tts.state() == QTextToSpeech.State.Error:
            log.warning("no speech: engine %r: %s", engine, tts.errorString())
            return None
        self._choose_locale(tts)
        tts.stateChanged.connect(self._voice_state)
        return tts

    def _choose_locale(self, tts: Any) -> None:
        """Flemish first, then any Dutch, then the engine's default voice."""
        lang = self.language.split("_")[0]
        wanted = [self.language, f"{lang}_BE"] if "_" not in self.language else [self.language]
        try:
            available = list(tts.availableLocales())
        except Exception as exc:
            log.warning("speech engine lists no locales: %s", exc)
            return
        names = {loc.name(): loc for loc in available}
        pick = next((names[n] for n in wanted if n in names), None)
        if pick is None:
            pick = next((loc for loc in available if loc.name().split("_")[0] == lang), None)
        if pick is None:
            log.info("no %s voice; using the engine's default voice", self.language)
            return
        tts.setLocale(QLocale(pick))
        voices = list(tts.availableVoices())
        if voices:
            tts.setVoice(voices[0])

    # -- one announcement: chime -> voice -> finished ----------------------------------------

    def _perform(self, call: Call) -> None:
        self._watchdog.start()
        self._said = False
        if self._sound is not None:
            try:
                self._sound.play()
            except Exception as exc:
                log.warning("chime failed: %s", exc)
        # Wait the chime's length even when it cannot be heard: the rhythm stays the same.
        self._phase.start(self._chime_ms)

    def _speak(self) -> None:
        call = self._current
        if call is None:
            return
        if self._tts is None:
            self._complete(call)
            return
        text = announcement_text(call)
        self.last_spoken_text = text
        try:
            self._tts.say(text)
        except Exception as exc:
            log.warning("speech failed: %s", exc)
            self._complete(call)
            return
        from PySide6.QtTextToSpeech import QTextToSpeech

        if self._tts.state() == QTextToSpeech.State.Error:
            log.warning("speech failed: %s", self._tts.errorString())
            self._complete(call)

    def _voice_state(self, state: Any) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        call = self._current
        if call is None or self._phase.isActive():
            return  # not in the speaking phase
        if state == QTextToSpeech.State.Speaking:
            self._said = True
        elif state == QTextToSpeech.State.Error:
            log.warning("speech failed: %s", self._tts.errorString())
            self._complete(call)
        elif state == QTextToSpeech.State.Ready and self._said:
            self._complete(call)

    def _give_up(self) -> None:
        call = self._current
        if call is None:
            return
        log.warning("announcement of %s took too long; moving on", call.ticket_number)
        self._phase.stop()
        if self._tts is not None:
            try:
                self._tts.stop()
            except Exception as exc:
                log.warning("could not stop the voice: %s", exc)
        self._complete(call)

    def _complete(self, call: Call) -> None:
        if self._current is call:
            self._watchdog.stop()
            self._phase.stop()
        super()._complete(call)
