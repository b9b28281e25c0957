"""ESC/POS rendering: content, code pages, QR codes (read back with zxing-cpp), speed."""

from __future__ import annotations

import pytest
import qrcode
import zxingcpp
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.printing.escpos_ticket import printable_text, render_escpos
from kiosk.printing.slip import SlipLabels
from tests.printing.fake_printer import native_qr_codes, raster_images

ESC_INIT = b"\x1b@"
CUT = b"\x1dV\x00"


def decode_qr(image) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.text for r in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]


def test_ticket_has_all_content_in_cp858(slip) -> None:  # type: ignore[no-untyped-def]
    data = render_escpos(slip)

    # ESC @ then ESC t 19 (CP858): the page is selected after init, which would reset it.
    assert data.startswith(ESC_INIT + b"\x1bt\x13")
    for text in [
        "A123",
        "Stadhuis Zottegem",
        "Adreswijziging - Attest é",  # en dash is not in CP858: printed as "-"
        "04/03/2026 09:05",
        "Je nummer",
        "Mensen voor jou",
        "Wachttijd",
        "ongeveer 10 min",
        "Bewaar dit ticket. Kijk naar het scherm in\nde wachtzaal.",  # wrapped at 42 columns
    ]:
        assert text.encode("cp858") in data, text
    assert b"\xc3" not in data  # no stray UTF-8
    assert data.endswith(CUT)


def test_number_is_big_and_centred(slip) -> None:  # type: ignore[no-untyped-def]
    data = render_escpos(slip)
    number_at = data.index(b"A123")
    before = data[:number_at]
    assert before.rfind(b"\x1ba\x01") != -1  # centred
    assert before.endswith(b"\x1d!\x33\x1bE\x01")  # GS ! 4x4, bold


def test_long_number_gets_smaller_scale(make_slip) -> None:  # type: ignore[no-untyped-def]
    data = render_escpos(make_slip(number="ABCDEFGHIJKLMNOPQRST"))  # 20 chars: fits at 2x
    assert b"\x1d!\x11\x1bE\x01ABCDEFGHIJKLMNOPQRST" in data


def test_cp858_accents_and_euro() -> None:
    assert printable_text("Adreswijziging – Attest é", "cp858") == "Adreswijziging - Attest é"
    assert "Adreswijziging - Attest é".encode("cp858") == b"Adreswijziging - Attest \x82"
    assert printable_text("€ à ç ë ï ô ù", "cp858").encode("cp858") == (
        b"\xd5 \x85 \x87 \x89 \x8b \x93 \x97"
    )


def test_cp1252_keeps_dash_and_uses_its_own_bytes(make_slip) -> None:  # type: ignore[no-untyped-def]
    data = render_escpos(make_slip(service_name="Adreswijziging – Attest é €"), codepage="cp1252")
    assert data.startswith(ESC_INIT + b"\x1bt\x10")  # ESC t 16 = WPC1252
    assert b"Adreswijziging \x96 Attest \xe9 \x80" in data


def test_characters_outside_the_page_degrade_gracefully() -> None:
    assert printable_text("Gőz “Zaal” … ½", "cp858") == 'Goz "Zaal" ... ½'
    assert printable_text("日本", "cp858") == "??"


def test_control_characters_cannot_inject_commands(make_slip) -> None:  # type: ignore[no-untyped-def]
    data = render_escpos(make_slip(service_name="Paspoort\x1bi\x1d V\x00 aanvragen"))
    assert b"Paspoorti V aanvragen" in data
    assert data.count(CUT) == 1


def test_unknown_code_page_is_rejected(slip) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match="unsupported code page"):
        render_escpos(slip, codepage="utf-8")


def test_native_qr_carries_status_url_and_scans(slip) -> None:  # type: ignore[no-untyped-def]
    data = render_escpos(slip)
    (code,) = native_qr_codes(data)
    assert code.data == slip.status_url.encode()
    assert code.printed
    assert code.error_level == 0x31  # M
    assert data.index(b"\x1d(k") < data.index(b"Scan de code")

    # Draw the stored symbol as the printer does (module size and level from the commands).
    qr = qrcode.QRCode(
        error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=code.module_size, border=4
    )
    qr.add_data(code.data)
    assert decode_qr(qr.make_image().get_image().convert("L")) == [slip.status_url]


def test_image_qr_is_read_back_by_zxing(slip) -> None:  # type: ignore[no-untyped-def]
    data = render_escpos(slip, qr_native=False)
    assert native_qr_codes(data) == []
    (image,) = raster_images(data)
    assert image.width <= 512
    assert decode_qr(image) == [slip.status_url]
    assert data.endswith(CUT)


def test_long_url_still_fits_and_scans(make_slip) -> None:  # type: ignore[no-untyped-def]
    url = "https://wachtrij.gemeente.be/status?" + "&".join(f"k{i}=v{i}" for i in range(40))
    data = render_escpos(make_slip(status_url=url), qr_native=False)
    (image,) = raster_images(data)
    assert decode_qr(image) == [url]


def test_no_status_url_means_no_qr_and_no_hint(make_slip) -> None:  # type: ignore[no-untyped-def]
    data = render_escpos(make_slip(status_url=""))
    assert b"\x1d(k" not in data and b"\x1dv0" not in data
    assert b"Scan de code" not in data


