"""Build the fandom knowledge base (src/ficlens/knowledge/fandom_kb.json.gz) from AO3 work metadata.

Input: ../shared/data/ao3-meta/works.csv.gz (The Pudding, MIT): one row per work with its fandom, its (first)
relationship tag, its category (relType) and its freeform tags. Output, per fandom seen in >= MIN_FANDOM_WORKS works:
- ``characters``: canonical name -> [works, gender prior] for names seen in >= MIN_CHARACTER_WORKS works, taken from
  relationship tags (split on "/" and " & ", "Name | Alias" kept whole) and from freeform tags that name characters
  ("A & B Friendship", "Protective A B" when "A B" is a known name);
- ``relationships``: "A/B" or "A & B" tag as AO3 orders it -> works;
- ``vocab``: words of the fandom's freeform tags that are concentrated in that fandom (for detection from the text).

Run: .venv/bin/python scripts/build_kb.py [--csv PATH] [--out PATH]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import math
import re
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CSV = ROOT.parent / "shared" / "data" / "ao3-meta" / "works.csv.gz"
DEFAULT_OUT = ROOT / "src" / "ficlens" / "knowledge" / "fandom_kb.json.gz"

MIN_FANDOM_WORKS = 3
MIN_CHARACTER_WORKS = 2
MIN_RELATIONSHIP_WORKS = 1
VOCAB_PER_FANDOM = 40
MIN_CONCENTRATION = 0.5  # share of a name's / word's works that fall in this fandom

_QUALIFIER = re.compile(r"\s*\((?:[^()]*)\)\s*$")
_REL_WORDS = re.compile(r"\s*(?:-\s*)?(?:Relationship|Friendship|Platonic|Romance|Brotherhood|Sisterhood|Family)s?$",
                        re.IGNORECASE)
_NAME_TOKEN = re.compile(r"^(?:[A-Z][\w'’.\-]*|\w*[A-Z][\w'’.\-]*|de|van|von|d'|al|la|le|del)$")
_WORD = re.compile(r"[a-z][a-z'\-]{2,}")
_GENERIC = {"Original", "Character", "Characters", "Everyone", "Reader", "You", "Other", "Others", "Minor",
            "Background", "Relationship", "Relationships", "Implied", "Past", "Mentioned", "OC", "OFC", "OMC",
            "Various", "Multiple", "Team", "Squad", "Family", "Friends", "Group", "Pack", "Crew", "Band"}


def split_relationship(tag: str) -> tuple[str, list[str]] | None:
    """("/" or "&", names) for a relationship tag, or None when it is not one."""
    tag = _QUALIFIER.sub("", tag.strip())
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


def build(csv_path: Path) -> dict[str, object]:
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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    kb = build(args.csv)
    data = json.dumps(kb, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(args.out, "wb", compresslevel=9, mtime=0) as fh:
        fh.write(data)
    n_chars = sum(len(f["characters"]) for f in kb["fandoms"].values())  # type: ignore[attr-defined]
    print(f"wrote {args.out} ({args.out.stat().st_size / 1024:.0f} KiB): {len(kb['fandoms'])} fandoms, "  # type: ignore[arg-type]
          f"{n_chars} characters")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
