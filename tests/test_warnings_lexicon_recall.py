"""How stories tell the 25 lexicon-only labels: representative cue phrasings, one or two per label, decided by the
shipped lexicon decision (written for these tests, not taken from any evaluation passage)."""

from __future__ import annotations

import pytest

from ficlens.analyse.warnings.classifier import PassageClassifier


@pytest.fixture(scope="module")
def lexicon_only() -> PassageClassifier:
    return PassageClassifier("lexicon")


@pytest.mark.parametrize(("label", "text"), [
    ("pornographic-content", "He slid a third finger into her and she came apart around them, shaking."),
    ("sexual-assault", "He kept going after she told him to stop."),
    ("sexual-assault", "Someone had spiked her drink at the club, and she woke up with no memory of the night."),
    ("abuse", "'Look what you made me do,' he said, dabbing at her split lip."),
    ("abuse", "She'd scream at him for hours, call him worthless, lock the door so he couldn't leave."),
    ("abuse", "She learned to hide the bruises under long sleeves and a scarf."),
    ("suicide", "His sister hanged herself the winter he turned twenty."),
    ("suicide", "She'd been saving her sleeping pills for a month, counting them out every night."),
    ("pregnancy", "Six months along and already waddling, Molly refused to stop working."),
    ("pregnancy", "She pressed his hand to her belly. 'Feel that? The baby's kicking.'"),
    ("child-abuse", "He was eight when his stepfather first took the belt to him."),
    ("child-abuse", "They locked her in the cellar for a whole weekend and she got no food for two days."),
    ("incest", "Everyone whispered that the Duke had married his own niece."),
    ("incest", "They were brothers, and they were lovers, and nobody could ever know."),
    ("self-harm", "I used to cut when the exams got bad."),
    ("self-harm", "He scratched at his arms until they bled, and told everyone it was the cat."),
    ("dying", "She had weeks to live. In the hospice her breathing slowed, and slowed."),
    ("dying", "The healer shook her head. 'He won't last the night.'"),
    ("kidnapping", "'We have your daughter,' said the voice. 'Unmarked bills, or you never see her again.'"),
    ("mental-illness", "He hadn't slept in five days, and the voices in his head wouldn't stop."),
    ("mental-illness", "She checked the lock twelve times before bed; the intrusive thoughts never left her alone."),
    ("dissection", "The coroner made the Y-incision and lifted out the lungs one at a time."),
    ("eating-disorders", "She weighed herself three times a day and stuck two fingers down her throat after dinner."),
    ("body-hatred", "He hated every inch of himself and dressed in the dark so nobody would see."),
    ("childbirth", "Her waters broke at midnight and by dawn the midwife could see the head."),
    ("sexism", "'This is a man's job,' the sergeant said. 'Women don't have the stomach for it.'"),
    ("miscarriages", "At the scan there was no heartbeat, only an empty sac."),
    ("transphobia", "At dinner her father kept calling her 'son' and said it was just a phase."),
    ("abortion", "She drank the moon tea and bled the child away before anyone could know."),
    ("fat-phobia", "'You'd be so pretty if you just lost some weight,' her aunt said."),
    ("animal-death", "The old dog died in his sleep, and the boys buried him under the apple tree."),
    ("animal-cruelty", "The boys were throwing stones at a stray cat, laughing as it yowled."),
    ("classism", "'People like you don't belong at this school. Know your place.'"),
])
def test_how_stories_tell_it(lexicon_only: PassageClassifier, label: str, text: str) -> None:
    assert lexicon_only.classify(text, label).positive


@pytest.mark.parametrize(("label", "text"), [
    # the neighbouring label, or the content's near miss
    ("miscarriages", "She booked the termination at the clinic and went alone."),
    ("abortion", "She lost the baby at ten weeks, alone in the bathroom."),
    ("animal-death", "The lost dog was found safe two streets away."),
    ("incest", "Her brother hugged her goodbye at the station and she kissed his cheek."),
    ("childbirth", "The Beatles gave birth to a whole genre."),
    ("childbirth", "The old collie gave birth to six puppies in the barn."),
    ("self-harm", "He cut himself shaving and swore at the mirror."),
    ("eating-disorders", "He had food poisoning and threw up his dinner twice."),
    ("sexism", "Ladies first, he said, holding the door."),
    ("transphobia", "'Sorry, I misgendered you,' he said, and corrected himself at once."),
])
def test_near_misses_stay_negative(lexicon_only: PassageClassifier, label: str, text: str) -> None:
    assert not lexicon_only.classify(text, label).positive
