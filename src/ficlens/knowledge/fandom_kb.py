"""The fandom knowledge base: canonical character names, pairings and vocabulary per AO3 fandom.

Built by ``scripts/build_kb.py`` from the reviewed fandom files (data/fandoms/*.toml: AO3 tags, aliases, epithets,
vocabulary, places, groups) and The Pudding's AO3 metadata (58k works: work counts, and the fandoms without a file)
into ``fandom_kb.json.gz``; loaded lazily once per process with :func:`load_kb`.

Name forms: a character from a file is found by its tag (without AO3's disambiguator), its "| alias" parts and the
file's aliases (kind "full" for several words; a single word is "first" or "last" by its place in the character's
multi-word aliases, else "alt"); its nicknames and epithets ("Sourwolf", "the Boy Who Lived", also without "the"
and hyphenated, kind "epithet") are
looked up only within given fandoms, once the fandom is known. A character from the metadata alone is found by the
forms :func:`name_aliases` derives from its tag.
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, Literal, NamedTuple

from ficlens.errors import FiclensError

KB_FILE = "fandom_kb.json.gz"
AliasKind = Literal["full", "alt", "first", "last", "epithet"]
ALIAS_PRIORITY: dict[str, int] = {"full": 0, "alt": 1, "first": 2, "last": 3, "epithet": 4}
KIND_CODES: dict[str, str] = {"full": "u", "alt": "a", "first": "f", "last": "l", "epithet": "e"}
_KINDS: dict[str, AliasKind] = {"u": "full", "a": "alt", "f": "first", "l": "last", "e": "epithet"}
_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii"}


class KBCharacter(NamedTuple):  # a tuple: built ~6k times per load, where a frozen dataclass cost 45 ms
    name: str
    fandom: str
    works: int
    gender: str | None  # "m", "f" or None (unknown)
    aliases: tuple[str, ...] = ()  # the names texts use (reviewed files only; else derived from the tag)
    epithets: tuple[str, ...] = ()  # nicknames and epithets that mean this one character


class AliasHit(NamedTuple):  # a tuple: built ~16k times per load
    character: KBCharacter
    kind: AliasKind


class Canon(NamedTuple):
    """A more specific AO3 tag within a file's fandom ("Stargate SG-1" in the Stargate file, "Pokemon Mystery
    Dungeon" in Pokemon's) and what marks a work of it: its own characters' tags and vocabulary (lower-cased)."""

    tag: str
    characters: frozenset[str]
    vocab: tuple[str, ...]


@dataclass(slots=True)
class FandomEntry:
    name: str
    works: int
    characters: dict[str, KBCharacter] = field(default_factory=dict)
    relationships: dict[str, int] = field(default_factory=dict)
    canon: frozenset[str] = frozenset()  # romantic tags of couples that are together in canon
    vocab: list[str] = field(default_factory=list)
    places: frozenset[str] = frozenset()  # alias_key forms: never characters
    groups: frozenset[str] = frozenset()
    canons: tuple[Canon, ...] = ()  # the file's sub-canons (see Canon), none for most fandoms


def name_aliases(name: str) -> list[tuple[str, AliasKind]]:
    """The forms a canonical name may take in a text: full name, "| alias" parts, first name, surname."""
    parts = [p.strip() for p in name.split(" | ") if p.strip()]
    out: list[tuple[str, AliasKind]] = [(parts[0], "full")]
    out.extend((p, "alt") for p in parts[1:])
    toks = [t for t in parts[0].split() if t.lower() not in _SUFFIXES]
    if len(toks) >= 2:
        out.append((toks[0], "first"))
        out.append((toks[-1], "last"))
        if len(toks) > 2:
            out.append((f"{toks[0]} {toks[-1]}", "full"))
    return out


