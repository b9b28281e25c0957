"""The kiosk by keys alone (a keyboard or a kiosk keypad), and the keys of read-aloud mode.

Keys, on every screen:
- the speech key (``[kiosk] speech_key``, F1 by default): read-aloud on; again: repeat;
- arrows and Tab/Shift+Tab: the next or previous option, in reading order (the screen's
  options top to bottom, left to right, then the window's own: back, help, text size,
  contrast); past the last comes the
  first again, and Escape always leads away: no focus trap;
- a new screen starts with no focus: the first Tab (or arrow) goes straight to its first
  option, and Tab then Enter chooses it. The focus is only where the keys put it: nothing but
  an option ever takes it (not a screen's container, not the first button Qt finds when the
  window becomes active: a focus ring nobody asked for would only puzzle a resident who taps);
- Enter or Space: choose the option with the focus (Enter with no focus: the screen's OK);
- Escape: the bar's back button, where there is one;
- on the typing screens (code, name, birth date): letters and digits type on the on-screen
  keys, Backspace deletes.

Every handled key still counts as a touch (the idle timer), and a key that ends a barcode scan
is the scanner's (a scan ends with Enter). Shown scaled in a window (``kiosk demo``,
common/scaled_host.py), the keys first reach the view that shows the kiosk: they are the
kiosk's keys too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QWidget

from kiosk.ui.kiosk_screen.read_aloud import ReadAloud

if TYPE_CHECKING:
    from kiosk.ui.kiosk_screen.window import KioskWindow

_NEXT = (Qt.Key.Key_Down, Qt.Key.Key_Tab)
_PREVIOUS = (Qt.Key.Key_Up, Qt.Key.Key_Backtab)
_ACTIVATE = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


def _keys_of(screen: QWidget) -> dict[str, QAbstractButton]:
    """The on-screen keys of a typing screen (value -> button), or none."""
    for name in ("keypad", "keyboard"):
        grid = getattr(screen, name, None)
        keys = getattr(grid, "keys", None)
        if isinstance(keys, dict):
            return keys
    return {}


def _default_button(screen: QWidget) -> QAbstractButton | None:
    for name in ("ok", "next", "search"):
        button = getattr(screen, name, None)
        if isinstance(button, QAbstractButton) and button.isEnabled():
            return button
    return None


class KeyControl(QObject):
    """Application event filter: the keys of the kiosk window (see the module's docstring)."""

    def __init__(self, window: KioskWindow, read_aloud: ReadAloud) -> None:
        super().__init__(window)
        self._w = window
        self.read_aloud = read_aloud
        # "Lees voor", next to the other looks: the same mode as the speech key.
        read_aloud.use_toggle(window.seeing.speech_button)
        #: The option the keys gave the focus last (the only focus that stays).
        self._given: QWidget | None = None
        # The ticket screen changes when the printer answers: read the news.
        flow = window.flow
        for signal in (flow.printed, flow.print_failed, flow.staff_told, flow.paperless):
            signal.connect(self._ticket_news)

    # --- options ------------------------------------------------------------------------------

    def options(self) -> list[QAbstractButton]:
        """What the keys move through on the current screen, in reading order."""
        w = self._w
        screen = w.current
        rtl = w.layoutDirection() == Qt.LayoutDirection.RightToLeft

        def place(b: QWidget) -> tuple[int, int]:
            p = b.mapTo(w, QPoint(0, 0))
            return (p.y(), -p.x() if rtl else p.x())

        found = [
            b
            for b in screen.findChildren(QAbstractButton)
            if b.isVisibleTo(screen) and b.isEnabled() and b.focusPolicy() & Qt.FocusPolicy.TabFocus
        ]
        found.sort(key=place)
        # Then the window's own buttons, outside the screens: the bar's back and help, and
        # whatever sits next to them (bigger text, contrast).
        around = [
            b
            for b in w.findChildren(QAbstractButton)
            if not w.stack.isAncestorOf(b)
            and b.isVisibleTo(w)
            and b.isEnabled()
            and b.focusPolicy() & Qt.FocusPolicy.TabFocus
        ]
        around.sort(key=place)
        return found + around

    def focused(self) -> QWidget | None:
        return self._w.focusWidget()

    def move(self, step: int) -> None:
        options = self.options()
        if not options:
            return
        current = self.focused()
        if current in options:
            i = (options.index(current) + step) % len(options)
        else:
            i = 0 if step > 0 else len(options) - 1
        target = options[i]
        self._given = target
        target.setFocus(
            Qt.FocusReason.TabFocusReason if step > 0 else Qt.FocusReason.BacktabFocusReason
        )
        self.read_aloud.focused(target)

    def screen_shown(self, screen: QWidget) -> None:
        """A new screen: no focus (the next Tab goes to its first option); read it (when on).

        Qt would move the focus of a hidden option to the next screen's first button in its
        own order, so that Tab then skipped the first option."""
        current = self.focused()
        if current is not None:
            current.clearFocus()
        self._given = None
        self.read_aloud.screen_shown(screen)

    # --- keys ---------------------------------------------------------------------------------

    def _ours(self, obj: QWidget) -> bool:
        """``obj`` is in the kiosk window, or is the view that shows it scaled."""
        w = self._w
        if obj is w or w.isAncestorOf(obj):
            return True
        proxy = w.graphicsProxyWidget()
        scene = proxy.scene() if proxy is not None else None
        views = scene.views() if scene is not None else []
        return any(view is obj or view.isAncestorOf(obj) for view in views)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.FocusIn) or not isinstance(obj, QWidget):
            return False
        w = self._w
        if not w.isVisible() or not self._ours(obj):
            return False
        if kind == QEvent.Type.FocusIn:
            assert isinstance(event, QFocusEvent)
            # The window became active and Qt gave its first button the focus: not the keys.
            unasked = event.reason() == Qt.FocusReason.ActiveWindowFocusReason
            if unasked and obj is not self._given and w.isAncestorOf(obj):
                obj.clearFocus()
            return False
        assert isinstance(event, QKeyEvent)
        if self.handle(event):
            w.touched()
            event.accept()
            return True
        return False

    def handle(self, event: QKeyEvent) -> bool:
        """Act on one key; True when it was used."""
        w = self._w
        key = event.key()
        screen = w.current
        if key == self.read_aloud.speech_key:
            self.read_aloud.speech_key_pressed()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and w.check_in.scanner.feed(event):
            return True  # the Enter of a barcode scan: the scanner used it
        rtl = w.layoutDirection() == Qt.LayoutDirection.RightToLeft
        forward = Qt.Key.Key_Left if rtl else Qt.Key.Key_Right
        if key in _NEXT or key == forward:
            self.move(1)
            return True
        if key in _PREVIOUS or key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.move(-1)
            return True
        if key in _ACTIVATE and self._activate(screen, space=key == Qt.Key.Key_Space):
            return True
        if key == Qt.Key.Key_Escape:
            back = w.bar.back
            if back.isVisibleTo(w) and back.isEnabled():
                back.click()
                return True
            return False
        keys = _keys_of(screen)
        if keys:
            return self._type(screen, keys, event)
        return False

    def _activate(self, screen: QWidget, space: bool) -> bool:
        current = self.focused()
        if isinstance(current, QAbstractButton) and current in self.options():
            self._press(screen, current)
            return True
        default = None if space else _default_button(screen)
        if default is not None:
            self._press(screen, default)
            return True
        return False

    def _press(self, screen: QWidget, button: QAbstractButton) -> None:
        button.click()
        if self._w.current is screen and button.isVisible():
            # Still here (a key of a keypad): say what it did; a new screen speaks itself.
            keys = _keys_of(screen)
            if button in keys.values():
                self._echo(screen, button.accessibleName())

    def _type(self, screen: QWidget, keys: dict[str, QAbstractButton], event: QKeyEvent) -> bool:
        key = event.key()
        if key == Qt.Key.Key_Backspace:
            delete = getattr(screen, "delete", None)
            if isinstance(delete, QAbstractButton) and delete.isEnabled():
                delete.click()
                self.read_aloud.say([delete.accessibleName()])
            return True
        text = event.text()
        if not text or not text.isprintable():
            return False
        self._w.check_in.scanner.feed(event)  # a scan may start here: let it see the key
        button = keys.get(text.upper()) or keys.get(text)
        if button is None or not button.isEnabled():
            return True  # no such key here: nothing happens (as on the screen)
        button.click()
        self._echo(screen, button.accessibleName())
        return True

    def _echo(self, screen: QWidget, name: str) -> None:
        private = getattr(screen, "private_input", None)
        self.read_aloud.typed(name, private if isinstance(private, str) else None)

    def _ticket_news(self, *_args: object) -> None:
        w = self._w
        if w.current is w.ticket and self.read_aloud.on:
            self.read_aloud.say(self.read_aloud.parts_of(w.ticket))
