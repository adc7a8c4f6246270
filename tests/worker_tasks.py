"""Tasks the batch tests hand to the local engine's workers. Spawned workers import a task by its module's name, so
tasks live here (a module on the tests' import path) and not in a test file (imported by path, under no importable
name)."""

from __future__ import annotations

import os
from typing import Any

from ficlens.batch.items import Item
from ficlens.nlp.loader import Profile


def die_on_poison(item: Item, profile: Profile) -> dict[str, Any]:
    """A task whose process dies on the work with id "poison"."""
    if item.id == "poison":
        os._exit(3)  # as a kill -9 or the OOM killer would: no exception, the process is gone
    return {"id": item.id, "ok": True}


def slow(item: Item, profile: Profile) -> dict[str, Any]:
    """A task that holds its worker for a while, so a run can be stopped with works in flight."""
    import time

    time.sleep(0.2)
    return {"id": item.id, "ok": True}
