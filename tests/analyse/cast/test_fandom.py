"""Fandom KB and fandom detection."""

from __future__ import annotations

from collections import Counter

import pytest

import repo_paths
from ficlens.analyse.cast import cast_of
from ficlens.analyse.cast.fandom import (
    REFERENCE_CHARS,
    THRESHOLD,
    TextWords,
    evidence,
    same_term,
    scaled,
    score_fandoms,
    text_scale,
)
from ficlens.knowledge import load_kb
from ficlens.knowledge.fandom_kb import name_aliases
from ficlens.nlp import build_document
from ficlens.work import Work

FIXTURES = repo_paths.FIXTURES / "fandom"


def test_kb_loads_and_has_aliases() -> None:
    kb = load_kb()
    assert len(kb.fandoms) > 50
    hits = kb.lookup("Stiles")
    assert hits and hits[0].character.name == "Stiles Stilinski"
    assert kb.lookup("stiles stilinski")[0].kind == "full"


def test_name_aliases_split_alias_bar() -> None:
    forms = dict(name_aliases("Kim Taehyung | V"))
    assert forms["Kim Taehyung"] == "full" and forms["V"] == "alt" and forms["Kim"] == "first"


def test_fandom_from_names() -> None:
    ranked = score_fandoms({"Stiles": 20, "Derek": 15, "Scott": 5}, Counter({"werewolf": 3}))
    assert ranked[0][0] == "Teen Wolf (TV)"
    assert 0.5 <= ranked[0][1] < 1.0


def test_main_characters_first_names_are_enough() -> None:
    assert [f for f, _ in score_fandoms({"Harry": 4, "Draco": 3, "Hermione": 2}, Counter())] == [
        "Harry Potter - J. K. Rowling"]
    assert score_fandoms({"Dean": 20, "Sam": 15, "Castiel": 10}, Counter())[0][0] == "Supernatural"


def test_no_fandom_from_one_common_name() -> None:
    assert score_fandoms({"John": 3}, Counter()) == []
    assert score_fandoms({}, Counter()) == []


@pytest.mark.parametrize("names", [
    {"Jo": 19, "Meg": 9, "Beth": 10, "Amy": 9},  # Little Women: two minor Supernatural first names
    {"Amelia": 4, "Minerva": 2, "Jemima": 6},  # Vanity Fair: a minor and a secondary Harry Potter first name
])
def test_minor_characters_common_first_names_are_not_a_fandom(names: dict[str, int]) -> None:
    assert score_fandoms(names, Counter()) == []


def test_minor_characters_weigh_less_than_main_ones() -> None:
    chars = evidence({"Dean": 20, "Castiel": 10, "Jo": 19, "Meg": 9}, Counter())["Supernatural"].characters
    assert chars["Dean Winchester"][0] > 0 and chars["Castiel (Supernatural)"][0] > 0
    assert chars["Jo Harvelle"][0] <= 0 and chars["Meg Masters"][0] <= 0


def test_a_minor_character_is_no_evidence_against_its_fandom() -> None:
    """A fandom's works use a name at least as often as any work does: a minor character's given name ("Katie")
    adds nothing, and never takes away the evidence of the main characters named beside it."""
    main = {"Harry": 70, "Malfoy": 10, "Dumbledore": 8}
    with_minor = evidence({**main, "Katie": 34}, Counter())["Harry Potter - J. K. Rowling"]
    assert with_minor.characters["Katie Bell"][0] == 0.0
    assert with_minor.llr == evidence(main, Counter())["Harry Potter - J. K. Rowling"].llr
    assert score_fandoms({**main, "Katie": 34}, Counter())[0][0] == "Harry Potter - J. K. Rowling"


@pytest.mark.parametrize("names", [{"Harry": 200}, {"Halsey": 12, "Doctor": 2}, {"Curtis": 19, "Tom": 8}])
def test_one_character_by_a_common_given_name_surname_or_one_word_name_is_not_enough(names: dict[str, int]) -> None:
    assert score_fandoms(names, Counter()) == []


