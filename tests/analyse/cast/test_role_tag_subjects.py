"""Roles found with the dialogue tags' subjects read once and passed in are those found reading them again."""

from __future__ import annotations

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
