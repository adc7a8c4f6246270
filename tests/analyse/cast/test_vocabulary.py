"""The cast's words have one source: a person noun has one gender wherever it is read, and each title list is
drawn from the one title table."""

from __future__ import annotations

from cast_helpers import cast_for
from ficlens.analyse.cast.vocabulary import (
    ABBREVIATED_TITLES,
    ADDRESS_TITLES,
    GENERIC,
    GIVEN_NAME_TITLES,
    HONORIFICS,
    TITLES,
    noun_gender,
    title_gender,
)
from ficlens.analyse.speakers.conversation import tag_gender


def test_a_fellow_is_male_in_a_dialogue_tag_as_in_a_role() -> None:
    text = '"Come in," said the fellow. "Sit down."'
    assert tag_gender(text, 0, text.index(",") + 2, "") == "m"
    assert noun_gender("fellow") == "m" and "fellow" in GENERIC


def test_a_role_takes_its_gender_from_the_same_nouns() -> None:
    text = ('"Who goes there?" said the old fellow. The old fellow waited by the gate. "Nobody," said the old '
            "lady. The old lady laughed.")
    genders = {c.name: c.gender for c in cast_for(text).clusters if c.role}
    assert genders == {"the old fellow": noun_gender("fellow"), "the old lady": noun_gender("lady")}
    assert set(genders.values()) == {"m", "f"}


def test_titles_by_use() -> None:
    assert title_gender("Mrs.") == "f" and title_gender("Lord") == "m" and title_gender("Dr.") is None
    assert {"mx", "monsieur"} <= ADDRESS_TITLES and not {"mx", "monsieur"} & TITLES  # address only
    assert {"dame", "cousin"} <= GIVEN_NAME_TITLES and not {"dame", "cousin"} & TITLES
    assert "lady" in HONORIFICS and "lady" not in ADDRESS_TITLES
    assert sorted(ABBREVIATED_TITLES) == ["Dr", "Mlle", "Mme", "Mr", "Mrs", "Ms"]
