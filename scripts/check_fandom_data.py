"""Validate the reviewed fandom knowledge files in data/fandoms/*.toml (schema in data/fandoms/README.md).

Checks every file: required keys and their types, AO3 media names, gender values, no unknown keys, places, groups
and vocabulary that are not characters, relationship tags whose names are characters of the same file (no
self-pairs), and across files: no fandom or umbrella tag claimed twice, no character tag in two files unless one
names the other in ``related``. Prints one line per problem (file: reason) and a count summary; exits 1 when there
are problems.

Run: .venv/bin/python scripts/check_fandom_data.py [DIR]
"""

from __future__ import annotations

import sys
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DIR = ROOT / "data" / "fandoms"

MEDIA = frozenset(
    {
        "Anime & Manga",
        "Books & Literature",
        "Cartoons & Comics & Graphic Novels",
        "Celebrities & Real People",
        "Movies",
        "Music & Bands",
        "Other Media",
        "Theater",
        "TV Shows",
        "Video Games",
        "Uncategorized Fandoms",
    }
)
GENDERS = frozenset({"m", "f"})
TOP_KEYS = frozenset(
    {"fandom", "umbrella", "media", "related", "vocabulary", "species", "places", "groups", "character", "canon",
     "relationship"}
)
LIST_KEYS = ("umbrella", "vocabulary", "places", "groups")
CANON_KEYS = frozenset({"tag", "characters", "vocabulary"})
CHARACTER_KEYS = frozenset({"tag", "gender", "aliases", "nicknames", "epithets"})
CHARACTER_LISTS = ("aliases", "nicknames", "epithets")
MAX_VOCABULARY = 60
MAX_SPECIES = 1200  # a canon's creature species (Pokemon has about 1,000)


@dataclass
class FandomFile:
    """What the cross-file checks need from one valid-enough file."""

    path: Path
    fandom: str
    umbrella: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    characters: list[str] = field(default_factory=list)
    relationships: int = 0
    vocabulary: int = 0
    media: str = ""


def _is_str_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) and item.strip() for item in value)


def relationship_names(tag: str) -> list[str]:
    """The character tags of a relationship tag: "A/B" is romantic, "A & B" platonic (AO3's two separators).

    A separator inside parentheses belongs to a disambiguator ("Archer/Emiya Shirou (Fate/stay night)").
    """
    outside = _outside_parentheses(tag)
    separator = "/" if "/" in outside else " & "
    names: list[str] = []
    start = 0
    index = outside.find(separator)
    while index >= 0:
        names.append(tag[start:index].strip())
        start = index + len(separator)
        index = outside.find(separator, start)
    names.append(tag[start:].strip())
    return names


def _outside_parentheses(tag: str) -> str:
    """``tag`` with every character inside parentheses replaced by a space (same length, same positions)."""
    depth = 0
    kept: list[str] = []
    for char in tag:
        if char == "(":
            depth += 1
        kept.append(" " if depth else char)
        if char == ")" and depth:
            depth -= 1
    return "".join(kept)


def _bare(tag: str) -> str:
    """A character tag without its disambiguator: relationship tags drop it ("Loki (Marvel)" in "Loki/Tony Stark")."""
    return tag[: -len(_disambiguator(tag))] if _disambiguator(tag) else tag


def _disambiguator(tag: str) -> str:
    """AO3 puts one fandom disambiguator after a whole relationship tag: "Adora/Catra (She-Ra)" -> " (She-Ra)"."""
    if not tag.endswith(")") or " (" not in tag:
        return ""
    return tag[tag.rindex(" (") :]


def _check_lists(data: dict[str, Any], problems: list[str]) -> None:
    for key in LIST_KEYS:
        if key not in data:
            problems.append(f"missing key '{key}'")
        elif not _is_str_list(data[key]):
            problems.append(f"'{key}' must be a list of non-empty strings")
    if "related" in data and not _is_str_list(data["related"]):
        problems.append("'related' must be a list of non-empty strings")
    vocabulary = data.get("vocabulary")
    if _is_str_list(vocabulary):
        if not vocabulary:
            problems.append("'vocabulary' is empty")
        if len(vocabulary) > MAX_VOCABULARY:
            problems.append(f"'vocabulary' has {len(vocabulary)} words (at most {MAX_VOCABULARY})")
        repeated = [word for word, n in Counter(w.casefold() for w in vocabulary).items() if n > 1]
        if repeated:
            problems.append(f"'vocabulary' repeats {', '.join(sorted(repeated))}")
    _check_species(data, problems)