def test_priority_text_and_french_labels(make_slip) -> None:  # type: ignore[no-untyped-def]
    labels = SlipLabels(
        your_number="Votre numéro",
        people_ahead="Personnes avant vous",
        expected_wait="Attente prévue",
        scan_hint="Scannez le code pour voir quand c’est votre tour.",
        footer="Gardez ce ticket.",
    )
    data = render_escpos(make_slip(labels=labels, priority_text="Priorité"))
    for text in ["Votre numéro", "Attente prévue", "quand c'est", "Priorité"]:
        assert text.encode("cp858") in data, text
    assert b"\x1dB\x01" in data  # priority printed white on black


def test_label_and_value_share_a_line_when_they_fit(slip) -> None:  # type: ignore[no-untyped-def]
    data = render_escpos(slip)
    line = "Mensen voor jou" + "3".rjust(42 - len("Mensen voor jou"))
    assert line.encode() + b"\n" in data


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=80))
def test_printable_text_only_emits_encodable_characters(text: str) -> None:
    for codepage in ("cp858", "cp1252"):
        cleaned = printable_text(text, codepage)
        cleaned.encode(codepage)  # never raises
        assert all(c == "\n" or c >= " " for c in cleaned)
        assert "\x7f" not in cleaned


@settings(max_examples=30, deadline=None)
@given(service=st.text(max_size=60), number=st.text(min_size=1, max_size=12))
def test_rendering_never_fails(make_slip, service: str, number: str) -> None:  # type: ignore[no-untyped-def]
    data = render_escpos(make_slip(service_name=service, number=number))
    assert data.endswith(CUT)


def test_the_service_prints_in_the_residents_language_or_else_in_dutch(  # type: ignore[no-untyped-def]
    make_slip, make_resident_slip
) -> None:
    french = make_resident_slip("fr")
    assert "Carte d'identit".encode("cp858") in render_escpos(french)
    assert b"Identiteitskaart" not in render_escpos(french)
    # CP858 has no Arabic letters: the Dutch name, not a row of question marks.
    arabic = make_resident_slip("ar")
    assert b"Identiteitskaart" in render_escpos(arabic)
    assert b"Identiteitskaart" in render_escpos(arabic, codepage="cp1252")
    # A slip without a Dutch version prints what it has.
    assert render_escpos(make_slip(service_name="بطاقة")).count(b"?") >= 5


def text_bytes(data: bytes) -> bytes:
    """The printed characters of ``data``: every byte that is not part of a command this
    renderer sends (ESC x [n], GS x n, GS ( k ..., GS V n)."""
    out = bytearray()
    i = 0
    while i < len(data):
        byte = data[i]
        if byte == 0x1B:  # ESC @ (init) takes no argument; ESC t/a/E/!/- ... take one
            i += 2 if data[i + 1] == 0x40 else 3
        elif byte == 0x1D and data[i + 1] == 0x28:  # GS ( k pL pH ...: pL + 256 pH bytes
            i += 5 + data[i + 3] + 256 * data[i + 4]
        elif byte == 0x1D:
            i += 3
        else:
            out.append(byte)
            i += 1
    return bytes(out)


@pytest.mark.parametrize("codepage", ["cp858", "cp1252"])
def test_an_arabic_slip_prints_in_dutch_labels_and_all(make_resident_slip, codepage: str) -> None:  # type: ignore[no-untyped-def]
    from kiosk.printing.escpos_ticket import printable_slip

    arabic = make_resident_slip("ar")
    assert printable_slip(arabic, codepage) is arabic.dutch
    data = render_escpos(arabic, codepage=codepage)
    printed = text_bytes(data).decode(codepage)
    assert "?" not in printed  # no letter came out as a question mark
    for text in [
        "Je nummer",
        "Identiteitskaart",
        "Mensen voor jou",
        "Wachttijd",
        "ongeveer 10 minuten",
        "Voorrang",
        "Scan de code. Dan zie je wanneer het je\nbeurt is.",
        "Bewaar dit ticket. Kijk naar het scherm in\nde wachtzaal.",
        "A123",
        "Stadhuis Zottegem",
    ]:
        assert text.encode(codepage) in data, text
    # The very bytes of the Dutch slip: nothing of the Arabic one is left.
    assert data == render_escpos(arabic.dutch, codepage=codepage)


def test_a_french_slip_stays_french(make_resident_slip) -> None:  # type: ignore[no-untyped-def]
    french = make_resident_slip("fr")
    data = render_escpos(french)
    for text in [
        "Votre numéro",
        "Carte d'identité",
        "Personnes avant vous",
        "Temps d'attente",
        "environ 10 minutes",
        "Priorité",
        "quand c'est",  # the curly apostrophe, straightened: not a lost letter
        "Regardez l'écran",
    ]:
        assert text.encode("cp858") in data, text
    assert b"Je nummer" not in data and b"Identiteitskaart" not in data
    assert "?" not in text_bytes(data).decode("cp858")


def test_a_question_mark_that_is_meant_does_not_switch_to_dutch(make_resident_slip) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from kiosk.printing.slip import SlipLabels

    french = make_resident_slip("fr")
    asked = replace(french, labels=SlipLabels(expected_wait="Et maintenant ?"))
    assert "Et maintenant ?".encode("cp858") in render_escpos(asked)


def test_the_slip_has_one_dutch_fallback_not_two() -> None:
    # The Dutch service name travels in the Dutch slip only (issue 12 point 6): a second
    # field for it could disagree with ``dutch.service_name``.
    from dataclasses import fields

    from kiosk.printing.slip import TicketSlip

    assert "service_name_nl" not in {f.name for f in fields(TicketSlip)}
    assert "dutch" in {f.name for f in fields(TicketSlip)}