def file_aliases(char: KBCharacter) -> list[tuple[str, AliasKind]]:
    """The forms of a character from a reviewed file: tag, "| alias" parts, aliases (see the module doc)."""
    parts = [p.strip() for p in char.name.split(" | ") if p.strip()]
    out: list[tuple[str, AliasKind]] = [(parts[0], "full"), *((p, "alt") for p in parts[1:])]
    multi = [a.split() for a in char.aliases if " " in a and not a[0].islower() and "." not in a]
    tag = QUALIFIER.sub("", parts[0]).split()
    firsts, lasts = {t[0] for t in multi}, {t[-1] for t in multi}
    for alias in char.aliases:
        kind: AliasKind = ("full" if " " in alias else "first" if alias in firsts else "last" if alias in lasts
                           else "first" if alias == tag[0] and len(tag) > 1 else "last" if alias == tag[-1]
                           and len(tag) > 1 else "alt")
        out.append((alias, kind))
    for epithet in char.epithets:
        bare = epithet[4:] if epithet.lower().startswith("the ") else epithet
        out.extend([(epithet, "epithet"), (bare, "epithet"), (bare.replace(" ", "-"), "epithet")])  # Boy-Who-Lived
    return out


# AO3's disambiguator ending a tag: "Crowley (Good Omens)"; (?<!\s): a run of spaces is tried once, not once per space
QUALIFIER = re.compile(r"(?<!\s)\s*\([^()]*\)\s*$")


def bare_name(tag: str) -> str:
    """A character tag without AO3's disambiguator, as relationship tags write it: "Merlin (Merlin)" -> "Merlin"."""
    return QUALIFIER.sub("", tag.strip())


def full_names(character: KBCharacter) -> tuple[str, ...]:
    """A character's tag without its other names after " | " and without AO3's disambiguator, then its aliases: the
    forms whose words are its given name and surname ("Merlin", "Stiles Stilinski", "Noah Stilinski")."""
    return (bare_name(character.name.split(" | ")[0]), *character.aliases)


def fold_marks(text: str) -> str:
    """``text`` without its combining marks ("Danzō" -> "Danzo", "Nicolò" -> "Nicolo"); ASCII text as it is."""
    if text.isascii():
        return text
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def alias_key(alias: str) -> str:
    """The lookup key of a name form: lower case, dots and runs of spaces as one space, curly apostrophes straight,
    accents and macrons dropped ("Kankurō" is looked up as "kankuro")."""
    return " ".join(fold_marks(alias).replace("’", "'").replace(".", " ").split()).lower()


def _keys(raw: dict[str, Any], field_name: str) -> frozenset[str]:
    """The lookup keys of a fandom's places or groups: stored built (``place_keys``) by scripts/build_kb.py, else
    derived from the names."""
    built = raw.get(field_name[:-1] + "_keys")
    return frozenset(built) if built is not None else frozenset(alias_key(n) for n in raw.get(field_name, []))