def test_a_rare_given_name_that_is_the_texts_main_name_is_enough() -> None:
    """A story's lead named "Stiles" (a given name outside English, of one fandom's character) is that fandom:
    a story about someone else gives its lead such a name by chance far less often than it uses it at all."""
    assert [f for f, _ in score_fandoms({"Stiles": 40, "Mary": 1}, Counter())] == ["Teen Wolf (TV)"]
    assert score_fandoms({"Stiles": 40, "Mary": 30, "Tom": 30}, Counter()) == []  # not the main name


def test_a_name_used_once_is_not_evidence_unless_in_full() -> None:
    assert score_fandoms({"Stiles": 1, "Derek": 1}, Counter()) == []
    assert score_fandoms({"Stiles Stilinski": 1, "Derek Hale": 1}, Counter())[0][0] == "Teen Wolf (TV)"


def test_vocabulary_alone_is_not_a_fandom() -> None:
    assert score_fandoms({}, Counter({"werewolf": 50, "hogwarts": 10, "chakra": 10})) == []


def test_coined_vocabulary_weighs_more_than_common_words_and_is_capped() -> None:
    from ficlens.analyse.cast.fandom import VOCAB_CAP

    names = {"Kakashi": 5, "Iruka": 5}
    without = evidence(names, Counter())["Naruto"].llr
    common = evidence(names, Counter({"hokage": 0, "kunai": 0, "genin": 0, "village": 5}))["Naruto"].llr - without
    coined = evidence(names, Counter({"chakra": 5}))["Naruto"].llr - without
    many = evidence(names, Counter({w: 5 for w in load_kb().fandoms["Naruto"].vocab}))["Naruto"].vocab
    assert common < 1.0 < coined and many == VOCAB_CAP


def test_one_named_character_and_the_fandoms_coined_vocabulary_are_a_fandom() -> None:
    assert [f for f, _ in score_fandoms({"Kakashi": 5}, Counter({"chakra": 3, "hokage": 2}))] == ["Naruto"]
    assert score_fandoms({"Kakashi": 5}, Counter()) == []


def test_one_named_character_beside_two_more_named_by_common_given_names() -> None:
    """A chapter with the Dursleys: "Dudley" and "Vernon" are common given names, no evidence by themselves, but
    two more characters of the fandom named beside its lead are no chance."""
    names = {"Harry": 39, "Potter": 1, "Dudley": 40, "Vernon": 4, "Petunia": 1}
    assert [f for f, _ in score_fandoms(names, Counter())] == ["Harry Potter - J. K. Rowling"]
    assert score_fandoms({"Harry": 39, "Potter": 1, "Dudley": 40}, Counter()) == []


def test_detected_score_is_above_half() -> None:
    ranked = score_fandoms({"Stiles": 20, "Derek": 15}, Counter())
    llr = evidence({"Stiles": 20, "Derek": 15}, Counter())["Teen Wolf (TV)"].llr
    assert llr > THRESHOLD and ranked[0][1] > 0.5


def test_crossover_needs_full_names_of_its_own() -> None:
    only_first = score_fandoms({"Stiles": 20, "Derek": 15, "Sherlock": 10, "John": 6}, Counter())
    assert [f for f, _ in only_first] == ["Teen Wolf (TV)"]
    both = score_fandoms({"Stiles": 20, "Derek": 15, "Stiles Stilinski": 2, "Sherlock": 10, "John": 6,
                          "Sherlock Holmes": 3, "John Watson": 2}, Counter())
    assert {f for f, _ in both} == {"Teen Wolf (TV)", "Sherlock (TV)"}


@pytest.mark.parametrize("profile", ["fast", "full"])
@pytest.mark.parametrize(("fixture", "expected"), [("original.txt", []), ("teen-wolf.txt", ["Teen Wolf (TV)"])])
def test_fandom_from_text(profile: str, fixture: str, expected: list[str]) -> None:
    text = (FIXTURES / fixture).read_text(encoding="utf-8")
    doc = build_document(Work(text=text, source=fixture, format="text"), profile)  # type: ignore[arg-type]
    assert [f for f, _ in cast_of(doc).fandoms] == expected


