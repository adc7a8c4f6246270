"""Fan-fiction speaker attribution (docs/characters.md, "Fan-fiction speaker set"): names the fast profile
reads from the text itself, pet forms and clippings of names, an epithet that answers a call by name, a speech
resumed after narration, a voice arriving, and a two-person exchange with one party named only in the other's
lines. Hand-written snippets only."""

from __future__ import annotations

from collections import Counter

from cast_helpers import names, speakers
from ficlens.analyse.cast.build import Cluster, build_cast
from ficlens.analyse.cast.nicknames import nickname_merges, shortens
from ficlens.analyse.cast.roles import tag_subjects
from ficlens.analyse.dialogue import is_vocative
from ficlens.analyse.speakers.conversation import cluster_gender
from ficlens.nlp import build_document
from ficlens.work import Work


def test_fast_profile_reads_a_titled_full_name_and_a_called_actor() -> None:
    text = ("The wind had not dropped all night, and Major Ruth Okafor was tired of it.\n\n"
            '"Ma\'am." Pell came in from the yard, shaking off the snow. "The riders are back."\n\n'
            '"How many?"\n\n"Six."\n\n"Pell."\n\n"Yes?"')
    found = names(text)
    assert "Major Ruth Okafor" in found
    assert "Pell" in found


def test_a_single_capitalised_word_needs_both_an_action_and_a_call() -> None:
    assert "Snow" not in names('Snow fell on the yard.\n\n"Where are they?"\n\n"Out there."')


def test_pet_forms_and_clippings_shorten_a_name() -> None:
    assert shortens("Cas", "Castiel")
    assert shortens("Sammy", "Sam")
    assert shortens("Stevie", "Steve")
    assert shortens("Lizzy", "Elizabeth")
    assert not shortens("Sam", "Sammy")  # the pet form joins the name, never the other way
    assert not shortens("Ed", "Edwina")  # two letters are too few to clip
    assert not shortens("Dean", "Sam")


def test_a_pet_form_used_twice_joins_its_name() -> None:
    text = ("Sam Reyes parked the truck. Sam Reyes got out.\n\n"
            "Later Sammy laughed at the dog, and then Sammy waved.")
    doc = build_document(Work(text=text, source="test", format="text"), "fast")
    cast = build_cast(text, doc.paragraphs, doc.sentences, [], fast=True)
    sam = [c for c in cast.clusters if "Sammy" in c.forms]
    assert len(sam) == 1 and sam[0].name == "Sam Reyes"


def test_a_vocative_may_open_a_later_sentence_of_the_quote() -> None:
    text = '"It was near the mine. Cas, how sure are you?"'
    start = text.index("Cas")
    assert is_vocative(text, 0, start, start + 3)
    other = '"It was near the mine. Cas said so."'
    assert not is_vocative(other, 0, start, start + 3)


_CALLED = ("Nadia Brandt leaned on the rail. Theo Marsh watched her, and Theo Marsh smiled.\n\n"
           '"Theo, can you fly it?" Nadia Brandt asked.\n\n'
           '"Easily," the pilot said. "Give me an hour."')


def test_an_epithet_answering_a_call_by_name_is_the_one_called() -> None:
    cast, who = speakers(_CALLED)
    assert who[1:] == ["Theo Marsh", "Theo Marsh"]
    assert not any(c.role and c.names for c in cast.clusters)


def test_an_epithet_answering_no_call_stays_a_role() -> None:
    cast, who = speakers(_CALLED.replace('"Theo, can you fly it?"', '"Can you fly it?"'))
    assert who[1] == "the pilot"


def test_a_speech_resumed_after_narration_goes_on_with_its_speaker() -> None:
    text = ("Hollis stood at the door. Hollis had her coat on, and Hollis had the keys.\n\n"
            '"I\'m going," Hollis said. "And Mara—"\n\n'
            "Across the table, Mara looked up from the map; then Mara frowned, and Mara waited.\n\n"
            '"—take the lamp."')
    _, who = speakers(text)
    assert who[-1] == who[0] == "Hollis"


def test_a_voice_arriving_is_a_speaker_of_its_own() -> None:
    text = '"Hello!" came a voice from the hall.'
    found = tag_subjects(text, [text.index(" came")], [0])
    assert [(t.role.label, t.kind) for t in found] == [("a voice #1", "anonymous")]
    scene = ('I sat by the fire with Ellis.\n\n"Tea?" I said.\n\n"Please," said Ellis.\n\n'
             '"Hello!" came a voice from the hall. "Anyone home?"')
    _, who = speakers(scene)
    assert who == ["I", "Ellis", "a voice", "a voice"]


def test_a_party_named_only_in_the_other_s_lines_still_speaks() -> None:
    text = ("Rosa drove. Rosa kept her eyes on the road, and Rosa said nothing for a long time.\n\n"
            '"Can I ask you something?" Rosa said.\n\n"You will anyway."\n\n"Do you ever stop, Jonah?"\n\n'
            '"No."\n\n"Come on, Jonah. Never?"\n\n"Never."\n\n"Really, Jonah?"\n\n"Really."')
    _, who = speakers(text)
    assert who == ["Rosa", "Jonah", "Rosa", "Jonah", "Rosa", "Jonah", "Rosa", "Jonah"]


def test_a_surname_after_the_older_is_an_epithet() -> None:
    assert "Winchester" not in names("Dean drove. Sam slept. The older Winchester turned the music up.")
    assert "Winchester" in names("Dean drove. Sam slept. Later Winchester walked in and Winchester sat down.")


def test_a_pet_form_of_the_name_itself_joins_it_even_named_once() -> None:
    spans = {0: [(0, 3), (10, 13)], 1: [(50, 55)]}
    assert nickname_merges({0: ("Sam",), 1: ("Sammy",)}, spans, {1}, [0, 40]) == {1: 0}
    assert nickname_merges({0: ("Henry",), 1: ("Harry",)}, spans, {1}, [0, 40]) == {}  # the table alone: twice


def test_the_house_word_of_one_character_is_no_group_character() -> None:
    text = ("Harry Potter waited by the wall, and Harry waited all day. Draco Malfoy came round the corner, as Malfoy "
            "always did; Hermione Granger had said he would, and Ron Weasley had agreed.\n\n"
            '"Potter," Malfoy said. "A word." The Slytherin glanced up and down the corridor.')
    found = names(text)
    assert "Draco Malfoy" in found
    assert not any("Slytherin" in n for n in found)


def test_without_coreference_a_character_s_gender_comes_from_its_name_votes() -> None:
    lydia = Cluster(0, "Lydia Martin", gender_votes=Counter({"f": 3}))
    assert cluster_gender(lydia) == "f"
    assert cluster_gender(Cluster(1, "Sam", gender_votes=Counter({"f": 1, "m": 1}))) is None
    assert cluster_gender(Cluster(2, "Alex", gender="m", gender_votes=Counter({"f": 3}))) == "m"
