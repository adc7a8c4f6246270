"""Classes of figurative or other-sense use of cue words, each with trap sentences (no cue may anchor a warning)
and the same words where they do mean the content (the cue stays)."""

from __future__ import annotations

import pytest

from ficlens.analyse.warnings.classifier import MIN_CUE
from ficlens.analyse.warnings.context import read_cues
from ficlens.analyse.warnings.lexicon import LEXICONS


def strongest_cue(text: str, label: str) -> float:
    """The weight of the strongest cue of ``label`` that survives its context (0 when none does)."""
    return max((hit.weight for hit in read_cues(text, LEXICONS[label]).hits), default=0.0)


@pytest.mark.parametrize(("text", "label"), [
    # "bloody" as a swear word before a people noun, a demonym, an insult or an adverb
    ("I am sick of these bloody English and their tea.", "blood"),
    ("You bloody fool, you'll ruin us all.", "blood"),
    ("The bloody French have landed again.", "violence"),
    ("It was bloody awful, and we bloody well knew it.", "blood"),
    # attacking a meal or a task
    ("He attacked a second lump of sugar with his spoon.", "violence"),
    ("She attacked her breakfast with appetite.", "violence"),
    ("They attacked the problem from both ends.", "violence"),
    # cloth and prices are slashed
    ("Madame Nilsson, in white cashmere slashed with pale blue satin, sang.", "violence"),
    ("He wore a doublet with slashed sleeves.", "violence"),
    ("The shop slashed prices before Christmas.", "violence"),
    # sent away, not hurt
    ('"They can either kick her out or agree to give her training."', "violence"),
    ("His father kicked him out of the house at seventeen.", "violence"),
    # lifeless-seeming things are dead
    ('"I cannot go back," she said flatly, in a hollow, dead voice.', "death"),
    ("Dead leaves blew across the path.", "death"),
    ("He had a cadaverousness of complexion and an eye large and luminous.", "death"),
    # a battle with oneself or one's feelings is a struggle
    ("Tears slid down her cheeks as she finally lost the battle to hold them back.", "war"),
    ("He fought a losing battle with sleep.", "war"),
    ("It became a battle of wills between them.", "war"),
    # occupied, not taken
    ("The morning was taken up by cheerful bustle as the village prepared the feast.", "abduction"),
    # cock as a verb or in compounds
    ("He would cock his head at her and grin.", "pornographic-content"),
    ("She cocked an eyebrow and sipped her cocktail.", "pornographic-content"),
    ("He cocked the pistol; the cock crowed at dawn.", "underage"),
    # the lexicon-only labels: idioms, other senses, talk about the topic
    ("Bloody hell, it's bloody freezing. Whose bloody idea was this?", "blood"),
    ("He'd given blood a dozen times at the college drives.", "blood"),
    ("Diplomacy was a blood sport.", "blood"),
    ("Wearing white to that wedding would be social suicide.", "suicide"),
    ("Coach made them run suicides until they threw up.", "suicide"),
    ("There was a pregnant pause.", "pregnancy"),
    ("The silence was pregnant with everything they hadn't said.", "pregnancy"),
    ("A memo about alcohol abuse among the night staff.", "abuse"),
    ("You're abusing the glitch, that doesn't count.", "abuse"),
    ("Making us write six thousand words is literally child abuse.", "child-abuse"),
    ("I'm a bit OCD about my bookshelves.", "mental-illness"),
    ("You've held that remote hostage for three hours.", "kidnapping"),
    ("The cat had kidnapped his sock again.", "kidnapping"),
    ("She was terminated for gross misconduct.", "abortion"),
    ("The band gave birth to a whole new genre.", "childbirth"),
    ("The verdict was a miscarriage of justice.", "miscarriages"),
    ("Stop beating a dead horse.", "animal-cruelty"),
])
def test_other_sense_raises_no_cue(text: str, label: str) -> None:
    assert strongest_cue(text, label) < MIN_CUE


