"""A fake ESC/POS network printer for tests, plus decoders for what a printer would print.

``FakeEscposPrinter`` listens on 127.0.0.1 (a free port picked by the OS), keeps every byte it
receives and answers the real-time status queries ``DLE EOT n`` (``10 04 n``) like an Epson
printer would, according to its ``paper`` / ``cover_open`` settings (changeable while running)::

    with FakeEscposPrinter(paper="out") as fake:
        printer = EscposNetworkPrinter(fake.host, fake.port, timeout=1.0)
        ...
        fake.jobs          # print data per connection, status queries removed
        fake.connections   # everything per connection (see Connection)

Simplification: status queries are answered while they come *before* any print data on a
connection, which is how the kiosk adapters use them. Once print data starts, ``10 04 n`` is
taken as data, because raster image bytes can contain that sequence (a real printer would
answer it, and the adapters never read after sending the ticket).

Every socket operation has a short timeout and the server stops within a second; nothing here
touches anything but the loopback interface.
"""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass, field
from typing import Literal

from PIL import Image

DLE_EOT = b"\x10\x04"

Paper = Literal["ok", "near_end", "out"]


@dataclass
class Connection:
    """What one client connection did."""

    received: bytearray = field(default_factory=bytearray)
    queries: list[int] = field(default_factory=list)
    job: bytearray = field(default_factory=bytearray)
    closed: bool = False


