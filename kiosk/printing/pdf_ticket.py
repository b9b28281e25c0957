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

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from kiosk.printing.escpos_ticket import TIME_FORMAT, printable_slip
from kiosk.printing.pdf_layout import (
    BOLD,
    FONT_CODEPAGE,
    REGULAR,
    Gap,
    Line,
    close_page,
    open_page,
    pdf_text,
    qr_image,
)
from kiosk.printing.slip import TicketSlip

PAGE_WIDTH = 80 * mm
MIN_PAGE_HEIGHT = 150 * mm
MARGIN = 5 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
QR_SIZE = 35 * mm
NUMBER_MAX_PT = 60.0


@dataclass(frozen=True, slots=True)
class _Qr:
    data: str
    height: float = QR_SIZE


_Item = Line | Gap | _Qr


def _wrapped(text: str, font: str, size: float, **kw: object) -> list[_Item]:
    items: list[_Item] = []
    for paragraph in pdf_text(text).split("\n"):
        lines = simpleSplit(paragraph, font, size, CONTENT_WIDTH) or [""]
        items.extend(Line(line, font, size, **kw) for line in lines)  # type: ignore[arg-type]
    return items


def _row(label: str, value: str) -> list[_Item]:
    """Label left, value right on one line when they fit, else on two lines."""
    label, value = pdf_text(label).replace("\n", " "), pdf_text(value).replace("\n", " ")
    size = 10.0
    needed = stringWidth(label + "  ", REGULAR, size) + stringWidth(value, BOLD, size)
    if needed <= CONTENT_WIDTH:
        return [Line(label, REGULAR, size, align="left", right=value)]
    return [
        *_wrapped(label, REGULAR, size, align="left"),
        *_wrapped(value, BOLD, size, align="right"),
    ]


def _layout(slip: TicketSlip) -> list[_Item]:
    labels = slip.labels
    number = pdf_text(slip.number).replace("\n", " ").strip()
    # As large as fits the width: short numbers like "A12" get the full size.
    width_at_1pt = stringWidth(number, BOLD, 1.0) or 1.0
    number_pt = min(NUMBER_MAX_PT, CONTENT_WIDTH / width_at_1pt)

    items: list[_Item] = [
        *_wrapped(slip.branch_name, BOLD, 11),
        Gap(2 * mm),
        *_wrapped(labels.your_number, REGULAR, 10),
        Line(number, BOLD, number_pt),
        *_wrapped(slip.service_name, BOLD, 13),
        Line(slip.printed_at_text or slip.printed_at.strftime(TIME_FORMAT), REGULAR, 10),
        Gap(3 * mm),
        *_row(labels.people_ahead, slip.people_ahead_text),
        *_row(labels.expected_wait, slip.wait_text),
    ]
    if slip.priority_text.strip():
        items += [Gap(2 * mm), *_wrapped(slip.priority_text, BOLD, 11, inverted=True)]
    if slip.status_url:
        items += [Gap(3 * mm), _Qr(slip.status_url), Gap(1 * mm)]
        items += _wrapped(labels.scan_hint, REGULAR, 9)
    items += [Gap(3 * mm), *_wrapped(labels.footer, REGULAR, 8)]
    return items


def render_pdf(slip: TicketSlip) -> bytes:
    """Return a one-page PDF of ``slip``: 80 mm wide, at least 150 mm tall. Thread-safe.

    When the fonts lack letters of the slip's texts (Arabic), its Dutch version is printed."""
    slip = printable_slip(slip, FONT_CODEPAGE)
    items = _layout(slip)
    content_height = sum(item.height for item in items)
    page_height = max(MIN_PAGE_HEIGHT, content_height + 2 * MARGIN)

    title, author = pdf_text(f"{slip.number} {slip.service_name}"), pdf_text(slip.branch_name)
    pdf, buffer = open_page((PAGE_WIDTH, page_height), title, author)

    top = page_height - MARGIN
    for item in items:
        if isinstance(item, Gap):
            top -= item.height
            continue
        if isinstance(item, _Qr):
            x = (PAGE_WIDTH - QR_SIZE) / 2
            pdf.drawImage(qr_image(item.data), x, top - QR_SIZE, QR_SIZE, QR_SIZE)
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
    return close_page(pdf, buffer)
