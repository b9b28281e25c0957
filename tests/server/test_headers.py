"""What the server shows, and to whom (issue 10 points 10 and 4): security headers on every
answer, an opaque process tag, /metrics and the API description only for the configured
addresses, and X-Forwarded-For believed only from a configured proxy. A real server on
loopback."""

from __future__ import annotations

import base64
import hashlib
import os
import re
from collections.abc import Callable, Iterator
from contextlib import ExitStack

import pytest
import requests

from kiosk.server.app import create_app
from kiosk.server.settings import ServerSettings
from kiosk.services import calendar_feeds, tickets
from kiosk.services.context import ServiceContext
from kiosk.storage.demo import TOWN_HALL, service_id
from tests.conftest import _free_port, serving

STRICT = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
INTERNAL = ("/metrics", "/openapi.json", "/docs", "/redoc")


def test_every_answer_carries_the_security_headers(ctx: ServiceContext, base: str) -> None:
    token = tickets.issue_ticket(ctx, TOWN_HALL, service_id("eid")).value.ticket.token
    answers = {
        "status JSON": requests.get(f"{base}/api/v1/tickets/{token}/status", timeout=5),
        "calendar": requests.get(
            base + calendar_feeds.create_link(ctx, TOWN_HALL).path(), timeout=5
        ),
        "health": requests.get(f"{base}/healthz", timeout=5),
        "no token": requests.get(f"{base}/api/v1/sync/snapshot", timeout=5),
        "unknown path": requests.get(f"{base}/wp-login.php", timeout=5),
        "NUL": requests.get(f"{base}/healthz?x=%00", timeout=5),
    }
    assert [a.status_code for a in answers.values()] == [200, 200, 200, 401, 404, 422]
    for what, answer in answers.items():
        h = answer.headers
        assert h["x-content-type-options"] == "nosniff", what
        assert h["referrer-policy"] == "no-referrer", what
        assert h["content-security-policy"] == STRICT, what
        assert h["cache-control"] == "no-store", what
        assert "server" not in h and "strict-transport-security" not in h, what  # plain http
    assert answers["calendar"].headers["content-type"].startswith("text/calendar")


def test_the_status_page_allows_only_its_own_style(ctx: ServiceContext, base: str) -> None:
    """The page loads and runs nothing; its inline style is named by its hash, so a browser
    applies it (and would not apply one slipped in)."""
    issued = tickets.issue_ticket(ctx, TOWN_HALL, service_id("eid")).value
    for url in (issued.status_url, f"{base}/t/not-a-ticket"):
        page = requests.get(url, timeout=5)
        style = re.search(r"<style>(.*?)</style>", page.text, re.DOTALL)
        assert style is not None and "<script" not in page.text
        digest = base64.b64encode(hashlib.sha256(style.group(1).encode()).digest()).decode()
        assert page.headers["content-security-policy"] == (
            f"default-src 'none'; style-src 'sha256-{digest}'; base-uri 'none'; "
            "form-action 'none'; frame-ancestors 'none'"
        )
        assert page.headers["cache-control"] == "no-store"
        assert page.headers["referrer-policy"] == "no-referrer"


def test_the_process_tag_tells_nothing(base: str) -> None:
    tags = {requests.get(f"{base}/healthz", timeout=5).headers["x-kiosk-process"] for _ in "ab"}
    assert len(tags) == 1
    tag = tags.pop()
    assert re.fullmatch("[0-9a-f]{8}", tag) and tag != str(os.getpid())


def test_internal_pages_are_for_this_machine_by_default(base: str) -> None:
    for path in INTERNAL:
        assert requests.get(base + path, timeout=5).status_code == 200, path
    # The docs pages load Swagger UI and ReDoc from their CDN, but nobody may frame them.
    assert requests.get(f"{base}/docs", timeout=5).headers["content-security-policy"] == (
        "frame-ancestors 'none'"
    )
    # Through a proxy nobody named in trusted_proxies, loopback may be anyone behind it.
    proxied = {"X-Forwarded-For": "203.0.113.7"}
    for path in INTERNAL:
        answer = requests.get(base + path, headers=proxied, timeout=5)
        assert answer.status_code == 404, path
    assert requests.get(f"{base}/healthz", headers=proxied, timeout=5).status_code == 200


StartServer = Callable[..., str]


@pytest.fixture
def server_with(ctx: ServiceContext) -> Iterator[StartServer]:
    """A function: a server with these settings, on a free loopback port, until the test
    ends."""
    with ExitStack() as stack:

        def start(**changes: object) -> str:
            settings = ServerSettings(port=_free_port(), **changes)  # type: ignore[arg-type]
            return stack.enter_context(serving(create_app(ctx, settings), settings))

        yield start


def test_internal_pages_are_hidden_from_addresses_not_listed(server_with: StartServer) -> None:
    closed = server_with(metrics_from=[], docs_from=[])
    elsewhere = server_with(metrics_from=["10.20.0.0/16"], docs_from=["192.0.2.8"])
    for base in (closed, elsewhere):
        for path in INTERNAL:
            answer = requests.get(base + path, timeout=5)
            assert (answer.status_code, answer.json()) == (404, {"detail": "Not Found"}), path
        assert requests.get(f"{base}/healthz", timeout=5).status_code == 200


def _enroll_until_throttled(base: str, forwarded_for: list[str]) -> list[int]:
    """Wrong codes from loopback, each naming the next address as its X-Forwarded-For."""
    url = f"{base}/api/v1/devices/enroll"
    return [
        requests.post(
            url, json={"code": "WRONG-CODE1"}, headers={"X-Forwarded-For": ip}, timeout=5
        ).status_code
        for ip in forwarded_for
    ]


def test_a_forwarded_address_from_loopback_does_not_dodge_the_throttle(base: str) -> None:
    """By default no proxy is believed: twelve wrong codes, each 'forwarded for' another
    address, are twelve failures of 127.0.0.1, and the last are refused."""
    statuses = _enroll_until_throttled(base, [f"198.51.100.{i}" for i in range(12)])
    assert statuses[0] == 400 and statuses[-1] == 429


def test_a_trusted_proxy_names_the_resident(server_with: StartServer) -> None:
    """With the proxy in trusted_proxies, the throttle counts per address behind it: one
    address guessing codes is refused, the next one is not."""
    base = server_with(trusted_proxies=["127.0.0.1"])
    statuses = _enroll_until_throttled(base, ["198.51.100.1"] * 12 + ["198.51.100.2"])
    assert statuses[-3:] == [429, 429, 400]
    # And it may read the internal pages as the address it forwards for: not this machine.
    proxied = {"X-Forwarded-For": "198.51.100.1"}
    assert requests.get(f"{base}/metrics", headers=proxied, timeout=5).status_code == 404
    assert requests.get(f"{base}/metrics", timeout=5).status_code == 200