class FakeEscposPrinter:
    """A TCP server playing an ESC/POS printer on port 9100 semantics.

    ``paper``: "ok", "near_end" or "out". ``cover_open``: the printer is offline with its cover
    open. ``answer_status=False``: never reply to ``DLE EOT`` (like some print servers).
    ``hang_up=True``: accept connections and close them at once. ``greeting``: bytes sent
    unsolicited right after accepting (like Automatic Status Back).
    """

    def __init__(
        self,
        *,
        paper: Paper = "ok",
        cover_open: bool = False,
        answer_status: bool = True,
        hang_up: bool = False,
        greeting: bytes = b"",
    ) -> None:
        self.paper: Paper = paper
        self.cover_open = cover_open
        self.answer_status = answer_status
        self.hang_up = hang_up
        self.greeting = greeting
        self.host = "127.0.0.1"
        self.port = 0
        self.connections: list[Connection] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._server: socket.socket | None = None

    # --- lifecycle -------------------------------------------------------------------------

    def start(self) -> FakeEscposPrinter:
        server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        server.bind((self.host, 0))
        server.listen(8)
        server.settimeout(0.05)
        self._server = server
        self.port = server.getsockname()[1]
        self._spawn(self._accept_loop)
        return self

    def stop(self) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=2.0)
        if self._server is not None:
            self._server.close()

    def __enter__(self) -> FakeEscposPrinter:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- what the tests look at ------------------------------------------------------------

    @property
    def jobs(self) -> list[bytes]:
        """Print data of each finished connection that sent any."""
        with self._lock:
            return [bytes(c.job) for c in self.connections if c.closed and c.job]

    @property
    def queries(self) -> list[int]:
        """``n`` of every ``DLE EOT n`` answered (or ignored), over all connections."""
        with self._lock:
            return [n for c in self.connections for n in c.queries]

    def wait_for_connections(self, count: int, timeout: float = 2.0) -> list[Connection]:
        """Wait until ``count`` connections have been closed; return all connections."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                if sum(c.closed for c in self.connections) >= count:
                    return list(self.connections)
            time.sleep(0.01)
        raise AssertionError(f"expected {count} finished connections, got {self.connections}")

    def status_byte(self, n: int) -> int:
        """The reply to ``DLE EOT n`` for the current state (Epson TM-T88 bit layout)."""
        value = 0x12  # bits 1 and 4 are always set in a DLE EOT reply
        paper_out = self.paper == "out"
        if n == 1 and (paper_out or self.cover_open):
            value |= 0x08  # offline
        elif n == 2:
            value |= (0x04 if self.cover_open else 0) | (0x20 if paper_out else 0)
        elif n == 4:
            value |= (0x0C if self.paper != "ok" else 0) | (0x60 if paper_out else 0)
        return value

    # --- server ----------------------------------------------------------------------------

    def _spawn(self, target: object, *args: object) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)  # type: ignore[arg-type]
        self._threads.append(thread)
        thread.start()

    def _accept_loop(self) -> None:
        assert self._server is not None
        while not self._stop.is_set():
            try:
                conn, _ = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            record = Connection()
            with self._lock:
                self.connections.append(record)
            self._spawn(self._serve, conn, record)

    def _serve(self, conn: socket.socket, record: Connection) -> None:
        conn.settimeout(0.05)
        pending = b""
        status_phase = True
        try:
            if self.hang_up:
                return
            if self.greeting:
                conn.sendall(self.greeting)
            while not self._stop.is_set():
                try:
                    chunk = conn.recv(4096)
                except TimeoutError:
                    continue
                if not chunk:
                    break
                with self._lock:
                    record.received += chunk
                pending += chunk
                while status_phase and pending:
                    if len(pending) < 3 and DLE_EOT.startswith(pending[:2]):
                        break  # maybe the start of a query: wait for the rest
                    if pending[:2] == DLE_EOT and pending[2] in (1, 2, 3, 4):
                        n = pending[2]
                        pending = pending[3:]
                        with self._lock:
                            record.queries.append(n)
                        if self.answer_status:
                            conn.sendall(bytes([self.status_byte(n)]))
                    else:
                        status_phase = False
                if not status_phase:
                    with self._lock:
                        record.job += pending
                    pending = b""
        except OSError:
            pass
        finally:
            conn.close()
            with self._lock:
                record.closed = True


def free_port() -> int:
    """A loopback port with nothing listening on it (bound once, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# --- decoding what a printer would print --------------------------------------------------


@dataclass(frozen=True)
class NativeQr:
    """A QR code sent with the ``GS ( k`` commands (function 180..181)."""

    data: bytes
    module_size: int | None
    error_level: int | None  # 48..51 = L, M, Q, H
    printed: bool


def native_qr_codes(data: bytes) -> list[NativeQr]:
    """Decode every ``GS ( k`` QR symbol stored in ``data`` (and whether it was printed)."""
    codes: list[NativeQr] = []
    size = level = None
    stored: bytes | None = None
    i = 0
    while (i := data.find(b"\x1d(k", i)) != -1:
        length = data[i + 3] | data[i + 4] << 8
        body = data[i + 5 : i + 5 + length]
        i += 5 + length
        if len(body) < 2 or body[0] != 0x31:  # cn 49 = QR code
            continue
        fn, args = body[1], body[2:]
        if fn == 0x43:
            size = args[0]
        elif fn == 0x45:
            level = args[0]
        elif fn == 0x50:
            stored = args[1:]  # after m = 48
        elif fn == 0x51 and stored is not None:
            codes.append(NativeQr(stored, size, level, printed=True))
            stored = None
    if stored is not None:
        codes.append(NativeQr(stored, size, level, printed=False))
    return codes


def raster_images(data: bytes, paper_width: int = 512) -> list[Image.Image]:
    """Decode every ``GS v 0`` raster image as the printer would print it.

    Images come back black on white, centred on white paper ``paper_width`` dots wide, with a
    white band above and below, so barcode readers see the margin the paper gives.
    """
    images: list[Image.Image] = []
    i = 0
    while (i := data.find(b"\x1dv0", i)) != -1:
        x_bytes = data[i + 4] | data[i + 5] << 8
        height = data[i + 6] | data[i + 7] << 8
        body = data[i + 8 : i + 8 + x_bytes * height]
        i += 8 + x_bytes * height
        # ESC/POS: bit 1 = burn a dot (black). PIL's "1;I" raw mode reads 1 as black.
        image = Image.frombytes("1", (x_bytes * 8, height), body, "raw", "1;I")
        paper = Image.new("L", (max(paper_width, image.width), height + 64), 255)
        paper.paste(image.convert("L"), ((paper.width - image.width) // 2, 32))
        images.append(paper)
    return images
