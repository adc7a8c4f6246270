"""Places taken for characters: uses only a place has ("the village of X", "born in X", "X was a village"),
place-name endings and beginnings ("Riverside Drive", "Mount Hood"), counties; people named after places stay."""

from __future__ import annotations

import pytest

from cast_helpers import EMMA, names
from ficlens.analyse.cast.name_judge import accept, is_place_run, not_a_person, uses_of
from ficlens.analyse.cast.names import NameForm, find_name_forms


def form_of(text: str, name: str) -> NameForm:
    return next(f for f in find_name_forms(text).values() if f.text == name and f.title is None)


@pytest.mark.parametrize("use", [
    "They lived near the village of Raveloe.",
    "The hills to the east of Raveloe were green.",
    "She climbed to the top of Raveloe.",
    "He was born in Raveloe.",
    "They stopped at Raveloe to dine.",
    "Raveloe was a village where old echoes lingered.",
    "Raveloe, a small town in the north, slept.",
    "Raveloe, highest of the White Mountains, rose.",
])
def test_uses_only_a_place_has(use: str) -> None:
    text = "Emma went out. " + use
    uses = uses_of(text, form_of(text, "Raveloe"))
    assert uses.settings == 1 and not_a_person(form_of(text, "Raveloe"), uses)


@pytest.mark.parametrize("use", [
    "Raveloe was a wolf.",
    "Raveloe, the town sheriff, came.",
    "Raveloe was the town's alpha.",
    "Lydia, the one from the city, met Raveloe.",
    "Emma looked at Raveloe.",
    "He was born to Raveloe.",
    "Raveloe, one of the town's deputies, came.",
    "Raveloe, the tallest of the pack, came.",
])
def test_person_uses_are_no_settings(use: str) -> None:
    text = "Emma went out. " + use
    assert uses_of(text, form_of(text, "Raveloe")).settings == 0


def test_a_place_used_so_is_not_a_character() -> None:
    text = EMMA + ("They stopped at Chichester to dine. Emma liked Chichester. Harriet saw Chichester at noon. "
                   "The Chichester ladies came from church.")
    found = names(text)
    assert {"Emma", "Harriet"} <= found and "Chichester" not in found


def test_people_named_after_places_stay() -> None:
    text = EMMA + ("Brooklyn was born in Brooklyn. Brooklyn smiled at Emma, and Brooklyn went home. "
                   "Paris had lived in Paris; Paris laughed. “Hi,” said Paris. "
                   "Hope, a girl from the city, came in. Hope sat down and Hope grinned. "
                   "Dallas stood up. Dallas moved to Dallas later, and Dallas thought of Emma.")
    found = names(text)
    assert {"Brooklyn", "Paris", "Hope", "Dallas"} <= found


def test_counties_that_never_act_are_not_characters() -> None:
    text = "Emma went out. Nottinghamshire and Derbyshire were rich in coal. Cheshire smiled."
    for county, person in (("Derbyshire", False), ("Nottinghamshire", False), ("Cheshire", True)):
        form = form_of(text, county)
        assert not_a_person(form, uses_of(text, form)) is not person


@pytest.mark.parametrize(("name", "place"), [
    ("Riverside Drive", True), ("Windy Corner", True), ("Dunnet Landing", True), ("Howard Grove", True),
    ("Mount Hood", True), ("Fort Worth", True), ("Derek Hale", False), ("Lake", False),
])
def test_place_runs(name: str, place: bool) -> None:
    text = f"Emma saw {name} today."
    assert is_place_run(form_of(text, name)) is place


def test_a_street_is_not_a_character() -> None:
    text = EMMA + ("The house on Riverside Drive is ugly. He was another man on Riverside Drive, and Riverside "
                   "Drive knew it.")
    assert "Riverside Drive" not in names(text)


def test_a_possessive_in_a_place_name_is_no_doing() -> None:
    text = "Emma sat in Lincoln's Inn Hall. Later Lincoln's Inn was shut. Derek's Jeep broke down."
    lincoln = uses_of(text, form_of(text, "Lincoln"))
    assert lincoln.settings == 2 and lincoln.subjects == 0
    derek = uses_of(text, form_of(text, "Derek"))
    assert derek.subjects == 1 and derek.settings == 0


def test_a_place_word_read_alone_after_a_capitalised_word() -> None:
    text = "They lived in Hell Row. Emma walked down Front Street. Street smiled."  # "Hell", "Front" are no names
    street = form_of(text, "Street")
    assert len(street.spans) == 2 and uses_of(text, street).settings == 1  # not "Street smiled" after a full stop
    row = form_of(text, "Row")
    assert not_a_person(row, uses_of(text, row))


def test_a_capitalised_speaker_after_the_speaks() -> None:
    text = ('"Ugh!" said the Lory, with a shiver. "Did you speak?" "Not I!" said the Lory hastily. '
            'Alice sat by the Lory.')
    form = form_of(text, "Lory")
    uses = uses_of(text, form)
    assert uses.tags == 2
    assert accept(form, kb_known=False, kb_any=False, fast=True, uses=uses)


def test_a_thing_after_the_is_still_no_person() -> None:
    text = "She had read the Moonstone. He put down the Moonstone and left. The Moonstone was gone."
    form = form_of(text, "Moonstone")
    uses = uses_of(text, form)
    assert uses.tags == 0 and not_a_person(form, uses)


def test_a_speaker_who_rises_is_a_person_against_the_tagger() -> None:
    text = ('"He always goes away in the middle," said Tibby. Tibby rose to his feet. Tibby implored them to look. '
            'Margaret laughed at Tibby.')
    form = form_of(text, "Tibby")
    form.other_votes = len(form.spans)  # the tagger read every "Tibby" as an organisation
    uses = uses_of(text, form)
    assert uses.tags == 1 and uses.subjects == 2
    assert accept(form, kb_known=False, kb_any=False, fast=False, uses=uses)
