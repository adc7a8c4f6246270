"""What one work may cost to analyse: it must hold text, stay under a size limit and finish within a CPU budget.

Every command that analyses works (``analyze``, ``add``, ``batch``) runs each one through :func:`analyse_within`, so
a work that cannot be analysed within its limits becomes one error naming the file and the reason, and the run goes
on with the next work:

- a work with no visible text: "<file>: no text";
- a text longer than the profile's :data:`MAX_ANALYSIS_CHARS`: refused before analysis, as it would take more than
  about 1 GB (peak RSS on single-line texts: full ~190 MB + 70 bytes a character, fast ~120 MB + 22;
  docs/scale.md);
- an analysis that uses more than ``time_limit`` CPU-seconds: stopped, "<file>: analysis took longer than N s".

The CPU budget is a profiling timer (``ITIMER_PROF``: CPU time of the whole process) whose signal raises
:class:`TimeLimitExceeded` in the main thread. Python checks for signals between bytecodes and inside the regex
engine, so a runaway regex is stopped too. Off the main thread (or where the platform has no ``setitimer``) the
budget cannot be enforced and the work runs without one.
"""

from __future__ import annotations

import argparse
import math
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from ficlens.errors import InputError
from ficlens.work import Work

#: CPU-seconds one work's analysis may take by default (a 500k-word work takes about a minute in full mode).
DEFAULT_TIME_LIMIT = 120.0
#: The longest text analysed, in characters, by profile (full: ~1.7M words, fast: ~5M); a longer one is refused.
MAX_ANALYSIS_CHARS: dict[str, int] = {"full": 10_000_000, "fast": 30_000_000}

T = TypeVar("T")


class TimeLimitExceeded(BaseException):  # noqa: N818  (not an Exception: broad ``except Exception`` must not eat it)
    """A work's analysis ran past its CPU budget."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"analysis took longer than {seconds:g} s")
        self.seconds = seconds


def can_enforce() -> bool:
    """Whether a CPU budget can be enforced here: on the main thread of a platform with ``setitimer``."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def cpu_budget(seconds: float | None) -> Iterator[None]:
    """Raise :class:`TimeLimitExceeded` in the block once it has used ``seconds`` of CPU time (None or 0: no limit)."""
    if not seconds or seconds <= 0 or not can_enforce():
        yield
        return

    def expired(signum: int, frame: object) -> None:
        raise TimeLimitExceeded(seconds)

    previous = signal.signal(signal.SIGPROF, expired)
    started = time.process_time()
    outer, _ = signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
        if outer:  # an enclosing budget keeps what is left of it
            signal.setitimer(signal.ITIMER_PROF, max(outer - (time.process_time() - started), 1e-6))


def has_text(text: str) -> bool:
    """True when ``text`` holds a visible character (not only whitespace, controls or zero-width marks)."""
    return any(ch.isprintable() and not ch.isspace() for ch in text)


def check_analysable(work: Work, profile: str = "full") -> None:
    """Refuse, with an :class:`InputError` naming the file, a work that holds no text or too much of it."""
    limit = MAX_ANALYSIS_CHARS[profile]
    if len(work.text) > limit:
        raise InputError(work.source, f"text is too long to analyse ({len(work.text):,} characters; the limit is "
                                      f"{limit:,}{' in fast mode' if profile == 'fast' else ''})")
    if not has_text(work.text):
        raise InputError(work.source, "no text")


def analyse_within(work: Work, analyse: Callable[[Work], T], time_limit: float | None = DEFAULT_TIME_LIMIT,
                   profile: str = "full") -> T:
    """``analyse(work)`` for a work that passes :func:`check_analysable` (size limit of ``profile``), within
    ``time_limit`` CPU-seconds.

    Raises :class:`InputError` ("<file>: <reason>") when the work is refused or its analysis runs out of time.
    """
    check_analysable(work, profile)
    try:
        with cpu_budget(time_limit):
            return analyse(work)
    except TimeLimitExceeded as exc:
        raise InputError(work.source, str(exc)) from None


def analyse_or_report(work: Work, analyse: Callable[[Work], T], on_error: Callable[[InputError], None],
                      time_limit: float | None = DEFAULT_TIME_LIMIT, profile: str = "full",
                      debug: bool = False) -> T | None:
    """:func:`analyse_within`, with a failure handed to ``on_error`` as one :class:`InputError` and None returned:
    the work's own error when it is refused or out of time, else "analysis failed: …" with the exception as its
    cause (re-raised as it is when ``debug``). The loop of every command that analyses works."""
    try:
        return analyse_within(work, analyse, time_limit, profile)
    except InputError as err:  # no text, too long, or out of time
        on_error(err)
    except Exception as exc:  # one bad work never takes down the run
        if debug:
            raise
        failure = InputError.analysis_failed(work.source, exc)
        failure.__cause__ = exc
        on_error(failure)
    return None


def time_limit_arg(value: str) -> float:
    """``--time-limit`` values: seconds, 0 for none."""
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}") from None
    if seconds < 0 or not math.isfinite(seconds):
        raise argparse.ArgumentTypeError(f"must be 0 (no limit) or a positive number of seconds, not {value!r}")
    return seconds


def add_time_limit_option(parser: argparse.ArgumentParser) -> None:
    """The ``--time-limit SECONDS`` option of every command that analyses works."""
    parser.add_argument("--time-limit", type=time_limit_arg, default=DEFAULT_TIME_LIMIT, metavar="SECONDS",
                        help=f"CPU-seconds one work's analysis may take before it is recorded as failed and the run "
                             f"goes on (default {DEFAULT_TIME_LIMIT:g}; 0 = no limit)")
