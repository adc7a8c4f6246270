"""Fandom KB and fandom detection."""

from __future__ import annotations

from collections import Counter

from ficlens.analyse.fandom_detect import score_fandoms
from ficlens.knowledge import load_kb
from ficlens.knowledge.fandom_kb import name_aliases


def test_kb_loads_and_has_aliases() -> None:
    kb = load_kb()
    assert len(kb.fandoms) > 50
    hits = kb.lookup("Stiles")
    assert hits and hits[0].character.name == "Stiles Stilinski"
    assert kb.lookup("stiles stilinski")[0].kind == "full"


def test_name_aliases_split_alias_bar() -> None:
    forms = dict(name_aliases("Kim Taehyung | V"))
    assert forms["Kim Taehyung"] == "full" and forms["V"] == "alt" and forms["Kim"] == "first"


def test_fandom_from_names() -> None:
    ranked = score_fandoms({"Stiles": 20, "Derek": 15, "Scott": 5}, Counter({"werewolf": 3}))
    assert ranked[0][0] == "Teen Wolf (TV)"
    assert 0.5 <= ranked[0][1] < 1.0


def test_no_fandom_from_one_common_name() -> None:
    assert score_fandoms({"John": 3}, Counter()) == []
    assert score_fandoms({}, Counter()) == []
