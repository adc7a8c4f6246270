"""Progress on stderr: a bar with works/s and ETA on a terminal, a line every few seconds otherwise."""

from __future__ import annotations

import sys
import time
from typing import Any

LOG_EVERY_S = 10.0


class Progress:
    def __init__(self, total: int | None, enabled: bool = True) -> None:
        self.total = total
        self.enabled = enabled
        self.done = 0
        self.failed = 0
        self.skipped = 0
        self._t0 = time.monotonic()
        self._last_log = self._t0
        self._bar: Any = None
        self._task: Any = None
        if enabled and sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self._bar = Progress(TextColumn("[progress.description]{task.description}"), BarColumn(),
                                 MofNCompleteColumn(), TextColumn("{task.fields[rate]} works/s"),
                                 TextColumn("{task.fields[failed]} failed"), TextColumn("ETA"),
                                 TimeRemainingColumn(), console=Console(stderr=True))
            self._task = self._bar.add_task("batch", total=total, rate="-", failed=0)
            self._bar.start()

    @property
    def rate(self) -> float:
        elapsed = time.monotonic() - self._t0
        return (self.done + self.failed) / elapsed if elapsed > 0 else 0.0

    def skip(self) -> None:
        self.skipped += 1
        if self._bar is not None:
            self._bar.advance(self._task)

    def advance(self, ok: bool) -> None:
        if ok:
            self.done += 1
        else:
            self.failed += 1
        if self._bar is not None:
            self._bar.update(self._task, advance=1, rate=f"{self.rate:.2f}", failed=self.failed)
        elif self.enabled and time.monotonic() - self._last_log >= LOG_EVERY_S:
            self._last_log = time.monotonic()
            print(self.line(), file=sys.stderr, flush=True)

    def line(self) -> str:
        n = self.done + self.failed + self.skipped
        eta = ""
        if self.total and self.rate > 0:
            eta = f", ETA {max(self.total - n, 0) / self.rate:,.0f} s"
        of = f"/{self.total}" if self.total else ""
        return (f"ficlens batch: {n}{of} works ({self.done} analysed, {self.failed} failed, "
                f"{self.skipped} skipped), {self.rate:.2f} works/s{eta}")

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
        if self.enabled:
            print(self.line(), file=sys.stderr, flush=True)
