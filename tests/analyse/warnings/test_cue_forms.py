"""Every English form of a cue counts as the cue: irregular and inflected verbs ("hung himself", "slits", "burnt"),
the reflexive and possessive of every person, British and American spellings ("mum"). Sentences written for these
tests, not taken from any evaluation text; the figures of speech and the founding traps stay negative."""

from __future__ import annotations

import pytest

from ficlens.analyse.warnings.classifier import PassageClassifier


@pytest.mark.parametrize(("label", "text"), [
    ("suicide", "Her brother hung himself in the barn the winter she turned twelve."),
    ("suicide", "He killed himself the spring after the war ended."),
    ("suicide", "In the last act he takes his own life."),
    ("suicide", "She slits her wrists in the bath."),
    ("suicide", "He slashed his wrists in the bath."),
    ("suicide", "She ends her life the following morning."),
    ("suicide", "He jumps off the bridge into the river."),
    ("suicide", "She wishes she were dead."),
    ("suicide", "You let yourself die, and nobody stopped you."),
    ("self-harm", "She burnt herself with the lighter again."),
    ("self-harm", "He scratches himself raw every night."),
    ("sexual-assault", "He gropes her on the train every morning."),
    ("sexual-assault", "He forces himself on her."),
    ("sexual-assault", "She was sexually abused as a child."),
    ("sexual-assault", "They drugged them at the party."),
    ("violence", "He kicks him in the ribs."),
    ("violence", "The man was beaten to death in the alley."),
    ("violence", "She slaps him hard across the face."),
    ("violence", "He chokes her until she passes out."),
    ("violence", "They shot us in the street."),
    ("eating-disorders", "She starves herself for weeks before the wedding."),
    ("eating-disorders", "She counts calories in every bite and purges after."),
    ("kidnapping", "They kept her captive in the cellar for a month."),
])
def test_every_form_of_a_cue_counts(lexicon_only: PassageClassifier, label: str, text: str) -> None:
    assert lexicon_only.classify(text, label).positive


@pytest.mark.parametrize(("label", "text"), [
    # the forms' figures of speech and accidents
    ("suicide", "He nearly killed himself running for the train."),
    ("suicide", "She killed herself laughing at his joke."),
    ("suicide", "He accidentally killed himself in the game and had to respawn."),
    ("violence", "She shot him a look across the table."),
    ("violence", "He beats her at chess every Sunday."),
    # the founding traps
    ("suicide", "Derek was going to kill him."),
    ("suicide", "I was gonna let them kill me."),
])
def test_the_forms_figures_stay_negative(lexicon_only: PassageClassifier, label: str, text: str) -> None:
    assert not lexicon_only.classify(text, label).positive


@pytest.mark.parametrize(("label", "form", "base"), [
    ("death", "She loses her mum that winter.", "She lost her mom that winter."),
    ("death", "He drowns in the lake.", "He drowned in the lake."),
    ("violence", "He breaks their jaw with one punch.", "He broke his jaw with one punch."),
    ("sexual-assault", "It was done against your will.", "It was done against her will."),
])
def test_a_form_weighs_as_its_base(lexicon_only: PassageClassifier, label: str, form: str, base: str) -> None:
    assert lexicon_only.classify(form, label).score == pytest.approx(lexicon_only.classify(base, label).score)


@pytest.mark.parametrize(("label", "text"), [
    ("child-abuse", "Her stepdad beats her with whatever is closest."),
    ("abuse", "He hits her again, and she says nothing at breakfast."),
    ("abuse", "He only ever punches her where the bruises won't show."),
    ("dying", "He bleeds out on the kitchen floor before the ambulance comes."),
    ("abortion", "She aborted the foetus at nine weeks."),
    ("childbirth", "The doctor delivers the baby just before dawn."),
])
def test_third_person_and_british_forms_count(lexicon_only: PassageClassifier, label: str, text: str) -> None:
    assert lexicon_only.classify(text, label).positive


@pytest.mark.parametrize("text", [
    "She burnt herself cooking and ran her hand under the tap.",
    "He cuts himself a slice of bread.",
])
def test_self_harm_accidents_in_every_form_stay_negative(lexicon_only: PassageClassifier, text: str) -> None:
    assert not lexicon_only.classify(text, "self-harm").positive


@pytest.mark.parametrize(("label", "text"), [
    ("miscarriages", "She loses the baby at twelve weeks."),
    ("animal-death", "The farmer shoots the dog at dawn."),
    ("animal-cruelty", "He kicks the dog every time he comes home drunk."),
])
def test_present_tense_forms_of_animal_and_pregnancy_cues_count(lexicon_only: PassageClassifier, label: str,
                                                                  text: str) -> None:
    assert lexicon_only.classify(text, label).positive


@pytest.mark.parametrize(("label", "text"), [
    ("body-hatred", "They couldn't look at themselves in the mirror without wanting to cry."),
    ("body-hatred", "You hate every inch of yourself some mornings."),
])
def test_every_persons_reflexive_counts(lexicon_only: PassageClassifier, label: str, text: str) -> None:
    assert lexicon_only.classify(text, label).positive
