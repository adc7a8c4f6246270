"""The local engine: a process pool, the models loaded once per worker by the pool's initializer."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from ficlens.batch.items import Item
from ficlens.batch.worker import analyse_item, init_worker
from ficlens.nlp.loader import Profile

IN_FLIGHT_PER_WORKER = 2  # bounded submission: memory stays flat whatever the corpus size


def run_items(items: Iterable[Item], profile: Profile, workers: int) -> Iterator[dict[str, Any]]:
    """Yield one record per item, in completion order. ``workers=1`` runs in this process (no pool)."""
    if workers <= 1:
        init_worker(profile)
        for item in items:
            yield analyse_item(item, profile)
        return
    it = iter(items)
    pool = _pool(profile, workers)
    pending: dict[Future[dict[str, Any]], Item] = {}
    try:
        while True:
            while len(pending) < workers * IN_FLIGHT_PER_WORKER:
                nxt = next(it, None)
                if nxt is None:
                    break
                pending[pool.submit(analyse_item, nxt, profile)] = nxt
            if not pending:
                return
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            broken = False
            for fut in finished:
                item = pending.pop(fut)
                try:
                    yield fut.result()
                except BrokenProcessPool:
                    broken = True
                    yield _crashed(item)
            if broken:  # a worker died (killed, out of memory): record what it held, start a fresh pool
                for item in pending.values():
                    yield _crashed(item)
                pending.clear()
                pool.shutdown(wait=False, cancel_futures=True)
                pool = _pool(profile, workers)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _pool(profile: Profile, workers: int) -> ProcessPoolExecutor:
    # spawn, not fork: the parent may run threads (the progress bar) that fork would copy mid-state.
    ctx = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=init_worker, initargs=(profile,))


def _crashed(item: Item) -> dict[str, Any]:
    return analyse_item(Item(id=item.id, hash=item.hash, work=None, error="the worker process died"), "fast")
