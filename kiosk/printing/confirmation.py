"""The appointment confirmation: one A5 portrait page (PDF) the resident takes home.

Pure data in, bytes out, like the walk-in ticket (:mod:`kiosk.printing.pdf_ticket`): the caller
hands in a :class:`ConfirmationSlip` with every text already translated and every date already
formatted, and :func:`confirmation_pdf` only lays it out. The printing package builds no sentence.

Page, top to bottom: municipality, "Je afspraak", when (date and time very large), where (branch
and address), what for (service), what to bring, a framed box with the QR code and the reference
in large spaced letters plus how to use it, and what to do when the resident cannot come.

Pitfalls:

- Fonts. The standard PDF fonts (Helvetica) cover WinAnsi (CP1252) only, so every text passes
  through :func:`~kiosk.printing.escpos_ticket.printable_text` first (``ő`` -> ``o``).
- The page never grows: it is A5 to fit an envelope and a home printer's A4 (two-up). Long texts
  wrap (a web address too, between characters); when the page would overflow, all fonts shrink
  in steps (down to 60 %); if that is still too much, every text is cut to at most 12, 8, ... 1
  lines, the last ending in "…". Nothing is drawn off the page. The QR code and the reference
  never shrink: they are what the kiosk reads.
- The QR code is a lossless raster image with a 4-module quiet zone and error correction M,
  45 mm square including the quiet zone (the symbol itself is 32 mm or more), not interpolated.
- ``invariant`` output: the same slip gives byte-identical PDFs (no creation date, no random id).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from reportlab.lib.pagesizes import A5
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from kiosk.printing.pdf_layout import (
    BOLD,
    REGULAR,
    Gap,
    Line,
    close_page,
    open_page,
    pdf_text,
    qr_image,
)

# reportlab has no type hints: the float annotations keep mypy's strict mode meaningful.
PAGE_WIDTH: float = A5[0]
PAGE_HEIGHT: float = A5[1]
MARGIN: float = 12 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
QR_SIZE: float = 45 * mm  # including the quiet zone
BOX_PAD: float = 4 * mm
BOX_GAP: float = 5 * mm  # between the QR code and the text column beside it
COLUMN_WIDTH = CONTENT_WIDTH - 2 * BOX_PAD - QR_SIZE - BOX_GAP
REFERENCE_MAX_PT = 34.0
REFERENCE_CHAR_SPACE = 3.0  # extra points after each letter: easier to read out and type
#: Font scales tried in turn until the page fits; the last one is the smallest allowed.
SCALES = (1.0, 0.92, 0.85, 0.78, 0.72, 0.66, 0.6)
#: When even the smallest scale overflows, each wrapped text is cut to this many lines (in turn).
LINE_CAPS = (12, 8, 6, 4, 3, 2, 1)
ELLIPSIS = "…"  # in CP1252 (0x85), so it prints


@dataclass(frozen=True, slots=True)
class ConfirmationLabels:
    """Translated labels; the defaults are plain Dutch that a 12-year-old understands."""

    title: str = "Je afspraak"
    when: str = "Wanneer"
    where: str = "Waar"
    what: str = "Waarvoor"
    bring: str = "Wat breng je mee"
    code: str = "Je code"
    code_hint: str = "Toon of typ deze code aan de kiosk in het gemeentehuis."
    cannot_come: str = "Kan je niet komen? Bel ons of zeg het aan de balie."


@dataclass(frozen=True, slots=True)
class ConfirmationSlip:
    """Everything printed on one appointment confirmation.

    ``starts_local`` is the *naive* wall-clock time at the branch (the caller converts from the
    core's aware UTC time); an aware datetime is refused with ValueError, because it would tempt
    someone to print a UTC hour. It is not printed: what is printed is ``date_text`` and
    ``time_text`` ("dinsdag 1 december 2026", "10:30"), formatted by the caller in the resident's
    language. ``starts_local`` and ``minutes`` only go into the PDF metadata (ISO 8601, neutral).

    ``qr_payload`` is what the QR code holds (``kiosk.core.appointments.qr_payload(reference)``);
    ``reference`` is printed in large letters, in groups of three ("K7Q D4X").
    ``bring_text``, ``change_text`` (phone number, web address) and ``duration_text`` ("15
    minuten") are optional; an empty text leaves its part out.
    """

    municipality_name: str
    branch_name: str
    branch_address: str
    service_name: str
    starts_local: datetime
    minutes: int
    date_text: str
    time_text: str
    reference: str
    qr_payload: str
    bring_text: str = ""
    change_text: str = ""
    duration_text: str = ""
    labels: ConfirmationLabels = field(default_factory=ConfirmationLabels)

    def __post_init__(self) -> None:
        if self.starts_local.tzinfo is not None:
            raise ValueError("starts_local must be naive local time at the branch")
        if self.minutes <= 0:
            raise ValueError("minutes must be positive")
        if not self.qr_payload or not self.reference.strip():
            raise ValueError("reference and qr_payload are required")


# --- layout: a list of items, each knowing its height ----------------------------------------


@dataclass(frozen=True, slots=True)
class _Rule:
    height: float = 4 * mm


@dataclass(frozen=True, slots=True)
class _CodeBox:
    """The framed box: QR code left; label, reference and hint stacked in a column right."""

    payload: str
    column: tuple[Line | Gap, ...]

    @property
    def height(self) -> float:
        column = sum(line.height for line in self.column)
        return max(QR_SIZE, column) + 2 * BOX_PAD


_Item = Line | Gap | _Rule | _CodeBox


def _clean(text: str) -> str:
    return pdf_text(text).strip()


def _wrap(paragraph: str, font: str, size: float, width: float) -> list[str]:
    """Word wrap; a word wider than the line (a web address) is broken between characters,
    because reportlab's ``simpleSplit`` would let it run off the page."""
    lines: list[str] = []
    for line in simpleSplit(paragraph, font, size, width) or [""]:
        while (total := stringWidth(line, font, size)) > width:
            # Start from the proportional guess, then step back: few measurements per line.
            cut = max(1, min(len(line) - 1, int(len(line) * width / total) + 1))
            while cut > 1 and stringWidth(line[:cut], font, size) > width:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
        lines.append(line)
    return lines


def _lines(text: str, font: str, size: float, width: float, cap: int | None) -> list[Line]:
    """``text`` wrapped to ``width``; at most ``cap`` lines, the last one ending in "…"."""
    lines: list[str] = []
    for paragraph in _clean(text).split("\n"):
        lines.extend(_wrap(paragraph.strip(), font, size, width))
    if cap is not None and len(lines) > cap:
        last = lines[cap - 1]
        # Drop words until the ellipsis fits: the cut must stay inside the width too.
        while last and stringWidth(last + " " + ELLIPSIS, font, size) > width:
            last = last.rsplit(" ", 1)[0] if " " in last else last[:-1]
        lines = [*lines[: cap - 1], f"{last} {ELLIPSIS}".lstrip()]
    return [Line(line, font, size) for line in lines]


def spaced_reference(reference: str) -> str:
    """``K7QD4X`` -> ``K7Q D4X``: groups of three are easier to read out and to type.
    ``normalize_reference`` accepts the spaces, so a resident may type it either way."""
    code = "".join(_clean(reference).split())
    return " ".join(code[i : i + 3] for i in range(0, len(code), 3))


def _reference_size(text: str) -> float:
    # The largest size at which the spaced code fits the column next to the QR code.
    width_at_1pt: float = stringWidth(text, BOLD, 1.0) or 1.0
    spacing = REFERENCE_CHAR_SPACE * len(text)
    return min(REFERENCE_MAX_PT, (COLUMN_WIDTH - spacing) / width_at_1pt)


def _layout(slip: ConfirmationSlip, scale: float, cap: int | None) -> list[_Item]:
    labels = slip.labels

    def text(value: str, font: str, size: float, width: float = CONTENT_WIDTH) -> list[Line]:
        return _lines(value, font, size * scale, width, cap) if _clean(value) else []

    def section(label: str, *body: list[Line]) -> list[_Item]:
        lines = [line for part in body for line in part]
        if not lines:
            return []
        return [*text(label, REGULAR, 11), *lines, Gap(4 * mm * scale)]

    reference = spaced_reference(slip.reference)
    column: tuple[Line | Gap, ...] = (
        *text(labels.code, REGULAR, 11, COLUMN_WIDTH),
        Line(reference, BOLD, _reference_size(reference), char_space=REFERENCE_CHAR_SPACE),
        Gap(2 * mm),
        *text(labels.code_hint, REGULAR, 10.5, COLUMN_WIDTH),
    )
    return [
        *text(slip.municipality_name, BOLD, 12),
        *text(labels.title, BOLD, 26),
        _Rule(),
        *section(
            labels.when,
            text(slip.date_text, BOLD, 20),
            text(slip.time_text, BOLD, 32),
            text(slip.duration_text, REGULAR, 12),
        ),
        *section(
            labels.where, text(slip.branch_name, BOLD, 15), text(slip.branch_address, REGULAR, 12)
        ),
        *section(labels.what, text(slip.service_name, BOLD, 15)),
        *section(labels.bring, text(slip.bring_text, REGULAR, 12)),
        _CodeBox(slip.qr_payload, column),
        Gap(4 * mm * scale),
        *text(labels.cannot_come, BOLD, 12),
        *text(slip.change_text, REGULAR, 11),
    ]


def _fitting_layout(slip: ConfirmationSlip) -> list[_Item]:
    available = PAGE_HEIGHT - 2 * MARGIN
    for scale in SCALES:
        items = _layout(slip, scale, None)
        if sum(item.height for item in items) <= available:
            return items
    for cap in LINE_CAPS:
        items = _layout(slip, SCALES[-1], cap)
        if sum(item.height for item in items) <= available:
            return items
    # One line per text at 60 % needs about half an A5 page: a layout bug if this is reached.
    raise AssertionError("confirmation layout does not fit even with one line per text")


def _draw_text(pdf: canvas.Canvas, item: Line, x: float, top: float) -> None:
    pdf.setFont(item.font, item.size)
    # Baseline one font size below the top leaves a quarter of the size for descenders.
    pdf.drawString(x, top - item.size, item.text, charSpace=item.char_space)


def confirmation_pdf(slip: ConfirmationSlip) -> bytes:
    """A one-page A5 portrait PDF of ``slip``; any text length fits (see the module docstring).
    Same slip, same bytes. Thread-safe: no shared state."""
    items = _fitting_layout(slip)
    title = _clean(f"{slip.labels.title} {slip.reference}")
    pdf, buffer = open_page(A5, title, _clean(slip.municipality_name))
    # ISO 8601 start/duration: language-neutral, so the metadata needs no translation.
    pdf.setSubject(f"{slip.starts_local:%Y-%m-%dT%H:%M}/PT{slip.minutes}M")

    top = PAGE_HEIGHT - MARGIN
    for item in items:
        if isinstance(item, Line):
            _draw_text(pdf, item, MARGIN, top)
        elif isinstance(item, _Rule):
            pdf.setLineWidth(0.8)
            pdf.line(MARGIN, top - item.height / 2, PAGE_WIDTH - MARGIN, top - item.height / 2)
        elif isinstance(item, _CodeBox):
            pdf.setLineWidth(1.2)
            pdf.roundRect(MARGIN, top - item.height, CONTENT_WIDTH, item.height, 3 * mm)
            qr_top = top - (item.height - QR_SIZE) / 2  # centred vertically in the box
            x = MARGIN + BOX_PAD
            pdf.drawImage(qr_image(item.payload), x, qr_top - QR_SIZE, QR_SIZE, QR_SIZE)
            column = sum(line.height for line in item.column)
            line_top = top - (item.height - column) / 2
            for line in item.column:
                if isinstance(line, Line):
                    _draw_text(pdf, line, x + QR_SIZE + BOX_GAP, line_top)
                line_top -= line.height
        top -= item.height
    return close_page(pdf, buffer)
