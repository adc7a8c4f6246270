"""Pairings: romantic vs platonic from text cues, AO3 ordering, category from genders."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator

import pytest

from ficlens.analyse import pair_scorer
from ficlens.analyse.cast import Cast, Cluster
from ficlens.analyse.category import categorise
from ficlens.analyse.relations import SCENE_BREAK, ao3_tag
from ficlens.knowledge import load_kb
from ficlens.report import Relationship
from repo_paths import FIXTURES

FIXTURE = FIXTURES / "characters" / "sterek_snippet.txt"


@pytest.fixture(autouse=True)
def _hand_rules() -> Iterator[None]:
    """These tests are of the hand rules: the learned pair scorer (tests/analyse/test_pair_scorer.py) stays out."""
    with pair_scorer.using(None):
        yield


def test_ao3_order_from_kb_then_names_as_written() -> None:
    kb = load_kb()
    tags = kb.relationship_tags("Teen Wolf (TV)", ["Stiles Stilinski", "Derek Hale"], "/")
    assert tags[0][0] == "Derek Hale/Stiles Stilinski"
    assert ao3_tag([Cluster(0, "Stiles Stilinski"), Cluster(1, "Derek Hale")], "/", ["Teen Wolf (TV)"]) == tags[0][0]
    # a pair the KB does not order: alphabetical as written, given names first
    friends = ao3_tag([Cluster(0, "Stiles Stilinski"), Cluster(1, "Scott McCall")], "&", [])
    assert friends == "Scott McCall & Stiles Stilinski"
    assert ao3_tag([Cluster(0, "Zoe Abel"), Cluster(1, "Ann Zed")], "/", []) == "Ann Zed/Zoe Abel"
    assert ao3_tag([Cluster(0, "Merlin"), Cluster(1, "Arthur Pendragon")], "/", []) == "Arthur Pendragon/Merlin"


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


def test_kisses_in_sentences_naming_a_relative_make_no_romance() -> None:
    family = ("\n\nRiversong watched as her father kissed Kaia. Later Kaia's mother kissed Riversong goodnight. "
              "Then Riversong's sister hugged Kaia and kissed her.\n")
    assert not any(r.kind == "romantic" for r in _relations(KAIA * 2 + family).values())
    lovers = ("\n\nRiversong watched as Kaia kissed her. Later Kaia kissed Riversong goodnight. "
              "Then Riversong kissed Kaia.\n")
    assert _relations(KAIA * 2 + lovers)["Kaia/Riversong"].kind == "romantic"


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


def test_one_person_under_two_names_is_never_a_pair() -> None:
    from ficlens.analyse.relations import same_person

    assert same_person(Cluster(0, "Midoriya Izuku"), Cluster(1, "Izuku Midoriya"))
    assert same_person(Cluster(0, "Zia"), Cluster(1, "Zia Ayn"))
    assert not same_person(Cluster(0, "Mr. Zuckerberg"), Cluster(1, "Mark Zuckerberg"))
    assert not same_person(Cluster(0, "Harry Potter"), Cluster(1, "Lily Potter"))


def test_pairings_are_read_for_characters_named_more_than_once_each_person_once() -> None:
    from ficlens.analyse.cast import Cast
    from ficlens.analyse.relations import pairing_cast

    cast = Cast([Cluster(0, "Mark", names=9), Cluster(1, "Katy Perry", names=1), Cluster(2, "Izuku Midoriya", names=4),
                 Cluster(3, "Midoriya Izuku", names=2)], [], [], [])
    top, same = pairing_cast(cast)
    assert [c.name for c in top] == ["Mark", "Izuku Midoriya"]
    assert same == {3: 2}


def test_three_mutual_romances_make_a_triad_beside_the_pairs() -> None:
    from ficlens.analyse.relations import Candidate, _triads

    pairs = [Candidate((1, 2), "/", 3.0, 2.0, []), Candidate((1, 3), "/", 2.5, 2.0, []),
             Candidate((2, 3), "/", 2.2, 2.0, []), Candidate((3, 4), "/", 2.0, 2.0, [])]
    out = {c.people: c for c in _triads(pairs)}
    assert set(out) == {(1, 2), (1, 3), (2, 3), (1, 2, 3), (3, 4)}
    assert out[(1, 2, 3)].value == 2.2


def test_strong_cues_short_of_a_romance_are_kept_only_as_a_triads_third_side() -> None:
    from ficlens.analyse.relations import Candidate, _triads

    sides = [Candidate((1, 2), "/", 3.0, 2.0, []), Candidate((1, 3), "/", 2.5, 2.0, []),
             Candidate((2, 3), "/", 1.8, 1.8, [], side=True), Candidate((3, 4), "/", 1.5, 1.5, [], side=True)]
    out = {c.people for c in _triads(sides)}
    assert out == {(1, 2), (1, 3), (2, 3), (1, 2, 3)}
    # a romance dropped as a second one (under SECONDARY_SHARE of the character's strongest) makes no triad
    weak = [Candidate((1, 2), "/", 6.0, 2.0, []), Candidate((1, 3), "/", 2.0, 2.0, []),
            Candidate((2, 3), "/", 1.8, 1.8, [], side=True)]
    assert (2, 3) not in {c.people for c in _triads(weak)}


def test_characters_sharing_the_scenes_without_cue_words_are_a_platonic_pair() -> None:
    rels = _relations(KAIA * 2)
    assert [(r.tag, r.kind) for r in rels.values()] == [("Kaia & Riversong", "platonic")]


def test_scene_partners_with_a_kiss_and_as_many_friendship_cues_are_a_romance() -> None:
    scene = ("Later Kaia sat by the fire while Riversong watched. Then Riversong walked to the well with Kaia. "
             "Then Riversong lifted the trapdoor and Kaia followed. Later Kaia ate bread and Riversong slept. ")
    rels = _relations(scene * 2 + "\n\nKaia and Riversong kissed. Riversong was a friend to Kaia.\n")
    assert [(r.tag, r.kind) for r in rels.values()] == [("Kaia/Riversong", "romantic")]


def test_a_known_couple_of_the_fandom_needs_weak_cues_worth_a_strong_one() -> None:
    scene = ("Stiles Stilinski argued with Derek Hale about the pack. Scott McCall laughed at Stiles. Lydia Martin "
             "rolled her eyes at Scott. Derek watched Stiles, his friend. Stiles glared at Derek. ")
    friends = _relations(scene * 3)
    assert friends["Derek Hale & Stiles Stilinski"].kind == "platonic"
    one_cue = _relations(scene * 3 + "Derek's lips curled at Stiles. ")  # one weak cue: a sneer as well as a kiss
    assert "Derek Hale/Stiles Stilinski" not in one_cue
    cued = _relations(scene * 3 + "Derek's lips brushed Stiles's ear. Stiles blushed and nuzzled Derek, and Derek's "
                                  "lips found Stiles's. ")
    assert cued["Derek Hale/Stiles Stilinski"].kind == "romantic"


SILENT = ("Stiles Stilinski argued with Derek Hale about the pack. Scott McCall laughed at Stiles. Lydia Martin "
          "rolled her eyes at Scott. Derek watched Stiles. Stiles glared at Derek. Derek followed Stiles out. ")


def test_a_canon_couple_the_text_is_silent_on_is_a_romance(monkeypatch) -> None:  # noqa: ANN001
    from ficlens.knowledge.fandom_kb import FandomKB

    monkeypatch.setattr(FandomKB, "canon_couple", lambda self, fandom, a, b: {a, b} == {"Derek Hale",
                                                                                       "Stiles Stilinski"})
    assert _relations(SILENT * 3)["Derek Hale/Stiles Stilinski"].kind == "romantic"


def test_a_popular_pairing_the_text_is_silent_on_is_no_romance() -> None:
    assert "Derek Hale/Stiles Stilinski" not in _relations(SILENT * 3)  # fans pair them; the canon does not


def test_a_pair_the_kb_tags_as_often_platonic_needs_strong_cues(monkeypatch) -> None:  # noqa: ANN001
    from ficlens.knowledge.fandom_kb import FandomKB

    monkeypatch.setattr(FandomKB, "pair_works", lambda self, fandom, a, b: (1, 1))
    scene = ("Stiles Stilinski argued with Derek Hale about the pack. Scott McCall laughed at Stiles. Lydia Martin "
             "rolled her eyes at Scott. Derek watched Stiles, his friend. Stiles glared at Derek. ")
    rels = _relations(scene * 3 + "Derek's lips brushed Stiles's ear. ")
    assert "Derek Hale/Stiles Stilinski" not in rels and "Derek Hale & Stiles Stilinski" in rels


def test_a_rarely_tagged_couple_needs_more_than_a_weak_cue(monkeypatch) -> None:  # noqa: ANN001
    from ficlens.knowledge.fandom_kb import FandomKB

    monkeypatch.setattr(FandomKB, "pair_works", lambda self, fandom, a, b: (1, 0))  # under 1 % of the works
    scene = ("Stiles Stilinski argued with Derek Hale about the pack. Scott McCall laughed at Stiles. Lydia Martin "
             "rolled her eyes at Scott. Derek watched Stiles, his friend. Stiles glared at Derek. ")
    rels = _relations(scene * 3 + "Derek's lips brushed Stiles's ear. ")
    assert "Derek Hale/Stiles Stilinski" not in rels and "Derek Hale & Stiles Stilinski" in rels


def test_sexual_assault_between_the_two_is_never_a_romance() -> None:
    from ficlens.analyse.cast import build_cast
    from ficlens.analyse.relations import without_assault_romances
    from ficlens.nlp import build_document
    from ficlens.report import Span, Warning
    from ficlens.work import Work

    assault = "Later Kaia held Riversong down and forced himself on Riversong although Riversong said no."
    text = KAIA + "\n\n" + assault + "\n\nThen Tamsin kissed Kaia.\n"
    doc = build_document(Work(text=text, source="t", format="text"), "fast")
    cast = build_cast(text, doc.paragraphs, doc.sentences, [], fast=True)
    rels = [Relationship(tag="Kaia/Riversong", kind="romantic", score=0.7),
            Relationship(tag="Kaia/Tamsin", kind="romantic", score=0.6),
            Relationship(tag="Kaia & Riversong", kind="platonic", score=0.6)]
    start = text.index(assault)
    warning = Warning(label="sexual-assault", severity="depicted", score=0.9,
                      evidence=[Span.of(text, start, start + len(assault), 0.9)])
    kept = without_assault_romances(doc, cast, rels, [warning])
    assert [r.tag for r in kept] == ["Kaia/Tamsin", "Kaia & Riversong"]
    assert without_assault_romances(doc, cast, rels, []) == rels


def test_an_assault_passage_naming_one_person_is_no_verdict_on_their_lover() -> None:
    from ficlens.analyse.cast import build_cast
    from ficlens.analyse.relations import without_assault_romances
    from ficlens.nlp import build_document
    from ficlens.report import Span, Warning
    from ficlens.work import Work

    passage = "Kaia stood alone by the gate. Riversong forced himself on."
    text = KAIA + "\n\nTamsin waved. " + passage + "\n"
    doc = build_document(Work(text=text, source="t", format="text"), "fast")
    cast = build_cast(text, doc.paragraphs, doc.sentences, [], fast=True)
    rels = [Relationship(tag="Kaia/Tamsin", kind="romantic", score=0.6)]
    start = text.index("Riversong forced")
    warning = Warning(label="sexual-assault", severity="depicted", score=0.7,
                      evidence=[Span.of(text, start, start + len("Riversong forced himself on."), 0.7)])
    assert without_assault_romances(doc, cast, rels, [warning]) == rels


def test_a_tag_puts_one_disambiguator_after_the_names() -> None:
    people = [Cluster(0, "Rey (Star Wars)"), Cluster(1, "Poe Dameron"), Cluster(2, "Finn (Star Wars)")]
    assert ao3_tag(people, "/", []) == "Finn/Poe Dameron/Rey (Star Wars)"


def test_a_kinship_word_as_a_title_is_no_cue_between_others() -> None:
    text = ("Later Kaia sat with Riversong and talked about Uncle Bob. Then Riversong laughed at Kaia, and Kaia "
            "spoke of Uncle Bob again. ")
    rels = _relations(text * 2)
    assert not any(r.kind == "platonic" and "Bob" not in r.tag and r.score > 0.5 and "Uncle" in r.evidence[0].text
                   for r in rels.values() if r.evidence)


def test_an_original_character_keeps_its_mark_in_a_tag() -> None:
    people = [Cluster(0, "John Watson"), Cluster(1, "Jacob Brown (Original Character)")]
    assert ao3_tag(people, "/", []) == "Jacob Brown (Original Character)/John Watson"


def test_a_romantic_word_before_a_name_is_its_object_not_a_title() -> None:
    from ficlens.analyse.relations import PLATONIC, ROMANTIC_STRONG, _cues
    from ficlens.nlp.spans import TextSpan

    text = "Kaia kissed Riversong. Kaia talked about Uncle Bob."
    assert _cues(ROMANTIC_STRONG, text, TextSpan(0, 22), [], []) == 1.0
    assert _cues(PLATONIC, text, TextSpan(23, len(text)), [], []) == 0.0


def test_the_sides_of_a_triad_are_no_second_romances(monkeypatch) -> None:  # noqa: ANN001
    from ficlens.analyse import relations
    from ficlens.analyse.cast import build_cast
    from ficlens.nlp import build_document
    from ficlens.work import Work

    text = "Later Kaia sat with Riversong. Then Tamsin laughed at Kaia, and Riversong spoke to Tamsin. " * 4
    doc = build_document(Work(text=text, source="t", format="text"), "fast")
    cast = build_cast(text, doc.paragraphs, doc.sentences, [], fast=True)
    ids = {c.name: c.id for c in cast.clusters}
    k, r, t = ids["Kaia"], ids["Riversong"], ids["Tamsin"]
    found = [relations.Candidate((k, r), "/", 6.0, 2.0, []), relations.Candidate((k, t), "/", 2.0, 2.0, []),
             relations.Candidate((r, t), "/", 2.0, 2.0, [])]
    monkeypatch.setattr(relations, "candidates", lambda doc, cast, talks=None, named=None, narrator=None: found)
    tags = {rel.tag for rel in relations.find_relationships(doc, cast)}
    assert {"Kaia/Riversong", "Kaia/Tamsin", "Riversong/Tamsin", "Kaia/Riversong/Tamsin"} <= tags
    # no triad: a second romance
    monkeypatch.setattr(relations, "candidates", lambda doc, cast, talks=None, named=None, narrator=None: found[:2])
    assert {rel.tag for rel in relations.find_relationships(doc, cast)} == {"Kaia/Riversong"}


def test_speakers_answering_each_other_share_a_scene() -> None:
    from ficlens.analyse.relations import exchanges

    turns = [(0, 0, 1), (1, 1, 2), (2, 2, 1), (3, 3, None), (4, 4, 2), (9, 9, 1), (10, 10, -1), (11, 11, 3)]
    assert exchanges(turns) == {(1, 2): 2}  # an unknown speaker, the narrator, or a gap breaks the exchange


def test_a_conversation_in_quotes_and_pronouns_makes_scene_partners(monkeypatch) -> None:  # noqa: ANN001
    from ficlens.analyse import relations
    from ficlens.analyse.cast import build_cast
    from ficlens.nlp import build_document
    from ficlens.work import Work

    text = ("Later Kaia sat by the fire. Then Riversong came in. " * 3
            + "Later Kaia walked home. Then Riversong slept. Later Tamsin sang with Kaia. " * 2)
    doc = build_document(Work(text=text, source="t", format="text"), "fast")
    cast = build_cast(text, doc.paragraphs, doc.sentences, [], fast=True)
    ids = {c.name: c.id for c in cast.clusters}
    pair = (min(ids["Kaia"], ids["Riversong"]), max(ids["Kaia"], ids["Riversong"]))
    assert "Kaia & Riversong" not in {r.tag for r in relations.find_relationships(doc, cast)}
    tags = {r.tag for r in relations.find_relationships(doc, cast, {pair: 8})}
    assert "Kaia & Riversong" in tags


def _quote(para: int) -> object:
    from ficlens.analyse.dialogue import QuoteSpan

    return QuoteSpan(para * 10, para * 10 + 5, para, para)


def test_three_characters_who_talk_together_in_several_conversations_are_a_group() -> None:
    from ficlens.analyse.relation_groups import talking_groups

    scene = [1, 2, 3, 1, 2]  # one conversation: each speaks, a paragraph after the last
    turns = [(_quote(start + i), s) for start in (0, 20, 40) for i, s in enumerate(scene)]
    groups = talking_groups(turns, [1, 2, 3])  # type: ignore[arg-type]
    assert [(g.people, g.conversations, g.turns) for g in groups] == [((1, 2, 3), 3, 15)]
    assert groups[0].spans[0] == (0, 25)  # the shortest run of quotes in which all three speak
    late = [(_quote(start + i), s) for start in (0, 20, 40) for i, s in enumerate((1, 1, 2, 1, 3))]
    assert talking_groups(late, [1, 2, 3])[0].spans[0] == (20, 45)  # type: ignore[arg-type]
    assert talking_groups(turns[:10], [1, 2, 3]) == []  # two conversations are an encounter, not a circle
    assert talking_groups(turns, [1, 2]) == []  # only the central characters count


def test_a_gap_or_an_unknown_speaker_leaves_a_group_incomplete() -> None:
    from ficlens.analyse.relation_groups import conversations, talking_groups

    spread = [(_quote(start + 3 * i), s) for start in (0, 20, 40) for i, s in enumerate((1, 2, 3))]
    assert talking_groups(spread, [1, 2, 3]) == []  # two paragraphs between quotes end a conversation
    unknown = [(_quote(start + i), s) for start in (0, 20, 40) for i, s in enumerate((1, 2, None, -1))]
    assert [[s for _, s in c] for c in conversations(unknown)] == [[1, 2]] * 3  # type: ignore[arg-type]


def test_the_trios_inside_a_foursome_are_not_groups_of_their_own() -> None:
    from ficlens.analyse.relation_groups import talking_groups

    turns = [(_quote(start + i), s) for start in (0, 20, 40) for i, s in enumerate((1, 2, 3, 4, 1))]
    assert [g.people for g in talking_groups(turns, [1, 2, 3, 4])] == [(1, 2, 3, 4)]  # type: ignore[arg-type]


def test_a_group_that_talks_together_is_tagged_beside_its_pairs() -> None:
    from ficlens.analyse import relations
    from ficlens.analyse.cast import build_cast
    from ficlens.nlp import build_document
    from ficlens.work import Work

    text = "Later Kaia sat with Riversong. Then Tamsin laughed at Kaia, and Riversong spoke to Tamsin. " * 4
    doc = build_document(Work(text=text, source="t", format="text"), "fast")
    cast = build_cast(text, doc.paragraphs, doc.sentences, [], fast=True)
    ids = {c.name: c.id for c in cast.clusters}
    speakers = [ids["Kaia"], ids["Riversong"], ids["Tamsin"]]
    speech = [(_quote(start + i), s) for start in (0, 20, 40) for i, s in enumerate(speakers)]
    tags = {r.tag: r for r in relations.find_relationships(doc, cast, None, speech)}  # type: ignore[arg-type]
    group = tags["Kaia & Riversong & Tamsin"]
    assert group.kind == "platonic" and group.score == 0.5 and len(group.evidence) == 3
    assert "Kaia & Riversong & Tamsin" not in {r.tag for r in relations.find_relationships(doc, cast)}


def test_engagement_and_attraction_are_strong_romantic_cues() -> None:
    from ficlens.analyse.relations import PLATONIC, ROMANTIC_STRONG, _cues
    from ficlens.nlp.spans import TextSpan

    for sentence in ("Kaia was attracted to Riversong.", "Kaia introduced Riversong as her fiancée.",
                     "Kaia and Riversong were in a relationship.", "Kaia fell for Riversong."):
        assert _cues(ROMANTIC_STRONG, sentence, TextSpan(0, len(sentence)), [], []) == 1.0, sentence
    niece = "Riversong was the niece of Kaia."
    assert _cues(PLATONIC, niece, TextSpan(0, len(niece)), [], []) == 1.0


def test_a_character_who_never_speaks_among_speakers_pairs_only_by_cue_words() -> None:
    from ficlens.analyse import relations
    from ficlens.analyse.cast import build_cast
    from ficlens.nlp import build_document
    from ficlens.work import Work

    text = KAIA * 2
    doc = build_document(Work(text=text, source="t", format="text"), "fast")
    cast = build_cast(text, doc.paragraphs, doc.sentences, [], fast=True)
    ids = {c.name: c.id for c in cast.clusters}
    cast.clusters[ids["Kaia"]].quotes = relations.SPEAKING_WORK  # Kaia speaks; Riversong is only talked about
    assert relations.offstage(cast, cast.clusters) == {ids["Riversong"]}
    assert relations.find_relationships(doc, cast) == []
    assert relations.offstage(cast, cast.clusters, narrator=ids["Riversong"]) == set()  # a teller's quotes are "I"'s
    cast.clusters[ids["Kaia"]].quotes = relations.SPEAKING_WORK - 1  # too few quotes to say who is silent
    assert relations.offstage(cast, cast.clusters) == set()
    assert [r.tag for r in relations.find_relationships(doc, cast)] == ["Kaia & Riversong"]


def test_family_words_beside_a_canon_couple_are_of_their_kin(monkeypatch) -> None:  # noqa: ANN001
    from ficlens.knowledge.fandom_kb import FandomKB

    family = SILENT * 3 + "Derek told Stiles about his father. Stiles showed Derek his mother's grave. "
    assert _relations(family)["Derek Hale & Stiles Stilinski"].kind == "platonic"  # no couple: kin or friends
    monkeypatch.setattr(FandomKB, "canon_couple", lambda self, fandom, a, b: {a, b} == {"Derek Hale",
                                                                                       "Stiles Stilinski"})
    rels = _relations(family)
    assert rels["Derek Hale/Stiles Stilinski"].kind == "romantic" and "Derek Hale & Stiles Stilinski" not in rels
    friends = SILENT * 3 + "Derek was a friend to Stiles. Stiles was Derek's best friend. "
    assert "Derek Hale/Stiles Stilinski" not in _relations(friends)  # friendship words still speak against it


def test_a_tag_few_works_write_does_not_decide_the_order(monkeypatch) -> None:  # noqa: ANN001
    from ficlens.analyse import relations
    from ficlens.knowledge.fandom_kb import FandomKB

    people = [Cluster(0, "Merlin"), Cluster(1, "Arthur Pendragon")]
    works = {"n": 4}
    monkeypatch.setattr(FandomKB, "relationship_tags",
                        lambda self, fandom, names, kind: [("Merlin/Arthur Pendragon", works["n"])])
    assert ao3_tag(people, "/", ["Merlin (TV)"]) == "Arthur Pendragon/Merlin"
    works["n"] = relations.KB_ORDER_WORKS
    assert ao3_tag(people, "/", ["Merlin (TV)"]) == "Merlin/Arthur Pendragon"


def test_sexual_contact_without_consent_is_no_romantic_evidence() -> None:
    forced = ("Then Kaia forced himself on Riversong and kissed Riversong against her will. Later Kaia kissed "
              "Riversong again and Riversong did not consent. ")
    assert not any(r.kind == "romantic" for r in _relations(KAIA + forced * 2).values())
    willing = "Then Kaia kissed Riversong. Later Riversong kissed Kaia back, and they made love. "
    assert any(r.kind == "romantic" for r in _relations(KAIA + willing * 2).values())


def test_a_family_word_of_someone_names_their_relative_not_the_pair() -> None:
    from ficlens.analyse.relations import PLATONIC, _cues
    from ficlens.nlp.spans import TextSpan

    def cues(sentence: str) -> float:
        return _cues(PLATONIC, sentence, TextSpan(0, len(sentence)), [], [])

    assert cues("Kaia told Riversong about his father.") == 0.0  # the possessor's relative: a third person
    assert cues("Kaia smiled at Riversong's mother.") == 0.0
    assert cues("Kaia hugged his brother Riversong.") == 1.0  # the relative named: the pair
    assert cues("Kaia and Riversong were brothers.") == 1.0
    assert cues("Riversong was her best friend.") == 1.0  # friendship words are the pair's


def test_three_who_always_talk_with_others_are_no_circle_of_friends() -> None:
    from ficlens.analyse.relation_groups import talking_groups

    scenes = [(1, 2, 3, 4), (1, 2, 3, 5), (1, 2, 3, 4, 5)]  # a council: the three never talk on their own
    turns = [(_quote(20 * n + i), s) for n, scene in enumerate(scenes) for i, s in enumerate(scene)]
    assert talking_groups(turns, [1, 2, 3, 4, 5]) == []  # type: ignore[arg-type]
    scenes[1:] = [(1, 2, 3), (3, 1, 2)]  # two of three conversations on their own: friends
    turns = [(_quote(20 * n + i), s) for n, scene in enumerate(scenes) for i, s in enumerate(scene)]
    assert [g.people for g in talking_groups(turns, [1, 2, 3, 4, 5])] == [(1, 2, 3)]  # type: ignore[arg-type]


FAINT_SCENE = ("Later Kaia sat by the fire while Riversong watched. Then Riversong walked to the well with Kaia. "
               "Then Riversong lifted the trapdoor and Kaia followed. Later Kaia ate bread and Riversong slept. ")


def test_scene_partners_with_one_faint_kiss_are_a_romance() -> None:
    # the kiss is in a paragraph the two share, in a sentence naming neither: half a strong cue
    text = FAINT_SCENE * 2 + "\n\nKaia looked up at Riversong. Without a word they kissed.\n"
    assert [(r.tag, r.kind) for r in _relations(text).values()] == [("Kaia/Riversong", "romantic")]


def test_a_faint_kiss_between_two_of_one_surname_is_no_romance() -> None:
    text = ("Kaia Marsh and Riversong Marsh came home. " + FAINT_SCENE * 2
            + "\n\nKaia Marsh looked up at Riversong Marsh. Without a word they kissed.\n")
    assert [(r.tag, r.kind) for r in _relations(text).values()] == [("Kaia Marsh & Riversong Marsh", "platonic")]


def test_a_faint_kiss_is_no_second_romance() -> None:
    # the faint one's weak cues put it within SECONDARY_SHARE of the romance: the rule for faint cues drops it
    lovers = "Then Tamsin sang. Then Kaia kissed Tamsin. Later Tamsin sang and kissed Kaia. "
    text = (FAINT_SCENE * 2 + "Kaia blushed at Riversong. " * 3 + "\n\n" + lovers
            + "\n\nKaia looked up at Riversong. Without a word they kissed.\n")
    rels = _relations(text)
    assert rels["Kaia/Tamsin"].kind == "romantic"
    assert "Kaia/Riversong" not in rels


def test_snogging_a_break_up_and_asking_out_are_strong_romantic_cues() -> None:
    from ficlens.analyse.relations import ROMANTIC_STRONG, _cues
    from ficlens.nlp.spans import TextSpan

    for sentence in ("Kaia snogged Riversong.", "Kaia broke up with Riversong.", "Kaia asked her out.",
                     "Kaia cheated on her with Riversong."):
        assert _cues(ROMANTIC_STRONG, sentence, TextSpan(0, len(sentence)), [], []) == 1.0, sentence


def test_scene_partners_of_one_surname_with_a_kiss_are_family() -> None:
    text = ("Kaia Marsh and Riversong Marsh came home. " + FAINT_SCENE * 2
            + "\n\nKaia Marsh kissed Riversong Marsh goodnight.\n")
    assert [(r.tag, r.kind) for r in _relations(text).values()] == [("Kaia Marsh & Riversong Marsh", "platonic")]


def test_a_calendar_date_is_no_romantic_cue() -> None:
    from ficlens.analyse.relations import ROMANTIC_STRONG, _cues
    from ficlens.nlp.spans import TextSpan

    for sentence, value in (("Kaia checked the date on the letter Riversong sent.", 0.0),
                            ("Kaia labelled the tape with a place and a date.", 0.0),
                            ("Kaia went on a date with Riversong.", 1.0), ("Their first date was a disaster.", 1.0)):
        assert _cues(ROMANTIC_STRONG, sentence, TextSpan(0, len(sentence)), [], []) == value, sentence


def test_a_friendship_on_the_edge_of_the_story_is_not_tagged() -> None:
    friends = "\n\nTamsin sang. Tamsin was a friend of Kaia. Later Tamsin sang with Kaia, her old friend.\n"
    central = _relations(FAINT_SCENE * 2 + friends)  # Kaia and Riversong share 8 sentences, Kaia and Tamsin 2
    assert "Kaia & Tamsin" in central
    edge = _relations(FAINT_SCENE * 5 + friends)  # 20 and 2: under an eighth of the main pair's
    assert "Kaia & Tamsin" not in edge and "Kaia & Riversong" in edge


def test_a_lord_and_a_lady_of_one_name_may_be_a_couple() -> None:
    from ficlens.analyse.relations import _kin_named

    assert _kin_named(Cluster(0, "Fleur Delacour"), Cluster(1, "Gabrielle Delacour"))
    assert not _kin_named(Cluster(0, "Lord Eldridge"), Cluster(1, "Lady Eldridge"))
    assert not _kin_named(Cluster(0, "Mr. Dursley"), Cluster(1, "Petunia Dursley"))
    assert not _kin_named(Cluster(0, "Kaia"), Cluster(1, "Riversong Kaia"))


def test_a_first_person_narrator_shares_the_sentences_its_narration_says_i_in() -> None:
    from ficlens.analyse.cast import Cast
    from ficlens.analyse.cast.model import Mention
    from ficlens.analyse.dialogue import QuoteSpan
    from ficlens.analyse.relations import collect
    from ficlens.nlp import build_document
    from ficlens.work import Work

    text = ('I walked home with Edward. "Wait, Bella," Edward said. Later I kissed Edward by the door. '
            '\n\nEdward smiled at me and my heart raced.')
    doc = build_document(Work(text=text, source="t", format="text"), "fast")
    q0 = text.index('"Wait')
    quote = QuoteSpan(q0, text.index(' Edward said'), 0, 0)
    mentions = [Mention(m.start(), m.end(), 1, "name") for m in re.finditer("Edward", text)]
    mentions.append(Mention(text.index("Bella"), text.index("Bella") + 5, 0, "name", in_quote=True))
    cast = Cast([Cluster(0, "Bella Swan", names=1), Cluster(1, "Edward Cullen", names=4)], mentions, [quote], [])
    top = list(cast.clusters)
    told = collect(doc, cast, top, narrator=0)[(0, 1)]
    assert told.together == 4 and told.romantic_strong >= 1  # "I … Edward", "I kissed Edward", "Edward … me"
    assert told.intimate == 0  # "my heart raced": the teller's own body, said all through a story told by "I"
    alone = collect(doc, cast, top)[(0, 1)]  # without the narrator, "I" is nobody: only the quote naming Bella
    assert alone.together == 1 and alone.close == 0 and told.close >= 1


def _named_cast(text: str, names: list[str]) -> Cast:
    """A cast of ``names`` (cluster ids in that order) whose mentions are every place the text writes them."""
    from ficlens.analyse.cast.model import Mention

    mentions = sorted((Mention(m.start(), m.end(), i, "name") for i, name in enumerate(names)
                       for m in re.finditer(name, text)), key=lambda m: m.start)
    return Cast([Cluster(i, name, names=2) for i, name in enumerate(names)], mentions, [], [])


def test_touch_and_shared_scenes_are_counted_per_pair() -> None:
    from ficlens.analyse.relations import collect, scenes
    from ficlens.nlp import build_document
    from ficlens.work import Work

    text = ("Kaia and Riversong ate by the fire. Later Kaia hugged Riversong and Tamsin watched.\n\n* * *\n\n"
            "Kaia slept alone with Tamsin near.\n\n~~~\n\nRiversong read by the window.")
    doc = build_document(Work(text=text, source="t", format="text"), "fast")
    cast = _named_cast(text, ["Kaia", "Riversong", "Tamsin"])
    assert len(scenes(doc)) == 3  # cut at "* * *" and "~~~"
    pairs = collect(doc, cast, list(cast.clusters))
    lovers, watched = pairs[(0, 1)], pairs[(0, 2)]
    assert lovers.touch == 0.5  # "hugged", in a sentence of three: Kaia's two pairs share it
    assert lovers.scenes == 1 and lovers.scene_share == 1 / 3  # Kaia's second scene, Riversong's third
    assert watched.scenes == 2 and watched.scene_share == 1.0


def test_a_quotation_naming_another_character_is_counted_for_the_two() -> None:
    from ficlens.analyse.dialogue import QuoteSpan
    from ficlens.analyse.relations import addresses

    text = '"Riversong, look!" Kaia said. "Kaia?" someone asked. "I am Kaia," Kaia said.'
    cast = _named_cast(text, ["Kaia", "Riversong"])
    quotes = [QuoteSpan(m.start(), m.end(), 0, 0) for m in re.finditer(r'"[^"]*"', text)]
    said = [(quotes[0], 0), (quotes[1], None), (quotes[2], 0)]  # unknown speaker, a speaker naming themself
    assert addresses(cast, said) == {(0, 1): 1}


@pytest.mark.parametrize(("paragraph", "is_break"), [
    ("* * *", True), ("~~~", True), ("---", True), ("-o-o-", False), ("* * * Later that day", False), ("…", True),
])
def test_a_scene_break_is_a_paragraph_of_marks_only(paragraph: str, is_break: bool) -> None:
    assert bool(SCENE_BREAK.fullmatch(paragraph)) is is_break


def test_a_long_rule_glued_to_a_paragraphs_words_is_read_at_once() -> None:
    # AO3's .txt export can glue a rule of dashes to the next paragraph; the earlier nested pattern tried every split
    # of the dashes and took minutes on one such work. Run in a child process, so that a regression fails, not hangs.
    code = ("from ficlens.analyse.relations import SCENE_BREAK; "
            "assert SCENE_BREAK.fullmatch('-' * 60 + ' He could feel tears building.') is None")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
