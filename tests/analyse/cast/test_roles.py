"""Unnamed characters known by a role, given-name genders, and titled forms of one character."""

from __future__ import annotations

from cast_helpers import cast_for, names
from ficlens.analyse.cast import Cast, Cluster, build_cast
from ficlens.analyse.cast.given_names import given_name_gender
from ficlens.analyse.cast.roles import role_label
from ficlens.analyse.speakers import NARRATOR, attribute
from ficlens.nlp import build_document
from ficlens.work import Work


def roles_of(cast: Cast) -> dict[str, Cluster]:
    return {c.name: c for c in cast.clusters if c.role}


def speakers(text: str) -> list[str | None]:
    doc = build_document(Work(text=text, source="test", format="text"), "fast")
    cast = build_cast(text, doc.paragraphs, doc.sentences, [], fast=True)
    out: list[str | None] = []
    for a in attribute(text, doc.paragraphs, cast):
        out.append(None if a.cluster is None else "I" if a.cluster == NARRATOR else cast.clusters[a.cluster].name)
    return out


def test_role_labels() -> None:
    assert role_label([], "doctor", set()) == "the doctor"
    assert role_label(["old"], "doctor", set()) == "the doctor"  # one doctor, however described
    assert role_label(["old"], "man", set()) == "the old man"
    assert role_label([], "man", set()) is None  # "the man" may be anyone
    assert role_label(["younger"], "boy", set()) is None  # a comparative points at a named character
    assert role_label(["other"], "woman", set()) is None
    assert role_label([], "brunette", set()) is None  # appearance words stand for named characters
    assert role_label([], "parson", {"parson"}) == "the parson"


def test_descriptor_speakers_become_roles() -> None:
    text = ('Mary Lennox sat by the bed. The doctor came in.\n\n"How is she?" said the doctor.\n\n'
            '"Better," said Mary Lennox.\n\nThe old man at the door laughed.\n\n"Good," the old man replied.')
    roles = roles_of(cast_for(text))
    assert set(roles) == {"the doctor", "the old man"}
    assert roles["the old man"].gender == "m"
    assert speakers(text) == ["the doctor", "Mary Lennox", "the old man"]


def test_role_acting_repeatedly_without_a_tag() -> None:
    text = ("The stranger stopped. The stranger looked at the inn. Anna Hall watched. The stranger turned away. "
            "The nurse smiled.")
    roles = roles_of(cast_for(text))
    assert "the stranger" in roles and roles["the stranger"].names == 3
    assert "the nurse" not in roles  # once, and never speaking: no role


def test_descriptors_of_named_characters_stay_theirs() -> None:
    text = ('Derek Hale looked at the boy. Stiles Stilinski grinned at the younger man.\n\n'
            '"Hey," said the boy.\n\n"Dr. Deaton is here," said Derek Hale. Dr. Deaton nodded.\n\n'
            '"Sit," said the doctor.')
    cast = cast_for(text)
    assert not roles_of(cast)
    assert speakers(text)[-1] == "Dr. Deaton"  # "the doctor" is the character titled Dr.


def test_role_equated_with_a_named_character() -> None:
    text = ('In the room, some distance away, was sitting the artist himself, Basil Hallward. Basil Hallward '
            'smiled. Basil Hallward painted.\n\n"It is done," said the artist.')
    cast = cast_for(text)
    basil = next(c for c in cast.clusters if c.name == "Basil Hallward")
    assert "the artist" in basil.forms and not roles_of(cast)
    assert speakers(text) == ["Basil Hallward"]


def test_given_name_gender_is_a_prior_the_text_overrides() -> None:
    assert given_name_gender("Elizabeth Bennet") == "f" and given_name_gender("Henry") == "m"
    assert given_name_gender("Sam") is None and given_name_gender("Stiles") is None
    cast = cast_for("Then Kitty laughed and Elizabeth smiled. So Kitty ran, and Elizabeth sat. Now Kitty and "
                    "Elizabeth slept.")
    genders = {c.name: c.gender for c in cast.clusters}
    assert genders["Kitty"] == "f" and genders["Elizabeth"] == "f"
    cast = cast_for("Then Kitty came in. He sat. Later Kitty ran. He fell. Then Kitty slept. He snored. So Kitty "
                    "woke. He ate. Soon Kitty left. He waved.")
    assert {c.name: c.gender for c in cast.clusters}["Kitty"] == "m"  # five pronouns beat the prior
    cast = cast_for("Then Tom came in. She sat. Later Tom ran. She fell. Then Tom slept. She snored.")
    assert {c.name: c.gender for c in cast.clusters}["Tom"] == "m"  # three of the point-of-view woman's do not


def test_she_said_goes_to_the_woman() -> None:
    text = ('Then Elizabeth and Darcy walked on. So Elizabeth and Darcy talked, and Elizabeth and Darcy stopped in '
            'the garden.\n\n"It is late," said Darcy.\n\n"Not yet," she said.')
    assert speakers(text) == ["Darcy", "Elizabeth"]


