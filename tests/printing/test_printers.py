"""Printer adapters against a fake ESC/POS printer on 127.0.0.1, files and folders."""

from __future__ import annotations

import importlib.util
import io
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import zxingcpp
from pypdf import PdfReader

from kiosk.printing.escpos_ticket import render_escpos
from kiosk.printing.printers import (
    EscposFilePrinter,
    EscposNetworkPrinter,
    EscposSerialPrinter,
    EscposUsbPrinter,
    NullPrinter,
    PdfFilePrinter,
    PrinterStatus,
    PrintResult,
    TicketPrinter,
    is_status_byte,
    make_printer,
)
from kiosk.printing.settings import PRINTER_KINDS, PrinterSettings
from tests.printing.fake_printer import (
    FakeEscposPrinter,
    free_port,
    native_qr_codes,
    raster_images,
)

CUT = b"\x1dV\x00"


def network(fake: FakeEscposPrinter, **kw: object) -> EscposNetworkPrinter:
    return EscposNetworkPrinter(fake.host, fake.port, timeout=1.0, **kw)  # type: ignore[arg-type]


# --- network: the happy path ----------------------------------------------------------------


def test_network_print_sends_the_ticket(fake_printer, slip) -> None:  # type: ignore[no-untyped-def]
    result = network(fake_printer).print_ticket(slip)

    assert result == PrintResult(True, PrinterStatus.OK, result.detail)
    (conn,) = fake_printer.wait_for_connections(1)
    assert conn.queries == [4, 1]  # paper sensor, then printer status, before any data
    (job,) = fake_printer.jobs
    assert job == render_escpos(slip)
    assert b"A123" in job
    assert "Adreswijziging - Attest é".encode("cp858") in job
    (qr,) = native_qr_codes(job)
    assert qr.data == slip.status_url.encode() and qr.printed
    assert job.endswith(CUT)


def test_network_image_qr_scans(fake_printer, slip) -> None:  # type: ignore[no-untyped-def]
    assert network(fake_printer, qr_native=False, codepage="cp1252").print_ticket(slip).ok
    fake_printer.wait_for_connections(1)
    (job,) = fake_printer.jobs
    assert job.startswith(b"\x1b@\x1bt\x10")
    assert "Adreswijziging – Attest é".encode("cp1252") in job
    (image,) = raster_images(job)
    assert [r.text for r in zxingcpp.read_barcodes(image)] == [slip.status_url]


def test_paper_near_end_still_prints(slip) -> None:  # type: ignore[no-untyped-def]
    with FakeEscposPrinter(paper="near_end") as fake:
        result = network(fake).print_ticket(slip)
        fake.wait_for_connections(1)
        assert result.ok and "near end" in result.detail
        assert len(fake.jobs) == 1


def test_unsolicited_status_bytes_are_ignored(slip) -> None:  # type: ignore[no-untyped-def]
    # An Automatic Status Back block (first byte 0x10 pattern) arrives before our queries.
    with FakeEscposPrinter(greeting=b"\x14\x00\x00\x0f") as fake:
        assert network(fake).print_ticket(slip).ok
        fake.wait_for_connections(1)
        assert len(fake.jobs) == 1


