"""What the server shows, and to whom: the headers every answer carries, and the internal
pages (metrics, the API description) that only configured addresses may read.

Headers (unless a route set its own):
- ``X-Content-Type-Options: nosniff``: a browser never guesses a type (JSON run as a script).
- ``Referrer-Policy: no-referrer``: a status page's link, which is its key, leaves no trace in
  the logs of a site the resident goes to next.
- ``Content-Security-Policy``: nothing loads and nobody frames a page of ours; the status page
  sets its own (its inline style), the docs pages may load Swagger UI and ReDoc (from a CDN).
- ``Cache-Control: no-store``: answers name tickets, terminals, residents' appointments; no
  browser or proxy cache keeps them.
- ``Strict-Transport-Security`` over https (TLS in the server, or a trusted proxy's
  X-Forwarded-Proto): a phone that came once over https never falls back to http.

Internal pages answer 404 to anyone else, as if they did not exist.
"""

from __future__ import annotations

import ipaddress
import logging
from dataclasses import dataclass

from starlette.types import Scope

from kiosk.server.settings import ServerSettings, networks

log = logging.getLogger("kiosk.server")

_STRICT_CSP = b"default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
#: Swagger UI and ReDoc load their scripts and styles from a CDN (FastAPI's default pages).
_DOCS_CSP = b"frame-ancestors 'none'"
DOCS_PATHS = frozenset({"/docs", "/docs/oauth2-redirect", "/redoc", "/openapi.json"})
METRICS_PATH = "/metrics"
_FORWARDED = (b"x-forwarded-for", b"forwarded", b"x-real-ip")

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def security_headers(scope: Scope, headers: list[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
    """``headers`` of an answer to ``scope``, with the security headers it does not set."""
    csp = _DOCS_CSP if scope.get("path") in DOCS_PATHS else _STRICT_CSP
    wanted = [
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"no-referrer"),
        (b"content-security-policy", csp),
        (b"cache-control", b"no-store"),
    ]
    if scope.get("scheme") == "https":
        wanted.append((b"strict-transport-security", b"max-age=31536000"))
    present = {name.lower() for name, _value in headers}
    return [*headers, *((n, v) for n, v in wanted if n not in present)]


@dataclass(frozen=True, slots=True)
class InternalPages:
    """Who may read /metrics and the API description."""

    metrics_from: tuple[Network, ...]
    docs_from: tuple[Network, ...]
    #: Whether uvicorn was told to believe some proxy's X-Forwarded-For (it then put the
    #: resident's address in the scope).
    proxies_trusted: bool

    @classmethod
    def of(cls, settings: ServerSettings) -> InternalPages:
        return cls(
            networks(settings.metrics_from),
            networks(settings.docs_from),
            bool(settings.trusted_proxies),
        )

    def hidden(self, scope: Scope) -> bool:
        """Whether ``scope`` asks for an internal page its client may not read."""
        path = scope.get("path", "")
        if path == METRICS_PATH:
            allowed = self.metrics_from
        elif path in DOCS_PATHS:
            allowed = self.docs_from
        else:
            return False
        return not _from(scope, allowed) or self._through_unknown_proxy(scope)

    def _through_unknown_proxy(self, scope: Scope) -> bool:
        """A request that names an earlier hop while no proxy is trusted came through a proxy
        nobody told us about (on this machine it looks like 127.0.0.1, and so would every
        resident behind it); it is not let in, and the log says what to set."""
        if self.proxies_trusted:
            return False
        if not any(name in _FORWARDED for name, _value in scope.get("headers", [])):
            return False
        _warn_once()
        return True


_warned: list[bool] = []


def _warn_once() -> None:
    if not _warned:
        _warned.append(True)
        log.warning(
            "event=untrusted_proxy: a request came through a proxy, but [server] "
            "trusted_proxies is empty: every resident behind it has the proxy's address "
            "(README, 'TLS')"
        )


def _from(scope: Scope, allowed: tuple[Network, ...]) -> bool:
    client = scope.get("client")
    if not client or not allowed:
        return False
    try:
        address = ipaddress.ip_address(client[0])
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return any(address in net for net in allowed)
