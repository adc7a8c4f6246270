"""General causes of false alarms on real works, one unit each: a heading's word, a kidnapping word without leverage,
a bomb with no war near it, a hit "dead-on", being "so dead" in trouble, a thing "taken", an urge held back, a
passage echoed word for word and a drugging with nothing sexual near it."""

from __future__ import annotations

import pytest

from ficlens.analyse.cast import cast_of
from ficlens.analyse.warnings.aggregate import WorkScanner
from ficlens.analyse.warnings.classifier import MIN_CUE, PassageClassifier
from ficlens.analyse.warnings.context import in_heading, read_cues
from ficlens.analyse.warnings.lexicon import LEXICONS, normalize
from ficlens.nlp import build_document
from ficlens.work import Work


def strongest(text: str, label: str) -> float:
    return max((hit.weight for hit in read_cues(text, LEXICONS[label]).hits), default=0.0)


def test_a_cue_in_a_heading_does_not_count() -> None:
    text = "Chapter Nine: The Invasion\n\nMorning came grey over the harbour, and the gulls were loud."
    assert strongest(text, "war") == 0.0
    assert strongest("Chapter Nine\n\nThe invasion reached the harbour by morning.", "war") >= MIN_CUE


def test_a_chat_line_is_no_heading() -> None:
    assert strongest("ana: where is he\nben: they killed him\nana: no", "violence") >= MIN_CUE


def test_a_one_line_text_is_a_sentence_not_a_heading() -> None:
    text = normalize("Derek was going to kill him")
    assert not in_heading(text, text.index("kill"), text.index("kill") + 4)
    assert strongest("Derek was going to kill him", "violence") > 0


def test_kidnapping_needs_leverage_beside_the_word() -> None:
    taken = "Three men kidnapped the mayor's son outside the bakery."
    assert PassageClassifier("lexicon").classify(taken, "kidnapping").positive is False
    held = "Three men kidnapped the mayor's son and held him hostage until the ransom was paid."
    assert PassageClassifier("lexicon").classify(held, "kidnapping").positive


def test_a_bomb_with_no_war_near_it_is_no_war_cue() -> None:
    assert strongest("The bomb under the bridge went off at noon and the police closed the road.", "war") < MIN_CUE
    assert strongest("The bombs fell on the city all night while the army dug in along the river.", "war") >= MIN_CUE


@pytest.mark.parametrize(("text", "label"), [
    ("The ball caught her dead-on and she stumbled out of the ring.", "death"),
    ('"Mum sees this mess and I\'m so dead," Priya groaned.', "death"),
    ("Photos were taken of everyone who came through the gate.", "abduction"),
    ("After the fall he was taken to the county hospital.", "abduction"),
])
def test_everyday_senses_raise_no_cue(text: str, label: str) -> None:
    assert strongest(text, label) < MIN_CUE


def test_an_urge_held_back_is_negated() -> None:
    assert strongest("He paced the hall to keep himself from punching the wall.", "violence") == 0.0
    assert strongest("She stopped herself from slapping him.", "violence") == 0.0
    assert strongest("He paced the hall, then punched the wall.", "violence") >= MIN_CUE


def test_a_passage_echoed_word_for_word_counts_once() -> None:
    scene = ("The soldiers marched through the burning village while the war raged on, and the artillery shelled "
             "the hills beyond the river until nothing stood.")
    filler = "Ana made tea and read the letters by the window. " * 12
    text = "\n\n".join([scene, filler, scene, filler])
    doc = build_document(Work(text=text, source="echo.txt", format="text"), "fast")
    scanner = WorkScanner(doc, PassageClassifier("lexicon"), cast_of(doc))
    found, support = scanner.findings("war")
    texts = [doc.span_text(f.passage) for f in found] + [doc.span_text(s) for s, _ in support]
    assert len(texts) == 1


def test_a_drugging_with_nothing_sexual_near_it_is_no_assault_cue() -> None:
    robbery = 'The guard snored within the hour. "I drugged him," Mara said. "A little rohypnol, so he forgets us."'
    assert strongest(robbery, "sexual-assault") < MIN_CUE
    assault = "He slipped something into her drink at the bar, and in his flat he pulled at her dress."
    assert strongest(assault, "sexual-assault") >= MIN_CUE