def test_one_caller_at_a_time(fake_printer, make_slip) -> None:  # type: ignore[no-untyped-def]
    printer = network(fake_printer)
    slips = [make_slip(number=f"C{i}") for i in range(4)]
    results: list[PrintResult] = []
    threads = [
        threading.Thread(target=lambda s=s: results.append(printer.print_ticket(s))) for s in slips
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert [r.ok for r in results] == [True] * 4
    fake_printer.wait_for_connections(4)
    assert sorted(fake_printer.jobs) == sorted(render_escpos(s) for s in slips)


# --- network: problems ----------------------------------------------------------------------


def test_out_of_paper_prints_nothing(slip) -> None:  # type: ignore[no-untyped-def]
    with FakeEscposPrinter(paper="out") as fake:
        printer = network(fake)
        result = printer.print_ticket(slip)
        assert result.ok is False
        assert result.status is PrinterStatus.OUT_OF_PAPER
        (conn,) = fake.wait_for_connections(1)
        assert fake.jobs == []
        assert bytes(conn.received) == b"\x10\x04\x04"  # only the paper query went out
        assert printer.check() is PrinterStatus.OUT_OF_PAPER

        fake.paper = "ok"  # paper refilled: the same adapter prints again
        assert printer.print_ticket(slip).ok


def test_cover_open_is_an_error_and_prints_nothing(slip) -> None:  # type: ignore[no-untyped-def]
    with FakeEscposPrinter(cover_open=True) as fake:
        result = network(fake).print_ticket(slip)
        assert (result.ok, result.status) == (False, PrinterStatus.ERROR)
        assert "cover open" in result.detail
        fake.wait_for_connections(1)
        assert fake.jobs == []
        assert fake.queries == [4, 1, 2]


def test_nothing_listening_is_offline_quickly(slip) -> None:  # type: ignore[no-untyped-def]
    printer = EscposNetworkPrinter("127.0.0.1", free_port(), timeout=1.0)
    started = time.monotonic()
    result = printer.print_ticket(slip)
    assert (result.ok, result.status) == (False, PrinterStatus.OFFLINE)
    assert printer.check() is PrinterStatus.OFFLINE
    assert time.monotonic() - started < 2.5


def test_printer_hanging_up_is_offline(slip) -> None:  # type: ignore[no-untyped-def]
    with FakeEscposPrinter(hang_up=True) as fake:
        result = network(fake).print_ticket(slip)
        assert (result.ok, result.status) == (False, PrinterStatus.OFFLINE)


def test_silent_printer_prints_blind_by_default(slip) -> None:  # type: ignore[no-untyped-def]
    with FakeEscposPrinter(answer_status=False) as fake:
        started = time.monotonic()
        result = network(fake, status_timeout=0.3).print_ticket(slip)
        assert result.ok and "no status reply" in result.detail
        assert time.monotonic() - started < 2.0
        fake.wait_for_connections(1)
        assert fake.jobs == [render_escpos(slip)]


def test_silent_printer_is_offline_when_strict(slip) -> None:  # type: ignore[no-untyped-def]
    with FakeEscposPrinter(answer_status=False) as fake:
        started = time.monotonic()
        result = network(fake, status_timeout=0.3, strict_status=True).print_ticket(slip)
        assert (result.ok, result.status) == (False, PrinterStatus.OFFLINE)
        assert time.monotonic() - started < 2.0
        fake.wait_for_connections(1)
        assert fake.jobs == []


def test_check_reports_ok(fake_printer) -> None:  # type: ignore[no-untyped-def]
    assert network(fake_printer).check() is PrinterStatus.OK
    fake_printer.wait_for_connections(1)
    assert fake_printer.jobs == []


def test_status_byte_pattern() -> None:
    assert is_status_byte(0x12) and is_status_byte(0x7E)
    assert not is_status_byte(0x14)  # first byte of an ASB block
    assert not is_status_byte(0x00)


# --- other adapters ---------------------------------------------------------------------------


def test_file_printer_appends_escpos_bytes(tmp_path: Path, slip) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "out.bin"
    printer = EscposFilePrinter(target)
    assert printer.check() is PrinterStatus.OK
    assert printer.print_ticket(slip).ok
    assert printer.print_ticket(slip).ok
    assert target.read_bytes() == render_escpos(slip) * 2


def test_file_printer_missing_device_is_offline(slip) -> None:  # type: ignore[no-untyped-def]
    path = Path("/dev/kiosk-test-no-such-printer")
    printer = EscposFilePrinter(path)
    result = printer.print_ticket(slip)
    assert (result.ok, result.status) == (False, PrinterStatus.OFFLINE)
    assert printer.check() is PrinterStatus.OFFLINE
    assert not path.exists()  # never creates files under /dev


def test_file_printer_unwritable_path_is_an_error(tmp_path: Path, slip) -> None:  # type: ignore[no-untyped-def]
    result = EscposFilePrinter(tmp_path).print_ticket(slip)  # a directory
    assert (result.ok, result.status) == (False, PrinterStatus.ERROR)


def test_pdf_printer_writes_one_pdf_per_ticket(tmp_path: Path, slip) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "tickets"
    printer = PdfFilePrinter(folder)
    first, second = printer.print_ticket(slip), printer.print_ticket(slip)
    assert first.ok and second.ok and first.detail != second.detail
    assert sorted(p.name for p in folder.iterdir()) == [
        "20260304-090500-A123-2.pdf",
        "20260304-090500-A123.pdf",
    ]
    text = PdfReader(io.BytesIO(Path(first.detail).read_bytes())).pages[0].extract_text()
    assert "A123" in text and "Adreswijziging – Attest é" in text
    assert printer.check() is PrinterStatus.OK


def test_pdf_printer_unwritable_folder_is_an_error(tmp_path: Path, slip) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    printer = PdfFilePrinter(blocker)
    assert printer.print_ticket(slip).status is PrinterStatus.ERROR
    assert printer.check() is PrinterStatus.ERROR


def test_null_printer_asks_for_the_screen(slip) -> None:  # type: ignore[no-untyped-def]
    result = NullPrinter().print_ticket(slip)
    assert (result.ok, result.status) == (False, PrinterStatus.OFFLINE)
    assert NullPrinter().check() is PrinterStatus.OFFLINE


@pytest.mark.skipif(importlib.util.find_spec("serial") is not None, reason="pyserial installed")
def test_serial_without_pyserial_is_an_error_not_a_crash(slip) -> None:  # type: ignore[no-untyped-def]
    printer = EscposSerialPrinter("/dev/ttyUSB-kiosk-test")
    result = printer.print_ticket(slip)
    assert (result.ok, result.status) == (False, PrinterStatus.ERROR)
    assert "pyserial" in result.detail
    assert printer.check() is PrinterStatus.ERROR


@pytest.mark.skipif(importlib.util.find_spec("usb") is not None, reason="pyusb installed")
def test_usb_without_pyusb_is_an_error_not_a_crash(slip) -> None:  # type: ignore[no-untyped-def]
    printer = EscposUsbPrinter(0x04B8, 0x0202)
    result = printer.print_ticket(slip)
    assert (result.ok, result.status) == (False, PrinterStatus.ERROR)
    assert "pyusb" in result.detail


# --- factory and contract -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("settings", "cls"),
    [
        (PrinterSettings(), NullPrinter),
        (PrinterSettings(kind="network", host="192.0.2.10"), EscposNetworkPrinter),
        (
            PrinterSettings(kind="usb", usb_vendor_id=0x04B8, usb_product_id=0x0E15),
            EscposUsbPrinter,
        ),
        (PrinterSettings(kind="serial", serial_device="/dev/ttyS0"), EscposSerialPrinter),
        (PrinterSettings(kind="file", path="/dev/usb/lp0"), EscposFilePrinter),
        (PrinterSettings(kind="pdf", path="/tmp/tickets"), PdfFilePrinter),
    ],
)
def test_make_printer_builds_each_kind(settings: PrinterSettings, cls: type) -> None:
    printer = make_printer(settings)
    assert isinstance(printer, cls)
    assert isinstance(printer, TicketPrinter)


