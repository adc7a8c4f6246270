"""Titles and family names: a surname written mostly after a title is listed with it, "Mr. X" is the family's one
man named in full when the other titles of the surname are women's, "Mr. X" and "Miss X" stay apart from a
titled full name when the text shows them to be another of the family, a title of the other gender never joins
a given name, names written after "the" are no nicknames, "Mlle." / "Mme." are titles, and a title keeps its
name across a wrapped line or after a dash."""

from __future__ import annotations

from cast_helpers import cast_for, owner
from ficlens.analyse.cast.names import find_name_forms


def test_a_surname_written_mostly_after_a_title_is_listed_with_it() -> None:
    text = ("Mr. Beebe came in. Then Mr. Beebe sat, and Beebe smiled. Later Mr. Beebe rose, and Beebe "
            "laughed. Then Mr. Beebe left, and Mr. Beebe sighed.")
    assert owner(cast_for(text), "Beebe") == "Mr. Beebe"
    bare = "Beebe came in. Then Beebe sat, and Beebe smiled. Later Mr. Beebe rose, and Beebe sighed."
    assert owner(cast_for(bare), "Beebe") == "Beebe"


def test_mr_is_the_one_man_of_the_family_named_in_full() -> None:
    text = ("Henry Crawford came in. Henry Crawford sat, and Crawford smiled. Later Miss Crawford rose, and "
            "Mrs. Crawford laughed. Then Mr. Crawford left, and Mr. Crawford sighed. Miss Crawford sat.")
    cast = cast_for(text)
    assert owner(cast, "Mr Crawford") == owner(cast, "Henry Crawford")
    assert owner(cast, "Miss Crawford") != owner(cast, "Henry Crawford")
    other = text + " Then Mr. John Crawford came in, and Mr. John Crawford sat."
    cast = cast_for(other)
    assert owner(cast, "Mr Crawford") != owner(cast, "Henry Crawford")


def test_mr_named_beside_a_titled_full_names_given_name_is_another_man() -> None:
    text = ("Mr. George Emerson came in. George sat. Then Mr. Emerson looked at George and smiled. Later "
            "Mr. Emerson rose, and George Emerson laughed. Then Mr. Emerson left, and George sighed.")
    cast = cast_for(text)
    assert owner(cast, "Mr Emerson") != owner(cast, "George Emerson")
    assert owner(cast, "Mr Emerson") == "Mr. Emerson"
    alone = ("Mr. George Emerson came in. George sat. Later Mr. Emerson rose, and George Emerson laughed. "
             "Then Mr. Emerson left.")
    cast = cast_for(alone)
    assert owner(cast, "Mr Emerson") == owner(cast, "Mr George Emerson")


def test_miss_and_a_surname_is_not_a_sister_named_with_her_given_name() -> None:
    text = ("Then Maria Bertram came in. Maria sat, and Maria smiled. Later Miss Julia Bertram rose, and Miss Bertram "
            "laughed. Then Miss Bertram left, and Maria Bertram sighed.")
    cast = cast_for(text)
    assert owner(cast, "Miss Bertram") != owner(cast, "Miss Julia Bertram")
    brother = ("Then Randolph Miller came in. Randolph sat, and Randolph smiled. Later Miss Daisy Miller rose, and "
               "Miss Miller laughed. Then Miss Miller left, and Randolph Miller sighed.")
    cast = cast_for(brother)
    assert owner(cast, "Miss Miller") == owner(cast, "Miss Daisy Miller")


def test_names_written_after_the_are_no_nicknames() -> None:
    text = ("The Caterpillar looked at her. The Caterpillar smoked, and the Caterpillar spoke. Later the Cat "
            "grinned, and the Cat vanished. Then the Cat came back.")
    cast = cast_for(text)
    assert owner(cast, "Cat") != owner(cast, "Caterpillar")
    named = "Then Catherine came in, and Catherine sat. Later Cat laughed, and Cat smiled."
    cast = cast_for(named)
    assert owner(cast, "Cat") == owner(cast, "Catherine")


def test_mlle_and_mme_are_titles() -> None:
    text = "Mlle. Blanche came in. Then Mlle. Blanche sat, and Mme. Cominges smiled. Later Mlle. Blanche rose."
    cast = cast_for(text)
    assert owner(cast, "Mlle Blanche") == "Mlle. Blanche"
    assert owner(cast, "Mme Cominges") == "Mme. Cominges"
    assert "Mlle" not in {c.name for c in cast.clusters}


def test_a_title_ending_a_wrapped_line_keeps_its_name() -> None:
    forms = find_name_forms("She meant her mother-in-law, Mrs.\nHerriton, who hated it.")
    assert ("Mrs", ("Herriton",)) in forms and (None, ("Herriton",)) not in forms
    assert ("Miss", ("Bennet",)) in find_name_forms("He bowed to Miss\nBennet and left.")
    apart = find_name_forms("He called for Mr.\n\nSmith came in.")
    assert ("Mr", ("Smith",)) not in apart


def test_a_name_after_a_dash_between_words_keeps_its_title() -> None:
    forms = find_name_forms("Not for months--Mrs. Herriton said it; Obi-Wan came.")
    assert ("Mrs", ("Herriton",)) in forms and (None, ("Herriton",)) not in forms
    assert (None, ("Obi-Wan",)) in forms and (None, ("Wan",)) not in forms


def test_a_title_of_the_other_gender_does_not_join_a_given_name() -> None:
    text = ("Then Charles came in. Charles sat, and Charles smiled. Later Mrs. Charles rose, and Mrs. Charles "
            "laughed. Then Charles left.")
    cast = cast_for(text)
    assert owner(cast, "Mrs Charles") != owner(cast, "Charles")
