"""What one request may cost the server (issue 10 point 5), on a real server on loopback: a
body too large is refused before it is read, a body or a request head that trickles in is cut
off, and one terminal cannot pile up waiting long polls. Raw sockets, so that a request can
stop halfway as a slow or hostile client's would; each read gives up after 10 s (a server that
holds on fails the test instead of hanging it)."""

from __future__ import annotations

import json
import re
import socket
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

import pytest
import requests

from kiosk.core.model import DeviceRole
from kiosk.server.app import create_app
from kiosk.server.settings import ServerSettings
from kiosk.services import devices, tickets
from kiosk.services.context import ServiceContext
from kiosk.storage.demo import TOWN_HALL, service_id
from tests.conftest import _free_port, serving

#: The limits of the ``tight`` server: small, so that a test reaches them at once.
TIGHT = {"max_body_bytes": 1000, "body_timeout_s": 0.5, "header_timeout_s": 0.5}


@pytest.fixture
def tight(ctx: ServiceContext) -> Iterator[str]:
    settings = ServerSettings(port=_free_port(), **TIGHT)  # type: ignore[arg-type]
    with serving(create_app(ctx, settings), settings) as url:
        yield url


def _connect(base: str) -> socket.socket:
    return socket.create_connection(("127.0.0.1", urlsplit(base).port or 80), timeout=10)


def _until_closed(sock: socket.socket) -> bytes:
    """Everything the server sends until it closes the connection (socket.timeout after 10 s
    of silence: the server held the connection)."""
    received = b""
    while chunk := sock.recv(65536):
        received += chunk
    return received


def _head(method: str, path: str, *headers: str) -> bytes:
    lines = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1", *headers, "", ""]
    return "\r\n".join(lines).encode()


def _status_and_detail(answer: bytes) -> tuple[int, str]:
    head, _, body = answer.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    return status, json.loads(body)["detail"]


ENROLL = "/api/v1/devices/enroll"


def test_a_body_declared_too_large_is_refused_before_it_is_read(base: str) -> None:
    """100 MB announced to an unauthenticated route: 413 at once, nothing sent but the head
    (the server used to wait for the body, and read all of it into memory)."""
    with _connect(base) as sock:
        sock.sendall(
            _head("POST", ENROLL, "Content-Type: application/json", "Content-Length: 104857600")
        )
        answer = _until_closed(sock)
    status, detail = _status_and_detail(answer)
    assert status == 413
    assert detail == "the request is too large; at most 1048576 bytes are accepted"
    assert b"connection: close" in answer.lower()


def test_a_streamed_body_is_counted_as_it_arrives(tight: str) -> None:
    """No length announced (chunked): refused as soon as it passes the limit, unfinished."""
    with _connect(tight) as sock:
        sock.sendall(
            _head("POST", ENROLL, "Content-Type: application/json", "Transfer-Encoding: chunked")
        )
        chunk = b'{"code": "' + b"x" * 590
        sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), b"y" * len(chunk)))  # 1200 bytes, no end
        status, _detail = _status_and_detail(_until_closed(sock))
    assert status == 413


def test_a_body_that_trickles_in_is_cut_off(tight: str) -> None:
    with _connect(tight) as sock:
        sock.sendall(_head("POST", ENROLL, "Content-Type: application/json", "Content-Length: 100"))
        sock.sendall(b'{"code": ')  # and the other 91 bytes never come
        status, detail = _status_and_detail(_until_closed(sock))
    assert (status, detail) == (408, "the request took too long to arrive")


def test_connections_that_never_finish_their_head_are_closed(tight: str) -> None:
    """The 'slowloris' attack: many connections, each sending its headers slowly or not at
    all. Each is closed after header_timeout_s, also after an answered request."""
    sockets = [_connect(tight) for _ in range(20)]
    try:
        for i, sock in enumerate(sockets):
            if i % 2:
                sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        for sock in sockets:
            assert _until_closed(sock) == b""
    finally:
        for sock in sockets:
            sock.close()
    with _connect(tight) as sock:  # kept alive after an answer, then a head that stalls
        sock.sendall(_head("GET", "/healthz") + b"GET /healthz HTTP/1.1\r\nHost: ")
        answered = _until_closed(sock)
    assert answered.startswith(b"HTTP/1.1 200") and answered.count(b"HTTP/1.1") == 1


def _display_token(ctx: ServiceContext, name: str) -> dict[str, str]:
    added = devices.add_device(ctx, "gemeentehuis", DeviceRole.DISPLAY, name).value
    return {"Authorization": f"Bearer {devices.enroll_device(ctx, added.code).value.token}"}


def _waiting_polls(base: str) -> int:
    metrics = requests.get(f"{base}/metrics", timeout=5).text
    found = re.search(r"^kiosk_feed_polls_waiting (\d+)$", metrics, re.MULTILINE)
    assert found, metrics
    return int(found.group(1))


def _wait_for_polls(base: str, n: int) -> None:
    deadline = time.monotonic() + 10
    while _waiting_polls(base) != n:
        assert time.monotonic() < deadline, f"never {n} polls waiting"
        time.sleep(0.02)


def test_a_long_poll_outlasts_the_head_timeout(ctx: ServiceContext, tight: str) -> None:
    """The head timer stops once a request's head is in: a long poll is not cut."""
    display = _display_token(ctx, "wachtzaal")
    cursor = requests.get(f"{tight}/api/v1/sync/snapshot", headers=display, timeout=10)
    after = cursor.json()["cursor"]
    answer = requests.get(
        f"{tight}/api/v1/sync/feed",
        params={"after": after, "wait": 1.5},
        headers=display,
        timeout=10,
    )
    assert answer.status_code == 200 and answer.json()["changes"] == []


def test_one_terminal_has_at_most_two_polls_waiting(ctx: ServiceContext, base: str) -> None:
    """A third poll of one display answers its oldest at once; the others, and another
    display's, wait for the next change as before."""
    display, other = _display_token(ctx, "wachtzaal"), _display_token(ctx, "wachtzaal-2")
    after = requests.get(f"{base}/api/v1/sync/snapshot", headers=display, timeout=10).json()[
        "cursor"
    ]

    def poll(headers: dict[str, str]) -> dict[str, object]:
        with requests.Session() as s:  # a connection each
            answer = s.get(
                f"{base}/api/v1/sync/feed",
                params={"after": after, "wait": 20},
                headers=headers,
                timeout=30,
            )
        assert answer.status_code == 200
        body: dict[str, object] = answer.json()
        return body

    with ThreadPoolExecutor(4) as pool:
        oldest = pool.submit(poll, display)
        _wait_for_polls(base, 1)
        second = pool.submit(poll, display)
        neighbour = pool.submit(poll, other)
        _wait_for_polls(base, 3)
        assert not oldest.done()
        third = pool.submit(poll, display)
        assert oldest.result(timeout=10) == {"cursor": after, "reset": False, "changes": []}
        _wait_for_polls(base, 3)  # the second, the third and the neighbour's
        assert not (second.done() or third.done() or neighbour.done())
        tickets.issue_ticket(ctx, TOWN_HALL, service_id("eid"))
        for waiting in (second, third, neighbour):
            kinds = [c["kind"] for c in waiting.result(timeout=15)["changes"]]  # type: ignore[union-attr]
            assert "ticket" in kinds
