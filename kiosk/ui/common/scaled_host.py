"""Shows a screen designed for a large touch display, scaled down to fit a smaller window.

Why: a kiosk is laid out for 1080x1920 (big type, 96 px buttons). On a developer's laptop, in
``kiosk demo`` or ``kiosk run --windowed``, it would not fit. Instead of a second layout, the
screen keeps its design size inside a QGraphicsView and is scaled to the window, keeping its
shape. Taps, clicks and keys still reach the real widgets. Full-screen use on the real display
never goes through this.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QCloseEvent, QPainter, QResizeEvent
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView, QWidget


class ScaledHost(QGraphicsView):
    def __init__(self, screen: QWidget, design: QSize, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.screen_widget = screen
        #: The size the screen is designed for (and kept at), e.g. 1080x1920.
        self.design = QSize(design)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setBackgroundBrush(Qt.GlobalColor.black)
        scene = QGraphicsScene(self)
        screen.setMinimumSize(QSize(0, 0))
        screen.resize(design)
        self._proxy = scene.addWidget(screen)
        # The screen keeps its design size whatever it asks for: a proxy follows its widget's
        # minimum size hint, and bigger text asks for more width than the real display has.
        # Grown past the scene, it was cut off on the right, and stayed so after the text
        # went back to normal. On its real display the window cannot grow either.
        self._proxy.setMinimumSize(QSizeF(design))
        self._proxy.setMaximumSize(QSizeF(design))
        self._proxy.setGeometry(QRectF(0, 0, design.width(), design.height()))
        scene.setSceneRect(QRectF(0, 0, design.width(), design.height()))
        self.setScene(scene)
        self.setWindowTitle(screen.windowTitle())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def closeEvent(self, event: QCloseEvent) -> None:
        # The hosted screen stops its own timers and subscriptions when closed.
        self.screen_widget.close()
        super().closeEvent(event)