def test_make_printer_passes_settings_through() -> None:
    printer = make_printer(
        PrinterSettings(kind="network", host="h", port=9101, codepage="cp1252", qr_native=False)
    )
    assert isinstance(printer, EscposNetworkPrinter)
    assert (printer.port, printer.codepage, printer.qr_native) == (9101, "cp1252", False)


def test_make_printer_refuses_system_kind() -> None:
    with pytest.raises(ValueError, match=r"kiosk/ui/common/system_printer\.py"):
        make_printer(PrinterSettings(kind="system"))


@pytest.mark.parametrize(
    "settings",
    [
        PrinterSettings(kind="network"),
        PrinterSettings(kind="usb", usb_vendor_id=0x04B8),
        PrinterSettings(kind="serial"),
        PrinterSettings(kind="file"),
        PrinterSettings(kind="pdf"),
        PrinterSettings(kind="network", host="h", codepage="utf-8"),
        PrinterSettings(kind="laser"),  # type: ignore[arg-type]
    ],
)
def test_make_printer_rejects_bad_settings(settings: PrinterSettings) -> None:
    with pytest.raises(ValueError):
        make_printer(settings)


def test_every_kind_is_handled() -> None:
    assert set(PRINTER_KINDS) == {"none", "network", "usb", "serial", "file", "pdf", "system"}


def test_printing_package_is_qt_free() -> None:
    code = (
        "import sys, kiosk.printing.printers, kiosk.printing.pdf_ticket;"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'PySide6 imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
    package = Path(__file__).parents[2] / "kiosk" / "printing"
    for source in package.rglob("*.py"):
        assert "PySide6" not in source.read_text(encoding="utf-8"), source
