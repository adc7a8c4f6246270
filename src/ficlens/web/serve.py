"""Running the app under uvicorn so that SIGTERM or Ctrl-C stops it promptly, whatever requests are in flight.

On the signal every running SQLite query is interrupted (``app.state.stopping``) and requests still open after
:data:`SHUTDOWN_GRACE_S` (a client that never finishes sending its body, say) are cancelled; by default uvicorn
would wait for them forever.
"""

from __future__ import annotations

import threading
from types import FrameType

import uvicorn
from fastapi import FastAPI

SHUTDOWN_GRACE_S = 2


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
