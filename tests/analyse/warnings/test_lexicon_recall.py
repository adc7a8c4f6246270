"""How stories tell the 25 lexicon-only labels: representative cue phrasings, one or two per label, decided by the
shipped lexicon decision (written for these tests, not taken from any evaluation passage)."""

from __future__ import annotations

import pytest

from ficlens.analyse.warnings.classifier import PassageClassifier


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


# More phrasing classes per label, several variants each; written for these tests, not taken from any evaluation
# passage.
@pytest.mark.issue(3)
@pytest.mark.parametrize(("label", "text"), [
    ("abuse", "She wasn't allowed to see her friends any more, and he took over the money the week after the wedding."),
    ("abuse", "Everybody in the street could hear the fights through the walls, and she wore sunglasses in January."),
    ("child-abuse", "His mother pressed the lighter to the back of his hand. He was six, and he told his teacher "
                    "he'd fallen off his bike."),
    ("child-abuse", "The master caned him for spilling ink, six of the best, and he was only nine."),
    ("child-abuse", "They'd lock her in the shed overnight without supper whenever she cried. She was seven."),
    ("incest", "My stepbrother and I started sleeping together the year our parents married."),
    ("incest", "The old man had fathered two children on his own daughter, and the whole valley knew."),
    ("self-harm", "She kept a razor blade hidden in her pencil case and cut on her hips where nobody would look."),
    ("self-harm", "He banged his head against the wall until it split, over and over, because he deserved it."),
    ("self-harm", "She carved the letters into her own arm with a compass in the school toilets."),
    ("dying", "He knew he was dying; his legs had gone numb and the room was getting blurry."),
    ("dying", "Her breathing was shallow now, and the nurse said to stay with her until the end."),
    ("sexism", "'Leave the business to the men, darling. It isn't ladylike to argue about contracts.'"),
    ("sexism", "The partnership went to a man with half her experience."),
    ("transphobia", "He kept calling her by her dead name at every family dinner."),
    ("transphobia", "'There are only two genders,' the bishop said, and refused to let her take communion."),
    ("fat-phobia", "'People like you need to buy two seats,' the steward said, loud enough for the queue to hear."),
    ("animal-death", "The vet gave the old spaniel the injection and they felt him go, quiet, in their arms."),
    ("animal-cruelty", "The dogs only understand the stick, the man said, and the collar had grown into its neck."),
    ("animal-cruelty", "The crowd paid to watch the badger-baiting behind the pub."),
    ("classism", "'His grandfather was in trade,' the duchess sniffed. 'New money, all of it.'"),
    ("miscarriages", "She felt the cramping and blood at eleven weeks, and the baby would never be born."),
    ("abortion", "The protesters outside the clinic shouted at her as she went in for the procedure."),
])
def test_more_phrasing_classes(lexicon_only: PassageClassifier, label: str, text: str) -> None:
    assert lexicon_only.classify(text, label).positive


@pytest.mark.issue(3)
@pytest.mark.parametrize(("label", "text"), [
    ("abuse", "He says she's always forgetting her keys, and laughs, and hands them back."),
    ("child-abuse", "He was nine and his mother told the teacher he'd been ill with the flu."),
    ("incest", "My brother and I started a band the summer we both turned twenty."),
    ("incest", "They had fallen in love at university and been together ten years."),
    ("self-harm", "She picked at the label on her beer bottle, bored."),
    ("self-harm", "They carved their initials into his desk while he was out."),
    ("dying", "I'm dying to see the new film, honestly."),
    ("dying", "His eyes drifted closed and he slept till noon."),
    ("sexism", "No girls had signed up for the chess club yet, so Ms Patel put up a poster."),
    ("sexism", "'This printer is sexist,' Dave said. 'It never jams for Sue.' "
               "'That's a sexist thing to say about a printer.'"),
    ("transphobia", "Biologically speaking, the frog is an amphibian."),
    ("fat-phobia", "She bought two tickets for the concert."),
    ("fat-phobia", "They ate fatty pork and black bread all winter."),
    ("animal-death", "The second injection was the booster, and Tom's arm ached all day."),
    ("animal-death", "Her heart stopped for a moment when she saw him, and then the room was still."),
    ("animal-death", "The teddy bear was killed by a dragon in the game, and then resurrected for tea."),
    ("animal-cruelty", "The dog's water bowl was empty, so Sam filled it."),
    ("classism", "He was an expert in trade law and trade agreements."),
    ("miscarriages", "Her letter had miscarried, and she wrote again."),
    ("abortion", "The procedure for renewing a passport is simple."),
    ("pregnancy", "'You look pregnant,' he told his brother after Christmas dinner."),
    ("kidnapping", "'You've held the remote hostage all night.' 'Hostage released,' she said, and threw it to him."),
])
def test_more_near_misses_stay_negative(lexicon_only: PassageClassifier, label: str, text: str) -> None:
    assert not lexicon_only.classify(text, label).positive
