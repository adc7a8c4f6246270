"""Running the app under uvicorn so that SIGTERM or Ctrl-C stops it promptly, whatever requests are in flight.

On the signal every running SQLite query is interrupted (``app.state.stopping``) and requests still open after
:data:`SHUTDOWN_GRACE_S` (a client that never finishes sending its body, say) are cancelled; by default uvicorn
would wait for them forever. A worker thread still busy in Python after that (rendering a huge work, say) cannot
be interrupted: rather than wait for it, the process exits (SQLite's journal keeps the library consistent).
"""

from __future__ import annotations

import errno
import logging
import os
import socket
import sys
import threading
import time
from types import FrameType

import uvicorn
from fastapi import FastAPI

from ficlens.errors import FiclensError

SHUTDOWN_GRACE_S = 2
log = logging.getLogger("ficlens.web")


class _Server(uvicorn.Server):
    def __init__(self, config: uvicorn.Config, stopping: threading.Event) -> None:
        super().__init__(config)
        self.stopping = stopping

    def handle_exit(self, sig: int, frame: FrameType | None) -> None:
        self.stopping.set()
        super().handle_exit(sig, frame)


class ListenError(FiclensError):
    """The address cannot be listened on (the port is taken, the host is not this machine's, ...)."""


def listen(host: str, port: int) -> socket.socket:
    """A socket bound to ``host``:``port`` and listening, or a :class:`ListenError` in one line (bound here, before
    uvicorn starts, because uvicorn reports a busy port as a log record and exit status 3)."""
    where = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    if not 0 <= port <= 65535:  # getaddrinfo would take 70000 as 70000 - 65536
        raise ListenError(f"cannot listen on {where}: a port is a number from 0 to 65535")
    try:
        family, kind, proto, _name, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        sock = socket.socket(family, kind, proto)
    except OSError as exc:
        raise ListenError(f"cannot listen on {where}: {getattr(exc, 'strerror', None) or exc}") from None
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does: restart past TIME_WAIT
        sock.bind(address)
        sock.listen(2048)
    except (OSError, OverflowError) as exc:
        sock.close()
        busy = isinstance(exc, OSError) and exc.errno == errno.EADDRINUSE
        hint = " (the port is in use: stop the other server or pass --port)" if busy else ""
        raise ListenError(f"cannot listen on {where}: {getattr(exc, 'strerror', None) or exc}{hint}") from None
    return sock


def serve(app: FastAPI, host: str, port: int, sock: socket.socket | None = None) -> None:
    """Serve ``app`` (from :func:`ficlens.web.create_app`) until a signal stops it, on ``sock`` (from
    :func:`listen`) or on a socket bound to ``host``:``port`` now."""
    if sock is None:
        sock = listen(host, port)
    config = uvicorn.Config(app, host=host, port=port, log_level="warning",
                            timeout_graceful_shutdown=SHUTDOWN_GRACE_S)
    with sock:
        _Server(config, app.state.stopping).run(sockets=[sock])
    busy = _busy_threads(SHUTDOWN_GRACE_S)
    if busy:
        log.warning("stopping with %d request(s) still running", busy)
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)


def _busy_threads(wait_s: float) -> int:
    """How many other non-daemon threads are still alive after waiting up to ``wait_s`` for them to end."""
    deadline = time.monotonic() + wait_s
    others = [t for t in threading.enumerate() if t is not threading.current_thread() and not t.daemon]
    for thread in others:
        thread.join(max(0.0, deadline - time.monotonic()))
    return sum(t.is_alive() for t in others)
