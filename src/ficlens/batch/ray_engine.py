"""The Ray engine: Ray Data reads, ``map_batches`` over an actor pool that holds the loaded pipeline.

Locally ``ray.init(num_cpus=workers)``; on a cluster ``--ray-address`` (or ``RAY_ADDRESS``) connects to it.
Records stream back to the driver, which writes them through the same sinks as the local engine, so output,
resuming and error records are identical across engines.

Input: a JSONL file or folder of JSONL shards is read by Ray itself (``ray.data.read_text``, one row per line,
parsed by the actors so that a malformed line is one failed record), distributed, so a corpus never passes
through the driver; one light actor, fed the lines in input order, gives each its id as the local engine does
(a repeated id made unique: ``x``, ``x#2``; :class:`ficlens.batch.items.UniqueIds`), and works already done are
then filtered out inside Ray. A folder or zip of
files is read on the driver (``ficlens.ingest``) and handed to Ray with ``from_items``: fine for a personal
library, not for millions of works (convert those to JSONL shards first).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from ficlens.batch.items import Item, UniqueIds, jsonl_files, line_item
from ficlens.batch.worker import RECORD_FIELDS, analyse_item, init_worker
from ficlens.budget import DEFAULT_TIME_LIMIT
from ficlens.nlp.loader import Profile
from ficlens.optional import require

BATCH_SIZE = 4  # works per map_batches call: small, works vary from 100 to 500,000 words


def _ray() -> Any:
    return require("ray", extra="ray", purpose="the Ray engine", also=("ray.data",))


class Analyser:
    """The Ray actor: loads the models once, then analyses batches of rows into records."""

    def __init__(self, profile: Profile, origin: str, time_limit: float | None = DEFAULT_TIME_LIMIT) -> None:
        init_worker(profile)
        self.profile: Profile = profile
        self.origin = origin
        self.time_limit = time_limit

    def __call__(self, batch: Any) -> Any:
        import pandas as pd

        out = [analyse_item(_row_item(row, self.origin), self.profile, self.time_limit)
               for row in batch.to_dict("records")]
        return pd.DataFrame(out, columns=list(RECORD_FIELDS))


class LineIds:
    """The Ray actor (one, fed in input order) that gives each JSONL line its id in an ``id`` column."""

    def __init__(self, origin: str) -> None:
        self.origin = origin
        self.ids = UniqueIds()

    def __call__(self, batch: Any) -> Any:
        batch["id"] = [self.ids.claim(line_item(str(line), self.origin).id) for line in batch["text"]]
        return batch


def _row_item(row: dict[str, Any], origin: str) -> Item:
    item = row.get("item")
    if isinstance(item, Item):
        return item
    item = line_item(str(row.get("text", "")), origin)
    if row.get("id") is not None:  # given by LineIds
        item.id = str(row["id"])
    return item


def _plain(value: Any) -> Any:
    """numpy arrays and scalars (as pandas hands them over) to plain Python."""
    if hasattr(value, "tolist"):
        return value.tolist()
    return value


def run_items(items: Iterable[Item] | None, profile: Profile, workers: int, address: str | None = None,
              jsonl: str | None = None, done: dict[str, tuple[str, bool]] | None = None,
              retry_failed: bool = False, time_limit: float | None = DEFAULT_TIME_LIMIT) -> Iterator[dict[str, Any]]:
    """Yield one record per work. Give either ``items`` (driver-read) or ``jsonl`` (Ray-read, ``done`` skipped);
    ``time_limit``: CPU-seconds one work's analysis may take (None or 0: no limit)."""
    ray = _ray()
    started = False
    if not ray.is_initialized():
        if address:
            ray.init(address=address, log_to_driver=False)
        else:
            # One CPU slot beyond the actors' for Ray Data's read and filter tasks: with every slot held by an
            # actor, the read task could never be scheduled and the run would wait for ever.
            ray.init(num_cpus=max(workers, 1) + 1, include_dashboard=False, log_to_driver=False)
        started = True
    try:
        import logging

        logging.getLogger("ray").setLevel(logging.WARNING)
        ctx = ray.data.DataContext.get_current()
        ctx.enable_progress_bars = False
        if jsonl is not None:
            # One row per line, parsed by the actors: a malformed line is one failed record, not a failed read.
            ctx.execution_options.preserve_order = True  # LineIds sees the lines in the input's order
            shards = jsonl_files(jsonl)  # a local folder in the local engine's (sorted) order, not Ray's listing's
            ds = ray.data.read_text([str(f) for f in shards] if shards else jsonl, drop_empty_lines=True)
            # Ray lets an actor run its tasks out of order by default, and a restarted actor would count from
            # zero again: either would give a repeated id's "#2" to a different line from one run to the next.
            ds = ds.map_batches(LineIds, fn_constructor_kwargs={"origin": jsonl}, batch_format="pandas",
                                compute=ray.data.ActorPoolStrategy(size=1, max_tasks_in_flight_per_actor=1),
                                num_cpus=0, allow_out_of_order_execution=False, max_restarts=0)
            skip = _skip_fn(done or {}, retry_failed, jsonl)
            if skip is not None:
                ds = ds.filter(skip)
            origin = jsonl
        else:
            ds = ray.data.from_items([{"id": it.id, "item": it} for it in items or []])
            origin = "items"
        ds = ds.map_batches(Analyser, fn_constructor_kwargs={"profile": profile, "origin": origin,
                                                             "time_limit": time_limit},
                            batch_size=BATCH_SIZE, batch_format="pandas",
                            compute=ray.data.ActorPoolStrategy(size=max(workers, 1)), num_cpus=1)
        for batch in ds.iter_batches(batch_size=1, batch_format="pandas"):
            for rec in batch.to_dict("records"):
                yield {k: _plain(rec.get(k)) for k in RECORD_FIELDS}
    finally:
        if started:
            ray.shutdown()


def _skip_fn(done: dict[str, tuple[str, bool]], retry_failed: bool, origin: str) -> Any:
    """A Ray filter keeping rows not yet done (same id and same text hash), or None when nothing is done."""
    keep_done = {k: h for k, (h, ok) in done.items() if ok or not retry_failed}
    if not keep_done:
        return None

    def pending(row: dict[str, Any]) -> bool:
        item = _row_item(row, origin)
        prev = keep_done.get(item.id)
        return prev is None or prev != item.hash

    return pending
