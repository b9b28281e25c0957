"""Turn a :class:`TicketSlip` into the ESC/POS bytes of one printed ticket.

Bytes are produced with python-escpos's ``Dummy`` printer, so the commands are the library's own;
sending them is the job of :mod:`kiosk.printing.printers`.

Pitfalls this module deals with (read before changing it):

- Code page. ESC/POS printers do not speak UTF-8: text bytes are looked up in the code page
  selected with ``ESC t n``. We pin one code page (``charcode``) instead of python-escpos's
  "magic" automatic switching, which would guess pages per character and may pick one the
  printer lacks. ``ESC @`` (init) resets the printer to page 0, so the page is selected *after*
  init. The slot number ``n`` comes from python-escpos's printer database (Epson numbering:
  CP858 = 19, CP1252 = 16), which most 80 mm ESC/POS printers share.
- Characters outside the code page. python-escpos silently prints ``?`` for them. We first map
  common typographic characters to plain ones (en dash ``–`` is *not* in CP858 and becomes
  ``-``; curly quotes become straight quotes) and strip accents as a last resort, so a French
  or Dutch text degrades gracefully instead of filling with question marks. A language whose
  letters the page lacks altogether (Arabic) cannot degrade: then the slip's Dutch version
  (``TicketSlip.dutch``) is printed instead, labels and all.
- Control characters in texts (``ESC``, ``GS``...) would be executed by the printer: they are
  removed. ``\\n`` in a label is honoured as a line break.
- Width. The layout assumes 42 columns of font A (512 dots, the narrowest common 80 mm print
  head); wider heads (576 dots) simply get a margin.
- Image QR codes (``qr_native=False``) are centred with ``ESC a`` (which applies to raster images)
  rather than padded to a guessed paper width.
- Importing python-escpos calls ``logging.basicConfig()`` (in ``escpos.capabilities``): configure
  the app's logging before importing this module, or with ``force=True``.
"""

from __future__ import annotations

import textwrap
import unicodedata
from functools import cache, lru_cache
from typing import Any, ClassVar

import qrcode
from PIL import Image

from kiosk.printing import escpos_cache
from kiosk.printing.slip import TicketSlip

escpos_cache.keep_capabilities_between_starts()  # before python-escpos reads its database

from escpos.capabilities import Profile, get_profile_class  # noqa: E402
from escpos.codepages import CodePages  # noqa: E402
from escpos.constants import QR_ECLEVEL_M  # noqa: E402
from escpos.magicencode import Encoder  # noqa: E402
from escpos.printer import Dummy  # noqa: E402

#: Characters per line in font A at normal size on a 512-dot head.
COLUMNS = 42
#: Printable width the layout is designed for, in dots (72 mm at 180 dpi).
PAPER_WIDTH_DOTS = 512
#: Size of one QR module in dots, for both the native command and the image fallback.
QR_MODULE_DOTS = 6
#: White modules around the image QR code (the paper margin adds to it).
QR_BORDER_MODULES = 2
#: Largest magnification tried for the ticket number (GS ! accepts 1..8).
NUMBER_MAX_SCALE = 4
#: How printed_at is shown when the slip has no printed_at_text: dd/mm/yyyy HH:MM, as is usual
#: in Belgium.
TIME_FORMAT = "%d/%m/%Y %H:%M"

# Replacements for characters that a code page may lack. Used only when the character itself
# cannot be encoded, so CP1252 (which has the en dash and curly quotes) keeps them.
_FALLBACKS = {
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\u2212": "-",
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": ",",
    "\u201b": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u2026": "...",
    "\u2022": "*",
    "\u00a0": " ",
    "\u2007": " ",
    "\u2009": " ",
    "\u202f": " ",
    "\u20ac": "EUR",
    "\u0152": "OE",
    "\u0153": "oe",
    "\u00df": "ss",
}


class _TicketProfile(Profile):  # type: ignore[misc]  # the library builds Profile dynamically
    """python-escpos's default profile with a known paper width.

    With the stock default profile (width "Unknown") ``Escpos.image()`` prints a warning to
    stdout on every image; knowing the width also makes the library reject images that would
    not fit instead of letting the printer garble them.
    """

    profile_data: ClassVar[dict[str, Any]] = {
        **get_profile_class("default").profile_data,
        "media": {"dpi": 180, "width": {"mm": 72, "pixels": PAPER_WIDTH_DOTS}},
    }

    def __init__(self) -> None:
        # Profile() would otherwise replace the feature list with {}, which silently disables
        # the cut command (cut() checks profile.supports("paperFullCut")).
        super().__init__(features=dict(self.profile_data["features"]))


