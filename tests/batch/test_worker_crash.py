"""A worker process that dies takes only its own work down: the others in flight are retried and reported."""

from __future__ import annotations

from ficlens.batch.items import Item
from ficlens.batch.local_engine import run_items
from worker_tasks import die_on_poison


def test_only_the_work_that_kills_its_worker_fails() -> None:
    items = [Item(id=str(i), hash=str(i), work=None) for i in range(6)]
    items.insert(2, Item(id="poison", hash="p", work=None))
    records = {r["id"]: r for r in run_items(items, "fast", workers=2, task=die_on_poison)}
    assert set(records) == {"poison", *map(str, range(6))}
    assert not records["poison"]["ok"] and "died" in records["poison"]["error"]
    assert all(records[str(i)]["ok"] for i in range(6))
