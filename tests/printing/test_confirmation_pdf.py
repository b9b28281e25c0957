"""Appointment confirmation PDF: read back with pypdf (text) and zxing-cpp (the QR code)."""

from __future__ import annotations

import dataclasses
import io
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from typing import cast

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from kiosk.core.appointments import normalize_reference, qr_payload
from kiosk.printing.confirmation import (
    ConfirmationLabels,
    ConfirmationSlip,
    confirmation_pdf,
    spaced_reference,
)

MM = 72 / 25.4
REFERENCE = "K7QD4X"
needs_pdftoppm = pytest.mark.skipif(
    shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) not installed"
)


def make_slip(**changes: object) -> ConfirmationSlip:
    slip = ConfirmationSlip(
        municipality_name="Gemeente Zoersel",
        branch_name="Gemeentehuis Zoersel",
        branch_address="Handelslei 166, 2980 Zoersel",
        service_name="Reispas aanvragen – kinderen",
        starts_local=datetime(2026, 12, 1, 10, 30),
        minutes=15,
        date_text="dinsdag 1 december 2026",
        time_text="10:30",
        reference=REFERENCE,
        qr_payload=qr_payload(REFERENCE),
        bring_text="Je identiteitskaart en een pasfoto.\nBetaal met je bankkaart.",
        change_text="Bel 03 298 00 00 of ga naar www.zoersel.be/afspraak.",
        duration_text="ongeveer 15 minuten",
    )
    return dataclasses.replace(slip, **changes)  # type: ignore[arg-type]


def page_of(pdf: bytes):  # type: ignore[no-untyped-def]
    (page,) = PdfReader(io.BytesIO(pdf)).pages
    return page


def qr_codes(image: Image.Image) -> list[zxingcpp.Result]:
    results = zxingcpp.read_barcodes(image)
    return [r for r in results if r.format == zxingcpp.BarcodeFormat.QRCode]


def decode_qr(image: Image.Image) -> list[str]:
    return [r.text for r in qr_codes(image)]


def render(pdf: bytes, tmp_path: Path, dpi: int = 150) -> Image.Image:
    path = tmp_path / "confirmation.pdf"
    path.write_bytes(pdf)
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            str(dpi),
            "-gray",
            "-png",
            "-singlefile",
            str(path),
            str(tmp_path / "p"),
        ],
        check=True,
        timeout=60,
    )
    return Image.open(tmp_path / "p.png").convert("L")


def test_text_and_a5_page() -> None:
    page = page_of(confirmation_pdf(make_slip()))
    assert float(page.mediabox.width) == pytest.approx(148 * MM, abs=0.5)
    assert float(page.mediabox.height) == pytest.approx(210 * MM, abs=0.5)
    text = page.extract_text()
    for expected in [
        "Gemeente Zoersel",
        "Je afspraak",
        "dinsdag 1 december 2026",
        "10:30",
        "ongeveer 15 minuten",
        "Gemeentehuis Zoersel",
        "Handelslei 166, 2980 Zoersel",
        "Reispas aanvragen – kinderen",  # WinAnsi has the en dash
        "Wat breng je mee",
        "Je identiteitskaart en een pasfoto.",
        "Betaal met je bankkaart.",
        "Je code",
        "Kan je niet komen?",
        "www.zoersel.be/afspraak",
    ]:
        assert expected in text, expected
    # The reference is printed in spaced groups; what a resident types from it still works.
    assert spaced_reference(REFERENCE) == "K7Q D4X"
    assert "K7Q D4X" in text
    assert normalize_reference("K7Q D4X") == REFERENCE


def test_metadata_is_language_neutral_and_invariant() -> None:
    slip = make_slip()
    reader = PdfReader(io.BytesIO(confirmation_pdf(slip)))
    assert reader.metadata is not None
    assert reader.metadata.subject == "2026-12-01T10:30/PT15M"
    assert confirmation_pdf(slip) == confirmation_pdf(make_slip())


