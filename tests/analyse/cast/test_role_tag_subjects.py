"""Roles found with the dialogue tags' subjects read once and passed in are those found reading them again."""

from __future__ import annotations

from cast_helpers import speakers
from ficlens.analyse.cast.roles import find_roles, tag_subjects
from ficlens.analyse.dialogue import find_quotes
from ficlens.nlp import build_document
from ficlens.work import Work


def test_find_roles_given_the_tag_subjects_finds_the_same() -> None:
    text = ("\u201cCome in,\u201d said the old man.\n\n\u201cWho is there?\u201d cried one of the women.\n\n"
            "The old man rose. The old man smiled. The old man went to the door.\n")
    work = Work(text=text, source="t.txt", format="text")
    doc = build_document(work, "fast")
    quotes = find_quotes(text, doc.paragraphs)
    ends, starts = [q.end for q in quotes], [q.start for q in quotes]
    subjects = tag_subjects(text, ends, starts)
    assert subjects  # "cried one of the women": the test can fail
    found = find_roles(text, set(), ends, starts, set(), lambda _pos: False)
    assert found and find_roles(text, set(), ends, starts, set(), lambda _pos: False, subjects) == found


def test_a_title_said_as_a_name_is_a_role_where_no_character_bears_it() -> None:
    text = ('Edna Pontellier sat by the fire.\n\n"Too lenient, by far," said the Colonel. "Put your foot down."\n\n'
            '"I will not," said Edna Pontellier.')
    cast, who = speakers(text)
    assert who[0] == "the Colonel"
    cast, who = speakers(text.replace("sat by the fire", "sat by Colonel Brandt") + " Colonel Brandt nodded.")
    assert who[0] == "Colonel Brandt"
