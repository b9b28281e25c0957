""" "Ben je er nog?": the warning before the kiosk goes back to the start by itself.

The window's idle timer (``settings.kiosk.reset_after_s`` without a touch) sends any screen but
the start and the ticket back to the start, forgetting what the resident typed. During the last
``warn_before_reset_s`` seconds this overlay covers the window: a clear question, how many
seconds are left, and one big button "Ik heb meer tijd nodig"; a short tone sounds once when it
appears. The button (or any touch) starts the full period again, as often as needed. The overlay
is opaque: the screen under it is out of sight and out of reach until the resident answers (a
dimmed screen behind would be text nobody can read and buttons nobody can touch).

The overlay watches the idle timer instead of owning it (a light poll of its remaining time),
so every way the window restarts or stops that timer also moves or hides the warning. The tone
is injected: ``ResetWarning.tone`` is anything with ``play()``; tests use a fake.

Other countdowns to the start are watched the same way (``watch``): the ticket screen's. The
ticket must stay readable, so it shows its own warning (the countdown it always shows, and its
own "more time" button); this module adds the tone and the speech when its last
``warn_before_reset_s`` seconds begin.

In read-aloud mode the warning is also spoken, in the screen's language, and it cuts off what
was being read: a resident who cannot see must hear it in time, not after the whole screen.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QStyle, QStyleOption, QVBoxLayout, QWidget

from kiosk.paths import resources_dir
from kiosk.ui.common.theme import Colours
from kiosk.ui.kiosk_screen.widgets import BigButton, card, label
from kiosk.ui.kiosk_screen.wording import back_to_start_sentence

if TYPE_CHECKING:
    from kiosk.ui.kiosk_screen.read_aloud import ReadAloud

log = logging.getLogger(__name__)

POLL_MS = 200

WARNING_QSS = f"""
QFrame#resetWarning {{ background: {Colours.NAVY_DARK}; }}
QFrame#resetWarningCard {{ background: {Colours.CARD}; border: 6px solid {Colours.NAVY};
  border-radius: 28px; }}
QFrame#resetWarningCard QLabel {{ background: transparent; }}
QLabel#resetWarningTitle {{ font-size: 56px; font-weight: 700; color: {Colours.NAVY}; }}
QLabel#resetWarningText {{ font-size: 34px; color: {Colours.TEXT}; }}
"""


def press_for_more_time() -> str:
    """Read-aloud: how to get more time by keys (Enter presses the "more time" button)."""
    return QCoreApplication.translate("ResetWarning", "Meer tijd nodig? Druk dan op Enter.")


class Tone(Protocol):
    def play(self) -> None: ...


class Countdown(Protocol):
    """Something that sends the kiosk back to the start when it runs out."""

    #: True: it shows the warning itself (the overlay would hide what it shows).
    own_warning: bool

    def remaining_ms(self) -> int:
        """Milliseconds left; below zero when it is not running."""
        ...

    def more_time(self) -> None:
        """The full time again."""
        ...


class IdleCountdown:
    """The window's idle timer: any screen left untouched."""

    own_warning = False

    def __init__(self, idle: QTimer) -> None:
        self._idle = idle

    def remaining_ms(self) -> int:
        return self._idle.remainingTime() if self._idle.isActive() else -1

    def more_time(self) -> None:
        if self._idle.isActive():
            self._idle.start()


class ChimeTone:
    """The display's chime (resources/sounds/chime.wav) through QSoundEffect, made on first use.
    No QtMultimedia or no audio output: silence (the screen says it all the same)."""

    def __init__(self, path: Path | None = None, parent: QObject | None = None) -> None:
        self._path = path or resources_dir() / "sounds" / "chime.wav"
        self._parent = parent
        self._effect: Any = None
        self._tried = False

    def play(self) -> None:
        if not self._tried:
            self._tried = True
            self._effect = self._make()
        if self._effect is not None:
            self._effect.play()

    def _make(self) -> Any:
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError as exc:  # e.g. no libpulse on this machine
            log.warning("no warning tone: QtMultimedia unavailable (%s)", exc)
            return None
        if not QMediaDevices.audioOutputs():
            log.info("no audio output device: the reset warning is silent")
            return None
        effect = QSoundEffect(self._parent)
        effect.setSource(QUrl.fromLocalFile(str(self._path)))
        effect.setVolume(0.8)
        return effect


