"""Read-aloud mode of the kiosk: the screen is spoken, for residents who cannot see it.

Contract:
- Off until a resident turns it on: with the speech key (``[kiosk] speech_key``, F1 by default,
  the tactile key of many kiosk keypads, next to the headset socket), which needs no sight: then
  it says how to use the keys, and reads the screen; or with the "Lees voor" toggle next to
  "Grotere letters" and "Meer contrast" (seeing.py): then it says it is on, and reads the screen.
  The toggle shows the mode whichever way it came on; tapped again, speech stops and the mode
  goes off. Every screen change reads the new screen (its ``spoken_parts()``: title,
  instruction, options, in that order); a new screen or action stops what was being said
  (interruptible). The speech key again repeats the current screen. Back at the start after a
  session, speech goes off again with the other looks (the next resident may see).
- The focused option is spoken when the focus moves (``focused``).
- Private data (a typed family name, a birth date) is marked with ``Private``: it is spoken only
  when ``headset`` is true (``[kiosk] headset``: the OS cannot tell reliably whether a headset
  is the output); otherwise its placeholder ("Je naam") is said instead.
- The voice follows the language of the screen: the current ``QLocale()`` picks it.

A ``Voice`` speaks: ``TtsVoice`` wraps QtTextToSpeech (the OS engine offline; "mock" is Qt's
test engine); ``RecordingVoice`` only writes down what it was asked to say (tests, screenshots).
"""

from __future__ import annotations

import logging
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QWidget

log = logging.getLogger(__name__)
_CTX = "ReadAloud"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


class Private(str):
    """A piece of private data to speak (a name): said only through a headset; otherwise
    ``instead`` ("Je naam") is said."""

    instead: str

    def __new__(cls, text: str, instead: str) -> Private:
        obj = super().__new__(cls, text)
        obj.instead = instead
        return obj


def spelled(number: str) -> str:
    """A ticket number said sign by sign, so it is clear: "A012" -> "A 0 1 2"."""
    return " ".join(ch for ch in number if not ch.isspace())


def key_code(name: str) -> Qt.Key | None:
    """The Qt key for a configured key name ("F1", "*", "Asterisk"), or None when unknown."""
    seq = QKeySequence.fromString(name.strip(), QKeySequence.SequenceFormat.PortableText)
    if seq.count() == 1:
        key: Qt.Key = seq[0].key()  # type: ignore[index]
        return key
    member = getattr(Qt.Key, f"Key_{name.strip()}", None)
    return member if isinstance(member, Qt.Key) else None


class Voice(Protocol):
    def speak(self, parts: list[str], language: str) -> None:
        """Stop whatever is being said, then say ``parts`` one after the other."""

    def stop(self) -> None: ...


class RecordingVoice:
    """Says nothing; ``said`` keeps every part asked for, ``utterances`` each call's parts and
    ``stops`` counts interruptions (a new speech stops the old one first)."""

    def __init__(self) -> None:
        self.said: list[str] = []
        self.utterances: list[list[str]] = []
        self.languages: list[str] = []
        self.stops = 0

    def speak(self, parts: list[str], language: str) -> None:
        self.stop()
        self.said.extend(parts)
        self.utterances.append(list(parts))
        self.languages.append(language)

    def stop(self) -> None:
        self.stops += 1

    @property
    def last(self) -> list[str]:
        return self.utterances[-1] if self.utterances else []


class TtsVoice:
    """A QTextToSpeech voice. ``engine`` None is the OS engine, "mock" Qt's test engine.
    Every failure (no engine, no library) degrades to silence, never to a crash."""

    def __init__(self, engine: str | None = None, parent: QObject | None = None) -> None:
        self._tts: Any = None
        self._language = ""
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech

            self._tts = QTextToSpeech(engine, parent) if engine else QTextToSpeech(parent)
            if self._tts.state() == QTextToSpeech.State.Error:
                log.warning("no read-aloud: engine %r: %s", engine, self._tts.errorString())
                self._tts = None
        except Exception as exc:  # ImportError (no libraries) or an engine plugin failing
            log.warning("no read-aloud: engine %r failed (%s)", engine, exc)
            self._tts = None

    @property
    def available(self) -> bool:
        return self._tts is not None

    @property
    def engine(self) -> Any:
        return self._tts

    def speak(self, parts: list[str], language: str) -> None:
        if self._tts is None:
            return
        try:
            self._tts.stop()
            self._choose_locale(language)
            for part in parts:
                self._tts.enqueue(part)
        except Exception as exc:
            log.warning("read-aloud failed: %s", exc)

    def stop(self) -> None:
        if self._tts is None:
            return
        try:
            self._tts.stop()
        except Exception as exc:
            log.warning("could not stop the voice: %s", exc)

    def _choose_locale(self, language: str) -> None:
        """The screen's language: that exact locale, else Belgian, else any of the language."""
        if language == self._language:
            return
        self._language = language
        lang = language.split("_")[0]
        try:
            available = {loc.name(): loc for loc in self._tts.availableLocales()}
        except Exception as exc:
            log.warning("speech engine lists no locales: %s", exc)
            return
        wanted = [language, f"{lang}_BE"]
        pick = next((available[n] for n in wanted if n in available), None)
        if pick is None:
            pick = next((v for n, v in available.items() if n.split("_")[0] == lang), None)
        if pick is None:
            log.info("no %s voice; the engine's default voice reads", language)
            return
        self._tts.setLocale(QLocale(pick))


