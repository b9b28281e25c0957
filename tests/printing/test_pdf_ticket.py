"""PDF rendering: read back with pypdf (text) and zxing-cpp (the embedded QR image)."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from kiosk.printing.pdf_ticket import render_pdf

MM = 72 / 25.4


def decode_qr(image: Image.Image) -> list[str]:
    return [r.text for r in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]


def test_pdf_text_and_page_size(slip) -> None:  # type: ignore[no-untyped-def]
    reader = PdfReader(io.BytesIO(render_pdf(slip)))
    (page,) = reader.pages
    assert float(page.mediabox.width) == pytest.approx(80 * MM, abs=0.01)
    assert float(page.mediabox.height) == pytest.approx(150 * MM, abs=0.01)

    text = page.extract_text()
    for expected in [
        "A123",
        "Adreswijziging – Attest é",  # WinAnsi has the en dash: kept in the PDF
        "Stadhuis Zottegem",
        "04/03/2026 09:05",
        "Mensen voor jou",
        "ongeveer 10 min",
        "Je nummer",
    ]:
        assert expected in text, expected


def test_pdf_qr_image_is_read_back_by_zxing(slip) -> None:  # type: ignore[no-untyped-def]
    (page,) = PdfReader(io.BytesIO(render_pdf(slip))).pages
    (image,) = page.images
    assert decode_qr(image.image) == [slip.status_url]


def test_pdf_is_deterministic(slip) -> None:  # type: ignore[no-untyped-def]
    assert render_pdf(slip) == render_pdf(slip)


def test_long_texts_make_the_page_taller(make_slip) -> None:  # type: ignore[no-untyped-def]
    pdf = render_pdf(make_slip(service_name="Aanvraag van een uittreksel " * 12))
    (page,) = PdfReader(io.BytesIO(pdf)).pages
    assert float(page.mediabox.height) > 150 * MM
    assert float(page.mediabox.width) == pytest.approx(80 * MM, abs=0.01)


def test_characters_outside_winansi_are_replaced(make_slip) -> None:  # type: ignore[no-untyped-def]
    (page,) = PdfReader(io.BytesIO(render_pdf(make_slip(service_name="Gőz zaal")))).pages
    assert "Goz zaal" in page.extract_text()


def test_priority_and_no_qr(make_slip) -> None:  # type: ignore[no-untyped-def]
    pdf = render_pdf(make_slip(status_url="", priority_text="Voorrang"))
    (page,) = PdfReader(io.BytesIO(pdf)).pages
    assert "Voorrang" in page.extract_text()
    assert "Scan de code" not in page.extract_text()
    assert list(page.images) == []


@pytest.mark.skipif(
    shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) not installed"
)
def test_rendered_page_scans(slip, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pdf = tmp_path / "ticket.pdf"
    pdf.write_bytes(render_pdf(slip))
    subprocess.run(
        ["pdftoppm", "-r", "150", "-png", "-singlefile", str(pdf), str(tmp_path / "page")],
        check=True,
        timeout=60,
    )
    assert decode_qr(Image.open(tmp_path / "page.png")) == [slip.status_url]


def test_an_arabic_slip_is_printed_in_dutch(make_resident_slip) -> None:  # type: ignore[no-untyped-def]
    # Helvetica has no Arabic letters: the whole ticket in Dutch, never question marks.
    (page,) = PdfReader(io.BytesIO(render_pdf(make_resident_slip("ar")))).pages
    text = page.extract_text()
    for expected in [
        "Je nummer",
        "Identiteitskaart",
        "Mensen voor jou",
        "Wachttijd",
        "ongeveer 10 minuten",
        "Voorrang",
        "Bewaar dit ticket.",
    ]:
        assert expected in text, expected
    assert "?" not in text


def test_a_french_slip_stays_french_in_the_pdf(make_resident_slip) -> None:  # type: ignore[no-untyped-def]
    (page,) = PdfReader(io.BytesIO(render_pdf(make_resident_slip("fr")))).pages
    text = page.extract_text()
    for expected in ["Votre numéro", "Carte d'identité", "Temps d'attente", "Priorité"]:
        assert expected in text, expected
    assert "Je nummer" not in text and "Identiteitskaart" not in text
