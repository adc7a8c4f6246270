"""Build the fandom knowledge base (src/ficlens/knowledge/fandom_kb.json.gz) from the reviewed fandom files and AO3
work metadata.

Inputs:
- data/fandoms/*.toml (required; schema in data/fandoms/README.md): per fandom its AO3 tag, umbrella tags (mapped to
  it), characters with AO3's exact tags, gender, aliases, nicknames and epithets, relationship tags, vocabulary
  (a file's ``species``, the canon's creature species, are vocabulary too),
  places and groups. A file's fandom keeps exactly the file's characters and relationships.
- ../shared/data/ao3-meta/works.csv.gz (optional: skipped when absent; The Pudding, MIT): one row per work with its
  fandom, its (first) relationship tag, its category (relType) and its freeform tags. It gives work counts (the
  priors of fandoms, characters and relationships, summed over a file's umbrella tags) and, for fandoms without a
  file, their characters, relationships and vocabulary as below.

A file's fandom gets max(its ao3-meta works, NOMINAL_WORKS) works; a file character without an ao3-meta count gets a
share of them by its place in the file (the files list the characters fan works feature most first: RANK_SHARE
decaying by RANK_DECAY per place, at least MIN_SHARE). In a fandom with NOMINAL_WORKS counted works or more, the
counts weigh more: a character gets its ao3-meta count (by tag, or by the tag without its disambiguator as
relationship tags write it) or COUNTED_RANK_WEIGHT of its rank's share, whichever is more; a file tag that differs
from an ao3-meta tag only by accents takes ao3-meta's spelling, AO3's own ("Danny Mahealani" -> "Danny Māhealani").
A file relationship without a count gets 1.

From ao3-meta, per fandom without a file seen in >= MIN_FANDOM_WORKS works:
- ``characters``: canonical name -> [works, gender prior] for names seen in >= MIN_CHARACTER_WORKS works, taken from
  relationship tags (split on "/" and " & ", "Name | Alias" kept whole) and from freeform tags that name characters
  ("A & B Friendship", "Protective A B" when "A B" is a known name);
- ``relationships``: "A/B" or "A & B" tag as AO3 orders it -> works (a file fandom's ``canon`` lists its couples
  that are together in canon, the files' ``canon = true``);
- ``vocab``: words of the fandom's freeform tags that are concentrated in that fandom (for detection from the text).

The artifact also maps every umbrella tag to its fandom (``umbrella``); a file character is stored as [works, gender,
aliases, nicknames and epithets, lookup forms].

Run (with src/ importable): .venv/bin/python scripts/build_kb.py [--data DIR] [--csv PATH] [--out PATH]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import math
import re
import tomllib
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from ficlens.knowledge.fandom_kb import KIND_CODES, QUALIFIER, KBCharacter, alias_key, file_aliases

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CSV = ROOT.parent / "shared" / "data" / "ao3-meta" / "works.csv.gz"
DEFAULT_DATA = ROOT / "data" / "fandoms"
DEFAULT_OUT = ROOT / "src" / "ficlens" / "knowledge" / "fandom_kb.json.gz"

MIN_FANDOM_WORKS = 3
MIN_CHARACTER_WORKS = 2
MIN_RELATIONSHIP_WORKS = 1
VOCAB_PER_FANDOM = 40
MIN_CONCENTRATION = 0.5  # share of a name's / word's works that fall in this fandom
NOMINAL_WORKS = 100  # works of a file's fandom that ao3-meta lacks or barely has
RANK_SHARE = 0.6  # share of its fandom's works that a file's first character is given without a count
RANK_DECAY = 0.85
MIN_SHARE = 0.08
COUNTED_RANK_WEIGHT = 0.5  # in a counted fandom, a file character gets at least this part of its rank's share
COUNTED_MIN_SHARE = 0.02  # ... and at least this share: ao3-meta counts a work's first relationship tag only, so a
# character fans rarely pair (the Dursleys, Fleur Delacour) is counted in far fewer works than feature them

_REL_WORDS = re.compile(r"\s*(?:-\s*)?(?:Relationship|Friendship|Platonic|Romance|Brotherhood|Sisterhood|Family)s?$",
                        re.IGNORECASE)
_NAME_TOKEN = re.compile(r"^(?:[A-Z][\w'’.\-]*|\w*[A-Z][\w'’.\-]*|de|van|von|d'|al|la|le|del)$")
_WORD = re.compile(r"[a-z][a-z'\-]{2,}")
_GENERIC = {"Original", "Character", "Characters", "Everyone", "Reader", "You", "Other", "Others", "Minor",
            "Background", "Relationship", "Relationships", "Implied", "Past", "Mentioned", "OC", "OFC", "OMC",
            "Various", "Multiple", "Team", "Squad", "Family", "Friends", "Group", "Pack", "Crew", "Band"}


def split_relationship(tag: str) -> tuple[str, list[str]] | None:
    """("/" or "&", names) for a relationship tag, or None when it is not one."""
    tag = QUALIFIER.sub("", tag.strip())
    tag = re.sub(r"^(?:Pre|Past|Endgame|Implied|Background|Minor|Eventual|Mentioned)[-\s]+", "", tag, flags=re.I)
    tag = _REL_WORDS.sub("", tag).strip()
    tag = re.sub(r"\s+-\s*$", "", tag)
    if "/" in tag:
        kind, names = "/", tag.split("/")
    elif " & " in tag:
        kind, names = "&", tag.split(" & ")
    else:
        return None
    names = [n.strip() for n in names]
    if len(names) < 2 or any(not n for n in names):
        return None
    return kind, names


def is_name(name: str) -> bool:
    main = name.split(" | ")[0].strip()
    toks = main.split()
    if not 1 <= len(toks) <= 4 or any(t in _GENERIC for t in toks):
        return False
    return all(_NAME_TOKEN.match(t) for t in toks) and any(ch.isupper() for ch in main)


def clean_name(name: str, lower_words: Counter[str], min_word: int = 5) -> str | None:
    """Drop leading/trailing tokens that are ordinary words (seen lower-cased in tags); None if nothing is left."""
    toks = name.split()

    def word(t: str) -> bool:
        return lower_words[t.lower()] >= min_word

    while len(toks) > 2 and word(toks[0]):
        toks = toks[1:]
    while len(toks) > 2 and word(toks[-1]):
        toks = toks[:-1]
    if len(toks) == 2 and any(lower_words[t.lower()] >= 200 for t in toks):
        return None  # "Bottom Derek", "Stilinski Feels": a modifier and a bare name
    if all(word(t) for t in toks):
        return None
    return " ".join(toks)


def _fold_single_names(chars: dict[str, list[object]]) -> None:
    """A one-word name that is the first or last name of a fuller name of the fandom ("John" beside "John
    Watson") is that character: fold its works into the most common such name."""
    full = [n for n in chars if len(n.split(" | ")[0].split()) > 1]
    for name in [n for n in chars if len(n.split(" | ")[0].split()) == 1]:
        token = name.split(" | ")[0]
        owners = [f for f in full if token in (f.split(" | ")[0].split()[0], f.split(" | ")[0].split()[-1])]
        if owners:
            best = max(owners, key=lambda f: int(chars[f][0]))  # type: ignore[call-overload]
            chars[best][0] = int(chars[best][0]) + int(chars[name][0])  # type: ignore[call-overload]
            del chars[name]


def rel_type_genders(rel_type: str, n: int) -> list[str] | None:
    if rel_type == "M/M":
        return ["m"] * n
    if rel_type == "F/F":
        return ["f"] * n
    return None


def build_from_meta(csv_path: Path) -> dict[str, object]:
    """The knowledge base of ao3-meta alone (see the module doc)."""
    with gzip.open(csv_path, "rt", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    fandom_works: Counter[str] = Counter(r["fandom"] for r in rows)
    keep = {f for f, n in fandom_works.items() if n >= MIN_FANDOM_WORKS}

    char_works: dict[str, Counter[str]] = defaultdict(Counter)  # fandom -> name -> works
    name_total: Counter[str] = Counter()
    rel_works: dict[str, Counter[str]] = defaultdict(Counter)
    gender_votes: dict[str, Counter[str]] = defaultdict(Counter)  # name -> m/f votes
    word_works: dict[str, Counter[str]] = defaultdict(Counter)
    word_total: Counter[str] = Counter()
    freeforms_by_fandom: dict[str, list[list[str]]] = defaultdict(list)
    freeform_names: dict[str, list[list[str]]] = defaultdict(list)
    rel_names: dict[str, list[set[str]]] = defaultdict(list)
    lower_words: Counter[str] = Counter()

    for r in rows:
        fandom = r["fandom"]
        names_here: set[str] = set()
        parsed = split_relationship(r["relationship"])
        if parsed and all(is_name(n) for n in parsed[1]):
            kind, names = parsed
            names_here.update(names)
            rel_works[fandom][(" & " if kind == "&" else "/").join(names)] += 1
            if kind == "/" and len(names) == 2:
                genders = rel_type_genders(r["relType"], len(names))
                for n, g in zip(names, genders or [], strict=False):
                    gender_votes[n][g] += 1
        tags = [t.strip() for t in r["tags"].split(",") if t.strip()]
        freeforms_by_fandom[fandom].append(tags)
        for tag in tags:
            parsed = split_relationship(tag)
            if parsed and all(is_name(n) and len(n.split()) >= 2 for n in parsed[1]):
                freeform_names[fandom].append(parsed[1])
        rel_names[fandom].append(names_here)
        words = {w for tag in tags for w in _WORD.findall(tag.lower())}
        for w in words:
            word_works[fandom][w] += 1
            word_total[w] += 1
        lower_words.update(re.findall(r"(?<![\w'])[a-z][a-z'\-]+", r["tags"]))

    # Freeform names: strip modifiers that are ordinary words ("Bottom Derek Hale" -> "Derek Hale").
    for fandom, lists in freeform_names.items():
        for i, names in enumerate(lists):
            cleaned = {c for c in (clean_name(n, lower_words) for n in names) if c}
            rel_names[fandom][min(i, len(rel_names[fandom]) - 1)].update(cleaned)
    for fandom, sets in rel_names.items():
        for names_here in sets:
            for n in names_here:
                char_works[fandom][n] += 1
                name_total[n] += 1

    # Second pass: freeforms that mention a known full name ("Protective Derek Hale") count as a mention.
    for fandom in keep:
        known = [n for n in char_works[fandom] if " " in n]
        if not known:
            continue
        pattern = re.compile(r"\b(" + "|".join(re.escape(n) for n in sorted(known, key=len, reverse=True)) + r")\b")
        extra: Counter[str] = Counter()
        for tags in freeforms_by_fandom[fandom]:
            found = {m for tag in tags for m in pattern.findall(tag)}
            extra.update(found)
        for n, c in extra.items():
            char_works[fandom][n] = max(char_works[fandom][n], c)

    fandoms: dict[str, object] = {}
    for fandom in sorted(keep):
        chars: dict[str, list[object]] = {}
        for name, n in char_works[fandom].most_common():
            if n < MIN_CHARACTER_WORKS or n / max(name_total[name], 1) < 0.05:
                continue
            votes = gender_votes.get(name, Counter())
            m, f = votes["m"], votes["f"]
            gender = "m" if m >= 3 and m >= 4 * f else "f" if f >= 3 and f >= 4 * m else None
            chars[name] = [n, gender]
        _fold_single_names(chars)
        rels = {t: n for t, n in rel_works[fandom].most_common() if n >= MIN_RELATIONSHIP_WORKS
                and all(x.strip() in chars for x in re.split(r"/| & ", t))}
        total = fandom_works[fandom]
        scored = []
        for w, n in word_works[fandom].items():
            conc = n / word_total[w]
            if n >= 3 and conc >= MIN_CONCENTRATION:
                scored.append((n * conc * math.log(len(rows) / word_total[w]), w))
        vocab = [w for _, w in sorted(scored, reverse=True)[:VOCAB_PER_FANDOM]]
        fandoms[fandom] = {"works": total, "characters": chars, "relationships": rels, "vocab": vocab}
    return {"version": 1, "source": "The Pudding AO3 works metadata (MIT), works.csv.gz", "works": len(rows),
            "fandoms": fandoms}


def read_data_files(directory: Path) -> list[dict[str, Any]]:
    """The reviewed fandom files, in file-name order; a file that is not valid TOML stops the build with its name."""
    out = []
    for path in sorted(directory.glob("*.toml")):
        try:
            out.append(tomllib.loads(path.read_text(encoding="utf-8")))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise SystemExit(f"{path}: not a valid fandom file: {exc}") from exc
    return out


def _strip_qualifier(tag: str) -> str:
    """A character tag without AO3's disambiguator: "Crowley (Good Omens)" -> "Crowley"."""
    return QUALIFIER.sub("", tag).strip() or tag


def file_character(entry: dict[str, Any], rank: int, fandom_works: int, counted: dict[str, int]) -> list[object]:
    """[works, gender, aliases, epithets, forms] of a file's character: works from ao3-meta, at least its rank's
    share; forms are its lookup keys, each after a one-letter kind code (fandom_kb.KIND_CODES), so that loading
    the KB need not derive them."""
    tag = entry["tag"]
    share = RANK_SHARE * RANK_DECAY ** rank
    share = max(COUNTED_MIN_SHARE, share * COUNTED_RANK_WEIGHT) if counted else max(MIN_SHARE, share)
    works = max(counted.get(tag, 0), counted.get(_strip_qualifier(tag), 0), round(fandom_works * share), 1)
    aliases = list(dict.fromkeys(a for a in [_strip_qualifier(tag.split(" | ")[0]), *entry.get("aliases", [])]
                                 if a != tag.split(" | ")[0]))
    epithets = list(dict.fromkeys([*entry.get("nicknames", []), *entry.get("epithets", [])]))
    char = KBCharacter(tag, "", works, entry.get("gender"), tuple(aliases), tuple(epithets))
    forms = list(dict.fromkeys(f"{KIND_CODES[kind]}{alias_key(form)}" for form, kind in file_aliases(char)))
    first = {}  # a key keeps its best kind only (file_aliases lists the best first)
    for code in forms:
        first.setdefault(code[1:], code)
    return [works, entry.get("gender"), aliases, epithets, list(first.values())]


def _folded(tag: str) -> str:
    """A tag without accents: "Danny Māhealani" -> "Danny Mahealani"."""
    return "".join(ch for ch in unicodedata.normalize("NFD", tag) if not unicodedata.combining(ch))


def _respelled(name: str, renamed: dict[str, str]) -> str:
    """A name inside a relationship tag, spelled as its character's tag is (keeping the spaces around it)."""
    core = name.strip()
    return name.replace(core, renamed[core]) if core in renamed else name


def merge(files: list[dict[str, Any]], meta: dict[str, Any] | None) -> dict[str, object]:
    """The knowledge base: each file's fandom (counts summed from the ao3-meta fandoms it names, its own or an
    umbrella tag), then every ao3-meta fandom that no file names."""
    meta_fandoms: dict[str, Any] = dict(meta["fandoms"]) if meta else {}  # type: ignore[arg-type]
    fandoms: dict[str, object] = {}
    umbrella: dict[str, str] = {}
    nominal = 0  # works given to file fandoms beyond their ao3-meta counts
    for data in files:
        name = data["fandom"]
        names = [name, *data.get("umbrella", [])]
        found = [meta_fandoms.pop(n) for n in names if n in meta_fandoms]
        counted = sum(int(m["works"]) for m in found)
        works = max(NOMINAL_WORKS, counted)
        nominal += works - counted
        char_counts: Counter[str] = Counter()
        rel_counts: Counter[str] = Counter()
        for m in found:
            char_counts.update({c: int(v[0]) for c, v in m["characters"].items()})
            rel_counts.update(m["relationships"])
        if counted < NOMINAL_WORKS:
            char_counts.clear()  # too few works to rank the characters: the file's order does
        spelled = {_folded(t): t for t, _ in sorted(char_counts.items(), key=lambda x: x[1])}  # most counted wins
        renamed = {c["tag"]: spelled.get(_folded(c["tag"]), c["tag"]) for c in data.get("character", [])}
        chars = {renamed[c["tag"]]: file_character({**c, "tag": renamed[c["tag"]]}, rank, works, char_counts)
                 for rank, c in enumerate(data.get("character", []))}
        bare = {_strip_qualifier(t): t for t in chars}
        rels: dict[str, int] = {}
        canon: list[str] = []
        for r in data.get("relationship", []):
            tag = re.sub(r"[^/&]+", lambda m, names=renamed: _respelled(m.group(0), names), r["tag"])
            rels[tag] = max(1, rel_counts.get(tag, 0))
            if r.get("canon"):
                canon.append(tag)
        for tag, n in rel_counts.items():  # counted tags joining the file's characters only
            if tag not in rels and all(p.strip() in chars or p.strip() in bare for p in re.split(r"/| & ", tag)):
                rels[tag] = n
        fandoms[name] = {"works": works, "characters": chars, "relationships": rels, "canon": canon,
                         "vocab": [*data.get("vocabulary", []), *data.get("species", [])],
                         "places": list(data.get("places", [])),
                         "groups": list(data.get("groups", [])),
                         "place_keys": sorted({alias_key(p) for p in data.get("places", [])}),  # loading derives none
                         "group_keys": sorted({alias_key(g) for g in data.get("groups", [])}),
                         "canons": [[c["tag"], [renamed.get(t, t) for t in c.get("characters", [])],
                                     [w.lower() for w in c.get("vocabulary", [])]] for c in data.get("canon", [])]}
        umbrella.update({u: name for u in data.get("umbrella", []) if u != name})
    fandoms.update(meta_fandoms)
    total = (int(meta["works"]) if meta else 0) + nominal  # type: ignore[call-overload]
    sources = ["reviewed fandom files data/fandoms/*.toml"]
    if meta:
        sources.append(str(meta["source"]))
    return {"version": 2, "source": "; ".join(sources), "works": total, "umbrella": umbrella,
            "fandoms": dict(sorted(fandoms.items()))}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    files = read_data_files(args.data)
    if not files:
        print(f"{args.data}: no fandom files (*.toml)")
        return 1
    meta = build_from_meta(args.csv) if args.csv.is_file() else None
    if meta is None:
        print(f"{args.csv} not found: the knowledge base is built from the fandom files alone (no work counts)")
    kb = merge(files, meta)
    data = json.dumps(kb, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(args.out, "wb", compresslevel=9, mtime=0) as fh:
        fh.write(data)
    n_chars = sum(len(f["characters"]) for f in kb["fandoms"].values())  # type: ignore[attr-defined]
    print(f"wrote {args.out} ({args.out.stat().st_size / 1024:.0f} KiB): {len(kb['fandoms'])} fandoms "  # type: ignore[arg-type]
          f"({len(files)} from files), {n_chars} characters")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