def test_vocabulary_phrases_are_counted_as_phrases() -> None:
    from ficlens.analyse.cast.fandom import TextWords

    words = TextWords("The Death Eaters came down Diagon Alley. Death was near; the eaters of lotus slept.")
    assert words.get("death eaters") == 1 and words.get("diagon alley") == 1 and words.get("death") == 2
    assert words.get("the empty") == 0
    marks = TextWords("The Death Eaters' masks; S.H.I.E.L.D. agents, shield-bearers and death-eaters-in-waiting.")
    assert marks.get("death eaters") == 1 and marks.get("s.h.i.e.l.d.") == 1 and marks.get("shield") == 0
    assert marks.get("eaters' masks") == 1 and marks.get("eaters mask") == 0 and marks.get("agents, shield") == 1


def test_a_character_named_by_several_forms_once_each_is_named() -> None:
    assert [f for f, _ in score_fandoms({"Tony": 4, "Steve": 1, "Cap": 1, "Rogers": 1}, Counter())] == [
        "Marvel Cinematic Universe"]


def test_one_named_character_and_another_named_once_count_beside_the_fandoms_vocabulary() -> None:
    from ficlens.analyse.cast.fandom import TextWords

    names = {"Sam": 4, "Dean": 1}
    assert score_fandoms(names, Counter()) == []
    impala = TextWords("The Impala ate up the miles, and Sam shifted in the seat. " * 2)
    assert [f for f, _ in score_fandoms(names, impala)] == ["Supernatural"]


def test_a_crossover_of_two_leads_each_named_in_full() -> None:
    names = {"Tony": 43, "Tony Stark": 1, "Bruce": 49, "Bruce Wayne": 3, "Wayne": 1, "Rhodey": 1}
    assert [f for f, _ in score_fandoms(names, Counter())] == ["Marvel Cinematic Universe",
                                                               "Batman - All Media Types"]
    mcu = evidence(names, Counter())["Marvel Cinematic Universe"]
    assert "Bruce Banner" not in mcu.characters  # "Bruce" beside "Bruce Wayne" is Bruce Wayne


DRACO_CHAPTER = """Draco had not slept in three days. The Death Eaters had come to the Manor again, and his mother
had sent him to his room like a child.

He sat on the edge of the bed and looked at his arm. The Dark Mark was still there, of course.

Someone knocked. Draco did not answer, and the door opened anyway.

"Your aunt is asking for you," his mother said. "Please, Draco. Be quick about it."

Draco stood. He thought of Potter, of the way he had looked at him across the Great Hall in sixth year, as if he
could see straight through him. He thought of Hogwarts, and of everything he had lost there, and he went down."""


def test_a_short_chapter_of_a_name_the_tagger_calls_an_organisation_keeps_its_fandom() -> None:
    """The tagger reads every "Draco" as an organisation, and none is a subject the name judge knows ("Draco had",
    "Draco stood."): the name still counts towards the fandom, weighed there with the chapter's vocabulary."""
    doc = build_document(Work(text=DRACO_CHAPTER, source="-", format="text"), "full")  # type: ignore[arg-type]
    assert [f for f, _ in cast_of(doc).fandoms] == ["Harry Potter - J. K. Rowling"]


def test_several_coined_terms_of_one_fandom_name_it_without_its_characters() -> None:
    # a work led by original characters: no KB name, four distinct coined terms of the Valdemar books
    words = Counter({"hawkbrother": 3, "hawkbrothers": 2, "bondbird": 2, "ekele": 1, "firestarting": 1})
    ranked = score_fandoms({"Kaia": 30, "Clara": 12}, words)
    assert [f for f, _ in ranked] == ["Valdemar Series - Mercedes Lackey"] and ranked[0][1] >= 0.5


