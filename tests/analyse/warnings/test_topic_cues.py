# ruff: noqa: E501  (one test sentence per line reads best)
"""Topic classes of the lexicon-only labels (the typical things of a topic, in each label module's ``CUES``) that
prove nothing alone and decide a passage when two of them meet, and the other senses and figures that go with them.
Sentences written for these tests, not taken from any evaluation passage."""

from __future__ import annotations

import pytest

from ficlens.analyse.warnings.classifier import PassageClassifier


@pytest.mark.parametrize(("label", "text"), [
    ("pregnancy", "At the antenatal clinic the midwife measured her bump and said she was thirty weeks along, right on track."),
    ("pregnancy", "She'd missed her period twice now, and her breasts were so tender she winced when the cat jumped on her."),
    ("miscarriages", "The scan showed the pregnancy wasn't viable any more, and by the weekend the bleeding started."),
    ("miscarriages", "We lost two before our son was born; the second one came far too early to survive."),
    ("abortion", "She told the doctor she was not having this baby, and took the pills at the clinic the next morning."),
    ("incest", "Everyone knew she was her uncle's favourite. She knew he was her father's brother, and still they slept together."),
    ("kidnapping", "The men holding him sent a photo of him with today's newspaper, and the price went up every week."),
    ("abuse", "He took the car keys to work every morning and demanded the receipts for every penny she spent."),
    ("abuse", "'You're misremembering again,' he said, and one by one her friends had stopped calling."),
    ("classism", "They mimicked her northern accent at dinner and joked about hiding the silver when her dad came in."),
    ("transphobia", "'I'm not calling you that,' her father said, after they'd worked out she was trans."),
    ("sexism", "'No offence, love, but is there a man who can explain the engine to me?'"),
    ("body-hatred", "He'd turned every mirror in the flat to the wall. 'I'm disgusting,' he said, and meant it."),
    ("fat-phobia", "The boys started mooing when she walked in, and one poked her belly and asked about the pies."),
    ("suicide", "He had been counting his sleeping pills for a week, and the note said it wasn't her fault."),
    ("dying", "'Stay with me,' the medic said, but he couldn't feel his legs any more, and the light was going."),
    ("sexual-assault", "She told him to stop, and he laughed; she waited for it to be over, counting the cracks in the ceiling."),
    ("mental-illness", "She'd stopped getting dressed, stopped answering the phone, and the GP prescribed her tablets."),
    ("dissection", "The pathologist cut down the chest from the throat to the navel and lifted the heart out onto the scales."),
    ("eating-disorders", "She logged every calorie in a notebook, and by spring her belt had gone past its last hole."),
    ("self-harm", "There was a row of thin lines on her thigh, and she took the blade out of her pencil case again."),
    ("animal-death", "The old horse went down in the paddock and never got up again; by morning he had died."),
    ("animal-cruelty", "The farmer kept the dog half-starved and beat it with a rope until it lay flat in the mud."),
    ("child-abuse", "Nobody had come home since Friday. Josh was six, and the bread had run out two days before."),
    ("underage", "She was fifteen, and at the party he slid his hand under her skirt and told her to keep quiet."),
])
def test_two_topic_classes_decide_a_passage(lexicon_only: PassageClassifier, label: str, text: str) -> None:
    decision = lexicon_only.classify(text, label)
    assert decision.positive, (label, decision.score, text)


@pytest.mark.parametrize(("label", "text"), [
    # one class alone proves nothing
    ("pregnancy", "The midwife lived at the end of our lane and kept bees."),
    ("kidnapping", "The men holding him up by the arms were laughing as they carried him off the pitch."),
    ("abuse", "He took the car keys and drove to the coast for the weekend."),
    ("mental-illness", "She had stopped going to the pub after the landlord changed."),
    # the death and "it" classes of the animal labels need an animal in view
    ("animal-death", "His grandfather died in the spring, and his breathing had slowed for weeks before."),
    ("animal-cruelty", "He beat it with a whisk until it was stiff, then folded in the sugar."),
    # other senses: a hangover, rain, a game, a course, a novel, a city held to ransom, swearing, kinship
    ("pregnancy", "'Morning sickness,' he groaned after the mead. 'I'm eating for two.'"),
    ("pregnancy", "'We're expecting,' she said. 'Rain, lots of it. Bring the washing in.'"),
    ("suicide", "He hit the respawn button and told them he'd suicide into their base next round."),
    ("self-harm", "The self-harm awareness training covered warning signs and how to respond."),
    ("abortion", "The debate topic was abortion law, and she argued the side she disagreed with."),
    ("kidnapping", "The novel was Kidnapped, the set text, and he hated every chapter."),
    ("kidnapping", "The strikers were holding the whole city to ransom, the radio said."),
    ("blood", "'Bloody hell,' she said. 'Bloody vicar, bloody quiz.'"),
])
def test_one_class_or_another_sense_is_not_enough(lexicon_only: PassageClassifier, label: str, text: str) -> None:
    decision = lexicon_only.classify(text, label)
    assert not decision.positive, (label, decision.score, text)