_PROFILE = _TicketProfile()
# One encoder for all renders: it caches the character map of each code page it has seen.
_ENCODER = Encoder(_PROFILE.get_code_pages())


@cache
def _codepage(codepage: str) -> tuple[str, frozenset[str]]:
    """Validate ``codepage``; return python-escpos's name for it and its printable characters."""

    def key(name: str) -> str:
        return "".join(c for c in name.upper() if c.isalnum())

    known = {
        key(n): n for n in _PROFILE.get_code_pages() if "python_encode" in CodePages.get_encoding(n)
    }
    name = known.get(key(codepage))
    if name is None:
        supported = ", ".join(sorted(known.values()))
        raise ValueError(f"unsupported code page {codepage!r}; use one of {supported}")
    # Encoding once makes the shared encoder build and cache this page's character map now.
    _ENCODER.encode("", name)
    # The same table python-escpos uses: bytes 128..255 decoded with the page's Python codec.
    codec = CodePages.get_encoding(name)["python_encode"]
    high = bytes(range(0x80, 0x100)).decode(codec, errors="ignore")
    printable = {chr(c) for c in range(0x20, 0x7F)} | {c for c in high if c.isprintable()}
    return name, frozenset(printable)


def _char(char: str, printable: frozenset[str]) -> str | None:
    """What ``char`` is printed as with the code page's ``printable`` characters ("" for a
    character that is dropped); None when the page has nothing for it (a letter it lacks)."""
    if char in printable or char == "\n":
        return char
    if char == "\t":
        return " "
    if char in _FALLBACKS and all(c in printable for c in _FALLBACKS[char]):
        return _FALLBACKS[char]
    if unicodedata.category(char)[0] in "CZ":
        # Control, format and separator characters: dropped, never sent to the printer.
        return " " if unicodedata.category(char) == "Zs" else ""
    base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    return base if base and all(c in printable for c in base) else None


def _clean(text: str, printable: frozenset[str]) -> str:
    """Return ``text`` with only characters the code page can print; ``\\n`` is kept."""
    out: list[str] = []
    for char in text:
        printed = _char(char, printable)
        out.append("?" if printed is None else printed)
    return "".join(out)


def _loses_letters(text: str, printable: frozenset[str]) -> bool:
    """True when the code page lacks a character of ``text`` (it would print ``?`` for it)."""
    return any(_char(char, printable) is None for char in text)


def printable_text(text: str, codepage: str) -> str:
    """Return ``text`` reduced to characters that ``codepage`` can print.

    Typographic characters the page lacks get plain stand-ins (``–`` -> ``-`` in CP858),
    accented letters the page lacks lose their accent (``ő`` -> ``o``), anything else becomes
    ``?``. Control characters are removed, tabs become spaces, ``\n`` is kept. Also used by the
    PDF renderer (its standard fonts cover CP1252). Raises ValueError for an unknown code page.
    """
    return _clean(text, _codepage(codepage)[1])


def printable_slip(slip: TicketSlip, codepage: str) -> TicketSlip:
    """The slip to print with ``codepage``: ``slip`` itself when the page has every letter of its
    texts, else the slip's Dutch version (``slip.dutch``), because a whole ticket in the
    municipality's language helps the resident more than labels of question marks. A slip
    without a Dutch version is printed as it is. Raises ValueError for an unknown code page."""
    return _slip(slip, _codepage(codepage)[1])


def _slip(slip: TicketSlip, printable: frozenset[str]) -> TicketSlip:
    if slip.dutch is not None and any(_loses_letters(t, printable) for t in slip.texts()):
        return slip.dutch
    return slip