def test_one_coined_term_or_its_plural_is_no_fandom() -> None:
    assert score_fandoms({"Kaia": 30}, Counter({"hawkbrother": 3, "hawkbrothers": 2})) == []
    assert score_fandoms({"Kaia": 30}, Counter({"hogwarts": 4})) == []


def test_vocabulary_alone_names_no_fandom_when_two_tie() -> None:
    words = Counter({"hawkbrother": 2, "bondbird": 2, "ekele": 2, "jutsu": 2, "shinobi": 2, "kunoichi": 2})
    assert score_fandoms({}, words) == []


def test_a_fandom_found_by_its_characters_is_not_replaced_by_another_fandoms_vocabulary() -> None:
    words = Counter({"hawkbrother": 2, "bondbird": 2, "ekele": 2, "firestarting": 2})
    assert score_fandoms({"Stiles": 20, "Derek": 15, "Scott": 5}, words)[0][0] == "Teen Wolf (TV)"


@pytest.mark.parametrize(("names", "fandom"), [
    ({"Kougami": 12, "Ginoza": 8, "Akane": 5}, "Psycho-Pass"),
    ({"Miles": 15, "Ivan": 6, "Gregor": 4, "Aral": 3}, "Vorkosigan Saga - Lois McMaster Bujold"),
    ({"Quentin": 14, "Eliot": 10, "Margo": 4}, "The Magicians (TV)"),
])
def test_fandoms_of_the_broadened_kb_are_found_by_their_characters(names: dict[str, int], fandom: str) -> None:
    assert score_fandoms(names, Counter())[0][0] == fandom


@pytest.mark.parametrize(("words", "fandom"), [
    ({"riolu": 6, "eevee": 3, "pokemon": 2}, "Pocket Monsters | Pokemon - All Media Types"),
    ({"charr": 5, "sylvari": 3, "asura": 2}, "Guild Wars 2"),
    ({"kaldorei": 4, "zandalari": 2, "darkspear": 2}, "World of Warcraft"),
])
def test_a_game_fandom_led_by_original_characters_is_named_by_its_species_and_races(
        words: dict[str, int], fandom: str) -> None:
    assert [f for f, _ in score_fandoms({"Kaia": 30, "Ren": 12}, Counter(words))] == [fandom]


def test_a_game_worlds_places_count_beside_one_coined_term_that_is_no_place() -> None:
    # "tauren" with three of the game's cities: four terms, one more than terms that are no places need
    words = Counter({"tauren": 3, "orgrimmar": 4, "stormwind": 2, "azeroth": 2})
    assert [f for f, _ in score_fandoms({"Zhara": 30}, words)] == ["World of Warcraft"]


def test_places_alone_or_three_terms_with_places_and_a_term_used_once_are_no_fandom() -> None:
    assert score_fandoms({"Zhara": 30}, Counter({"orgrimmar": 4, "stormwind": 2, "azeroth": 2})) == []
    assert score_fandoms({"Zhara": 30}, Counter({"tauren": 1, "orgrimmar": 4, "stormwind": 2})) == []


def test_a_game_worlds_people_used_repeatedly_in_two_of_its_places_name_it() -> None:
    words = Counter({"tauren": 3, "stormwind": 2, "ironforge": 1})
    assert [f for f, _ in score_fandoms({"Zhara": 30}, words)] == ["World of Warcraft"]


POKEMON_SCENE = """The Riolu sat by the fire with Kaia. Kaia had found the Riolu by the river, a Pokemon alone and
hungry, and had carried it back to Treasure Town.

"Are you cold?" Kaia asked. The Eevee beside her yawned.

The Riolu shook its head. Kaia smiled. Far off, a Lucario watched them from the cliff, and Kaia wondered if the
Riolu knew it. Kaia thought of the Mystery Dungeon, and of the Eevee's burned paw, and said nothing."""


