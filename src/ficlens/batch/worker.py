"""Analysing one item into one output record: the unit of work of every engine."""

from __future__ import annotations

import contextlib
import json
import time
from typing import Any

from ficlens.batch.items import Item
from ficlens.nlp.loader import Profile, warm_up

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


def analyse_item(item: Item, profile: Profile) -> dict[str, Any]:
    """The output record for one item. Never raises: a failure becomes ``ok: false`` with its error."""
    from ficlens.analyse import analyse_work
    from ficlens.budget import analyse_within

    record: dict[str, Any] = {"id": item.id, "hash": item.hash, "source": item.id, "ok": False,
                              "error": item.error, "words": 0, "seconds": 0.0, "report": None}
    if item.work is None:
        return record
    record["source"] = item.work.source
    t0 = time.perf_counter()
    try:
        report = analyse_within(item.work, lambda work: analyse_work(work, profile), profile=profile)
    except Exception as exc:  # one bad work never stops the run
        record["error"] = f"{exc.__class__.__name__}: {exc}"
    else:
        record.update(ok=True, words=report.words, report=report.to_json())
    record["seconds"] = round(time.perf_counter() - t0, 4)
    return record


def record_line(record: dict[str, Any]) -> str:
    """A record as one JSON line, the report (already JSON text) embedded as an object."""
    meta = {k: v for k, v in record.items() if k != "report"}
    head = json.dumps(meta, ensure_ascii=False)
    report = record.get("report")
    return f'{head[:-1]}, "report": {report if report else "null"}}}'
