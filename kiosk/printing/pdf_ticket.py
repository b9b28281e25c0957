"""Turn a :class:`TicketSlip` into a one-page PDF shaped like a receipt (80 mm wide).

Used for printers reached through a PDF (``PdfFilePrinter``) and as a record of what was printed.
Content matches the ESC/POS ticket: branch, number (very large), service, time, people ahead,
expected wait, priority, QR code of the status URL, scan hint, footer.

Pitfalls:

- Fonts. The PDF standard fonts (Helvetica) need no embedding and cover WinAnsi (CP1252): all
  Dutch, French, German and English letters, ``€`` and ``–``. Characters outside it would print as
  junk, so texts pass through :func:`printable_text` with CP1252 first (``ő`` -> ``o``). A slip
  whose language the fonts cannot write at all (Arabic) is printed from its Dutch version
  (``TicketSlip.dutch``, chosen by :func:`printable_slip`), never as question marks.
- The QR code is embedded as a lossless raster image with a 4-module quiet zone, big enough
  (about 35 mm) to scan from a phone; viewers must not smooth it, so no interpolation is asked.
- The page is 80 x 150 mm and grows taller when long texts need it; it never shrinks the text.
- ``invariant`` output: the same slip gives byte-identical PDFs (no creation date or random id).
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import qrcode
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from kiosk.printing.escpos_ticket import (
    TIME_FORMAT,
    printable_service_name,
    printable_slip,
    printable_text,
)
from kiosk.printing.slip import TicketSlip

PAGE_WIDTH = 80 * mm
MIN_PAGE_HEIGHT = 150 * mm
MARGIN = 5 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
QR_SIZE = 35 * mm
NUMBER_MAX_PT = 60.0
REGULAR = "Helvetica"
BOLD = "Helvetica-Bold"


@dataclass(frozen=True, slots=True)
class _Text:
    """One line of text; ``right`` is an optional right-aligned value on the same line."""

    text: str
    font: str
    size: float
    align: str = "center"  # "center" | "left" | "right"
    right: str = ""
    inverted: bool = False

    @property
    def height(self) -> float:
        return self.size * 1.25


@dataclass(frozen=True, slots=True)
class _Gap:
    height: float


@dataclass(frozen=True, slots=True)
class _Qr:
    data: str
    height: float = QR_SIZE


_Item = _Text | _Gap | _Qr


#: The standard fonts' WinAnsi encoding, as a code page.
FONT_CODEPAGE = "cp1252"


def _clean(text: str) -> str:
    return printable_text(text, FONT_CODEPAGE)


def _wrapped(text: str, font: str, size: float, **kw: object) -> list[_Item]:
    items: list[_Item] = []
    for paragraph in _clean(text).split("\n"):
        lines = simpleSplit(paragraph, font, size, CONTENT_WIDTH) or [""]
        items.extend(_Text(line, font, size, **kw) for line in lines)  # type: ignore[arg-type]
    return items


def _row(label: str, value: str) -> list[_Item]:
    """Label left, value right on one line when they fit, else on two lines."""
    label, value = _clean(label).replace("\n", " "), _clean(value).replace("\n", " ")
    size = 10.0
    needed = stringWidth(label + "  ", REGULAR, size) + stringWidth(value, BOLD, size)
    if needed <= CONTENT_WIDTH:
        return [_Text(label, REGULAR, size, align="left", right=value)]
    return [
        *_wrapped(label, REGULAR, size, align="left"),
        *_wrapped(value, BOLD, size, align="right"),
    ]


def _layout(slip: TicketSlip) -> list[_Item]:
    labels = slip.labels
    number = _clean(slip.number).replace("\n", " ").strip()
    # As large as fits the width: short numbers like "A12" get the full size.
    width_at_1pt = stringWidth(number, BOLD, 1.0) or 1.0
    number_pt = min(NUMBER_MAX_PT, CONTENT_WIDTH / width_at_1pt)

    items: list[_Item] = [
        *_wrapped(slip.branch_name, BOLD, 11),
        _Gap(2 * mm),
        *_wrapped(labels.your_number, REGULAR, 10),
        _Text(number, BOLD, number_pt),
        *_wrapped(printable_service_name(slip, FONT_CODEPAGE), BOLD, 13),
        _Text(slip.printed_at_text or slip.printed_at.strftime(TIME_FORMAT), REGULAR, 10),
        _Gap(3 * mm),
        *_row(labels.people_ahead, slip.people_ahead_text),
        *_row(labels.expected_wait, slip.wait_text),
    ]
    if slip.priority_text.strip():
        items += [_Gap(2 * mm), *_wrapped(slip.priority_text, BOLD, 11, inverted=True)]
    if slip.status_url:
        items += [_Gap(3 * mm), _Qr(slip.status_url), _Gap(1 * mm)]
        items += _wrapped(labels.scan_hint, REGULAR, 9)
    items += [_Gap(3 * mm), *_wrapped(labels.footer, REGULAR, 8)]
    return items


def _qr_reader(data: str) -> ImageReader:
    # Quiet zone of 4 modules as the QR standard asks; box size only sets the pixel density.
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=8, border=4)
    code.add_data(data)
    code.make(fit=True)
    return ImageReader(code.make_image().get_image().convert("L"))


def render_pdf(slip: TicketSlip) -> bytes:
    """Return a one-page PDF of ``slip``: 80 mm wide, at least 150 mm tall. Thread-safe.

    When the fonts lack letters of the slip's texts (Arabic), its Dutch version is printed."""
    slip = printable_slip(slip, FONT_CODEPAGE)
    items = _layout(slip)
    content_height = sum(item.height for item in items)
    page_height = max(MIN_PAGE_HEIGHT, content_height + 2 * MARGIN)

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(PAGE_WIDTH, page_height), invariant=True)
    pdf.setTitle(_clean(f"{slip.number} {slip.service_name}"))
    pdf.setAuthor(_clean(slip.branch_name))
    pdf.setCreator("kiosk")

    top = page_height - MARGIN
    for item in items:
        if isinstance(item, _Gap):
            top -= item.height
            continue
        if isinstance(item, _Qr):
            x = (PAGE_WIDTH - QR_SIZE) / 2
            pdf.drawImage(_qr_reader(item.data), x, top - QR_SIZE, QR_SIZE, QR_SIZE)
            top -= item.height
            continue
        # Baseline sits at 80 % of the line box, leaving room for descenders below it.
        baseline = top - item.size * 1.0
        if item.inverted:
            width = stringWidth(item.text, item.font, item.size) + 4 * mm
            pdf.setFillGray(0)
            pdf.rect(
                (PAGE_WIDTH - width) / 2, top - item.height, width, item.height, stroke=0, fill=1
            )
            pdf.setFillGray(1)
        pdf.setFont(item.font, item.size)
        if item.align == "left":
            pdf.drawString(MARGIN, baseline, item.text)
        elif item.align == "right":
            pdf.drawRightString(PAGE_WIDTH - MARGIN, baseline, item.text)
        else:
            pdf.drawCentredString(PAGE_WIDTH / 2, baseline, item.text)
        if item.right:
            pdf.setFont(BOLD, item.size)
            pdf.drawRightString(PAGE_WIDTH - MARGIN, baseline, item.right)
        pdf.setFillGray(0)
        top -= item.height
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