def test_a_species_word_that_describes_a_character_is_the_fandoms_vocabulary_not_a_character() -> None:
    doc = build_document(Work(text=POKEMON_SCENE, source="-", format="text"), "full")  # type: ignore[arg-type]
    cast = cast_of(doc)
    assert [f for f, _ in cast.fandoms] == ["Pocket Monsters | Pokemon - All Media Types"]
    forms = {form for c in cast.clusters for form in c.forms}
    assert "Kaia" in forms and not forms & {"Riolu", "Eevee", "Lucario"}


@pytest.mark.parametrize(("a", "b"), [
    ("kryta", "krytans"), ("mandalore", "mandalorian"), ("krypton", "kryptonite"), ("the death eaters", "death eater"),
    ("valm", "valmese"), ("waterbender", "waterbending"), ("gallifrey", "gallifreyan"),
])
def test_a_terms_plural_adjective_and_agent_forms_are_one_term(a: str, b: str) -> None:
    assert same_term(a, b) and same_term(b, a)


@pytest.mark.parametrize(("a", "b"), [("tauren", "stormwind"), ("genin", "jounin"), ("earthbender", "firebender")])
def test_distinct_terms_are_not_one_term(a: str, b: str) -> None:
    assert not same_term(a, b)


def test_a_term_and_its_other_form_count_once_toward_the_vocabulary_only_rule() -> None:
    # "dreamshare" and "dreamsharing" are one term of Inception: with "PASIV" two terms, no fandom; a third names it
    assert score_fandoms({"Kaia": 30}, Counter({"dreamshare": 2, "dreamsharing": 2, "pasiv": 1})) == []
    words = Counter({"dreamshare": 2, "dreamsharing": 2, "pasiv": 1, "somnacin": 1})
    assert [f for f, _ in score_fandoms({"Kaia": 30}, words)] == ["Inception (2010)"]


def test_two_coined_terms_each_used_twice_name_their_fandom_without_its_characters() -> None:
    # a Mystery Dungeon chapter led by its own Pokemon: the franchise's name and a species, each used repeatedly
    words = Counter({"pokemon": 6, "chespin": 8})
    assert [f for f, _ in score_fandoms({"Kaia": 30}, words)] == ["Pocket Monsters | Pokemon - All Media Types"]


def test_two_terms_name_no_fandom_when_one_is_used_once_or_one_is_a_place() -> None:
    assert score_fandoms({"Kaia": 30}, Counter({"pokemon": 6, "chespin": 1})) == []
    assert score_fandoms({"Zhara": 30}, Counter({"tauren": 3, "stormwind": 2})) == []


def test_a_terms_accented_and_spaced_forms_are_one_term() -> None:
    assert same_term("pokémon", "pokemon") and same_term("poké ball", "pokeball")
    assert same_term("iris message", "iris-message")


def test_a_name_in_capitals_is_read_as_the_same_given_name() -> None:
    """A heading or a shout ("STEPHEN") is the common given name "Stephen", not a rare form that names a fandom."""
    names = {"Sissy": 55, "Tom": 52, "Stephen": 48, "Thomas": 26, "STEPHEN": 1}
    assert score_fandoms(names, Counter()) == []
    assert score_fandoms({"HARRY": 4, "DRACO": 3, "Hermione": 2}, Counter())[0][0] == "Harry Potter - J. K. Rowling"


