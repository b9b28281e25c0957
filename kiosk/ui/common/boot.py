"""The terminal's one top-level window: it paints a start-up page at once, then holds the role.

Why: opening the database and building the screens takes a second or two on a small kiosk PC.
A touchscreen that stays black meanwhile looks broken to a resident; this window paints the
municipality's colours and a plain "one moment" within a tenth of a second of start, and
``ready`` fires once that page is on screen, so the heavy work starts only after it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QFrame, QLabel, QMainWindow, QVBoxLayout, QWidget

from kiosk.ui.common.theme import Colours


class _FirstPaint(QObject):
    painted = Signal()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            self.painted.emit()
        return False


class TerminalWindow(QMainWindow):
    #: The start-up page has been painted: build the real screen now.
    ready = Signal()

    def __init__(self, title: str) -> None:
        super().__init__()
        self.setWindowTitle(title)
        self.screen_widget: QWidget | None = None
        page = QFrame()
        page.setObjectName("boot")
        page.setStyleSheet(f"QFrame#boot {{ background: {Colours.NAVY}; }}")
        layout = QVBoxLayout(page)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._label = label = QLabel(self.tr("Even geduld. Het scherm start op."))
        label.setStyleSheet("color: white; font-size: 40px; font-weight: 600;")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        layout.addWidget(label)
        self._detail = QLabel()
        self._detail.setStyleSheet("color: white; font-size: 20px;")
        self._detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._detail.setWordWrap(True)
        self._detail.hide()
        layout.addWidget(self._detail)
        self.setCentralWidget(page)
        self._watch = _FirstPaint(self)
        self._watch.painted.connect(self.ready, Qt.ConnectionType.QueuedConnection)
        page.installEventFilter(self._watch)

    def show_full_screen(self) -> None:
        """Full screen on the screen Qt chose for it, with or without a window manager.

        Without one (a bare X session on a kiosk PC) nobody carries out "full screen": X gives
        the window the size it asked for, which opened the kiosk at 946x368 in a corner of a
        1080x1920 screen. So the window first asks for the whole screen, then for full screen
        (which a window manager carries out), and follows the screen when its size changes.
        """
        screen = self.screen()
        if screen is not None:
            self.setGeometry(screen.geometry())
            screen.geometryChanged.connect(self._screen_resized)
        self.showFullScreen()

    def _screen_resized(self, geometry: QRect) -> None:
        if self.isFullScreen():
            self.setGeometry(geometry)

    def show_problem(self, detail: str) -> None:
        """The screen could not start: say so plainly; ``detail`` is for the staff."""
        self._label.setText(self.tr("Dit scherm werkt nu niet. Vraag hulp aan een medewerker."))
        self._detail.setText(detail)
        self._detail.show()

    def install(self, screen: QWidget) -> None:
        """Replace the start-up page by the role's screen."""
        self.screen_widget = screen
        self.setCentralWidget(screen)
        self.setWindowTitle(screen.windowTitle() or self.windowTitle())

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.screen_widget is not None:
            self.screen_widget.close()  # the screen stops its own timers and subscriptions
        super().closeEvent(event)
