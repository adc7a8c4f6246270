"""The speaker ranker: the shipped weights load, and reranking respects the hard rules (tags stay, a quote never
goes to the one it addresses)."""

from __future__ import annotations

import json
from pathlib import Path

from ficlens.analyse.cast import build_cast
from ficlens.analyse.speaker_model import ARTIFACT, FEATURES, QuoteFeatures, load_ranker, rerank_quotes, write_ranker
from ficlens.analyse.speakers import Attributor, rule_attributions
from ficlens.nlp import build_document
from ficlens.work import Work


def attributor(text: str) -> Attributor:
    doc = build_document(Work(text=text, source="test", format="text"), "fast")
    return Attributor(text, doc.paragraphs, build_cast(text, doc.paragraphs, doc.sentences, [], fast=True))


def test_shipped_ranker_loads_and_matches_the_features() -> None:
    data = json.loads(ARTIFACT.read_text(encoding="utf-8"))
    assert set(data["features"]) <= set(FEATURES)
    ranker = load_ranker()
    assert ranker is not None and len(ranker.weights) == len(data["features"])


def test_a_ranker_for_unknown_features_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    write_ranker(path, ["no_such_feature"], [1.0], 0.0, "test")
    assert load_ranker(str(path)) is None
    other = tmp_path / "r2.json"
    write_ranker(other, ["recency"], [2.0], -1.0, "test")
    ranker = load_ranker(str(other))
    assert ranker is not None and ranker.score([0.0] * len(FEATURES)) < 0.5


def test_candidates_carry_one_value_per_feature() -> None:
    text = 'Stiles Stilinski and Derek Hale met.\n\n"Hi," Stiles said.\n\n"Hello."\n\nDerek smiled.\n\n"Bye."'
    at = attributor(text)
    feats = QuoteFeatures(at, rule_attributions(at))
    cands = feats.candidates(len(at.quotes) - 1)
    assert cands and all(len(f) == len(FEATURES) for f in cands.values())


def test_rerank_keeps_tags_and_never_picks_the_addressee(tmp_path: Path) -> None:
    text = ('Stiles Stilinski and Derek Hale met. Derek looked at Stiles.\n\n"Hi," Stiles said.\n\n'
            'Derek frowned at Stiles for a long time.\n\n"Stiles, go home."')
    at = attributor(text)
    found = rule_attributions(at)
    path = tmp_path / "r.json"
    write_ranker(path, ["recency"], [5.0], 0.0, "prefers whoever was mentioned last")
    ranker = load_ranker(str(path))
    assert ranker is not None
    rerank_quotes(at, found, ranker)
    names = [at.cast.clusters[c].name if c is not None and c >= 0 else None for c, _, _ in found]
    assert found[0][2] == "explicit" and names[0] == "Stiles Stilinski"
    assert names[1] == "Derek Hale"  # Stiles is the most recent mention, but the quote calls him by name


def test_training_rows_from_a_litbank_file() -> None:
    import importlib.util
    import sys

    root = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location("train_speaker_ranker", root / "scripts" / "train_speaker_ranker.py")
    assert spec and spec.loader
    train = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = train
    spec.loader.exec_module(train)
    fixture = Path(__file__).parent / "fixtures" / "characters" / "litbank" / "1_tiny_brat"
    xs, ys, groups = train.file_rows(train.load_eval(), fixture.with_suffix(".txt"), fixture.with_suffix(".ann"),
                                     "fast")
    assert xs and len(xs) == len(ys) == len(groups)  # the fixture's untagged turns are guessed, so they are rows
    assert all(len(x) == len(FEATURES) for x in xs)
    for g in set(groups):  # quotes no candidate names are left out of training
        assert sum(y for y, gg in zip(ys, groups, strict=True) if gg == g) >= 1
