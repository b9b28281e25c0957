"""Printing benchmark: how long the kiosk takes to turn a ticket into printer bytes or a PDF.

Prints one JSON object on its last line. Each figure is the median and the worst of ``--slips``
distinct slips (distinct numbers and status links, so no cache helps), in ms:
- escpos_native_qr: ESC/POS bytes with the printer drawing the QR code itself (GS ( k);
- escpos_image_qr: ESC/POS bytes with the QR code sent as a raster image (printers without
  native QR);
- pdf: the PDF ticket (reportlab), for the "save as PDF" and system-printer paths.

Why: the ticket is made while the resident waits at the kiosk; the kiosk's own share of that
wait should stay far below what a person notices. Target: median <= 30 ms for ESC/POS (this
used to be a timed assertion in tests/printing; speed targets live here, not in tests).
Usage: python bench/printing_bench.py [--slips N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from datetime import datetime

from kiosk.printing.escpos_ticket import render_escpos
from kiosk.printing.pdf_ticket import render_pdf
from kiosk.printing.slip import TicketSlip


def _slip(i: int) -> TicketSlip:
    return TicketSlip(
        number=f"B{i:03d}",
        service_name="Adreswijziging – Attest é",
        branch_name="Gemeentehuis Zoersel",
        printed_at=datetime(2026, 12, 1, 9, 5),
        people_ahead_text="3",
        wait_text="ongeveer 10 minuten",
        status_url=f"http://127.0.0.1:8765/t/{i:032x}",
    )


def _measure(render: Callable[[TicketSlip], bytes], slips: int) -> dict[str, float]:
    times = []
    for i in range(slips):
        slip = _slip(i)
        started = time.perf_counter()
        render(slip)
        times.append((time.perf_counter() - started) * 1000)
    return {"median_ms": round(statistics.median(times), 2), "worst_ms": round(max(times), 2)}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--slips", type=int, default=40)
    args = parser.parse_args(argv)
    result = {
        "slips": args.slips,
        "escpos_native_qr": _measure(lambda s: render_escpos(s, qr_native=True), args.slips),
        "escpos_image_qr": _measure(lambda s: render_escpos(s, qr_native=False), args.slips),
        "pdf": _measure(render_pdf, args.slips),
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
