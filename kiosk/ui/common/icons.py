"""Icons from resources/icons/*.svg, drawn sharp at the size asked (touch screens are large)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from kiosk.paths import resources_dir


def icon_path(name: str, white: bool = False) -> str:
    folder = resources_dir() / "icons"
    path = folder / (f"{name}-white.svg" if white else f"{name}.svg")
    if not path.exists():
        path = folder / ("question-white.svg" if white else "question.svg")
    return str(path)


@cache
def svg_pixmap(name: str, size: int, white: bool = False) -> QPixmap:
    renderer = QSvgRenderer(icon_path(name, white))
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(p, QRectF(0, 0, size, size))
    p.end()
    return pm


def svg_icon(name: str, size: int = 64, white: bool = False) -> QIcon:
    return QIcon(svg_pixmap(name, size, white))
