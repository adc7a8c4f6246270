"""The typed columns of batch Parquet output: a report's parts as Arrow lists and structs, so that DuckDB, pandas,
Polars or Spark filter on warnings, characters or rating without parsing JSON (docs/scale.md has a DuckDB example).

Each row holds the record's own fields (``id``, ``hash``, ``source``, ``ok``, ``error``, ``words``, ``seconds``),
the report's parts in typed columns, and the whole report as JSON text in ``report`` (quotes, chapters and the
file's own tags are read from there).
"""

from __future__ import annotations

import json
from typing import Any

RECORD_COLUMNS = ("id", "hash", "source", "ok", "error", "words", "seconds")
TYPED_COLUMNS = ("title", "authors", "url", "format", "mode", "rating", "rating_score", "archive_warnings",
                 "warnings", "fandoms", "relationships", "characters", "category", "freeforms")
COLUMNS = (*RECORD_COLUMNS, *TYPED_COLUMNS, "report")


def schema(pa: Any) -> Any:
    """The Arrow schema of a part (``pa`` is the pyarrow module)."""
    span = pa.struct([("start", pa.int64()), ("end", pa.int64()), ("text", pa.string()), ("score", pa.float64())])
    strings = pa.list_(pa.string())
    return pa.schema([
        ("id", pa.string()), ("hash", pa.string()), ("source", pa.string()), ("ok", pa.bool_()),
        ("error", pa.string()), ("words", pa.int64()), ("seconds", pa.float64()),
        ("title", pa.string()), ("authors", strings), ("url", pa.string()), ("format", pa.string()),
        ("mode", pa.string()), ("rating", pa.string()), ("rating_score", pa.float64()),
        ("archive_warnings", pa.list_(pa.struct([("label", pa.string()), ("score", pa.float64()),
                                                 ("evidence", pa.list_(span))]))),
        ("warnings", pa.list_(pa.struct([("label", pa.string()), ("severity", pa.string()),
                                         ("score", pa.float64()), ("evidence", pa.list_(span))]))),
        ("fandoms", pa.list_(pa.struct([("name", pa.string()), ("score", pa.float64())]))),
        ("relationships", pa.list_(pa.struct([("tag", pa.string()), ("kind", pa.string()),
                                              ("score", pa.float64())]))),
        ("characters", pa.list_(pa.struct([("name", pa.string()), ("aliases", strings), ("mentions", pa.int64()),
                                           ("quotes", pa.int64())]))),
        ("category", strings),
        ("freeforms", pa.list_(pa.struct([("tag", pa.string()), ("score", pa.float64())]))),
        ("report", pa.string()),
    ])


def _pick(item: dict[str, Any], *keys: str) -> dict[str, Any]:
    return {key: item.get(key) for key in keys}


def _spans(item: dict[str, Any]) -> list[dict[str, Any]]:
    return [_pick(span, "start", "end", "text", "score") for span in item.get("evidence") or []]


def typed_parts(report: dict[str, Any] | None) -> dict[str, Any]:
    """The typed columns of one report (the ``ficlens.report/1`` object; None for a failed work: all null)."""
    if report is None:
        return dict.fromkeys(TYPED_COLUMNS)
    rating = report.get("rating") or {}
    return {
        **_pick(report, "title", "url", "format", "mode"),
        "authors": report.get("authors", []),
        "rating": rating.get("label"),
        "rating_score": rating.get("score"),
        "archive_warnings": [{**_pick(w, "label", "score"), "evidence": _spans(w)}
                             for w in report.get("archive_warnings", [])],
        "warnings": [{**_pick(w, "label", "severity", "score"), "evidence": _spans(w)}
                     for w in report.get("warnings", [])],
        "fandoms": [_pick(f, "name", "score") for f in report.get("fandoms", [])],
        "relationships": [_pick(r, "tag", "kind", "score") for r in report.get("relationships", [])],
        "characters": [{**_pick(c, "name", "mentions", "quotes"), "aliases": c.get("aliases", [])}
                       for c in report.get("characters", [])],
        "category": report.get("category", []),
        "freeforms": [_pick(f, "tag", "score") for f in report.get("freeforms", [])],
    }


def row(record: dict[str, Any]) -> dict[str, Any]:
    """A batch record (``report`` as JSON text, or None) as one row of :func:`schema`."""
    text = record.get("report")
    report = json.loads(text) if text else None
    return {**{key: record.get(key) for key in RECORD_COLUMNS}, **typed_parts(report), "report": text}