class FandomKB:
    """Lookups over the knowledge base: alias -> characters, pair -> AO3 tag, fandom -> vocabulary."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.total_works: int = int(data.get("works", 0))
        self.fandoms: dict[str, FandomEntry] = {}
        self.umbrella: dict[str, str] = dict(data.get("umbrella", {}))  # other fandom tag -> the KB's fandom
        self._aliases: dict[str, list[AliasHit]] = defaultdict(list)
        self._vocab_index: dict[str, list[str]] = defaultdict(list)
        self._not_persons: dict[str, set[str]] = defaultdict(set)  # place or group form -> fandoms
        aliases = self._aliases
        for fname, raw in data.get("fandoms", {}).items():
            entry = FandomEntry(fname, int(raw["works"]), relationships=dict(raw.get("relationships", {})),
                                canon=frozenset(raw.get("canon", ())),
                                vocab=[w.lower() for w in raw.get("vocab", [])],
                                places=_keys(raw, "places"), groups=_keys(raw, "groups"),
                                canons=tuple(Canon(tag, frozenset(chars), tuple(vocab))
                                             for tag, chars, vocab in raw.get("canons", ())))
            for cname, value in raw.get("characters", {}).items():
                if len(value) > 4:  # a file character with its lookup forms built in: "fnaruto", "ldobe"...
                    char = KBCharacter(cname, fname, int(value[0]), value[1], tuple(value[2]), tuple(value[3]))
                    for code in value[4]:
                        aliases[code[1:]].append(AliasHit(char, _KINDS[code[0]]))
                    entry.characters[cname] = char
                    continue
                char = KBCharacter(cname, fname, int(value[0]), value[1])  # from the metadata alone: [works, gender]
                entry.characters[cname] = char
                seen: set[str] = set()
                for alias, kind in name_aliases(cname):
                    key = alias_key(alias)
                    if key not in seen:
                        seen.add(key)
                        aliases[key].append(AliasHit(char, kind))
            for word in entry.vocab:
                self._vocab_index[word].append(fname)
            for key in entry.places | entry.groups:
                self._not_persons[key].add(fname)
            self.fandoms[fname] = entry

    def lookup(self, alias: str, fandoms: set[str] | None = None) -> list[AliasHit]:
        """Characters a name form may refer to, best first: restricted to ``fandoms`` when given, else of any
        fandom but not by an epithet (a nickname or epithet names a character only where its fandom is known)."""
        hits = self._aliases.get(alias_key(alias), [])
        if fandoms is not None:
            hits = [h for h in hits if h.character.fandom in fandoms]
        else:
            hits = [h for h in hits if h.kind != "epithet"]
        return sorted(hits, key=lambda h: (ALIAS_PRIORITY[h.kind], -h.character.works))

    def is_alias(self, alias: str) -> bool:
        """Whether the form is a name (not only an epithet) of some KB character."""
        return any(h.kind != "epithet" for h in self._aliases.get(alias_key(alias), ()))

    def by_surname(self, surname: str, fandoms: set[str]) -> list[KBCharacter]:
        """Characters of ``fandoms`` whose tag or a multi-word alias ends with ``surname`` ("Stilinski": Stiles and
        "Sheriff Stilinski" of alias "Noah Stilinski"), most works first."""
        out = [c for f in fandoms if f in self.fandoms for c in self.fandoms[f].characters.values()
               if any(len(n.split()) > 1 and n.split()[-1] == surname for n in full_names(c))]
        return sorted(out, key=lambda c: -c.works)

    def canonical_fandom(self, tag: str) -> str | None:
        """The KB's fandom for an AO3 fandom tag: itself, or the fandom whose umbrella holds it."""
        return tag if tag in self.fandoms else self.umbrella.get(tag)

    def place_or_group(self, form: str, fandoms: set[str] | None = None) -> bool:
        """Whether the form is a place or a group (team, house, species) of one of ``fandoms`` (of any fandom when
        None): "Coruscant", "Jedi", "ANBU". Never a character of those fandoms."""
        owners = self._not_persons.get(alias_key(form), set())
        return bool(owners) and (fandoms is None or bool(owners & fandoms))

    def term(self, form: str, fandoms: set[str]) -> bool:
        """Whether the form is a vocabulary word of one of ``fandoms`` ("Hokage", "Sharingan"): not a name there."""
        return any(f in fandoms for f in self._vocab_index.get(alias_key(form), ()))

    def fandoms_with_word(self, word: str) -> list[str]:
        return self._vocab_index.get(word, [])

    def relationship_tags(self, fandom: str, names: list[str], kind: str) -> list[tuple[str, int]]:
        """Known tags of ``fandom`` joining exactly ``names`` with ``kind`` ("/" or "&"), most common first."""
        entry = self.fandoms.get(fandom)
        if entry is None:
            return []
        want = sorted(bare_name(n) for n in names)
        sep = "/" if kind == "/" else " & "
        out = [(tag, n) for tag, n in entry.relationships.items()
               if sep in tag and sorted(bare_name(p) for p in tag.split(sep)) == want]
        return sorted(out, key=lambda x: -x[1])

    def canon_couple(self, fandom: str, a: str, b: str) -> bool:
        """Whether the two are a couple in the fandom's canon (a romantic tag of theirs the fandom file marks)."""
        entry = self.fandoms.get(fandom)
        return entry is not None and any(tag in entry.canon for tag, _ in self.relationship_tags(fandom, [a, b], "/"))

    def pair_works(self, fandom: str, a: str, b: str) -> tuple[int, int]:
        """(romantic, platonic) works count of the pair in the fandom's relationship tags."""
        rom = sum(n for _, n in self.relationship_tags(fandom, [a, b], "/"))
        pla = sum(n for _, n in self.relationship_tags(fandom, [a, b], "&"))
        return rom, pla


@lru_cache(maxsize=1)
def load_kb() -> FandomKB:
    """The shipped knowledge base, read once per process."""
    try:
        raw = resources.files("ficlens.knowledge").joinpath(KB_FILE).read_bytes()
    except (FileNotFoundError, OSError) as exc:  # pragma: no cover - only in a broken install
        raise FiclensError(f"the fandom knowledge base {KB_FILE} is missing: run scripts/build_kb.py") from exc
    return FandomKB(json.loads(gzip.decompress(raw).decode("utf-8")))
