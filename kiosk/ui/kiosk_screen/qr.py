"""QR code of a ticket's status link, drawn as a crisp black-on-white image for phone cameras."""

from __future__ import annotations

import qrcode
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap

#: White modules around the code: the QR standard asks for 4 so a camera finds the edges.
QUIET_ZONE = 4


def qr_image(text: str, min_px: int = 360) -> QImage:
    """The QR code of ``text`` as an image of at least ``min_px`` pixels square.

    Every module is a whole number of pixels (no blurry scaling), with a 4-module quiet zone.
    Error correction M: enough for a screen with glare, still few modules for a short URL.
    """
    code = qrcode.QRCode(
        error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=1, border=QUIET_ZONE
    )
    code.add_data(text)
    code.make(fit=True)
    matrix = code.get_matrix()  # includes the quiet zone
    modules = len(matrix)
    scale = max(1, -(-min_px // modules))  # ceiling division
    size = modules * scale
    img = QImage(size, size, QImage.Format.Format_RGB32)
    img.fill(QColor("white"))
    painter = QPainter(img)
    black = QColor("black")
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect(x * scale, y * scale, scale, scale, black)
    painter.end()
    return img


def qr_pixmap(text: str, min_px: int = 360) -> QPixmap:
    return QPixmap.fromImage(qr_image(text, min_px))
