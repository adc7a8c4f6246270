"""Pairings: romantic vs platonic from text cues, AO3 ordering, category from genders."""

from __future__ import annotations

from pathlib import Path

from ficlens.analyse.category import categorise
from ficlens.analyse.relations import _surname_key
from ficlens.knowledge import load_kb

FIXTURE = Path(__file__).parent / "fixtures" / "characters" / "sterek_snippet.txt"


def test_ao3_order_from_kb_then_surname() -> None:
    kb = load_kb()
    tags = kb.relationship_tags("Teen Wolf (TV)", ["Stiles Stilinski", "Derek Hale"], "/")
    assert tags[0][0] == "Derek Hale/Stiles Stilinski"
    assert sorted(["Stiles Stilinski", "Scott McCall"], key=_surname_key) == ["Scott McCall", "Stiles Stilinski"]


def test_categories() -> None:
    assert categorise([["m", "m"]], False) == ["M/M"]
    assert categorise([["f", "m"], ["f", "f"]], False) == ["F/F", "F/M"]
    assert categorise([], True) == ["Gen"]
    assert categorise([["m", None]], False) == ["Other"]
    assert "Multi" in categorise([["m", "m", "f"]], False)


def test_pairings_from_text(monkeypatch) -> None:  # noqa: ANN001
    from ficlens.analyse import relations
    from ficlens.analyse.cast import build_cast
    from ficlens.nlp import build_document
    from ficlens.work import Work

    text = FIXTURE.read_text(encoding="utf-8")
    doc = build_document(Work(text=text, source="t", format="text"), "fast")
    cast = build_cast(text, doc.paragraphs, doc.sentences, [], fast=True)
    monkeypatch.setattr(relations, "MIN_COOCCURRENCE", 1)
    rels = {r.tag: r for r in relations.find_relationships(doc, cast)}
    assert rels["Derek Hale/Stiles Stilinski"].kind == "romantic"
    assert rels["Derek Hale/Stiles Stilinski"].evidence
    ev = rels["Derek Hale/Stiles Stilinski"].evidence[0]
    assert text[ev.start:ev.end] == ev.text
    assert "Scott McCall & Stiles Stilinski" in rels
    assert not any("/" in t and "Scott" in t for t in rels)