def _lines(text: str, width: int) -> list[str]:
    """Wrap ``text`` to ``width`` columns; explicit line breaks start a new paragraph."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(textwrap.wrap(paragraph, width, break_on_hyphens=False) or [""])
    return lines


def qr_image(
    data: str, *, module_px: int = QR_MODULE_DOTS, border: int = QR_BORDER_MODULES
) -> Image.Image:
    """Render ``data`` as a black-on-white QR code (error correction M) in a 1-bit PIL image.

    The same settings as the native printer command, so both paths give the same symbol size.
    """
    code = qrcode.QRCode(
        error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=module_px, border=border
    )
    code.add_data(data)
    code.make(fit=True)
    side = code.modules_count + 2 * border
    if side * module_px > PAPER_WIDTH_DOTS:
        # Long URL: shrink the modules rather than overflow the paper.
        module_px = max(1, PAPER_WIDTH_DOTS // side)
        code.box_size = module_px
    image: Image.Image = code.make_image().get_image()
    return image


def render_escpos(slip: TicketSlip, *, codepage: str = "cp858", qr_native: bool = True) -> bytes:
    """Return the complete ESC/POS byte stream for ``slip``, ending with a paper cut.

    ``codepage`` is a python-escpos code page name (``cp858`` default, ``cp1252``, ``cp850``,
    ...; case and dashes do not matter); it must be the one the printer has in the same ``ESC t``
    slot, check the printer's self-test page. Raises ValueError for an unknown code page.
    ``qr_native=False`` sends the QR code as a raster image for printers without the
    ``GS ( k`` QR command.

    When the code page lacks letters of the slip's texts (Arabic), the slip's Dutch version is
    printed instead (:func:`printable_slip`).

    Pure and cached per (slip, codepage, qr_native): reprinting the same slip is free.
    Thread-safe.
    """
    name, printable = _codepage(codepage)
    return _render(_slip(slip, printable), name, printable, qr_native)


@lru_cache(maxsize=16)
def _render(slip: TicketSlip, codepage: str, printable: frozenset[str], qr_native: bool) -> bytes:
    def clean(text: str) -> str:
        return _clean(text, printable)

    p = Dummy(profile=_PROFILE, magic_encode_args={"encoder": _ENCODER})
    labels = slip.labels

    def centred(text: str, width: int = COLUMNS) -> None:
        for line in _lines(clean(text), width):
            p.textln(line)

    def row(label: str, value: str) -> None:
        # Label left, value right: no punctuation between them, so no language rules apply
        # (French would want a space before a colon, Dutch would not).
        label, value = clean(label).replace("\n", " "), clean(value).replace("\n", " ")
        if len(label) + 1 + len(value) <= COLUMNS:
            p.textln(label + value.rjust(COLUMNS - len(label)))
        else:
            for line in _lines(label, COLUMNS):
                p.textln(line)
            p.set(align="right")
            for line in _lines(value, COLUMNS):
                p.textln(line)
            p.set(align="left")

    # ESC @ first: it resets the code page, so the page is chosen right after it.
    p.hw("INIT")
    p.charcode(codepage)

    p.set(align="center", bold=True)
    centred(slip.branch_name)
    p.set(bold=False)
    p.ln()
    centred(labels.your_number)

    number = clean(slip.number).replace("\n", " ").strip()
    scale = max(
        (s for s in range(1, NUMBER_MAX_SCALE + 1) if len(number) * s <= COLUMNS), default=1
    )
    p.set(custom_size=True, width=scale, height=scale, bold=True)
    centred(number, COLUMNS // scale)
    # Back to 1x1 with GS ! explicitly: not every clone lets ESC ! undo a GS ! size.
    p.set(custom_size=True, width=1, height=1)
    p.set(normal_textsize=True, bold=True, double_height=True)
    centred(slip.service_name)
    p.set(normal_textsize=True, bold=False)
    p.textln(slip.printed_at_text or slip.printed_at.strftime(TIME_FORMAT))
    p.ln()

    p.set(align="left")
    row(labels.people_ahead, slip.people_ahead_text)
    row(labels.expected_wait, slip.wait_text)

    p.set(align="center")
    if slip.priority_text.strip():
        p.ln()
        p.set(bold=True, invert=True)
        centred(slip.priority_text, COLUMNS - 2)
        p.set(bold=False, invert=False)

    if slip.status_url:
        p.ln()
        # ESC a (centre, set above) also positions 2D codes and raster images.
        if qr_native:
            p.qr(slip.status_url, ec=QR_ECLEVEL_M, size=QR_MODULE_DOTS, native=True)
        else:
            p.image(qr_image(slip.status_url), impl="bitImageRaster")
        p.ln()
        centred(labels.scan_hint)

    p.ln()
    centred(labels.footer)
    # cut() feeds 6 lines first so the footer clears the cutter blade.
    p.cut()
    output: bytes = p.output
    return output
