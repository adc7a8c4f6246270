"""``run_batch``: read the input, skip what the output already holds, analyse the rest, write as it goes."""

from __future__ import annotations

import functools
import os
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from ficlens.batch import local_engine, ray_engine
from ficlens.batch.items import Item, count_items, is_jsonl, is_uri, iter_items
from ficlens.batch.progress import Progress
from ficlens.batch.sinks import open_sink
from ficlens.batch.worker import analyse_item
from ficlens.budget import DEFAULT_TIME_LIMIT
from ficlens.errors import InputError, UsageError
from ficlens.ingest.files import STDIN
from ficlens.nlp.loader import Profile

Engine = Literal["local", "ray"]


@dataclass(slots=True)
class BatchSummary:
    analysed: int = 0
    failed: int = 0
    skipped: int = 0
    words: int = 0


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def run_batch(input_path: str | Path, output_path: str | Path, engine: Engine = "local", workers: int | None = None,
              profile: Profile = "full", ray_address: str | None = None, retry_failed: bool = False,
              progress: bool = True, time_limit: float | None = DEFAULT_TIME_LIMIT) -> BatchSummary:
    """Analyse every work at ``input_path`` not already in ``output_path``; return the counts. ``time_limit``:
    CPU-seconds one work's analysis may take before it is recorded as failed (None or 0: no limit)."""
    if engine not in ("local", "ray"):
        raise UsageError(f"unknown engine {engine!r}: use local or ray")
    if is_uri(input_path):
        if engine != "ray":
            raise UsageError(f"{input_path}: only --engine ray reads URIs (as JSONL shards)")
    elif str(input_path) == STDIN:
        if engine != "local":
            raise UsageError("standard input (-) is read by the local engine only: give Ray a file")
    elif not Path(input_path).exists():
        raise InputError(str(input_path), "no such file or folder")
    else:  # ids and sources from the resolved input: `ficlens batch d ...` and `... /abs/d ...` resume each other
        input_path = Path(input_path).resolve()
    n_workers = workers if workers and workers > 0 else default_workers()
    sink = open_sink(output_path)
    done = sink.done()
    bar = Progress(count_items(input_path), enabled=progress)
    summary = BatchSummary()

    def pending() -> Iterator[Item]:
        for item in iter_items(input_path):
            prev = done.get(item.id)
            if prev is not None and prev[0] == item.hash and (prev[1] or not retry_failed):
                summary.skipped += 1
                bar.skip()
                continue
            yield item

    records: Iterator[dict[str, Any]]
    if engine == "local":
        records = local_engine.run_items(pending(), profile, n_workers,
                                         task=functools.partial(analyse_item, time_limit=time_limit))
    elif is_jsonl(input_path):
        records = ray_engine.run_items(None, profile, n_workers, ray_address, jsonl=str(input_path), done=done,
                                       retry_failed=retry_failed, time_limit=time_limit)
        if bar.total is not None:  # Ray filtered the done works itself
            summary.skipped = bar.skipped = sum(1 for h, ok in done.values() if ok or not retry_failed)
    else:
        records = ray_engine.run_items(pending(), profile, n_workers, ray_address, time_limit=time_limit)
    try:
        for record in records:
            sink.write(record)
            ok = bool(record.get("ok"))
            if ok:
                summary.analysed += 1
                summary.words += int(record.get("words") or 0)
            else:
                summary.failed += 1
            bar.advance(ok)
    finally:
        if isinstance(records, Generator):
            records.close()  # at once, not when collected: an engine stops its workers when closed
        sink.close()
        bar.close()
    return summary