def _check_species(data: dict[str, Any], problems: list[str]) -> None:
    """``species`` (optional): a list of names, at most MAX_SPECIES, none repeated or also in ``vocabulary``."""
    species = data.get("species", [])
    if not _is_str_list(species):
        problems.append("'species' must be a list of non-empty strings")
        return
    if len(species) > MAX_SPECIES:
        problems.append(f"'species' has {len(species)} names (at most {MAX_SPECIES})")
    listed = Counter(w.casefold() for w in species)
    vocabulary = data.get("vocabulary", [])
    twice = [w for w, n in listed.items() if n > 1 or (_is_str_list(vocabulary)
                                                       and w in {v.casefold() for v in vocabulary})]
    if twice:
        problems.append(f"'species' repeats {', '.join(sorted(twice))} (listed twice or in 'vocabulary')")


def _check_characters(data: dict[str, Any], problems: list[str]) -> list[str]:
    entries = data.get("character")
    if not isinstance(entries, list) or not entries:
        problems.append("no [[character]] entries")
        return []
    tags: list[str] = []
    for index, entry in enumerate(entries, 1):
        if not isinstance(entry, dict) or not isinstance(entry.get("tag"), str) or not entry["tag"].strip():
            problems.append(f"character #{index} has no 'tag'")
            continue
        tag = entry["tag"]
        tags.append(tag)
        unknown = set(entry) - CHARACTER_KEYS
        if unknown:
            problems.append(f"character '{tag}' has unknown keys {sorted(unknown)}")
        if "gender" in entry and entry["gender"] not in GENDERS:
            problems.append(f"character '{tag}' gender {entry['gender']!r} is not 'm' or 'f' (omit it when neither)")
        for key in CHARACTER_LISTS:
            if key in entry and not _is_str_list(entry[key]):
                problems.append(f"character '{tag}' '{key}' must be a list of non-empty strings")
    for tag, count in Counter(tags).items():
        if count > 1:
            problems.append(f"character '{tag}' appears {count} times")
    return tags


def _check_not_characters(data: dict[str, Any], tags: list[str], problems: list[str]) -> None:
    names = {tag.casefold() for tag in tags}
    for entry in data.get("character", []):
        if isinstance(entry, dict) and _is_str_list(entry.get("aliases", [])):
            names.update(alias.casefold() for alias in entry.get("aliases", []))
    for key in ("places", "groups", "vocabulary", "species"):
        values = data.get(key)
        if _is_str_list(values):
            for value in values:
                if value.casefold() in names:
                    problems.append(f"'{key}' lists '{value}', which is a character")


def _check_relationships(data: dict[str, Any], tags: list[str], problems: list[str]) -> int:
    entries = data.get("relationship", [])
    if not isinstance(entries, list):
        problems.append("'relationship' must be an array of tables")
        return 0
    known = set(tags) | {_bare(tag) for tag in tags}
    seen: set[str] = set()
    for index, entry in enumerate(entries, 1):
        if not isinstance(entry, dict) or not isinstance(entry.get("tag"), str) or not set(entry) <= {"tag", "canon"}:
            problems.append(f"relationship #{index} must hold one string 'tag' (and at most 'canon')")
            continue
        tag = entry["tag"]
        if "canon" in entry and (entry["canon"] is not True or " & " in _outside_parentheses(tag)):
            problems.append(f"relationship '{tag}': 'canon' is 'true' on a romantic ('/') tag, or left out")
        if tag in seen:
            problems.append(f"relationship '{tag}' appears twice")
        seen.add(tag)
        outside = _outside_parentheses(tag)
        if "/" in outside and " & " in outside:
            problems.append(f"relationship '{tag}' mixes '/' and ' & '")
            continue
        names = relationship_names(tag)
        if len(names) < 2:
            problems.append(f"relationship '{tag}' has no '/' or ' & '")
            continue
        if len(set(names)) < len(names):
            problems.append(f"relationship '{tag}' pairs a character with itself")
        suffix = _disambiguator(tag)
        for name in names:
            if not {name, name.removesuffix(suffix), name + suffix} & known:
                problems.append(f"relationship '{tag}' names '{name}', not a character tag of this file")
    return len(seen)


