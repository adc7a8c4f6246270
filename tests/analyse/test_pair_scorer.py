"""The learned pair scorer: its weights file, when the relations analyser uses it, and the hard rules kept beside it."""

from __future__ import annotations

from pathlib import Path

import pytest

from ficlens.analyse import pair_scorer, relations
from ficlens.analyse.pair_scorer import FEATURES, Linear, PairScorer, PairScorerError, parse_scorer

LOVERS = ("Later Kaia kissed Riversong. Then Riversong kissed Kaia. " * 3 + "\n\n"
          + "Later Tamsin sat with Kaia. Then Kaia laughed at Tamsin. " * 3)


def _constant(none: float, platonic: float, romantic: float, threshold: float = 0.5) -> PairScorer:
    """A scorer giving every pair the same class scores."""
    zero = tuple(0.0 for _ in FEATURES)
    return PairScorer((Linear(zero, none), Linear(zero, platonic), Linear(zero, romantic)), threshold)


def _analysed(text: str):  # noqa: ANN202
    from ficlens.analyse.cast import build_cast
    from ficlens.nlp import build_document
    from ficlens.work import Work

    doc = build_document(Work(text=text, source="t", format="text"), "fast")
    return doc, build_cast(text, doc.paragraphs, doc.sentences, [], fast=True)


def _tags(text: str, scorer: PairScorer | None) -> dict[str, str]:
    doc, cast = _analysed(text)
    with pair_scorer.using(scorer):
        return {r.tag: r.kind for r in relations.find_relationships(doc, cast)}


def test_a_scorer_reads_back_what_it_writes() -> None:
    import json

    scorer = _constant(0.5, -1.0, 2.0, threshold=0.3)
    blob = json.dumps(scorer.to_json()).encode()
    assert parse_scorer(blob, Path("w.json")) == scorer


def test_a_weights_file_of_other_features_is_refused_in_one_line_naming_it() -> None:
    import json

    data = _constant(0.0, 0.0, 0.0).to_json()
    data["features"] = ["together"]
    with pytest.raises(PairScorerError) as err:
        parse_scorer(json.dumps(data).encode(), Path("weights.json"))
    assert "weights.json" in str(err.value) and "\n" not in str(err.value)
    with pytest.raises(PairScorerError, match="bad.json"):
        parse_scorer(b"{not json", Path("bad.json"))


def test_the_shipped_scorer_decides_only_when_it_is_on_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    off = _constant(0.0, 0.0, 0.0)
    monkeypatch.setattr(pair_scorer, "shipped_scorer", lambda: off)
    assert pair_scorer.active() is None
    on = PairScorer(off.scores, off.threshold, on_by_default=True)
    monkeypatch.setattr(pair_scorer, "shipped_scorer", lambda: on)
    assert pair_scorer.active() is on
    with pair_scorer.using(None):
        assert pair_scorer.active() is None


def test_the_learned_scorer_decides_which_pairs_are_tagged_and_how() -> None:
    assert _tags(LOVERS, _constant(5.0, 0.0, 0.0)) == {}  # a tag is never likely enough
    tags = _tags(LOVERS, _constant(-5.0, 0.0, 1.0))  # every pair tagged, romantic likelier
    assert tags["Kaia/Riversong"] == "romantic"
    # the hard rule: no romance without romantic cue words between the two, whatever the scorer says
    assert tags["Kaia & Tamsin"] == "platonic"
    assert _tags(LOVERS, _constant(-5.0, 1.0, 0.0))["Kaia & Riversong"] == "platonic"


def test_the_hand_rules_decide_without_a_scorer() -> None:
    tags = _tags(LOVERS, None)
    assert tags.get("Kaia/Riversong") == "romantic"
    assert "Kaia & Riversong" not in tags


def test_pair_features_hold_the_rules_decision_and_forced_contact() -> None:
    doc, cast = _analysed(LOVERS + "\n\nLater Riversong forced himself on Tamsin. Then Tamsin fled from Riversong. ")
    names = {c.id: c.name for c in cast.clusters}
    table = {frozenset((names[f.a.id], names[f.b.id])): f.values for f in relations.pair_table(doc, cast)}
    assert set(table[frozenset(("Kaia", "Riversong"))]) == set(FEATURES)
    assert table[frozenset(("Kaia", "Riversong"))]["rules_romantic"] == 1.0
    assert table[frozenset(("Kaia", "Riversong"))]["forced"] == 0.0
    assert table[frozenset(("Riversong", "Tamsin"))]["forced"] == 1.0


def test_the_shipped_weights_fit_this_ficlens() -> None:
    if pair_scorer.shipped_scorer.__wrapped__() is None:  # type: ignore[attr-defined]
        pytest.skip("no pair scorer shipped")
    scorer = pair_scorer.shipped_scorer.__wrapped__()  # type: ignore[attr-defined]
    assert 0.0 < scorer.threshold < 1.0
    assert len(scorer.scores) == 3 and all(len(s.weights) == len(FEATURES) for s in scorer.scores)


def test_two_of_one_surname_need_more_than_a_kiss_to_be_a_learned_romance() -> None:
    sisters = ("Later Mira Vance kissed Tova Vance goodnight. Then Tova Vance smiled at Mira Vance. "
               + "\n\n" + "Later Mira Vance walked with Tova Vance. Then Tova Vance sang to Mira Vance. " * 2)
    tags = _tags(sisters, _constant(-5.0, 0.0, 1.0))
    assert tags == {"Mira Vance & Tova Vance": "platonic"}
    married = sisters.replace("kissed", "kissed and kissed and kissed")
    assert _tags(married, _constant(-5.0, 0.0, 1.0)) == {"Mira Vance/Tova Vance": "romantic"}


