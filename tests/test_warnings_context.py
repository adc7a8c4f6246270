"""The context rules on the trap sentences of TAXONOMY.md, one unit each."""

from __future__ import annotations

import pytest

from ficlens.analyse.warnings.classifier import PassageClassifier
from ficlens.analyse.warnings.context import read_cues
from ficlens.analyse.warnings.lexicon import LEXICONS, fold


@pytest.fixture(scope="module")
def lexicon_only() -> PassageClassifier:
    return PassageClassifier("lexicon")


def decide(clf: PassageClassifier, text: str, label: str) -> bool:
    return clf.classify(text, label).positive


def test_hyperbole_is_not_suicide(lexicon_only: PassageClassifier) -> None:
    text = "He had fucked up. He had fucked up bad. Derek was going to kill him. Hell, he wanted to kill himself."
    assert not decide(lexicon_only, text, "suicide")
    assert not decide(lexicon_only, text, "violence")


def test_ideation_is_suicide(lexicon_only: PassageClassifier) -> None:
    text = ('"I was gonna let them kill me." Stiles told him. "I was gonna accept the water and make the agony '
            'end... I was gonna make it all end..."')
    decision = lexicon_only.classify(text, "suicide")
    assert decision.positive and decision.severity == "depicted"


def test_wish_to_die_counts_but_not_negated(lexicon_only: PassageClassifier) -> None:
    assert decide(lexicon_only, "She wanted to die. She had wanted to die for weeks.", "suicide")
    assert not decide(lexicon_only, "She didn't want to die.", "suicide")


@pytest.mark.parametrize("text", ["He didn't hit him.", "Please don't hit me, he was thinking.",
                                  "He never punched anyone in his life."])
def test_negation_cancels_violence(lexicon_only: PassageClassifier, text: str) -> None:
    assert not decide(lexicon_only, text, "violence")


def test_real_violence(lexicon_only: PassageClassifier) -> None:
    assert decide(lexicon_only, "He was punched across the face with the brass knuckles.", "violence")


def test_threat_alone_is_weaker_than_the_act() -> None:
    threat = read_cues("If you move, he would kill you.", LEXICONS["violence"])
    act = read_cues("He killed him.", LEXICONS["violence"])
    assert 0 < threat.score < act.score


@pytest.mark.parametrize(("text", "label"), [
    ("I'm dying of embarrassment.", "dying"),
    ("They walked into dead ends all night.", "death"),
    ("You're killing me, Stiles.", "violence"),
    ("Bloody hell, mate.", "blood"),
    ("She was bored to death in class.", "death"),
    ("Abort the mission!", "abortion"),
])
def test_figures_of_speech(lexicon_only: PassageClassifier, text: str, label: str) -> None:
    assert not decide(lexicon_only, text, label)


def test_simile_weakens() -> None:
    assert read_cues("It smelled like a corpse.", LEXICONS["death"]).score < read_cues(
        "He found a corpse.", LEXICONS["death"]).score


def test_memory_is_mentioned(lexicon_only: PassageClassifier) -> None:
    decision = lexicon_only.classify("He hadn't felt that joy since the day his sister died.", "death")
    assert decision.positive and decision.severity == "mentioned"


def test_gore_is_graphic(lexicon_only: PassageClassifier) -> None:
    decision = lexicon_only.classify("The blade ripped open his belly and his entrails spilled into a pool of blood.",
                                     "blood")
    assert decision.positive and decision.severity == "graphic"


def test_panic_attack(lexicon_only: PassageClassifier) -> None:
    text = "He could feel himself taking gasping breaths, his chest constricting as the panic set in."
    assert decide(lexicon_only, text, "mental-illness")
    assert not decide(lexicon_only, "Don't panic, we have time.", "mental-illness")


def test_fold_keeps_offsets() -> None:
    text = "He\u2019s \u201cfine\u201d"
    assert len(fold(text)) == len(text) and fold(text) == "He's \"fine\""


@pytest.mark.parametrize(("text", "label"), [
    ("The knife slid between his ribs and he screamed as Peter twisted it.", "violence"),
    ("He swallowed the whole bottle of pills, hoping never to wake up.", "suicide"),
    ("She pressed the razor to her wrist again, watching the red bloom.", "self-harm"),
    ("He cut himself again, deeper this time.", "self-harm"),
    ("His father used to beat him when he was drunk.", "child-abuse"),
    ("He pinned her down and raped her while she begged him to stop.", "sexual-assault"),
    ("They held her for ransom in a cabin.", "kidnapping"),
])
def test_real_content(lexicon_only: PassageClassifier, text: str, label: str) -> None:
    assert decide(lexicon_only, text, label)


@pytest.mark.parametrize(("text", "label"), [
    ("He cut himself a slice of cake.", "self-harm"),
    ('"I just—" He cut himself off.', "self-harm"),
    ("I would never rape anyone.", "sexual-assault"),
    ("He kissed her softly and turned off the light.", "pornographic-content"),
    ("I swear I will kill you if you touch my fries.", "violence"),
    ("She was dead tired after the shift.", "death"),
])
def test_everyday_phrases(lexicon_only: PassageClassifier, text: str, label: str) -> None:
    assert not decide(lexicon_only, text, label)


def test_past_abuse_is_mentioned(lexicon_only: PassageClassifier) -> None:
    assert lexicon_only.classify("His father used to beat him when he was drunk.", "abuse").severity == "mentioned"
