"""Severity rules of context.py: what makes a cue ``mentioned`` (told as past) rather than ``depicted``."""

from __future__ import annotations

import pytest

from ficlens.analyse.warnings.classifier import PassageClassifier


def severity(clf: PassageClassifier, text: str, label: str) -> str:
    decision = clf.classify(text, label)
    assert decision.evidence.hits, f"no {label} cue survived in {text!r}"
    return decision.severity


@pytest.mark.parametrize(("text", "label"), [
    ("The old sailor had fought in the war and never talked about it.", "war"),  # irregular participle
    ("His aunt had spent the whole winter dying in the upstairs room.", "dying"),
    ("Years later she had left him, after a decade of being beaten and belittled.", "abuse"),
])
def test_pluperfect_with_an_irregular_participle_is_mentioned(lexicon_only: PassageClassifier, text: str,
                                                               label: str) -> None:
    assert severity(lexicon_only, text, label) == "mentioned"


def test_a_pluperfect_in_another_clause_leaves_the_scene_depicted(lexicon_only: PassageClassifier) -> None:
    text = "The boy was dying in the snow; the light had gone out of the sky an hour before."
    assert severity(lexicon_only, text, "dying") == "depicted"


@pytest.mark.parametrize("text", [
    "Once the guard was down, Marco kicked him in the ribs.",  # "once" as "as soon as"
    "The deer fell and was shot again, its legs kicking once in the mud.",  # "once" as a count
])
def test_once_as_a_conjunction_or_a_count_is_not_the_past(lexicon_only: PassageClassifier, text: str) -> None:
    assert severity(lexicon_only, text, "violence" if "Marco" in text else "animal-death") == "depicted"


def test_once_as_an_adverb_of_the_past_is_mentioned(lexicon_only: PassageClassifier) -> None:
    assert severity(lexicon_only, "The baker once punched a customer over a loaf.", "violence") == "mentioned"


@pytest.mark.parametrize(("text", "label"), [
    ("After the crash that killed her sister, Mia moved to Leeds.", "death"),
    ("It has been four years since her husband's death, and the garden is overgrown.", "death"),
    ("He still had nightmares about the shooting at the mall.", "violence"),
    ("Farmers grew rich in those war times and spent like lords.", "war"),
])
def test_an_earlier_event_or_a_memory_is_mentioned(lexicon_only: PassageClassifier, text: str, label: str) -> None:
    assert severity(lexicon_only, text, label) == "mentioned"


@pytest.mark.parametrize(("text", "label"), [
    ("He shot the man in the chest and he died on the kitchen floor.", "death"),
    ("She punches him, and he hits her back.", "violence"),
])
def test_an_event_on_the_page_stays_depicted(lexicon_only: PassageClassifier, text: str, label: str) -> None:
    assert severity(lexicon_only, text, label) == "depicted"
