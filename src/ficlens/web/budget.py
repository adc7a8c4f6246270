"""A time budget for the SQLite work of one request: past its deadline (or once the server is stopping) the
running query is interrupted and the request ends with a clear "took too long" page instead of holding a thread."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

PROGRESS_STEPS = 1_000  # SQLite virtual-machine steps between two looks at the clock


class TooSlow(Exception):
    """The request's work ran past its time budget (or the server is shutting down)."""


@contextmanager
def time_budget(conn: sqlite3.Connection, seconds: float, stop: threading.Event | None = None) -> Iterator[None]:
    """Interrupt any query on ``conn`` that runs past ``seconds`` from now, or once ``stop`` is set: it raises
    :class:`TooSlow` out of the ``with`` block."""
    deadline = time.monotonic() + seconds

    def past_deadline() -> int:
        return int(time.monotonic() > deadline or (stop is not None and stop.is_set()))

    conn.set_progress_handler(past_deadline, PROGRESS_STEPS)
    try:
        yield
    except sqlite3.OperationalError as exc:
        if "interrupted" in str(exc):
            raise TooSlow(f"took more than {seconds:g} s") from exc
        raise
    finally:
        conn.set_progress_handler(None, 0)
