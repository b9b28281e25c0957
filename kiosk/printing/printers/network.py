"""ESC/POS printer on a raw TCP port."""

from __future__ import annotations

import socket
import time
from typing import Unpack

from kiosk.printing.printers.escpos_stream import (
    EscposStreamOptions,
    EscposStreamPrinter,
    StatusLink,
)


class _SocketLink(StatusLink):
    def __init__(self, host: str, port: int, timeout: float) -> None:
        self.timeout = timeout
        self.sock = socket.create_connection((host, port), timeout=timeout)
        # Status queries are 3 bytes: without this, Nagle + delayed ACK can add 40-200 ms.
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def write(self, data: bytes) -> None:
        self.sock.settimeout(self.timeout)  # since Python 3.5 this bounds the whole sendall
        self.sock.sendall(data)

    def read(self, timeout: float) -> bytes:
        self.sock.settimeout(max(timeout, 0.001))
        try:
            data = self.sock.recv(64)
        except TimeoutError:
            return b""
        if not data:
            raise ConnectionResetError("printer closed the connection")
        return data

    def drain(self) -> None:
        self.sock.setblocking(False)
        try:
            while self.sock.recv(256):
                pass
        except (BlockingIOError, InterruptedError):
            pass
        finally:
            self.sock.settimeout(self.timeout)

    def close(self) -> None:
        # Half-close, then read until the printer closes (or briefly): closing with unread
        # input would send a TCP reset, and some printers drop unprinted data on a reset.
        try:
            self.sock.shutdown(socket.SHUT_WR)
            deadline = time.monotonic() + min(1.0, self.timeout)
            while (remaining := deadline - time.monotonic()) > 0:
                self.sock.settimeout(remaining)
                if not self.sock.recv(256):
                    break
        except OSError:
            pass
        finally:
            self.sock.close()


class EscposNetworkPrinter(EscposStreamPrinter):
    """ESC/POS printer on a raw TCP port (usually 9100; Epson, Star in ESC/POS mode, clones).

    ``options``: see :class:`EscposStreamPrinter`.
    """

    def __init__(self, host: str, port: int = 9100, **options: Unpack[EscposStreamOptions]) -> None:
        super().__init__(**options)
        self.host = host
        self.port = port

    @property
    def _name(self) -> str:
        return f"{self.host}:{self.port}"

    def _open(self) -> StatusLink:
        return _SocketLink(self.host, self.port, self.timeout)
