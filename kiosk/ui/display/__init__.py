"""The waiting-room display (a TV on the wall) and its announcer.

Build it with ``DisplayWindow(terminal, announcer)``; the announcer is a ``SpeechAnnouncer``
(chime and voice) on a real display, a ``SilentAnnouncer`` for screenshots and tests.
"""

from kiosk.ui.display.announcer import Announcer, SilentAnnouncer, SpeechAnnouncer
from kiosk.ui.display.window import DisplayWindow

__all__ = ["Announcer", "DisplayWindow", "SilentAnnouncer", "SpeechAnnouncer"]
