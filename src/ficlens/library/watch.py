"""``ficlens add --watch DIR``: follow a download folder (FanFicFare's, say), adding each work file that appears and
updating a stored work in place when its file is downloaded again with new chapters.

The folder is polled (no dependency, works on every file system, network shares included): a file is read once it
has kept the same size and modification time for one interval (a download still being written is left for the next
poll), and again whenever it changes. Files already in the folder when the watch starts are read at once; those
whose text is stored already are skipped quietly. Ctrl-C ends the watch between works, with a summary.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ficlens.library.importer import Adder

Signature = tuple[int, int]  # (size, modification time in ns)


@dataclass(slots=True)
class FolderState:
    """What the watch knows of its folders' files: as last seen, and as last read."""

    seen: dict[Path, Signature] = field(default_factory=dict)
    read: dict[Path, Signature] = field(default_factory=dict)

    def settled(self, now: dict[Path, Signature], first: bool) -> list[Path]:
        """The files to read now: unchanged since the last poll (any file, on the first) and not read as they are."""
        ready = [p for p, sig in now.items() if (first or self.seen.get(p) == sig) and self.read.get(p) != sig]
        self.seen = now
        return sorted(ready)


def snapshot(folders: Sequence[Path], library: Path) -> dict[Path, Signature]:
    """Every work file under ``folders`` with its size and modification time, less the ``library`` file and its
    SQLite companions (files that vanish are left out)."""
    from ficlens.ingest.files import folder_files

    own = {library.resolve().with_name(library.name + suffix) for suffix in ("", "-wal", "-shm", "-journal")}
    now: dict[Path, Signature] = {}
    for folder in folders:
        for path in folder_files(folder):
            if path.resolve() in own:
                continue
            try:
                st = path.stat()
            except OSError:
                continue
            now[path] = (st.st_size, st.st_mtime_ns)
    return now


def watch(adder: Adder, folders: Sequence[Path], interval: float, max_polls: int | None = None,
          sleep: Callable[[float], None] | None = None) -> int:
    """Poll ``folders`` every ``interval`` seconds, adding what is new or changed through ``adder``, until Ctrl-C
    (or ``max_polls`` polls; ``sleep`` waits between two, :func:`time.sleep` by default); returns how many polls
    ran."""
    wait = time.sleep if sleep is None else sleep
    from ficlens.ingest import UnpackBudget
    from ficlens.ingest.files import read_file

    state = FolderState()
    polls = 0
    try:
        while max_polls is None or polls < max_polls:
            if polls:
                wait(interval)
            now = snapshot(folders, adder.library.path)
            for path in state.settled(now, first=polls == 0):
                budget = UnpackBudget()  # each file its own cap: a watch runs for days
                for work in read_file(path, adder.report_error, budget):
                    adder.add(work)
                state.read[path] = now[path]
            polls += 1
    except KeyboardInterrupt:
        pass
    return polls