def test_a_scorer_keeping_the_rules_tags_keeps_a_pair_it_finds_unlikely() -> None:
    never = _constant(5.0, 0.0, 0.0)
    assert _tags(LOVERS, never) == {}
    keeping = PairScorer(never.scores, never.threshold, keep_rules=True)
    assert _tags(LOVERS, keeping) == _tags(LOVERS, None) == {"Kaia/Riversong": "romantic", "Kaia & Tamsin": "platonic"}


def test_a_character_off_stage_pairs_with_the_scorer_only_by_cue_words() -> None:
    doc, cast = _analysed("Later Kaia sat by the fire while Riversong watched. Then Riversong walked with Kaia. " * 4)
    ids = {c.name: c.id for c in cast.clusters}
    cast.clusters[ids["Kaia"]].quotes = relations.SPEAKING_WORK  # Kaia speaks; Riversong is only talked about
    with pair_scorer.using(_constant(-5.0, 1.0, 0.0)):
        assert relations.find_relationships(doc, cast) == []
    cast.clusters[ids["Riversong"]].quotes = 1
    with pair_scorer.using(_constant(-5.0, 1.0, 0.0)):
        assert [r.tag for r in relations.find_relationships(doc, cast)] == ["Kaia & Riversong"]


SLOW_BURN = ("Later Kaia held her hand and Riversong blushed. Then Riversong sat beside Kaia, her heart racing. " * 2
             + "\n\n" + "Later Kaia walked with Riversong. Then Riversong smiled at Kaia. " * 2)


def test_intimacy_between_two_makes_a_learned_romance_possible_without_a_romantic_word() -> None:
    romantic = _constant(-5.0, 0.0, 1.0)
    assert _tags(SLOW_BURN, romantic) == {"Kaia/Riversong": "romantic"}
    plain = SLOW_BURN.replace("held her hand", "waved").replace("blushed", "nodded").replace(", her heart racing", "")
    assert _tags(plain, romantic) == {"Kaia & Riversong": "platonic"}


WEAK_CUES = ("Later Kaia embraced Riversong in the bed. Then Riversong walked with Kaia. " * 2
             + "\n\n" + "Later Kaia walked with Riversong. Then Riversong smiled at Kaia. " * 2)


def test_a_scorer_sure_of_a_romance_told_in_weak_cues_alone_makes_it_one() -> None:
    sure = _constant(-5.0, 0.0, relations.LEARNED_ROMANCE_MARGIN + 0.5)
    assert _tags(WEAK_CUES, sure) == {"Kaia/Riversong": "romantic"}
    unsure = _constant(-5.0, 0.0, relations.LEARNED_ROMANCE_MARGIN - 0.25)  # likelier romantic, not by the margin
    assert _tags(WEAK_CUES, unsure) == {"Kaia & Riversong": "platonic"}
    forced = WEAK_CUES.replace("embraced Riversong", "forced himself on Riversong")
    assert _tags(forced, sure) == {"Kaia & Riversong": "platonic"}  # forced contact is never a romance
    siblings = WEAK_CUES.replace("Kaia", "Kaia Vance").replace("Riversong", "Mira Vance")
    assert _tags(siblings, sure) == {"Kaia Vance & Mira Vance": "platonic"}


def test_pair_features_count_the_intimacy_between_the_two() -> None:
    doc, cast = _analysed(SLOW_BURN + "\n\nLater Tamsin sat with Kaia. Then Kaia laughed at Tamsin. " * 2)
    names = {c.id: c.name for c in cast.clusters}
    table = {frozenset((names[f.a.id], names[f.b.id])): f for f in relations.pair_table(doc, cast)}
    assert table[frozenset(("Kaia", "Riversong"))].ev.intimate >= relations.INTIMATE_MIN
    assert table[frozenset(("Kaia", "Riversong"))].values["intimate"] > 0
    assert table[frozenset(("Kaia", "Tamsin"))].values["intimate"] == 0


def test_pairs_kept_for_the_rules_tag_score_as_the_rules_score_them() -> None:
    never = _constant(5.0, 0.0, 0.0)
    keeping = PairScorer(never.scores, never.threshold, keep_rules=True)
    doc, cast = _analysed(LOVERS)
    with pair_scorer.using(keeping):
        learned = {r.tag: r.score for r in relations.find_relationships(doc, cast)}
    with pair_scorer.using(None):
        ruled = {r.tag: r.score for r in relations.find_relationships(doc, cast)}
    assert learned == ruled
    assert len(set(learned.values())) > 1  # not all tied at 0.5


def test_a_type_model_decides_romantic_or_platonic_and_is_read_back() -> None:
    import dataclasses
    import json

    zero = tuple(0.0 for _ in FEATURES)
    platonic_classes = _constant(-5.0, 1.0, 0.0)  # the tag classes alone say " & "
    typed = dataclasses.replace(platonic_classes, kind=Linear(zero, 1.0))  # the type model says "/"
    assert not platonic_classes.romantic(list(zero)) and typed.romantic(list(zero))
    assert _tags(LOVERS, typed)["Kaia/Riversong"] == "romantic"
    assert _tags(LOVERS, platonic_classes)["Kaia & Riversong"] == "platonic"
    assert _tags(LOVERS, typed)["Kaia & Tamsin"] == "platonic"  # the hard rule still holds: no cue, no romance
    assert parse_scorer(json.dumps(typed.to_json()).encode(), Path("w.json")) == typed
    assert "type" not in platonic_classes.to_json()
