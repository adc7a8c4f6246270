"""The context rules on the trap sentences of docs/taxonomy.md, one unit each."""

from __future__ import annotations

import pytest

from ficlens.analyse.warnings.classifier import MIN_CUE, PassageClassifier
from ficlens.analyse.warnings.context import read_cues
from ficlens.analyse.warnings.lexicon import LEXICONS, fold


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


def strongest_cue(text: str, label: str) -> float:
    """The weight of the strongest cue of ``label`` that survives its context (0 when none does)."""
    return max((hit.weight for hit in read_cues(text, LEXICONS[label]).hits), default=0.0)


# Figures of speech and other senses of a cue word: no cue strong enough to anchor a warning may survive.
@pytest.mark.parametrize(("text", "label"), [
    ("Stiles shot him a dirty look before burying his face in his hands.", "violence"),
    ("I'm going to shoot him a text not to come.", "violence"),
    ("She shot me a quick message from the train.", "violence"),
    ("She shot Derek a quick glance.", "violence"),
    ("She stabbed him with a glance of fierceness.", "violence"),
    ("Jeff could beat him any time at chess.", "violence"),
    ("He died of a heart attack, a severe attack of fever first.", "violence"),
    ("The boy was kicking it up in the gravel.", "violence"),
    ("She was violent in her temper.", "violence"),
    ("He gagged and fell over as the three circled in closer, snickering.", "abduction"),
    ("The old lady snatched her skirts out of danger.", "abduction"),
    ("The Ayah had been taken ill in the night.", "abduction"),
    ("The stranger took her hand and kissed it, and they danced until midnight.", "abduction"),
    ("He led her to his car and drove her home after the dance.", "abduction"),
    ("The stranger led her out onto the dance floor.", "abduction"),
    ("He lived there with all his worldly effects tied up in a cotton handkerchief.", "abduction"),
    ("I want to scowl at every Alpha Bitch joke that Jackson makes at me.", "misogyny"),
    ("A liver-coloured bitch lay in the corner, surrounded by her puppies.", "misogyny"),
    ("She was a woman of mean understanding and uncertain temper.", "misogyny"),
    ("Shut up, you son of a bitch.", "misogyny"),
    ("Through the chinks in the shutters winked red gleams of light.", "racism"),
    ("Nature had been a niggard to him.", "racism"),
    ("A niggling doubt crept in; the readings niggled at him.", "racism"),
    ("A savage growl rose in his throat.", "racism"),
    ("It was a queer little garden.", "homophobia"),
    ("She groped her way into the cellar, groping for the latch.", "sexual-assault"),
    ("He was retarding his own preparations by his zeal.", "ableism"),
    ("Her sagacity had miscarried.", "miscarriages"),
    ("A deep blood-red sky; he was of Danish blood; bloodless lips.", "blood"),
    ('"It was a bleeding mistake, and it\'s bleeding obvious," said Sirius.', "blood"),
    ('"That exam totally raped me," she said.', "sexual-assault"),
    ("He got raped by the final boss of that game again.", "sexual-assault"),
    ('"You got raped in that round lol," Jake said.', "sexual-assault"),
    ("He asked about my occupation.", "war"),
    ("My father, a wise and grave man, gave me counsel.", "death"),
    ("Stiles buried his face in Derek's neck.", "death"),
    ("The custom had quite died out of knowledge.", "death"),
    ("They often hurt themselves in the sport.", "self-harm"),
])
def test_other_senses_raise_no_cue(text: str, label: str) -> None:
    assert strongest_cue(text, label) < MIN_CUE


