"""Running the central server: one process, or several on one port, or in a thread of the
demo. Wiring only: the app itself is built by kiosk.bootstrap.build_server_app.

Linux: each worker process binds its own socket with SO_REUSEPORT, so the kernel spreads the
terminals' connections evenly; elsewhere uvicorn's supervisor shares one socket. Either way the
socket is made as TCP (see _tcp_socket for why that matters).

Every way of running builds its uvicorn settings in ``uvicorn_config``: the limits on time and
header size of kiosk/server/limits.py, forwarded headers believed only from the proxies in
``[server] trusted_proxies``, TLS when the settings give a certificate.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
from typing import Any

from kiosk.bootstrap import build_context, build_server_app
from kiosk.config import Settings, sqlite_file
from kiosk.core.ports import Clock
from kiosk.server.settings import ServerSettings

log = logging.getLogger(__name__)


def server_app_from_env() -> Any:
    """The app of one worker process (``kiosk server --workers N``): settings from the
    environment its parent set."""
    from kiosk.logs import setup_logging
    from kiosk.server.settings import load_server_settings

    setup_logging(f"kiosk-server-{os.getpid()}", logging.INFO)
    return build_server_app(load_server_settings(None))


class PortUnavailable(Exception):
    """The server cannot listen where it is told to; ``user_message`` says so in plain words."""

    def __init__(self, user_message: str, log_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message
        self.log_message = log_message


def check_port(host: str, port: int) -> None:
    """Raise PortUnavailable unless a server can listen on ``host``:``port`` now: bind a socket
    there and close it again. Before anything else starts: uvicorn would say it only in a log
    line, seconds after the server seemed to have started."""
    import errno
    import socket

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        with socket.socket(family, socket.SOCK_STREAM) as sock:
            if os.name != "nt":  # as uvicorn's own socket (on Windows it would share a port)
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((host, port))
    except OSError as exc:
        if exc.errno in (errno.EADDRINUSE, getattr(errno, "WSAEADDRINUSE", errno.EADDRINUSE)):
            raise PortUnavailable(
                f"port {port} on {host} is already in use. Stop the other program or choose "
                "another port with --port.",
                f"port in use: {host}:{port}",
            ) from exc
        raise PortUnavailable(
            f"the server cannot listen on port {port} of {host} ({exc.strerror or exc}). "
            "Check --host and --port.",
            f"cannot listen on {host}:{port}: {exc}",
        ) from exc


def run_server(settings: ServerSettings) -> int:
    """Serve until stopped (Ctrl+C), in ``settings.workers`` processes sharing the port."""
    import uvicorn

    from kiosk.server.settings import settings_env

    try:
        check_port(settings.host, settings.port)
    except PortUnavailable as exc:
        log.debug(exc.log_message)
        print(f"kiosk: {exc.user_message}", file=sys.stderr)
        return 1
    for tls_file in (settings.tls_cert_file, settings.tls_key_file):
        if tls_file and not os.access(tls_file, os.R_OK):
            print(f"kiosk: the TLS file {tls_file} cannot be read.", file=sys.stderr)
            return 2
    database = sqlite_file(settings.database_url())
    if database is not None and not database.exists():
        print(f"kiosk: making a new database at {database}.", file=sys.stderr)
    log.info(
        "server on %s://%s:%s, public address %s, %d process(es)",
        settings.scheme(),
        settings.host,
        settings.port,
        settings.public_base(),
        settings.workers,
    )
    warning = settings.plain_http_warning()
    if warning:
        log.warning(warning)
    if settings.workers > 1:
        os.environ.update(settings_env(settings))
        _run_workers(settings)
    else:
        uvicorn.Server(uvicorn_config(settings, build_server_app(settings))).run()
    return 0


def _tcp_socket(host: str, port: int, *, reuse_port: bool) -> Any:
    """A listening TCP socket made with IPPROTO_TCP.

    Pitfall: a socket made without saying "TCP" (as uvicorn does for several workers) makes
    asyncio leave Nagle's algorithm on for its connections, and every answer after the first on
    a kept-alive connection then waits ~40 ms for a delayed ACK (uvicorn issue #3149)."""
    import socket

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if reuse_port:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    sock.set_inheritable(True)
    return sock


#: The most a request's line and headers may take, in bytes (h11's default, said here): a
#: terminal sends a few hundred; a phone's browser a few cookies more.
MAX_HEAD_BYTES = 16 * 1024


def uvicorn_config(settings: ServerSettings, app: Any) -> Any:
    """How uvicorn serves ``app`` (or the factory named by an import string) for ``settings``.

    Pitfall: uvicorn believes X-Forwarded-For from 127.0.0.1 unless told otherwise, so any
    program on the server's machine could pass as any address (and dodge the throttle)."""
    import functools

    import uvicorn

    from kiosk.server.limits import HeadTimeoutProtocol

    tls = {}
    if settings.tls_cert_file:
        tls = {"ssl_certfile": settings.tls_cert_file, "ssl_keyfile": settings.tls_key_file}
    return uvicorn.Config(
        app,
        factory=isinstance(app, str),
        host=settings.host,
        port=settings.port,
        log_config=None,
        access_log=False,
        # Long polls wait up to 25 s; on stop, terminals just ask again (elsewhere).
        timeout_graceful_shutdown=2,
        http=functools.partial(HeadTimeoutProtocol, head_timeout_s=settings.header_timeout_s),
        timeout_keep_alive=settings.keep_alive_s,
        h11_max_incomplete_event_size=MAX_HEAD_BYTES,
        proxy_headers=bool(settings.trusted_proxies),
        forwarded_allow_ips=list(settings.trusted_proxies) or None,
        server_header=False,  # which software answers is nobody's business
        **tls,
    )


def _prepare_database() -> None:
    from kiosk.server.settings import load_server_settings

    build_context(Settings(database=load_server_settings(None).database_url())).db.close()


def _serve_worker() -> None:
    """One worker process (Linux): its own socket on the shared port (SO_REUSEPORT), so the
    kernel spreads connections evenly over the workers; with one shared socket, the first
    process to wake takes most of them."""
    import uvicorn

    from kiosk.server.settings import load_server_settings

    settings = load_server_settings(None)
    sock = _tcp_socket(settings.host, settings.port, reuse_port=True)
    server = uvicorn.Server(uvicorn_config(settings, server_app_from_env()))
    server.run(sockets=[sock])


def _run_workers(settings: ServerSettings) -> None:
    """``settings.workers`` server processes on one port until Ctrl+C or SIGTERM."""
    import signal
    import socket

    if not hasattr(socket, "SO_REUSEPORT") or sys.platform != "linux":
        from uvicorn.supervisors import Multiprocess

        config = uvicorn_config(settings, "kiosk.serve:server_app_from_env")
        config.workers = settings.workers
        sock = _tcp_socket(settings.host, settings.port, reuse_port=False)
        with contextlib.suppress(KeyboardInterrupt):
            Multiprocess(config, sockets=[sock]).run()
        return
    import multiprocessing

    spawn = multiprocessing.get_context("spawn")
    # Migrate once, before the workers race to do it, in a process of its own: this one then
    # stays small (it only watches the workers) instead of holding a whole server's imports.
    migrate = spawn.Process(target=_prepare_database, name="kiosk-migrate")
    migrate.start()
    migrate.join()
    if migrate.exitcode != 0:
        raise SystemExit(f"kiosk server: the database could not be prepared ({migrate.exitcode})")
    workers = [
        spawn.Process(target=_serve_worker, name=f"kiosk-server-{i}")
        for i in range(settings.workers)
    ]
    for w in workers:
        w.start()
    stopping = threading.Event()

    def stop(_signum: int, _frame: Any) -> None:
        stopping.set()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    while not stopping.is_set() and all(w.is_alive() for w in workers):
        stopping.wait(0.5)
    for w in workers:  # uvicorn in each worker shuts down gracefully on SIGTERM
        if w.is_alive() and w.pid is not None:
            os.kill(w.pid, signal.SIGTERM)
    for w in workers:
        w.join(timeout=10)
        if w.is_alive():
            w.kill()


class EmbeddedServer:
    """The server in a background thread of this process, for ``kiosk demo`` on one machine:
    the QR code on a demo ticket then opens its status page."""

    def __init__(self, settings: ServerSettings, clock: Clock | None = None) -> None:
        import uvicorn

        self.settings = settings
        self._app = build_server_app(settings, clock)
        config = uvicorn_config(settings, self._app)
        # Plain asyncio here, not uvloop: this loop runs in a thread of the Qt process, and a
        # Ctrl+C that ends the process while uvloop's C code still runs there can crash it
        # (exit 139 once in CI); the demo serves one machine and needs no speed.
        config.loop = "asyncio"
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._serve, name="kiosk-server", daemon=True)

    def _serve(self) -> None:
        try:
            self._server.run()
        except SystemExit:  # uvicorn exits when the port is taken; the demo goes on without
            log.warning("the status page server could not start on port %s", self.settings.port)

    def start(self) -> EmbeddedServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=5)
        # Its own connections to the demo's SQLite file: closed, so the file is whole again
        # (no -wal and -shm left beside it).
        self._app.state.ctx.db.close()
