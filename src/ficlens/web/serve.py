"""Running the app under uvicorn so that SIGTERM or Ctrl-C stops it promptly, whatever requests are in flight.

On the signal every running SQLite query is interrupted (``app.state.stopping``) and requests still open after
:data:`SHUTDOWN_GRACE_S` (a client that never finishes sending its body, say) are cancelled; by default uvicorn
would wait for them forever. A worker thread still busy in Python after that (rendering a huge work, say) cannot
be interrupted: rather than wait for it, the process exits (SQLite's journal keeps the library consistent).
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from types import FrameType

import uvicorn
from fastapi import FastAPI

SHUTDOWN_GRACE_S = 2
log = logging.getLogger("ficlens.web")


class _Server(uvicorn.Server):
    def __init__(self, config: uvicorn.Config, stopping: threading.Event) -> None:
        super().__init__(config)
        self.stopping = stopping

    def handle_exit(self, sig: int, frame: FrameType | None) -> None:
        self.stopping.set()
        super().handle_exit(sig, frame)


def serve(app: FastAPI, host: str, port: int) -> None:
    """Serve ``app`` (from :func:`ficlens.web.create_app`) until a signal stops it."""
    config = uvicorn.Config(app, host=host, port=port, log_level="warning",
                            timeout_graceful_shutdown=SHUTDOWN_GRACE_S)
    _Server(config, app.state.stopping).run()
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
