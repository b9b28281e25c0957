"""What the ticket PDF (:mod:`kiosk.printing.pdf_ticket`) and the appointment confirmation
(:mod:`kiosk.printing.confirmation`) share: fonts, lines and gaps that know their height, the
QR code image, and the canvas with its metadata.

Both lay a page out as a list of items from the top down, each with a ``height``; each module
draws its own items (the ticket centres its lines, the confirmation sets them left and frames its
code).

Pitfalls:

- Fonts. The PDF standard fonts (Helvetica) need no embedding and cover WinAnsi (CP1252) only:
  every text passes through :func:`pdf_text` first (``ő`` -> ``o``).
- The QR code is a lossless raster image with a 4-module quiet zone and error correction M;
  viewers must not smooth it, so no interpolation is asked.
- ``invariant`` output: the same content gives byte-identical PDFs (no creation date or
  random id).
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import qrcode
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from kiosk.printing.escpos_ticket import printable_text

REGULAR = "Helvetica"
BOLD = "Helvetica-Bold"
#: The standard fonts' WinAnsi encoding, as a code page.
FONT_CODEPAGE = "cp1252"


def pdf_text(text: str) -> str:
    """``text`` with every character the standard fonts cannot write replaced."""
    return printable_text(text, FONT_CODEPAGE)


@dataclass(frozen=True, slots=True)
class Line:
    """One line of text, ``size`` points high plus a quarter for descenders.

    ``align``: ``"center"``, ``"left"`` or ``"right"``; ``right`` an optional value set right on
    the same line; ``inverted`` white on black; ``char_space`` extra points after each letter."""

    text: str
    font: str
    size: float
    align: str = "center"
    right: str = ""
    inverted: bool = False
    char_space: float = 0.0

    @property
    def height(self) -> float:
        return self.size * 1.25


@dataclass(frozen=True, slots=True)
class Gap:
    """Empty room between two items."""

    height: float


def qr_image(data: str) -> ImageReader:
    """The QR code of ``data`` as a greyscale image for ``drawImage``."""
    # Quiet zone of 4 modules as the QR standard asks; box size only sets the pixel density.
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=8, border=4)
    code.add_data(data)
    code.make(fit=True)
    return ImageReader(code.make_image().get_image().convert("L"))


def open_page(
    pagesize: tuple[float, float], title: str, author: str
) -> tuple[canvas.Canvas, io.BytesIO]:
    """A canvas with invariant output, its title and author (printable texts) and the buffer it
    writes to; :func:`close_page` gives the bytes."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=pagesize, invariant=True)
    pdf.setTitle(title)
    pdf.setAuthor(author)
    pdf.setCreator("kiosk")
    return pdf, buffer


def close_page(pdf: canvas.Canvas, buffer: io.BytesIO) -> bytes:
    """End the one page and return the PDF."""
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