@pytest.mark.parametrize(("text", "label"), [
    ("He wiped the bloody knife on his sleeve.", "blood"),
    ("His nose was bloody and swollen.", "blood"),
    ("Three men attacked him in the alley.", "violence"),
    ("The dog attacked the boy.", "violence"),
    ("He slashed at her face with the knife.", "violence"),
    ("The blade slashed across his arm.", "violence"),
    ("They kicked him until he stopped moving.", "violence"),
    ("The dead body lay in the ditch.", "death"),
    ("His brother died in the war.", "death"),
    ("The battle raged for three days and the soldiers died in the trenches.", "war"),
    ("They were taken from their beds in the night.", "abduction"),
    ("He stroked his cock slowly.", "pornographic-content"),
    ("She took his cock in her mouth.", "pornographic-content"),
    ("He wrapped the bloody handkerchief round his hand.", "blood"),
    ("She was pregnant with twins.", "pregnancy"),
    ("He abused her for years.", "abuse"),
    ("They kidnapped the ambassador's son.", "kidnapping"),
    ("Molly lifted out the heart and weighed it.", "dissection"),
])
def test_the_content_sense_keeps_its_cue(text: str, label: str) -> None:
    assert strongest_cue(text, label) >= MIN_CUE


def test_a_likeness_is_a_simile() -> None:
    """Resembling a corpse is a simile: it counts half, as "like a corpse" does."""
    simile = strongest_cue("The mask was made to resemble the countenance of a stiffened corpse.", "death")
    assert 0 < simile == pytest.approx(strongest_cue("They found a stiffened corpse.", "death") / 2)


def test_savages_is_racism_but_the_adjective_is_not() -> None:
    """docs/taxonomy.md: a label applies when a reader avoiding that content would want to be told. Colonial narration
    calling a people "the savages" is racist depiction, so the cue stays (the work-level rule still needs one strong
    or several consistent passages); "a savage growl" is the adjective and is no cue."""
    assert strongest_cue("There was scant love between the savages and myself.", "racism") >= MIN_CUE
    assert strongest_cue("A savage growl rose in his throat.", "racism") < MIN_CUE


@pytest.mark.parametrize(("text", "weighs"), [
    ("He accosted me with trepidation and passed on.", False),
    ("She passed on the news to her sister.", False),
    ("Grandma passed on last spring.", True),
    ("He passed on to a better place.", True),
])
def test_passed_on_is_death_only_without_object_or_way(text: str, weighs: bool) -> None:
    assert (strongest_cue(text, "death") >= MIN_CUE) is weighs


@pytest.mark.parametrize(("text", "weighs"), [
    ("He hoped he had not inconvenienced them by soliciting the occupation of the Grange.", False),
    ("We must deflect her mind with some absorbing occupation.", False),
    ("The German occupation of France lasted four years.", True),
])
def test_occupation_is_war_only_when_military(text: str, weighs: bool) -> None:
    assert (strongest_cue(text, "war") >= MIN_CUE) is weighs


@pytest.mark.parametrize(("text", "label", "factor"), [
    # a joke set up before the cue, within the sense's scope (characters, not the sentence)
    ("It was a surprise party, with cake and a banner. 'This is a kidnapping,' Jaskier said.", "kidnapping", 0.3),
    # ketchup taken for blood a sentence later
    ("'You're bleeding!' 'It's ketchup,' Derek said.", "blood", 0.3),
    # analysis of an essay, not a body
    ("'Let's dissect this,' said Lupin, tapping the essay.", "dissection", 0.2),
])
def test_a_scoped_sense_lowers_its_cue(text: str, label: str, factor: float) -> None:
    lexicon = LEXICONS[label]
    plain = max(cue.weight for cue in lexicon.cues if cue.pattern.search(text.lower()))
    assert strongest_cue(text, label) == pytest.approx(plain * factor)


def test_an_animal_birth_is_no_childbirth() -> None:
    assert strongest_cue("The old collie gave birth to six puppies in the barn.", "childbirth") == 0
    assert strongest_cue("She gave birth to a daughter at dawn.", "childbirth") >= MIN_CUE


def test_an_absent_context_sense_needs_an_animal_in_view() -> None:
    # a heart that stops is an animal's death only with an animal near (Sense.absent)
    assert strongest_cue("The doctor's second injection stopped her heart.", "animal-death") == 0
    assert strongest_cue("The vet stroked the old dog's ears; the second injection stopped her heart.",
                         "animal-death") >= MIN_CUE


def test_consent_to_a_marriage_is_no_assault_cue() -> None:
    assert strongest_cue("Her father would never consent to the union.", "sexual-assault") == 0
    assert strongest_cue("She never consented to any of it.", "sexual-assault") >= MIN_CUE
