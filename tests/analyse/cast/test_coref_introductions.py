"""Light coreference: unnamed people brought in by the narration ("a small boy came walking"), descriptors that
keep standing for the person they stood for ("the child"), and subjects before the names around them."""

from __future__ import annotations

from cast_helpers import cast_for, resolved_to, speakers

BOY = ("Then Winterbourne sat in the garden, and Winterbourne drank his coffee. Presently a small boy came walking "
       "along the path. The child had an aged expression. He paused in front of Winterbourne.\n\n"
       "\u201cWill you give me a lump of sugar?\u201d he asked.\n\n"
       "\u201cYes, you may take one,\u201d said Winterbourne.\n\n"
       "\u201cI am an American boy,\u201d said the child.")


def test_an_introduced_boy_speaks_his_lines() -> None:
    roles = {c.name for c in cast_for(BOY).clusters if c.role and c.names}
    assert "the small boy" in roles
    assert speakers(BOY)[1] == ["the small boy", "Winterbourne", "the small boy"]


def test_the_introduced_boy_takes_the_name_given_him_next() -> None:
    text = BOY + ("\n\nThe little boy jumped.\n\n\u201cRandolph,\u201d said Winterbourne.\n\n\u201cNo,\u201d replied "
                  "Randolph.\n\n\u201cYes,\u201d said Randolph.")
    cast = cast_for(text)
    randolph = next(c for c in cast.clusters if c.name == "Randolph")
    assert "the small boy" in randolph.forms
    assert speakers(text)[1][0] == "Randolph"


def test_no_introduction_without_a_deed_or_after_a_copula() -> None:
    text = ("Then Winterbourne sat down. He had been put to school there as a boy, and he was a man who liked "
            "Geneva. Winterbourne saw a child in the garden.")
    assert not [c for c in cast_for(text).clusters if c.role]


def test_the_stranger_coming_in_is_someone_new() -> None:
    text = ("The stranger came early in February, carrying a portmanteau in his hand. He staggered into the inn "
            "where Mrs. Hall stood, and Mrs. Hall looked up.\n\n\u201cA fire,\u201d he cried.")
    assert speakers(text)[1] == ["the stranger"]


def test_a_descriptor_keeps_its_person() -> None:
    text = ("Then Durbeyfield sat down by the road. In a few minutes a youth appeared in the distance. The lad "
            "quickened his pace, and Durbeyfield waved. The lad stood before Durbeyfield.")
    cast = cast_for(text)
    assert resolved_to(cast, text, "The lad", "waved.") == "the youth"


def test_a_pronoun_prefers_the_subject_before_it() -> None:
    text = ("Then Peter Kronborg sat, and Peter Kronborg waited. Later Peter Kronborg rose. Dr. Archie came back "
            "and threw a bag upon the desk of Peter Kronborg. He wrote some instructions.")
    cast = cast_for(text)
    assert resolved_to(cast, text, "He", "desk of Peter Kronborg.") == "Dr. Archie"


def test_his_wife_is_the_wife_of_his_surname() -> None:
    text = ("Then Mrs. Bennet sang, and Mr. Bennet read. Later Kitty laughed, and Kitty ran. So he left the room, "
            "tired of his wife.")
    cast = cast_for(text)
    assert resolved_to(cast, text, "his wife", "left the room") == "Mrs. Bennet"


def test_an_unnamed_person_stays_unnamed_beside_two_new_names_or_a_name_said_by_them() -> None:
    two = ("Then Lucy sat down, and Lucy ate. The old man leaned over the table. The old man laughed, and the old "
           "man sat.\n\nThen George came in, and George sat. Later Henry came in, and Henry sat.")
    assert [c for c in cast_for(two).clusters if c.name == "the old man" and c.names]
    said = ("Then Lucy sat down, and Lucy ate. The old man leaned over the table. The old man laughed.\n\n\u201cThis "
            "is my son,\u201d said the old man; \u201chis name is George.\u201d\n\nThen George nodded, and George sat.")
    assert [c for c in cast_for(said).clusters if c.name == "the old man" and c.names]