class ReadAloud(QObject):
    """Speaks the kiosk's screens when on. The window calls ``screen_shown``, ``focused`` and
    ``key_pressed``; ``speech_key`` turns it on and repeats."""

    def __init__(
        self,
        voice: Voice | None,
        *,
        headset: bool = False,
        speech_key: str = "F1",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.voice = voice
        self.headset = headset
        self.speech_key_name = speech_key
        self.speech_key = key_code(speech_key) or Qt.Key.Key_F1
        self.on = False
        self._screen: QWidget | None = None
        self._toggle: QAbstractButton | None = None

    # --- what is said -------------------------------------------------------------------------

    def how_to(self) -> list[str]:
        """How to use the keys, said when read-aloud is turned on."""
        return [
            _tr("Voorlezen staat aan."),
            _tr("Gebruik de pijltjes om een keuze te zoeken."),
            _tr("Druk op Enter om te kiezen."),
            _tr("Druk op Escape om terug te gaan."),
            _tr("Druk op {key} om alles nog eens te horen.").format(key=self.speech_key_name),
        ]

    def resolve(self, parts: list[str]) -> list[str]:
        """Private parts become their placeholder without a headset; empty parts go."""
        out: list[str] = []
        for part in parts:
            text = part.instead if isinstance(part, Private) and not self.headset else str(part)
            if text.strip():
                out.append(text)
        return out

    def parts_of(self, screen: QWidget) -> list[str]:
        parts = getattr(screen, "spoken_parts", None)
        return list(parts()) if callable(parts) else default_parts(screen)

    def say(self, parts: list[str]) -> None:
        """Stop the old speech and say ``parts`` (only when on)."""
        if not self.on or self.voice is None:
            return
        self.voice.speak(self.resolve(parts), QLocale().name())

    def stop(self) -> None:
        if self.voice is not None:
            self.voice.stop()

    # --- what the window tells ----------------------------------------------------------------

    def use_toggle(self, toggle: QAbstractButton) -> None:
        """The "Lees voor" toggle: checked turns read-aloud on, unchecked off; it follows the
        mode when the speech key or the end of a session changes it."""
        self._toggle = toggle
        toggle.setChecked(self.on)
        toggle.toggled.connect(self._toggled)

    def _toggled(self, on: bool) -> None:
        if on and not self.on:
            self.turn_on(keys=False)
        elif not on and self.on:
            self.turn_off()

    def turn_on(self, keys: bool = True) -> None:
        """On, and say so; ``keys``: turned on by the speech key, so also how the keys work."""
        self.on = True
        if self._toggle is not None:
            self._toggle.setChecked(True)
        screen = self._screen
        intro = self.how_to() if keys else self.how_to()[:1]
        self.say(intro + (self.parts_of(screen) if screen is not None else []))

    def turn_off(self) -> None:
        self.stop()
        self.on = False
        if self._toggle is not None:
            self._toggle.setChecked(False)

    def speech_key_pressed(self) -> None:
        """Off: turn on. On: repeat the current screen."""
        if not self.on:
            self.turn_on()
        elif self._screen is not None:
            self.say(self.parts_of(self._screen))

    def screen_shown(self, screen: QWidget) -> None:
        self._screen = screen
        if self.on:
            self.say(self.parts_of(screen))
        else:
            self.stop()

    def focused(self, widget: QWidget) -> None:
        name = widget.accessibleName() or getattr(widget, "text", lambda: "")()
        description = widget.accessibleDescription()
        self.say([name, description] if description else [name])

    def typed(self, text: str, private: str | None) -> None:
        """A key typed on a keypad screen: echoed, unless it is private (a name) without a
        headset, then only ``private`` ("Je naam") is said."""
        self.say([Private(text, private)] if private is not None else [text])


def default_parts(screen: QWidget) -> list[str]:
    """What a screen without ``spoken_parts`` says: its visible texts, then its options."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    texts = [
        lab.text()
        for lab in screen.findChildren(QLabel)
        if lab.isVisibleTo(screen)
        and lab.text()
        and not isinstance(lab.parentWidget(), QAbstractButton)
    ]
    options = [
        b.accessibleName() or b.text()
        for b in screen.findChildren(QAbstractButton)
        if b.isVisibleTo(screen) and b.isEnabled()
    ]
    return texts + options