def test_titled_short_form_joins_the_titled_full_name() -> None:
    text = ("Lord Henry Wotton lay on the divan. Lord Henry smiled. Lord Henry rose. "
            '"Harry," said Basil. Then Harry laughed. So Harry sat, and Harry slept.')
    named = {c.name: set(c.forms) for c in cast_for(text).clusters if c.names}
    assert {"Lord Henry", "Lord Henry Wotton", "Harry"} <= named["Lord Henry Wotton"]


def test_sid_is_sidney() -> None:
    text = "Then Sidney Sawyer came home, and Sidney Sawyer sat. Later Sid laughed, and Sid ran off. So Sid slept."
    named = {c.name: set(c.forms) for c in cast_for(text).clusters if c.names and not c.role}
    assert "Sid" in named["Sidney Sawyer"]


def test_a_family_plural_is_nobody() -> None:
    mortimers = "Dr. Mortimer came. Mortimer sat. Then Mortimers laughed, and Mortimers sang. Mortimers went home."
    assert "Mortimers" in names(mortimers)  # never after "the" or a quantifier: a name
    assert "Mortimers" not in names("There were several Mortimers in the book. " + mortimers)
    williams = "William Brown sat by the fire. Then William rose. Later Williams came in, and Williams nodded. "
    assert "Williams" not in names(williams + "The Williams were rich.")


def test_a_speaker_who_acts_is_a_person_whatever_the_tagger_says() -> None:
    from ficlens.analyse.cast.name_judge import accept, uses_of
    from ficlens.analyse.cast.names import find_name_forms

    text = ('"Fire feels good," said the burly Moze. Later Moze shuffled out. At last Moze returned.\n\n'
            "They went to London. London was cold.")
    forms = find_name_forms(text)
    moze, london = forms[(None, ("Moze",))], forms[(None, ("London",))]
    for form in (moze, london):
        form.other_votes = len(form.spans)  # the tagger calls both a place
    assert accept(moze, False, False, False, uses_of(text, moze))
    assert not accept(london, False, False, False, uses_of(text, london))


def test_a_gentleman_described_by_his_clothes_is_a_role() -> None:
    text = ('Oliver Twist stood before the board.\n\n"What is your name?" asked the gentleman in the white '
            'waistcoat.\n\n"Please, sir, I do not know," said Oliver.\n\n"The boy is a fool," said the gentleman '
            'in the white waistcoat.')
    assert "the gentleman in the white waistcoat" in roles_of(cast_for(text))
    assert speakers(text) == ["the gentleman in the white waistcoat", "Oliver",
                              "the gentleman in the white waistcoat"]


def test_a_possessive_object_describes_nobody_new() -> None:
    text = ('Derek held the boy in his arms.\n\n"Stay," said the boy in his arms.\n\n"I will," said Derek.')
    assert not any("arms" in label for label in roles_of(cast_for(text)))


def test_a_word_of_manner_after_a_speaker_is_no_role() -> None:
    text = ('The boys stood in a row.\n\n"More," said Oliver.\n\n"What!" said the master at length, in a faint '
            'voice.')
    assert "the length" not in roles_of(cast_for(text))


def test_a_man_described_by_wear_once_is_no_role() -> None:
    text = ('John Durbeyfield walked home with a basket.\n\n"Good night," said the man with the basket.\n\n'
            '"Good night," said Tess.')
    assert not roles_of(cast_for(text))


def test_a_word_of_time_after_in_describes_nobody() -> None:
    text = ('Randolph came up the path.\n\n"Where is she?" cried the child in a moment.\n\n"Here," said Daisy.\n\n'
            '"Come," cried the child in a moment.')
    assert not any("moment" in label for label in roles_of(cast_for(text)))


def test_a_titled_full_name_joins_the_same_name_written_bare() -> None:
    text = ('Daisy Miller walked in the garden. Mrs. Miller sat inside. Miss Daisy Miller laughed. Mr. Miller was in '
            'Schenectady. Miss Miller smiled. Daisy Miller waved. Miss Daisy Miller left.')
    cast = cast_for(text)
    daisy = next(c for c in cast.clusters if "Daisy Miller" in c.forms)
    assert {"Miss Daisy Miller", "Miss Miller"} <= set(daisy.forms)


def test_a_wife_written_with_her_husbands_full_name_stays_apart() -> None:
    text = ('Newland Archer went to the opera. Mrs. Newland Archer stayed home. Mr. Archer was dead. Newland Archer '
            'laughed. Mrs. Archer sighed. Mrs. Newland Archer wrote a letter.')
    newland = next(c for c in cast_for(text).clusters if "Newland Archer" in c.forms)
    assert "Mrs Newland Archer" not in newland.forms and "Mrs Archer" not in newland.forms
