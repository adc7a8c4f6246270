"""Nicknames join the character named by the given name they shorten, and distinct people stay apart."""

from __future__ import annotations

from cast_helpers import cast_for
from ficlens.analyse.cast import Cast
from ficlens.analyse.cast.nicknames import formal_names, nickname_target


def forms_of(cast: Cast) -> dict[str, set[str]]:
    return {c.name: set(c.forms) for c in cast.clusters if c.names and not c.role}


def test_table() -> None:
    assert "Elizabeth" in formal_names("Lizzy") and "James" in formal_names("Jim")
    assert "Robert" in formal_names("Bob") and not formal_names("Derek")
    assert nickname_target(("Jake", "Brown"), {("Jacob", "Brown"): 1, ("Jacob", "Black"): 2}) == 1
    assert nickname_target(("Jake",), {("Jacob", "Brown"): 1, ("Jacob", "Black"): 2}) is None  # which one?


def test_lizzy_is_elizabeth_and_mr_mrs_bennet_stay_apart() -> None:
    text = ("Elizabeth Bennet walked in. Then Elizabeth Bennet sat down. Mrs. Bennet cried out. Mr. Bennet read. "
            "\"Lizzy is the quickest,\" said Mr. Bennet. Later Lizzy laughed, and Mrs. Bennet sighed. "
            "Then Lizzy left the room, and Mr. Bennet smiled.")
    forms = forms_of(cast_for(text))
    assert "Lizzy" in forms["Elizabeth Bennet"]
    mr = [n for n, f in forms.items() if "Mr Bennet" in f]
    mrs = [n for n, f in forms.items() if "Mrs Bennet" in f]
    assert mr and mrs and mr != mrs and "Elizabeth Bennet" not in mr + mrs


def test_father_and_son_named_together_stay_apart() -> None:
    text = ("James Carver came home. Then James Carver sat down. Jim ran to James and Jim hugged James. "
            "Later Jim laughed while James watched. Then Jim slept.")
    forms = forms_of(cast_for(text))
    assert "Jim" not in forms.get("James Carver", set())


def test_a_nickname_with_another_surname_stays_apart() -> None:
    text = ("Jacob Black ran. Then Jacob Black stopped. Later Jake Brown came. Then Jake Brown sat down. "
            "Later Jake Brown left.")
    forms = forms_of(cast_for(text))
    assert "Jake Brown" not in forms.get("Jacob Black", set())


def test_a_shorter_full_name_joins_the_longer_one() -> None:
    text = ("Then Soo Lin Yao hid. Later Soo Lin ran, and Soo Lin Yao followed. Then Soo Lin slept. "
            "Later Soo Lin woke.")
    assert {"Soo Lin", "Soo Lin Yao"} <= forms_of(cast_for(text))["Soo Lin Yao"]


def test_mr_and_mrs_never_join_a_bare_surname() -> None:
    text = ("Mr. Pontellier read. Mrs. Pontellier sang. Later Pontellier slept, and Mr. Pontellier woke. "
            "Then Mrs. Pontellier smiled.")
    forms = forms_of(cast_for(text))
    together = [f for f in forms.values() if {"Mr Pontellier", "Mrs Pontellier"} <= f]
    assert not together


def test_a_nickname_joins_a_title_and_given_name() -> None:
    text = ("Lord Henry smiled. Then Lord Henry sat down, and Basil watched. \"Harry, stop,\" said Basil. "
            "Later Harry laughed. Then Harry left.")
    forms = forms_of(cast_for(text))
    assert "Harry" in next(f for f in forms.values() if "Lord Henry" in f)
