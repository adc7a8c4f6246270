"""A worker process that dies takes only its own work down: the others in flight are retried and reported."""

from __future__ import annotations

import threading

from ficlens.batch.items import Item
from ficlens.batch.local_engine import run_items
from worker_tasks import die_on_poison, slow


def test_only_the_work_that_kills_its_worker_fails() -> None:
    items = [Item(id=str(i), hash=str(i), work=None) for i in range(6)]
    items.insert(2, Item(id="poison", hash="p", work=None))
    records = {r["id"]: r for r in run_items(items, "fast", workers=2, task=die_on_poison)}
    assert set(records) == {"poison", *map(str, range(6))}
    assert not records["poison"]["ok"] and "died" in records["poison"]["error"]
    assert all(records[str(i)]["ok"] for i in range(6))


def _pool_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if type(t).__name__ == "_ExecutorManagerThread" and t.is_alive()]


def test_a_run_stopped_early_leaves_no_pool_thread_behind() -> None:
    # Python 3.11's exit hook writes to each pool thread's wake-up pipe without a lock; a thread still closing its
    # pipe then makes the exit print "OSError: [Errno 9] Bad file descriptor" (seen after `ficlens batch` got SIGTERM)
    items = [Item(id=str(i), hash=str(i), work=None) for i in range(20)]
    run = run_items(items, "fast", workers=2, task=slow)
    next(run)
    run.close()  # as a signal's SystemExit does: the generator's cleanup stops the pool
    assert _pool_threads() == []


def test_a_finished_run_leaves_no_pool_thread_behind() -> None:
    items = [Item(id=str(i), hash=str(i), work=None) for i in range(4)]
    assert len(list(run_items(items, "fast", workers=2, task=slow))) == 4
    assert _pool_threads() == []
