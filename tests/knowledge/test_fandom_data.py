"""The reviewed fandom knowledge files (data/fandoms/*.toml) pass scripts/check_fandom_data.py, and the checker
catches each kind of mistake it promises to catch."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from script_loader import ROOT, load_script

GOOD = """\
fandom = "Example Fandom"
umbrella = ["Example - All Media Types"]
media = "TV Shows"
vocabulary = ["Exampleton", "widgetcraft"]
places = ["Exampleton"]
groups = ["The Widget Guild"]

[[character]]
tag = "Alice Example"
gender = "f"
aliases = ["Alice"]

[[character]]
tag = "Bob (Example)"
gender = "m"
aliases = ["Bob"]
epithets = ["the Widget King"]

[[relationship]]
tag = "Alice Example/Bob (Example)"

[[relationship]]
tag = "Alice Example & Bob"
"""


@pytest.fixture(scope="module")
def checker() -> ModuleType:
    return load_script("scripts/check_fandom_data.py")


def write(directory: Path, name: str, text: str) -> Path:
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def problems_of(checker: ModuleType, directory: Path) -> list[str]:
    problems, _ = checker.check_directory(directory)
    return problems


def test_committed_fandom_files_pass_the_checker(checker: ModuleType) -> None:
    problems, records = checker.check_directory(ROOT / "data" / "fandoms")
    assert problems == []
    assert len(records) >= 300
    assert sum(len(record.characters) for record in records) >= 5000


def test_committed_files_hold_exact_ao3_tags_for_well_known_fandoms(checker: ModuleType) -> None:
    _, records = checker.check_directory(ROOT / "data" / "fandoms")
    by_fandom = {record.fandom: record for record in records}
    assert "Uzumaki Naruto" in by_fandom["Naruto"].characters
    assert "Crowley (Good Omens)" in by_fandom["Good Omens - Neil Gaiman & Terry Pratchett"].characters
    assert 'James "Bucky" Barnes' in by_fandom["Marvel Cinematic Universe"].characters
    assert "CT-7567 | Rex" in by_fandom["Star Wars - All Media Types"].characters


def test_committed_files_cover_large_fandoms_of_every_medium(checker: ModuleType) -> None:
    _, records = checker.check_directory(ROOT / "data" / "fandoms")
    tags = {tag.casefold() for record in records for tag in [record.fandom, *record.umbrella]}
    for fandom in (
        "Yu-Gi-Oh! - All Media Types",  # anime and manga
        "Dragon Ball",
        "Warriors - Erin Hunter",  # books
        "South Park",  # cartoons
        "Call of Duty (Video Games)",  # games
        "Football RPF",  # sports RPF
        "Super Junior",  # music
        "Supernatural",  # TV
        "Rise of the Guardians (2012)",  # films
        "EPIC: The Musical - Jorge Rivera-Herrans",  # theatre
        "QSMP | Quackity SMP",  # web series
    ):
        assert fandom.casefold() in tags, fandom


def test_committed_files_cover_popular_fandoms_beyond_the_largest(checker: ModuleType) -> None:
    _, records = checker.check_directory(ROOT / "data" / "fandoms")
    assert len(records) >= 580
    by_fandom = {record.fandom: record for record in records}
    expected = {
        "American Horror Story": "Tate Langdon",  # TV
        "Inazuma Eleven": "Endou Mamoru",  # anime and manga
        "TIGER & BUNNY": "Kaburagi T. Kotetsu",
        "Professional Wrestling": "Seth Rollins",  # sports RPF
        "Tokio Hotel": "Bill Kaulitz",  # music
        "Kirby (Video Games)": "King Dedede",  # games
        "Trollhunters: Tales of Arcadia": "Jim Lake Jr.",  # cartoons
        "Rivers of London - Ben Aaronovitch": "Thomas Nightingale",  # books
        "Scream (Movies)": "Sidney Prescott",  # films
        "The Penumbra Podcast": "Juno Steel",  # podcasts
        "The Wandering Inn - pirateaba": "Erin Solstice",  # web serials
        "Girl Genius": "Agatha Heterodyne",  # webcomics
        "Kipo and the Age of Wonderbeasts (Cartoon)": "Kipo Oak",
        "Metroid (Video Games)": "Samus Aran",
        "Scarecrow and Mrs. King": "Lee Stetson",
    }
    for fandom, character in expected.items():
        assert character in by_fandom[fandom].characters, fandom


def test_a_valid_file_has_no_problems(checker: ModuleType, tmp_path: Path) -> None:
    write(tmp_path, "example.toml", GOOD)
    assert problems_of(checker, tmp_path) == []
    assert checker.main([str(tmp_path)]) == 0


def test_missing_vocabulary_is_reported(checker: ModuleType, tmp_path: Path) -> None:
    write(tmp_path, "example.toml", GOOD.replace('vocabulary = ["Exampleton", "widgetcraft"]', "vocabulary = []"))
    assert problems_of(checker, tmp_path) == ["example.toml: 'vocabulary' is empty"]
    assert checker.main([str(tmp_path)]) == 1


def test_unknown_gender_is_reported(checker: ModuleType, tmp_path: Path) -> None:
    write(tmp_path, "example.toml", GOOD.replace('gender = "f"', 'gender = "female"'))
    problems = problems_of(checker, tmp_path)
    assert len(problems) == 1 and "gender 'female'" in problems[0]


def test_wrong_media_and_missing_keys_are_reported(checker: ModuleType, tmp_path: Path) -> None:
    text = GOOD.replace('media = "TV Shows"', 'media = "Television"').replace('groups = ["The Widget Guild"]\n', "")
    write(tmp_path, "example.toml", text)
    problems = problems_of(checker, tmp_path)
    assert any("'media' 'Television'" in problem for problem in problems)
    assert "example.toml: missing key 'groups'" in problems


def test_unreadable_toml_gives_one_line_naming_the_file(checker: ModuleType, tmp_path: Path) -> None:
    write(tmp_path, "broken.toml", 'fandom = "unterminated\n')
    problems = problems_of(checker, tmp_path)
    assert len(problems) == 1 and problems[0].startswith("broken.toml: cannot be read")


def test_relationship_with_an_unknown_character_is_reported(checker: ModuleType, tmp_path: Path) -> None:
    write(tmp_path, "example.toml", GOOD.replace('tag = "Alice Example/Bob (Example)"', 'tag = "Alice Example/Carol"'))
    problems = problems_of(checker, tmp_path)
    assert problems == [
        "example.toml: relationship 'Alice Example/Carol' names 'Carol', not a character tag of this file"
    ]


def test_self_pair_is_reported(checker: ModuleType, tmp_path: Path) -> None:
    text = GOOD.replace('tag = "Alice Example & Bob"', 'tag = "Alice Example & Alice Example"')
    write(tmp_path, "example.toml", text)
    problems = problems_of(checker, tmp_path)
    assert any("pairs a character with itself" in problem for problem in problems)


def test_place_or_vocabulary_word_that_is_a_character_is_reported(checker: ModuleType, tmp_path: Path) -> None:
    text = GOOD.replace('places = ["Exampleton"]', 'places = ["Exampleton", "Bob"]')
    text = text.replace('vocabulary = ["Exampleton", "widgetcraft"]', 'vocabulary = ["Alice Example", "widgetcraft"]')
    write(tmp_path, "example.toml", text)
    problems = problems_of(checker, tmp_path)
    assert "example.toml: 'places' lists 'Bob', which is a character" in problems
    assert "example.toml: 'vocabulary' lists 'Alice Example', which is a character" in problems


def test_character_shared_by_unrelated_fandoms_is_reported(checker: ModuleType, tmp_path: Path) -> None:
    write(tmp_path, "example.toml", GOOD)
    other = GOOD.replace('fandom = "Example Fandom"', 'fandom = "Other Fandom"').replace(
        'umbrella = ["Example - All Media Types"]', "umbrella = []"
    )
    write(tmp_path, "other.toml", other)
    problems = problems_of(checker, tmp_path)
    assert any("character 'Alice Example' is also in example.toml" in problem for problem in problems)


def test_related_fandoms_may_share_characters(checker: ModuleType, tmp_path: Path) -> None:
    write(tmp_path, "example.toml", GOOD)
    other = GOOD.replace('fandom = "Example Fandom"', 'fandom = "Other Fandom"\nrelated = ["Example Fandom"]')
    write(tmp_path, "other.toml", other.replace('umbrella = ["Example - All Media Types"]', "umbrella = []"))
    assert problems_of(checker, tmp_path) == []


def test_fandom_tag_claimed_by_two_files_is_reported(checker: ModuleType, tmp_path: Path) -> None:
    write(tmp_path, "example.toml", GOOD)
    other = GOOD.replace('fandom = "Example Fandom"', 'fandom = "Other Fandom"\nrelated = ["Example Fandom"]')
    write(tmp_path, "other.toml", other)
    problems = problems_of(checker, tmp_path)
    assert problems == ["other.toml: fandom tag 'Example - All Media Types' is also claimed by example.toml"]


def test_summary_counts_fandoms_and_characters(checker: ModuleType, tmp_path: Path) -> None:
    write(tmp_path, "example.toml", GOOD)
    _, records = checker.check_directory(tmp_path)
    assert checker.summary(records).startswith("1 fandoms, 2 characters, 2 relationships, 2 vocabulary words")


def test_separator_inside_a_disambiguator_does_not_split_names(checker: ModuleType) -> None:
    assert checker.relationship_names("Archer/Emiya Shirou (Fate/stay night)") == [
        "Archer",
        "Emiya Shirou (Fate/stay night)",
    ]
    assert checker.relationship_names("Lisa & Saber (Fate/stay night) & Rin") == [
        "Lisa",
        "Saber (Fate/stay night)",
        "Rin",
    ]


def test_canon_is_true_on_a_romantic_tag_only(checker: ModuleType, tmp_path: Path) -> None:
    good = GOOD.replace('tag = "Alice Example/Bob (Example)"\n', 'tag = "Alice Example/Bob (Example)"\ncanon = true\n')
    write(tmp_path, "example.toml", good)
    assert problems_of(checker, tmp_path) == []
    write(tmp_path, "example.toml", good.replace('tag = "Alice Example & Bob"\n',
                                                'tag = "Alice Example & Bob"\ncanon = true\n'))
    assert problems_of(checker, tmp_path) == [
        "example.toml: relationship 'Alice Example & Bob': 'canon' is 'true' on a romantic ('/') tag, or left out"]


def test_files_awaiting_a_second_read_are_listed_in_the_readme() -> None:
    data = ROOT / "data" / "fandoms"
    readme = (data / "README.md").read_text(encoding="utf-8")
    listed = readme[readme.index("## Files awaiting a second read"):]
    waiting = [p.stem for p in sorted(data.glob("*.toml"))
               if p.read_text(encoding="utf-8").startswith("# Needs a second read")]
    assert [name for name in waiting if f"`{name}`" not in listed] == []


def test_species_are_checked_like_vocabulary(checker: ModuleType, tmp_path: Path) -> None:
    text = GOOD.replace('places = ["Exampleton"]', 'species = ["Widgetmouse", "Bob", "widgetcraft", "Widgetmouse"]\n'
                        'places = ["Exampleton"]')
    write(tmp_path, "example.toml", text)
    problems = problems_of(checker, tmp_path)
    assert "example.toml: 'species' lists 'Bob', which is a character" in problems
    assert ("example.toml: 'species' repeats widgetcraft, widgetmouse (listed twice or in 'vocabulary')"
            in problems)
    write(tmp_path, "example.toml", GOOD.replace('places = ["Exampleton"]',
                                                 'species = ["Widgetmouse"]\nplaces = ["Exampleton"]'))
    assert problems_of(checker, tmp_path) == []


CANONS = """
[[canon]]
tag = "Example - All Media Types"
characters = ["Alice Example"]
vocabulary = ["widgetcraft"]

[[canon]]
tag = "Example Fandom"
characters = ["Bob (Example)"]
"""


def test_sub_canons_of_the_fandom_or_its_umbrella_pass(checker: ModuleType, tmp_path: Path) -> None:
    write(tmp_path, "example.toml", GOOD + CANONS)
    assert problems_of(checker, tmp_path) == []


def test_sub_canon_outside_the_file_or_with_unknown_characters_is_reported(checker: ModuleType,
                                                                           tmp_path: Path) -> None:
    text = GOOD + CANONS.replace('tag = "Example Fandom"', 'tag = "Another Fandom"').replace(
        'characters = ["Bob (Example)"]', 'characters = ["Alice Example", "Carol"]')
    write(tmp_path, "example.toml", text)
    problems = problems_of(checker, tmp_path)
    assert any("'Another Fandom' is neither the fandom nor one of its umbrella tags" in p for p in problems)
    assert any("'Carol' is no character tag of the file" in p for p in problems)
    assert any("'Alice Example' is in another canon of the file" in p for p in problems)
