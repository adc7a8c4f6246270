"""The local engine: a process pool, the models loaded once per worker by the pool's initializer."""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from ficlens.batch.items import Item
from ficlens.batch.worker import analyse_item, init_pool_worker, init_worker
from ficlens.nlp.loader import Profile

IN_FLIGHT_PER_WORKER = 2  # bounded submission: memory stays flat whatever the corpus size
STOP_WAIT_S = 5.0  # how long terminated workers get to exit before SIGKILL
Task = Callable[[Item, Profile], dict[str, Any]]


def run_items(items: Iterable[Item], profile: Profile, workers: int,
              task: Task = analyse_item) -> Iterator[dict[str, Any]]:
    """Yield one record per item, in completion order. ``workers=1`` runs in this process (no pool).

    When a worker dies (killed, out of memory, a crash in native code) the pool cannot say which of the works in
    flight did it: each of them is then run again alone in a fresh one-worker pool (:func:`_retry_alone`), so only
    the work that kills its worker again is recorded as failed and the others get their reports."""
    if workers <= 1:
        init_worker(profile)
        for item in items:
            yield task(item, profile)
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
                pending[pool.submit(task, nxt, profile)] = nxt
            if not pending:
                break
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            suspects: list[Item] = []
            for fut in finished:
                item = pending.pop(fut)
                try:
                    yield fut.result()
                except BrokenProcessPool:
                    suspects.append(item)
            if suspects:  # a worker died: every work still in flight is a suspect; retry each alone
                suspects += pending.values()
                pending.clear()
                _stop(pool)
                yield from _retry_alone(suspects, profile, task)
                pool = _pool(profile, workers)
    except BaseException:  # stopped early (a signal, Ctrl-C, the consumer gone): no worker may outlive the run
        _stop(pool)
        raise
    _stop(pool)


def _pool(profile: Profile, workers: int) -> ProcessPoolExecutor:
    # spawn, not fork: the parent may run threads (the progress bar) that fork would copy mid-state.
    ctx = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=init_pool_worker,
                               initargs=(profile, os.getpid()))


def _stop(pool: ProcessPoolExecutor) -> None:
    """Shut ``pool`` down now: its workers are terminated, not left to finish the works they hold (at the end of a
    run they hold none, but one may still be loading its models)."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    manager = getattr(pool, "_executor_manager_thread", None)  # shutdown() forgets it
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()
    deadline = time.monotonic() + STOP_WAIT_S
    for process in processes:
        process.join(max(deadline - time.monotonic(), 0.0))
        if process.is_alive():
            process.kill()
            process.join(1.0)
    # The pool's manager thread closes its wake-up pipe as it ends. Python 3.11's exit hook writes to every pool's
    # pipe without a lock, so a thread closing it in the same instant makes the hook die on "OSError: [Errno 9] Bad
    # file descriptor" with a traceback (seen after SIGTERM); a finished thread has marked its pipe closed.
    if manager is not None:
        manager.join(STOP_WAIT_S)


def _retry_alone(items: list[Item], profile: Profile, task: Task) -> Iterator[dict[str, Any]]:
    for item in items:
        pool = _pool(profile, 1)
        try:
            yield pool.submit(task, item, profile).result()
        except BrokenProcessPool:
            yield _crashed(item)
        except BaseException:
            _stop(pool)
            raise
        _stop(pool)


def _crashed(item: Item) -> dict[str, Any]:
    return analyse_item(Item(id=item.id, hash=item.hash, work=None, error="the worker process died"), "fast")
