"""scripts/build_kb.py builds the knowledge base from the reviewed fandom files alone (no ../shared), and the loader
reads what the files give: aliases and their kinds, epithets only within a known fandom, places and groups, umbrella
tags, work priors by a character's place in the file."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from ficlens.knowledge.fandom_kb import FandomKB
from script_loader import ROOT, load_script

NARUTO_LIKE = """\
fandom = "Example Shinobi"
umbrella = ["Example Shinobi Shippuden"]
media = "Anime & Manga"
vocabulary = ["chakraflow", "Hiddenleafton"]
places = ["Hiddenleafton"]
groups = ["SHADOWCORPS"]

[[character]]
tag = "Uzumakiya Narutoro"
gender = "m"
aliases = ["Narutoro", "Narutoro Uzumakiya", "Uzumakiya"]
nicknames = ["Dobeko"]
epithets = ["the Seventh Kageboss"]

[[character]]
tag = "Kaytwo (Example Shinobi)"
aliases = ["Kaytwo", "Kay"]

[[relationship]]
tag = "Kaytwo/Uzumakiya Narutoro"
"""


def _build(tmp_path: Path, text: str) -> FandomKB:
    data = tmp_path / "fandoms"
    data.mkdir()
    (data / "example.toml").write_text(text, encoding="utf-8")
    out = tmp_path / "kb.json.gz"
    assert load_script("scripts/build_kb.py").main(
        ["--data", str(data), "--csv", str(tmp_path / "absent.csv.gz"), "--out", str(out)]) == 0
    return FandomKB(json.loads(gzip.decompress(out.read_bytes())))


def test_files_alone_build_a_kb_with_aliases_by_kind(tmp_path: Path) -> None:
    kb = _build(tmp_path, NARUTO_LIKE)
    assert [(h.character.name, h.kind) for h in kb.lookup("Narutoro")] == [("Uzumakiya Narutoro", "first")]
    assert kb.lookup("Uzumakiya")[0].kind == "last"  # the surname of "Narutoro Uzumakiya", not the tag's first word
    assert kb.lookup("Kay")[0].character.name == "Kaytwo (Example Shinobi)"
    assert kb.lookup("Kaytwo")[0].character.gender is None
    assert kb.fandoms["Example Shinobi"].relationships == {"Kaytwo/Uzumakiya Narutoro": 1}


def test_epithets_name_a_character_only_within_a_known_fandom(tmp_path: Path) -> None:
    kb = _build(tmp_path, NARUTO_LIKE)
    assert kb.lookup("Dobeko") == [] and not kb.is_alias("Dobeko")
    fandom = {"Example Shinobi"}
    assert kb.lookup("Dobeko", fandom)[0].character.name == "Uzumakiya Narutoro"
    assert kb.lookup("Seventh Kageboss", fandom)[0].kind == "epithet"  # with or without "the"


def test_places_groups_terms_and_umbrella(tmp_path: Path) -> None:
    kb = _build(tmp_path, NARUTO_LIKE)
    fandom = {"Example Shinobi"}
    assert kb.place_or_group("Hiddenleafton", fandom) and kb.place_or_group("SHADOWCORPS")
    assert not kb.place_or_group("Hiddenleafton", {"Another Fandom"}) and not kb.place_or_group("Kay", fandom)
    assert kb.term("chakraflow", fandom) and not kb.term("Kay", fandom)
    assert kb.canonical_fandom("Example Shinobi Shippuden") == "Example Shinobi"
    assert kb.canonical_fandom("Example Shinobi") == "Example Shinobi" and kb.canonical_fandom("Other") is None


def test_first_listed_characters_weigh_more_without_counts(tmp_path: Path) -> None:
    kb = _build(tmp_path, NARUTO_LIKE)
    chars = kb.fandoms["Example Shinobi"].characters
    assert chars["Uzumakiya Narutoro"].works > chars["Kaytwo (Example Shinobi)"].works > 0


def test_the_repository_files_build_without_shared(tmp_path: Path) -> None:
    out = tmp_path / "kb.json.gz"
    script = load_script("scripts/build_kb.py")
    assert script.main(["--data", str(ROOT / "data" / "fandoms"), "--csv", str(tmp_path / "absent.csv.gz"),
                        "--out", str(out)]) == 0
    kb = FandomKB(json.loads(gzip.decompress(out.read_bytes())))
    assert len(kb.fandoms) >= 300
    assert kb.lookup("Naruto")[0].character.name == "Uzumaki Naruto"
    assert kb.lookup("Kay", {"Star Wars - All Media Types"})[0].character.name == "K-2SO"


def test_a_broken_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="example.toml"):
        _build(tmp_path, "fandom = \n")


def test_a_couple_marked_canon_is_a_canon_couple_in_the_kb(tmp_path: Path) -> None:
    kb = _build(tmp_path, NARUTO_LIKE.replace('tag = "Kaytwo/Uzumakiya Narutoro"\n',
                                              'tag = "Kaytwo/Uzumakiya Narutoro"\ncanon = true\n'))
    assert kb.canon_couple("Example Shinobi", "Uzumakiya Narutoro", "Kaytwo (Example Shinobi)")
    (tmp_path / "plain").mkdir()
    assert not _build(tmp_path / "plain", NARUTO_LIKE).canon_couple(
        "Example Shinobi", "Uzumakiya Narutoro", "Kaytwo (Example Shinobi)")


def test_a_late_character_of_a_counted_fandom_keeps_a_floor_share() -> None:
    build = load_script("scripts/build_kb.py")
    works = build.file_character({"tag": "Dudley Dursley"}, 80, 10000, {"Harry Potter": 5000})[0]
    assert works >= 10000 * build.COUNTED_MIN_SHARE
    assert build.file_character({"tag": "Dudley Dursley"}, 80, 10000, {"Dudley Dursley": 900})[0] == 900


def test_places_and_groups_load_from_stored_keys_or_names_alike(tmp_path: Path) -> None:
    kb = _build(tmp_path, NARUTO_LIKE)
    raw = json.loads(gzip.decompress((tmp_path / "kb.json.gz").read_bytes()))
    entry = raw["fandoms"]["Example Shinobi"]
    assert entry["place_keys"] == ["hiddenleafton"] and entry["group_keys"] == ["shadowcorps"]
    for key in ("place_keys", "group_keys"):
        del entry[key]
    old = FandomKB(raw).fandoms["Example Shinobi"]
    assert (old.places, old.groups) == (kb.fandoms["Example Shinobi"].places, kb.fandoms["Example Shinobi"].groups)


# ao3-meta tags that are no one fandom: umbrella terms for many (YouTube and K-pop RPF), none at all, or a game whose
# works there are all RPF of the Life series creators (their file is 3rd Life | Last Life SMP Series)
NOT_ONE_FANDOM = {"Video Blogging RPF", "K-pop", "mcyt", "No Fandom", "Real Person Fiction", "Original Work",
                  "Phasmophobia (Video Game)"}


def test_every_ao3_meta_fandom_of_five_works_or_more_has_a_file() -> None:
    import csv
    import io
    from collections import Counter

    from repo_paths import SHARED

    meta = SHARED / "data" / "ao3-meta" / "works.csv.gz"
    if not meta.is_file():
        pytest.skip("../shared/data/ao3-meta not present")
    with io.TextIOWrapper(gzip.open(meta), encoding="utf-8") as fh:
        works = Counter(row["fandom"] for row in csv.DictReader(fh))
    data = load_script("scripts/build_kb.py").read_data_files(ROOT / "data" / "fandoms")
    tags = {t for d in data for t in [d["fandom"], *d.get("umbrella", [])]}
    assert [f for f, n in works.items() if n >= 5 and f not in tags and f not in NOT_ONE_FANDOM] == []


def test_sub_canons_are_built_with_their_characters_and_lower_cased_vocabulary(tmp_path: Path) -> None:
    text = NARUTO_LIKE + """
[[canon]]
tag = "Example Shinobi Shippuden"
characters = ["Kaytwo (Example Shinobi)"]
vocabulary = ["Akatsukiya", "Hiddenleafton"]
"""
    canons = _build(tmp_path, text).fandoms["Example Shinobi"].canons
    assert [(c.tag, c.characters, c.vocab) for c in canons] == [
        ("Example Shinobi Shippuden", frozenset({"Kaytwo (Example Shinobi)"}), ("akatsukiya", "hiddenleafton"))]
    (tmp_path / "plain").mkdir()
    assert _build(tmp_path / "plain", NARUTO_LIKE).fandoms["Example Shinobi"].canons == ()
