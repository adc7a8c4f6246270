"""The fandom knowledge base: canonical character names, pairings and vocabulary per AO3 fandom.

Built by ``scripts/build_kb.py`` from The Pudding's AO3 metadata (58k works) into ``fandom_kb.json.gz``; loaded
lazily once per process with :func:`load_kb`.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, Literal

from ficlens.errors import FiclensError

KB_FILE = "fandom_kb.json.gz"
AliasKind = Literal["full", "alt", "first", "last"]
ALIAS_PRIORITY: dict[str, int] = {"full": 0, "alt": 1, "first": 2, "last": 3}
_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii"}


@dataclass(frozen=True, slots=True)
class KBCharacter:
    name: str
    fandom: str
    works: int
    gender: str | None  # "m", "f" or None (unknown)


@dataclass(frozen=True, slots=True)
class AliasHit:
    character: KBCharacter
    kind: AliasKind


@dataclass(slots=True)
class FandomEntry:
    name: str
    works: int
    characters: dict[str, KBCharacter] = field(default_factory=dict)
    relationships: dict[str, int] = field(default_factory=dict)
    vocab: list[str] = field(default_factory=list)


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


def alias_key(alias: str) -> str:
    return re.sub(r"[\s.]+", " ", alias.replace("’", "'")).strip().lower()


class FandomKB:
    """Lookups over the knowledge base: alias -> characters, pair -> AO3 tag, fandom -> vocabulary."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.total_works: int = int(data.get("works", 0))
        self.fandoms: dict[str, FandomEntry] = {}
        self._aliases: dict[str, list[AliasHit]] = defaultdict(list)
        self._vocab_index: dict[str, list[str]] = defaultdict(list)
        for fname, raw in data.get("fandoms", {}).items():
            entry = FandomEntry(fname, int(raw["works"]), relationships=dict(raw.get("relationships", {})),
                                vocab=list(raw.get("vocab", [])))
            for cname, (works, gender) in raw.get("characters", {}).items():
                char = KBCharacter(cname, fname, int(works), gender)
                entry.characters[cname] = char
                for alias, kind in name_aliases(cname):
                    self._aliases[alias_key(alias)].append(AliasHit(char, kind))
            for word in entry.vocab:
                self._vocab_index[word].append(fname)
            self.fandoms[fname] = entry

    def lookup(self, alias: str, fandoms: set[str] | None = None) -> list[AliasHit]:
        """Characters a name form may refer to (restricted to ``fandoms`` when given), best first."""
        hits = self._aliases.get(alias_key(alias), [])
        if fandoms is not None:
            hits = [h for h in hits if h.character.fandom in fandoms]
        return sorted(hits, key=lambda h: (ALIAS_PRIORITY[h.kind], -h.character.works))

    def is_alias(self, alias: str) -> bool:
        return alias_key(alias) in self._aliases

    def fandoms_with_word(self, word: str) -> list[str]:
        return self._vocab_index.get(word, [])

    def relationship_tags(self, fandom: str, names: list[str], kind: str) -> list[tuple[str, int]]:
        """Known tags of ``fandom`` joining exactly ``names`` with ``kind`` ("/" or "&"), most common first."""
        entry = self.fandoms.get(fandom)
        if entry is None:
            return []
        want = sorted(names)
        sep = "/" if kind == "/" else " & "
        out = [(tag, n) for tag, n in entry.relationships.items()
               if sorted(p.strip() for p in tag.split(sep)) == want and (sep in tag)]
        return sorted(out, key=lambda x: -x[1])

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