# The same words where they do mean the content: the cue stays.
@pytest.mark.parametrize(("text", "label"), [
    ("He shot him twice in the chest.", "violence"),
    ("He stabbed him in the back.", "violence"),
    ("They kicked him until he stopped moving.", "violence"),
    ("They bound and gagged him and threw him in the van.", "abduction"),
    ("He was gagged and tied up in the basement.", "abduction"),
    ("The man snatched her away from her mother.", "abduction"),
    ("A stranger lured the girl away from the playground.", "abduction"),
    ("Shut up, you stupid bitch, he snarled at her.", "misogyny"),
    ("She's just a woman, what does she know.", "misogyny"),
    ("Get out of here, you fucking queer.", "homophobia"),
    ("He groped her on the crowded train.", "sexual-assault"),
    ("She miscarried in the spring.", "miscarriages"),
    ("Blood pooled beneath him.", "blood"),
    ("The bleeding would not stop, and a bleeding cut ran down his arm.", "blood"),
    ("Then he raped her, and she stopped screaming.", "sexual-assault"),
    ("They buried him beside his father.", "death"),
    ("The German occupation of France lasted four years.", "war"),
    ("He had been hurting himself again, and hid the marks.", "self-harm"),
])
def test_the_content_sense_keeps_its_cue(text: str, label: str) -> None:
    assert strongest_cue(text, label) >= MIN_CUE


def test_teasing_halves_an_insult_but_a_joke_is_no_figure_of_speech() -> None:
    insult = strongest_cue("Shut up, you bitch, he said.", "misogyny")
    teasing = strongest_cue("Shut up, you bitch, he said, teasing.", "misogyny")
    assert teasing == pytest.approx(insult / 2)
    assert strongest_cue("Every sexist, misogynistic joke he made.", "misogyny") >= MIN_CUE


def test_fear_of_an_act_is_hypothetical() -> None:
    feared = strongest_cue("She did not drop the jar for fear of killing somebody.", "violence")
    assert 0 < feared < strongest_cue("She dropped the jar, killing somebody.", "violence")


def test_would_is_a_habit_for_habitual_labels() -> None:
    """Abuse is told as a habit ("she'd call him worthless"): "'d" does not halve its cue, as it does for violence."""
    text = "Every night she'd call him worthless."
    assert LEXICONS["abuse"].habitual and not LEXICONS["violence"].habitual
    full = max(h.weight for h in read_cues("Every night she called him worthless.", LEXICONS["abuse"]).hits)
    assert max(h.weight for h in read_cues(text, LEXICONS["abuse"]).hits) == pytest.approx(full)
    assert max(h.weight for h in read_cues("If he hit her she'd leave.", LEXICONS["violence"]).hits) < 0.5


def test_pluperfect_d_is_not_hypothetical() -> None:
    """ "he'd opened" is "he had opened"; "he'd open" stays hypothetical."""
    told = read_cues("Then he'd opened its chest with a knife.", LEXICONS["dissection"]).hits
    wished = read_cues("Then he'd open its chest with a knife.", LEXICONS["dissection"]).hits
    assert told[0].weight == pytest.approx(2 * wished[0].weight)


def test_negation_stops_at_a_comma() -> None:
    """ "couldn't speak, and he didn't care": the first negation does not reach past the comma."""
    text = "She couldn't speak, and he kept going after she told him to stop."
    hits = read_cues(text, LEXICONS["sexual-assault"]).hits
    assert any(h.weight >= MIN_CUE for h in hits)
    assert not read_cues("He didn't kick him.", LEXICONS["violence"]).hits


def test_knowing_one_is_dying_is_no_hyperbole(lexicon_only: PassageClassifier) -> None:
    assert decide(lexicon_only, "I know I'm dying because the pain has stopped and my hands have gone cold.", "dying")
    assert not decide(lexicon_only, "'I'm dying here,' she groaned, fanning herself in the queue.", "dying")


@pytest.mark.parametrize(("label", "text"), [
    ("blood", "The whole street expected a bloodbath, but the two of them just shook hands."),
    ("death", "She felt sick at the thought of him dying alone on the moor."),
])
def test_an_expected_or_imagined_event_counts_half(label: str, text: str) -> None:
    assert 0.0 < read_cues(text, LEXICONS[label]).score <= 0.35
