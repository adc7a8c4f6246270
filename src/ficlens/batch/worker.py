"""Analysing one item into one output record: the unit of work of every engine."""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
import threading
import time
from typing import Any

from ficlens.batch.items import Item
from ficlens.budget import DEFAULT_TIME_LIMIT
from ficlens.nlp.loader import Profile, warm_up
from ficlens.safe_text import json_line, utf8_json

RECORD_FIELDS = ("id", "hash", "source", "ok", "error", "words", "seconds", "report")


def init_worker(profile: Profile) -> None:
    """Process-pool initializer / actor constructor: load the models once per worker.

    Besides spaCy, the analysers load their own models and knowledge bases on first use: one tiny work
    analysed here makes every worker pay that once, up front, not on its first real work.
    """
    from ficlens.analyse import analyse_work
    from ficlens.analyse.warnings.cue_scan import prepare
    from ficlens.work import Work

    warm_up(profile)
    # a broken analyser is not fatal here: it shows up in every work's record, with its error
    with contextlib.suppress(Exception):
        analyse_work(Work(text="Warm up. Derek smiled at Stiles.", source="<warm-up>", format="text"), profile)
        prepare()  # the lexicons' pre-filter: a worker will analyse many works


PARENT_CHECK_S = 0.5
PR_SET_PDEATHSIG = 1  # linux/prctl.h


def die_with_parent(parent_pid: int) -> None:
    """Make this pool worker end when the process that started it is gone (``kill -9`` of ``ficlens batch``
    leaves nobody to stop the pool, and a worker would otherwise wait for work for ever, holding its models).

    On Linux the kernel sends SIGKILL on the parent's death (``PR_SET_PDEATHSIG``), which works even while the
    worker is deep in native code holding the GIL; everywhere, a daemon thread also checks ``os.getppid()``.
    Ctrl-C reaches every process of the terminal's group: workers ignore it and leave the stopping to the parent.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent_pid:  # it died before the line above
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent_pid,), name="ficlens-parent-watch", daemon=True).start()


def _watch_parent(parent_pid: int) -> None:
    while os.getppid() == parent_pid:
        time.sleep(PARENT_CHECK_S)
    os._exit(1)


def init_pool_worker(profile: Profile, parent_pid: int) -> None:
    """The process pool's initializer: :func:`die_with_parent`, then :func:`init_worker`."""
    die_with_parent(parent_pid)
    init_worker(profile)


def analyse_item(item: Item, profile: Profile, time_limit: float | None = DEFAULT_TIME_LIMIT) -> dict[str, Any]:
    """The output record for one item, its analysis held to ``time_limit`` CPU-seconds (None or 0: no limit).
    Never raises: a failure becomes ``ok: false`` with its error."""
    from ficlens.analyse import analyse_work
    from ficlens.budget import analyse_within

    record: dict[str, Any] = {"id": item.id, "hash": item.hash, "source": item.id, "ok": False,
                              "error": item.error, "words": 0, "seconds": 0.0, "report": None}
    if item.work is None:
        return record
    record["source"] = item.work.source
    t0 = time.perf_counter()
    try:
        report = analyse_within(item.work, lambda work: analyse_work(work, profile), time_limit,
                               profile)
    except Exception as exc:  # one bad work never stops the run
        record["error"] = f"{exc.__class__.__name__}: {exc}"
    else:
        record.update(ok=True, words=report.words, report=report.to_json())
    record["seconds"] = round(time.perf_counter() - t0, 4)
    return record


def record_line(record: dict[str, Any]) -> str:
    """A record as one JSON line, the report (already JSON text) embedded as an object; always valid UTF-8 (a
    lone surrogate from a JSONL input is written as its JSON escape)."""
    meta = {k: v for k, v in record.items() if k != "report"}
    head = json_line(meta)
    report = record.get("report")
    return f'{head[:-1]}, "report": {utf8_json(report) if report else "null"}}}'