def _check_canons(data: dict[str, Any], tags: list[str], problems: list[str]) -> None:
    """A file's sub-canons (``[[canon]]``: the more specific AO3 tags of its canon, such as "Stargate SG-1" in the
    Stargate file): each tag is the file's fandom or one of its umbrella tags, named once; its characters are the
    file's character tags (each in one sub-canon at most); its vocabulary a non-empty list when there are no
    characters."""
    canons = data.get("canon", [])
    if not isinstance(canons, list) or not all(isinstance(c, dict) for c in canons):
        problems.append("'canon' must be a list of tables")
        return
    own = {data.get("fandom"), *(data.get("umbrella") or [])}
    seen_tags: set[str] = set()
    seen_characters: set[str] = set()
    for canon in canons:
        tag = canon.get("tag")
        unknown = set(canon) - CANON_KEYS
        if unknown:
            problems.append(f"canon {tag!r}: unknown keys {sorted(unknown)}")
        if tag not in own:
            problems.append(f"canon {tag!r} is neither the fandom nor one of its umbrella tags")
        if tag in seen_tags:
            problems.append(f"canon {tag!r} named twice")
        seen_tags.add(tag)
        characters = canon.get("characters", [])
        vocabulary = canon.get("vocabulary", [])
        if not _is_str_list(characters) or not _is_str_list(vocabulary):
            problems.append(f"canon {tag!r}: 'characters' and 'vocabulary' must be lists of non-empty strings")
            continue
        if not characters and not vocabulary:
            problems.append(f"canon {tag!r} names no character and no vocabulary")
        for name in characters:
            if name not in tags:
                problems.append(f"canon {tag!r}: {name!r} is no character tag of the file")
            elif name in seen_characters:
                problems.append(f"canon {tag!r}: {name!r} is in another canon of the file")
            seen_characters.add(name)


def check_file(path: Path) -> tuple[list[str], FandomFile | None]:
    """Problems of one file (reasons without the file name) and what the cross-file checks need."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        return [f"cannot be read: {error}"], None
    problems: list[str] = []
    unknown = set(data) - TOP_KEYS
    if unknown:
        problems.append(f"unknown keys {sorted(unknown)}")
    fandom = data.get("fandom")
    if not isinstance(fandom, str) or not fandom.strip():
        problems.append("missing 'fandom' (AO3's canonical fandom tag)")
        fandom = ""
    media = data.get("media")
    if media not in MEDIA:
        problems.append(f"'media' {media!r} is not one of AO3's media names")
    _check_lists(data, problems)
    tags = _check_characters(data, problems)
    _check_not_characters(data, tags, problems)
    relationships = _check_relationships(data, tags, problems)
    _check_canons(data, tags, problems)
    record = FandomFile(
        path=path,
        fandom=fandom,
        umbrella=list(data.get("umbrella", [])) if _is_str_list(data.get("umbrella")) else [],
        related=list(data.get("related", [])) if _is_str_list(data.get("related")) else [],
        characters=tags,
        relationships=relationships,
        vocabulary=len(data.get("vocabulary", [])) if _is_str_list(data.get("vocabulary")) else 0,
        media=media if isinstance(media, str) else "",
    )
    return problems, record


def check_across(records: list[FandomFile]) -> list[str]:
    """Problems between files: a fandom tag claimed twice, a character tag shared by unrelated fandoms."""
    problems: list[str] = []
    owner: dict[str, Path] = {}
    for record in records:
        for tag in [record.fandom, *record.umbrella]:
            key = tag.casefold()
            if key in owner and owner[key] != record.path:
                problems.append(f"{record.path.name}: fandom tag '{tag}' is also claimed by {owner[key].name}")
            owner.setdefault(key, record.path)
    by_character: dict[str, list[FandomFile]] = {}
    for record in records:
        for tag in record.characters:
            by_character.setdefault(tag, []).append(record)
    for tag, holders in by_character.items():
        for i, first in enumerate(holders):
            for second in holders[i + 1 :]:
                if second.fandom not in first.related and first.fandom not in second.related:
                    problems.append(
                        f"{second.path.name}: character '{tag}' is also in {first.path.name} "
                        "(name one fandom in the other's 'related' if they share characters)"
                    )
    return problems


def check_directory(directory: Path) -> tuple[list[str], list[FandomFile]]:
    """Every problem of every *.toml file under ``directory`` as "file: reason" lines, and the valid records."""
    problems: list[str] = []
    records: list[FandomFile] = []
    paths = sorted(directory.glob("*.toml"))
    if not paths:
        return [f"{directory}: no *.toml fandom files"], []
    for path in paths:
        file_problems, record = check_file(path)
        problems.extend(f"{path.name}: {reason}" for reason in file_problems)
        if record is not None:
            records.append(record)
    problems.extend(check_across(records))
    return problems, records


def summary(records: list[FandomFile]) -> str:
    characters = sum(len(record.characters) for record in records)
    relationships = sum(record.relationships for record in records)
    by_media = Counter(record.media for record in records)
    media = ", ".join(f"{name}: {count}" for name, count in sorted(by_media.items()))
    return (
        f"{len(records)} fandoms, {characters} characters, {relationships} relationships, "
        f"{sum(record.vocabulary for record in records)} vocabulary words ({media})"
    )


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    directory = Path(args[0]) if args else DEFAULT_DIR
    problems, records = check_directory(directory)
    for problem in problems:
        print(problem)
    print(summary(records))
    if problems:
        print(f"{len(problems)} problems")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
