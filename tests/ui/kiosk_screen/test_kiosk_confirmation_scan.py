"""Acceptance: the letter a clerk prints is what the kiosk reads. A resident books, takes the
confirmation home, and at the town hall holds its QR code under the scanner."""

from __future__ import annotations

import shutil
import subprocess

import pytest
import zxingcpp
from PIL import Image

from kiosk.core.appointments import QR_PREFIX, qr_payload
from kiosk.core.model import TicketOrigin
from kiosk.printing.confirmation import ConfirmationSlip, confirmation_pdf
from kiosk.services import tickets

from .conftest import BRUSSELS, book, local

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm")


def letter_as_png(tmp_path, slip: ConfirmationSlip) -> Image.Image:
    """The confirmation as a printed page: the PDF rendered at printer resolution."""
    pdf = tmp_path / "afspraak.pdf"
    pdf.write_bytes(confirmation_pdf(slip))
    subprocess.run(
        ["pdftoppm", "-png", "-r", "200", "-singlefile", str(pdf), str(tmp_path / "afspraak")],
        check=True,
        timeout=60,
    )
    return Image.open(tmp_path / "afspraak.png")


def test_the_qr_code_on_the_confirmation_checks_the_resident_in(
    kiosk, ctx, clock, printer, tmp_path
) -> None:
    appointment = book(ctx, "licence", local(2026, 11, 30, 10, 30))
    starts = appointment.starts_at.astimezone(BRUSSELS)
    slip = ConfirmationSlip(
        municipality_name="Gemeente Zoersel",
        branch_name="Gemeentehuis Zoersel",
        branch_address="Handelslei 167, 2980 Zoersel",
        service_name="Rijbewijs",
        starts_local=starts.replace(tzinfo=None),
        minutes=appointment.minutes,
        date_text="maandag 30 november 2026",
        time_text="10:30",
        reference=appointment.reference,
        qr_payload=qr_payload(appointment.reference),
    )
    page = letter_as_png(tmp_path, slip)

    [code] = [c for c in zxingcpp.read_barcodes(page) if c.text.startswith(QR_PREFIX)]
    assert code.text == qr_payload(appointment.reference)

    clock.set(local(2026, 11, 30, 10, 10))  # the resident arrives twenty minutes early
    kiosk.scan(code.text)

    shown = kiosk.texts()
    assert "R001" in shown
    assert "Je afspraak is om 10:30." in shown
    [printed] = printer.slips
    ticket = tickets.ticket_status(ctx, printed.status_url.rsplit("/", 1)[1]).ticket
    assert ticket.origin is TicketOrigin.APPOINTMENT
    assert ticket.appointment_id == appointment.id