def test_embedded_qr_image_decodes_to_the_payload() -> None:
    (image,) = page_of(confirmation_pdf(make_slip())).images
    (decoded,) = decode_qr(image.image)
    assert decoded == qr_payload(REFERENCE)
    assert normalize_reference(decoded) == REFERENCE


@needs_pdftoppm
def test_rendered_page_scans_and_qr_is_big_enough(tmp_path: Path) -> None:
    dpi = 150
    page = render(confirmation_pdf(make_slip()), tmp_path, dpi)
    (result,) = qr_codes(page)
    assert normalize_reference(result.text) == REFERENCE
    assert result.ec_level == "M"
    # The symbol (without quiet zone) spans at least 30 mm; with the quiet zone at least 35 mm.
    xs = [p.x for p in (result.position.top_left, result.position.top_right)]
    symbol_mm = (max(xs) - min(xs)) / dpi * 25.4
    assert symbol_mm >= 30
    assert symbol_mm * (21 + 8) / 21 >= 35  # version 1 + 4 modules quiet zone on each side


def test_aware_start_and_bad_values_are_refused() -> None:
    with pytest.raises(ValueError, match="naive"):
        make_slip(starts_local=datetime(2026, 12, 1, 9, 30, tzinfo=UTC))
    with pytest.raises(ValueError):
        make_slip(minutes=0)
    with pytest.raises(ValueError):
        make_slip(qr_payload="")


def test_optional_parts_are_left_out() -> None:
    text = page_of(confirmation_pdf(make_slip(bring_text=" ", duration_text=""))).extract_text()
    assert "Wat breng je mee" not in text
    assert "minuten" not in text


def test_labels_are_the_callers() -> None:
    labels = ConfirmationLabels(title="Votre rendez-vous", code="Votre code")
    text = page_of(confirmation_pdf(make_slip(labels=labels))).extract_text()
    assert "Votre rendez-vous" in text and "Votre code" in text
    assert "Je afspraak" not in text


def test_characters_outside_winansi_are_replaced() -> None:
    text = page_of(confirmation_pdf(make_slip(branch_name="Gőz zaal"))).extract_text()
    assert "Goz zaal" in text


LONG = dict(
    service_name="Aanvraag van een uittreksel uit het strafregister " * 6,
    bring_text="Je identiteitskaart, een pasfoto en het formulier dat je kreeg. " * 60,
    change_text="Ga naar https://www.zoersel.be/afspraak/" + "wijzigen" * 40,
)


@needs_pdftoppm
@pytest.mark.parametrize("changes", [LONG, {"bring_text": LONG["bring_text"][:700]}])
def test_long_texts_wrap_and_stay_on_the_page(changes: dict[str, str], tmp_path: Path) -> None:
    pdf = confirmation_pdf(make_slip(**changes))
    page = page_of(pdf)
    assert float(page.mediabox.height) == pytest.approx(210 * MM, abs=0.5)  # never grows
    text = page.extract_text()
    for must in ["10:30", "K7Q D4X", "Kan je niet komen?", "Je identiteitskaart"]:
        assert must in text, must

    dpi = 100
    image = render(pdf, tmp_path, dpi)
    width, height = image.size
    margin = round(10 / 25.4 * dpi)  # the layout keeps 12 mm; 10 mm must be blank paper
    for box in [
        (0, 0, width, margin),
        (0, height - margin, width, height),
        (0, 0, margin, height),
        (width - margin, 0, width, height),
    ]:
        darkest, _ = cast(tuple[int, int], image.crop(box).getextrema())
        assert darkest > 200, box  # no ink near the edges
    assert [normalize_reference(t) for t in decode_qr(image)] == [REFERENCE]


def test_very_long_text_is_cut_with_an_ellipsis() -> None:
    text = page_of(confirmation_pdf(make_slip(**LONG))).extract_text()
    assert "…" in text
    assert text.count("Je identiteitskaart") < 60