def _prose(chars: int, extra: str = "") -> TextWords:
    """A text of about ``chars`` characters of plain prose (no fandom's vocabulary), then ``extra``."""
    line = "and then they walked on along the road. "
    return TextWords(line * (chars // len(line)) + extra)


def test_a_novel_length_text_scales_the_rates_it_is_weighed_by() -> None:
    assert text_scale(_prose(20_000)) == 1.0 and text_scale(Counter()) == 1.0
    assert text_scale(_prose(400_000)) == pytest.approx(400_000 / REFERENCE_CHARS, rel=0.01)
    assert scaled(0.05, 1.0) == 0.05 and scaled(0.05, 8.0) == pytest.approx(1 - 0.95 ** 8)


def test_passing_mentions_in_a_novel_length_text_name_no_fandom() -> None:
    names = {"Lancelot": 2, "Guinevere": 2, "Arthur": 3}  # a novel's allusions to the legend
    assert [f for f, _ in score_fandoms(names, _prose(20_000))] == ["Merlin (TV)"]
    assert score_fandoms(names, _prose(200_000)) == []


def test_a_novel_length_text_without_the_fandom_vocabulary_needs_more_than_its_family_names() -> None:
    names = {"Hamilton": 21, "Thomas": 32, "Jack": 8, "Berry": 120, "Fannie": 90, "Kitty": 60, "Skaggs": 40}
    assert [f for f, _ in score_fandoms(names, _prose(20_000))] == ["Hamilton - Miranda"]
    assert score_fandoms(names, _prose(200_000)) == []


def test_the_leads_of_a_long_fan_work_still_name_its_fandom() -> None:
    names = {"Joe": 300, "Nicky": 250, "Andy": 80, "Nile": 40}
    assert [f for f, _ in score_fandoms(names, _prose(400_000))] == ["The Old Guard (Movie 2020)"]
    teen_wolf = {"Stiles": 300, "Derek": 250, "Scott": 80}
    without, with_vocabulary = (score_fandoms(teen_wolf, _prose(400_000, extra))
                                for extra in ("", " the nemeton, the nemeton, beacon hills, beacon hills."))
    assert without and with_vocabulary and with_vocabulary[0][1] > without[0][1]


def test_a_vocabulary_term_counts_with_its_plural() -> None:
    # a Guild Wars chapter led by its own characters: "mesmers" and "elementalists" are the professions' plurals
    words = Counter({"mesmers": 4, "elementalists": 3, "lyssa": 3})
    assert [f for f, _ in score_fandoms({"Kaia": 30}, words)] == ["Guild Wars 2"]


def test_vocabulary_that_names_a_fandom_outweighs_two_given_names_of_another() -> None:
    names = {"Blue": 3, "Noah": 6}  # given names of The Raven Cycle's characters, and of anyone's
    assert [f for f, _ in score_fandoms(names, Counter())] == ["The Raven Cycle - Maggie Stiefvater"]
    words = Counter({"pokemon": 12, "pokedex": 4, "charizard": 8, "charmander": 2})
    assert [f for f, _ in score_fandoms(names, words)] == ["Pocket Monsters | Pokemon - All Media Types"]
    # a fandom found by its characters with strong evidence keeps its place
    assert score_fandoms({"Stiles": 20, "Derek": 15, "Scott": 5}, words)[0][0] == "Teen Wolf (TV)"


def test_specific_tag_names_the_sub_canon_whose_characters_and_terms_the_text_uses() -> None:
    from ficlens.analyse.cast.fandom import specific_tag

    sg1 = {"Jack O'Neill": 12, "Teal'c": 8, "Samantha Carter": 7}
    assert specific_tag("Stargate Atlantis", sg1, {"goa'uld": 5, "sgc": 11}) == "Stargate SG-1"
    sga = {"John Sheppard": 20, "Rodney McKay": 15}
    assert specific_tag("Stargate Atlantis", sga, {"wraith": 3}) == "Stargate Atlantis"
    mixed = {"John Sheppard": 10, "Jack O'Neill": 10}
    assert specific_tag("Stargate Atlantis", mixed, {}) == "Stargate Atlantis"  # no sub-canon carries 2/3
    assert specific_tag("Stargate Atlantis", {"Jack O'Neill": 2}, {}) == "Stargate Atlantis"  # too little
    assert specific_tag("Pocket Monsters | Pokemon - All Media Types", {},
                        {"guild": 4, "reviver seed": 2}) == "Pokemon Mystery Dungeon"
    assert specific_tag("Naruto", {"Uzumaki Naruto": 30}, {}) == "Naruto"  # a fandom without sub-canons
    voyager = {"Kathryn Janeway": 25, "Chakotay": 12, "James T. Kirk": 1}
    assert specific_tag("Star Trek", voyager, {"delta quadrant": 2}) == "Star Trek: Voyager"
    kirk_spock = {"James T. Kirk": 30, "Spock": 28, "Jean-Luc Picard": 3}  # the series' own canon competes
    assert specific_tag("Star Trek", kirk_spock, {}) == "Star Trek"


def test_report_names_the_sub_canon_and_the_cast_keeps_the_kb_fandom() -> None:
    import ficlens

    text = ("Jack O'Neill leaned on the briefing room table. \"Carter, tell me the Goa'uld didn't follow us.\"\n\n"
            "Samantha Carter shook her head. \"Not through the gate, sir. Teal'c checked the SGC logs twice.\"\n\n"
            "Teal'c inclined his head. \"Indeed. No Jaffa came through, O'Neill.\"\n\n"
            "Jack sighed. \"Great. Daniel Jackson is still on Abydos, and Hammond wants a report.\" Carter smiled; "
            "Teal'c said nothing. Jack O'Neill grabbed his cap and went to find Daniel Jackson's notes.\n")
    report = ficlens.analyze(text)
    assert [f.name for f in report.fandoms][:1] == ["Stargate SG-1"]
    assert any(c.name == "Jack O'Neill" for c in report.characters)


@pytest.mark.parametrize(("text", "fandom"), [
    ("Amanda King set the grocery bags down. \"Lee, you can't just climb in through my kitchen window.\"\n\n"
     "Lee Stetson grinned. \"Billy needs you at the Agency, Amanda. Francine is already there.\"\n\n"
     "\"Billy Melrose can wait until the boys are at school,\" Amanda said. Lee sighed; Francine Desmond would "
     "never let him forget it, and Billy would ask why Amanda was late again.\n", "Scarecrow and Mrs. King"),
    ("Magenta polished the banister while Riff Raff muttered at the stairs. \"The master will want his guests,\" "
     "he hissed.\n\nColumbia tap-danced down the hall. \"Frank is in a mood,\" she sang.\n\n\"When is Frank not "
     "in a mood?\" Magenta said. Riff Raff only laughed, and Columbia laughed with him, and somewhere above them "
     "Frank N. Furter called for Magenta.\n", "Rocky Horror Picture Show (1975)"),
])
def test_small_fandoms_of_the_real_works_are_detected(text: str, fandom: str) -> None:
    doc = build_document(Work(text=text, source="-", format="text"), "fast")
    assert [f for f, _ in cast_of(doc).fandoms][:1] == [fandom]


def test_a_fandoms_names_passing_among_a_texts_other_names_are_no_fandom_without_its_vocabulary() -> None:
    """An Austen pastiche: "Jane", "Kitty" and "Anne" (Six's queens) twice or so each among "Elizabeth",
    "Charlotte" and "Darcy" many times are chance; the same names leading a text, or beside the fandom's own
    words, are its fandom."""
    queens = {"Jane": 2, "Kitty": 2, "Anne": 5}
    assert [f for f, _ in score_fandoms(queens, Counter())] == ["Six - Marlow/Moss"]
    austen = {**queens, "Elizabeth": 54, "Charlotte": 29, "Darcy": 13, "Maria": 7}
    assert "Six - Marlow/Moss" not in [f for f, _ in score_fandoms(austen, Counter())]
    assert evidence(austen, Counter())["Six - Marlow/Moss"].share < 0.1


def test_a_book_and_its_show_that_the_names_cannot_tell_apart_are_both_reported() -> None:
    """Robb, Theon and Jon are the same people in "A Song of Ice and Fire" and "Game of Thrones (TV)" (the files
    share their character tags): both are reported, as AO3's authors most often tag them."""
    names = {"Robb": 72, "Theon": 66, "Jon": 2, "Snow": 1, "Ned Stark": 1, "Jon Snow": 1}
    assert {f for f, _ in score_fandoms(names, Counter())} == {"Game of Thrones (TV)",
                                                                "A Song of Ice and Fire - George R. R. Martin"}


def test_no_sibling_of_a_fandom_is_reported_where_none_is_detected() -> None:
    assert score_fandoms({"Robb": 3}, Counter()) == []