class ResetWarning(QFrame):
    """The overlay over ``window`` while ``idle`` (the window's single-shot reset timer) has
    at most ``warn_s`` seconds left. ``warn_s`` 0: never shown."""

    def __init__(
        self, window: QWidget, idle: QTimer, warn_s: int, tone: Tone | None = None
    ) -> None:
        super().__init__(window)
        self.setObjectName("resetWarning")
        self.setStyleSheet(WARNING_QSS)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        # Opaque: Qt then counts the screen under it as hidden (its visible region is empty).
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self._window = window
        self.warn_ms = max(0, warn_s) * 1000
        self.tone: Tone = tone or ChimeTone(parent=self)
        #: Who speaks the warning in read-aloud mode; None: the window's ``read_aloud``.
        self.read_aloud: ReadAloud | None = None
        self._countdowns: list[Countdown] = [IdleCountdown(idle)]
        #: The countdown being warned about now (None: no warning).
        self._due: Countdown | None = None

        box = card("resetWarningCard")
        lay = QVBoxLayout(box)
        lay.setContentsMargins(48, 48, 48, 48)
        lay.setSpacing(28)
        self.title = label(self.tr("Ben je er nog?"), "resetWarningTitle")
        self.text = label("", "resetWarningText")
        self.more = BigButton(
            "clock", self.tr("Ik heb meer tijd nodig"), primary=True, min_height=150
        )
        self.more.clicked.connect(self.more_time)
        for w in (self.title, self.text, self.more):
            lay.addWidget(w)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(60, 60, 60, 60)
        outer.addStretch(1)
        outer.addWidget(box)
        outer.addStretch(2)
        self.hide()

        window.installEventFilter(self)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.check)
        # Connected after the window's reset: once the kiosk is back at the start, the overlay
        # goes at once, not up to a poll later over the next resident's start screen.
        idle.timeout.connect(self.check)
        if self.warn_ms:
            self._poll.start()

    def paintEvent(self, event: QPaintEvent) -> None:
        # An opaque widget paints its own background: the style sheet's (also with more
        # contrast, which rewrites it).
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_Widget, option, painter, self)
        painter.end()
        super().paintEvent(event)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self._window and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._window.rect())
        return False

    def watch(self, countdown: Countdown) -> None:
        """Warn before ``countdown`` runs out too (the ticket screen's)."""
        self._countdowns.append(countdown)

    def stop(self) -> None:
        self._poll.stop()
        self._due = None
        self.hide()

    @property
    def showing(self) -> bool:
        return not self.isHidden()

    @property
    def warning(self) -> bool:
        """A warning is on: the overlay, or a countdown's own."""
        return self._due is not None

    def seconds_left(self) -> int:
        remaining = self._due.remaining_ms() if self._due is not None else 0
        return min(max(0, -(-remaining // 1000)), self.warn_ms // 1000)

    def _find_due(self) -> Countdown | None:
        # One poll early: the warning is on for at least the full warn_s.
        for countdown in self._countdowns:
            remaining = countdown.remaining_ms()
            if self.warn_ms and 0 <= remaining <= self.warn_ms + POLL_MS:
                return countdown
        return None

    def check(self) -> None:
        """Show, update or hide, from the countdowns' remaining time."""
        due = self._find_due()
        if due is not self._due:
            self._due = due
            if self.showing:
                self.hide()
            if due is not None:
                self._begin(due)
        if due is None or due.own_warning:
            return
        self.text.setText(back_to_start_sentence(self.seconds_left()))
        self.setAccessibleName(f"{self.title.text()} {self.text.text()}")

    def _begin(self, due: Countdown) -> None:
        """The last seconds begin: a tone, the overlay (unless ``due`` shows its own), and in
        read-aloud mode the warning in words."""
        self.tone.play()
        if due.own_warning:
            self._speak(getattr(due, "spoken_warning", lambda: [])())
            return
        self.text.setText(back_to_start_sentence(self.seconds_left()))
        self.setGeometry(self._window.rect())
        self.show()
        self.raise_()
        self.setAccessibleName(f"{self.title.text()} {self.text.text()}")
        self.more.setFocus()
        self._speak(self.spoken_parts())

    def spoken_parts(self) -> list[str]:
        """What read-aloud says: the question, the time left, and what to press."""
        return [self.title.text(), self.text.text(), press_for_more_time()]

    def _speak(self, parts: list[str]) -> None:
        voice = self.read_aloud or getattr(self._window, "read_aloud", None)
        if voice is not None and voice.on and parts:
            voice.say(parts)  # say() stops what was being read first

    def more_time(self) -> None:
        """The full period again (the touch that pressed the button did it already)."""
        if self._due is not None:
            self._due.more_time()
        self._due = None
        self.hide()
