"""Batch Parquet output has the report's parts in typed, nested columns that a query engine filters directly."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from ficlens.batch.sinks import ParquetSink
from ficlens.report import ArchiveWarning, Character, Fandom, Rating, Relationship, Report, Span, Warning
from repo_paths import ROOT

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

TEXT = "He hit him. Derek and Stiles kissed."


def report(source: str, graphic: bool) -> Report:
    hit = Span(start=0, end=11, text=TEXT[0:11], score=0.9)
    return Report(source=source, format="text", title=f"Work {source}", authors=["anon"], words=7,
                  fandoms=[Fandom(name="Teen Wolf (TV)", score=0.8)],
                  characters=[Character(name="Derek Hale", aliases=["Derek"], mentions=2, quotes=1)],
                  relationships=[Relationship(tag="Derek Hale/Stiles Stilinski", kind="romantic", score=0.7)],
                  rating=Rating(label="M" if graphic else "T", score=0.6),
                  archive_warnings=[ArchiveWarning(label="Graphic Depictions Of Violence", score=0.8,
                                                   evidence=[hit])] if graphic else [],
                  warnings=[Warning(label="violence", severity="graphic" if graphic else "mentioned", score=0.9,
                                    evidence=[hit])])


def record(ident: str, graphic: bool) -> dict[str, Any]:
    return {"id": ident, "hash": f"h{ident}", "source": ident, "ok": True, "error": None, "words": 7,
            "seconds": 0.1, "report": report(ident, graphic).to_json()}


FAILED = {"id": "bad", "hash": "hbad", "source": "bad", "ok": False, "error": "cannot be read", "words": 0,
          "seconds": 0.0, "report": None}


def write(out: Path, records: list[dict[str, Any]]) -> None:
    sink = ParquetSink(out)
    for rec in records:
        sink.write(rec)
    sink.close()


def test_warnings_characters_and_relationships_are_typed_columns(tmp_path: Path) -> None:
    out = tmp_path / "out.parquet"
    write(out, [record("a", graphic=True), record("b", graphic=False), FAILED])
    table = pq.read_table(out)
    span = pa.struct([("start", pa.int64()), ("end", pa.int64()), ("text", pa.string()), ("score", pa.float64())])
    assert table.schema.field("warnings").type == pa.list_(pa.struct([
        ("label", pa.string()), ("severity", pa.string()), ("score", pa.float64()), ("evidence", pa.list_(span))]))
    assert pa.types.is_list(table.schema.field("characters").type)
    assert table.schema.field("rating").type == pa.string()
    rows = {r["id"]: r for r in table.to_pylist()}
    assert rows["a"]["warnings"] == [{"label": "violence", "severity": "graphic", "score": 0.9,
                                      "evidence": [{"start": 0, "end": 11, "text": "He hit him.", "score": 0.9}]}]
    assert rows["a"]["archive_warnings"][0]["label"] == "Graphic Depictions Of Violence"
    assert rows["a"]["characters"] == [{"name": "Derek Hale", "aliases": ["Derek"], "mentions": 2, "quotes": 1}]
    assert rows["a"]["relationships"] == [{"tag": "Derek Hale/Stiles Stilinski", "kind": "romantic", "score": 0.7}]
    assert rows["a"]["fandoms"] == [{"name": "Teen Wolf (TV)", "score": 0.8}]
    assert (rows["a"]["rating"], rows["b"]["rating"], rows["a"]["authors"]) == ("M", "T", ["anon"])
    assert json.loads(rows["a"]["report"])["schema"] == "ficlens.report/1"  # the whole report is still there
    assert rows["bad"]["warnings"] is None and rows["bad"]["error"] == "cannot be read"


def documented_queries() -> list[str]:
    """The SQL statements of the DuckDB example in docs/scale.md."""
    page = (ROOT / "docs" / "scale.md").read_text(encoding="utf-8")
    block = re.search(r"```sql\n(.*?)```", page, re.S)
    assert block, "docs/scale.md has no ```sql example"
    return [q.strip() for q in block.group(1).split(";") if q.strip()]


def test_the_documented_duckdb_queries_filter_nested_columns(tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    out = tmp_path / "out.parquet"
    write(out, [record("a", graphic=True), record("b", graphic=False), FAILED])
    graphic, pairings, ratings = (duckdb.sql(q.replace("out.parquet/", f"{out}/")).fetchall()
                                  for q in documented_queries())
    assert graphic == [("a", "Work a", "violence", "He hit him.")]
    assert pairings == [("Derek Hale/Stiles Stilinski", 2)]
    assert sorted(ratings) == [("Teen Wolf (TV)", "M", 1), ("Teen Wolf (TV)", "T", 1)]


def test_parts_with_only_the_json_report_are_rewritten_typed_and_resume_still_skips(tmp_path: Path) -> None:
    out = tmp_path / "out.parquet"
    out.mkdir()
    old = pa.schema([("id", pa.string()), ("hash", pa.string()), ("source", pa.string()), ("ok", pa.bool_()),
                     ("error", pa.string()), ("words", pa.int64()), ("seconds", pa.float64()),
                     ("report", pa.string())])
    pq.write_table(pa.Table.from_pylist([record("a", graphic=True)], schema=old), out / "part-old-00000.parquet")
    sink = ParquetSink(out)
    assert sink.done() == {"a": ("ha", True)}
    sink.write(record("b", graphic=False))
    sink.close()
    table = pq.read_table(out)  # one schema across old and new parts
    assert sorted(table.column("id").to_pylist()) == ["a", "b"]
    labels = {r["id"]: [w["severity"] for w in r["warnings"]] for r in table.to_pylist()}
    assert labels == {"a": ["graphic"], "b": ["mentioned"]}
