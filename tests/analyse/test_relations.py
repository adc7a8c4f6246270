"""Pairings: romantic vs platonic from text cues, AO3 ordering, category from genders."""

from __future__ import annotations

from ficlens.analyse.cast import Cluster
from ficlens.analyse.category import categorise
from ficlens.analyse.relations import ao3_tag
from ficlens.knowledge import load_kb
from ficlens.report import Relationship
from repo_paths import FIXTURES

FIXTURE = FIXTURES / "characters" / "sterek_snippet.txt"


def test_ao3_order_from_kb_then_surname() -> None:
    kb = load_kb()
    tags = kb.relationship_tags("Teen Wolf (TV)", ["Stiles Stilinski", "Derek Hale"], "/")
    assert tags[0][0] == "Derek Hale/Stiles Stilinski"
    assert ao3_tag(Cluster(0, "Stiles Stilinski"), Cluster(1, "Derek Hale"), "/", ["Teen Wolf (TV)"]) == tags[0][0]
    # a pair the KB does not order: alphabetical by surname
    friends = ao3_tag(Cluster(0, "Stiles Stilinski"), Cluster(1, "Scott McCall"), "&", [])
    assert friends == "Scott McCall & Stiles Stilinski"
    assert ao3_tag(Cluster(0, "Ann Zed"), Cluster(1, "Zoe Abel"), "/", []) == "Zoe Abel/Ann Zed"


def test_categories() -> None:
    assert categorise([["m", "m"]]) == ["M/M"]
    assert categorise([["f", "m"], ["f", "f"]]) == ["F/F", "F/M"]
    assert categorise([]) == ["Gen"]
    assert categorise([["m", None]]) == ["Other"]
    assert "Multi" in categorise([["m", "m", "f"]])


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


def _relations(text: str) -> dict[str, Relationship]:
    from ficlens.analyse import relations
    from ficlens.analyse.cast import build_cast
    from ficlens.nlp import build_document
    from ficlens.work import Work

    doc = build_document(Work(text=text, source="t", format="text"), "fast")
    cast = build_cast(text, doc.paragraphs, doc.sentences, [], fast=True)
    return {r.tag: r for r in relations.find_relationships(doc, cast)}


KAIA = ("Later Kaia sat by the fire while Riversong watched. Then Riversong's lips thinned at Kaia. "
        "Then Riversong lifted the trapdoor by its ring and Kaia followed. Later Kaia went to bed and Riversong "
        "slept. Then Riversong and Kaia ate, and Riversong's lips thinned again at Kaia. ")


def test_proximity_and_weak_cues_make_no_romance() -> None:
    rels = _relations(KAIA * 2)
    assert not any(r.kind == "romantic" for r in rels.values())


def test_kisses_make_a_romance_scored_from_its_threshold() -> None:
    text = KAIA + ("Then Kaia kissed Riversong. Later Riversong kissed Kaia back, and Kaia said Riversong was her "
                   "girlfriend now. Then Kaia and Riversong went on a date, and Riversong kissed Kaia again.")
    rels = _relations(text)
    romantic = [r for r in rels.values() if r.kind == "romantic"]
    assert len(romantic) == 1 and 0.5 <= romantic[0].score < 1.0
    assert all(r.score >= 0.5 for r in rels.values())
