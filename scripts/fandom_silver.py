"""Fandom detection measured on the AO3 silver set (scripts/ao3_silver.py): the authors' Fandom tags as labels.

Run: PYTHONPATH=src .venv/bin/python scripts/fandom_silver.py [--silver /work/ao3-silver]
        [--cache /work/silver-fandomsilver] [--sample 600] [--misses]

AO3 requires a Fandom tag, so the silver set's tags are a large fandom-detection set (crossovers list several).
A fixed sample (works of MIN_WORDS-MAX_WORDS words, the first ``--sample`` by a seeded hash of the id) is read
once by the full spaCy profile; the paragraphs and entities are cached (``CACHE/docs/<id>.pkl``), so the fandom
decision is re-run from the cache with the current code and KB in about a second a hundred works. Scored as
``eval/works_realfic.py`` scores the gold works (:func:`fandom_credited`: a detection in the KB file of a tagged
fandom; strict: :func:`fandom_matches` alone), with the share of works given no fandom and the crossovers; each
miss is given its cause (:func:`miss_cause`):

- ``not in KB``: no tagged fandom has a KB file (nor is an umbrella tag of one);
- ``wrong fandom``: another KB fandom detected, none of the tagged ones;
- ``below threshold``: the tagged KB fandom qualified (enough characters) but its log-ratio fell short;
- ``not qualified``: the tagged KB fandom had named characters but too few to qualify;
- ``no KB names``: the text names none of the tagged KB fandom's characters by a form the KB holds (the file too
  thin for the work, or a work led by original characters).

The silver texts are bodies without notes (the stated-fandom reading of notes cannot fire). Silver labels are the
authors' tags: use the set to choose, and judge on the gold dev works. Exits cleanly when the silver set is absent.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "scripts"), str(ROOT / "eval")]
from ao3_silver import DEFAULT_OUT, SilverWork, load_silver, seeded_sample  # noqa: E402
from works_realfic import fandom_credited, fandom_matches, kb_fandom  # noqa: E402

if TYPE_CHECKING:
    from ficlens.analyse.cast.fandom import TextWords

DEFAULT_CACHE = Path("/work/silver-fandomsilver")
MIN_WORDS = 1_000
MAX_WORDS = 15_000
SEED = "fandom-silver"


def sample(works: Iterable[SilverWork], n: int, min_words: int = MIN_WORDS, max_words: int = MAX_WORDS,
           seed: str = SEED) -> list[SilverWork]:
    """The first ``n`` works of min_words-max_words words (and a Fandom tag) by a seeded hash of the id."""
    return seeded_sample(works, n, seed, lambda w: min_words <= w.words <= max_words and bool(w.fandoms))


@dataclass(slots=True)
class CachedDoc:
    """What the fandom decision needs of a work's full-profile Document."""

    text: str
    paragraphs: list
    entities: list
    chapters: list[tuple[int, int]]
    titles: list[str]


class _Unpickler(pickle.Unpickler):
    """Reads a cached Document whichever module wrote it (the script run as __main__ or imported)."""

    def find_class(self, module: str, name: str) -> object:
        return CachedDoc if name == "CachedDoc" else super().find_class(module, name)


def load_doc(path: Path) -> CachedDoc:
    with path.open("rb") as f:
        doc: CachedDoc = _Unpickler(f).load()
    return doc


def cached_docs(works: list[SilverWork], cache: Path, only_cached: bool = False
                ) -> Iterator[tuple[SilverWork, CachedDoc]]:
    """Each work with its cached Document parts, reading (and caching) those not yet cached (or, with
    ``only_cached``, skipping them)."""
    from ficlens.api import works as read_works
    from ficlens.nlp.document import build_document

    folder = cache / "docs"
    folder.mkdir(parents=True, exist_ok=True)
    for work in works:
        path = folder / f"{work.id}.pkl"
        if path.is_file():
            doc = load_doc(path)
        elif only_cached:
            continue
        else:
            read = next(read_works(work.text))
            built = build_document(read, "full")
            doc = CachedDoc(built.text, built.paragraphs, built.entities,
                            [(c.start, c.end) for c in read.chapters],
                            [t for t in [read.title, *(c.title for c in read.chapters)] if t])
            path.write_bytes(pickle.dumps(doc))
        yield work, doc


def cached_text(key: str, text: str, cache: Path) -> CachedDoc:
    """A plain text's cached Document parts (read by the full profile once)."""
    from ficlens.nlp.document import build_document
    from ficlens.work import Work

    path = cache / "docs" / f"{key}.pkl"
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.is_file():
        return load_doc(path)
    built = build_document(Work(text=text, source="-", format="text"), "full")
    doc = CachedDoc(built.text, built.paragraphs, built.entities, [], [])
    path.write_bytes(pickle.dumps(doc))
    return doc


def sliced(doc: CachedDoc, start: int, length: int) -> CachedDoc:
    """The part of a cached Document from ``start`` (``length`` characters), its entities shifted to the slice
    (as ``eval/fandom_detection.py --novels`` reads a novel in slices; the slice's own NER may differ a little)."""
    from ficlens.nlp.segment import paragraph_spans
    from ficlens.nlp.spans import Entity

    text = doc.text[start:start + length]
    entities = [Entity(e.start - start, e.end - start, e.label, e.text) for e in doc.entities
                if e.start >= start and e.end <= start + len(text)]
    return CachedDoc(text, paragraph_spans(text), entities, [], [])


def novel_docs(shared: Path, cache: Path) -> Iterator[tuple[str, CachedDoc]]:
    """The fandom false-positive checks of ``eval/fandom_detection.py``: the 100 LitBank excerpts and the PDNC
    training novels, whole and in NOVEL_SLICE slices (none of them fan fiction)."""
    from fandom_detection import NOVEL_SLICE
    from speakers_pdnc import HELD_OUT

    for path in sorted((shared / "data" / "litbank" / "entities" / "brat").glob("*.txt")):
        yield f"litbank {path.stem}", cached_text(f"litbank-{path.stem}", path.read_text(encoding="utf-8"), cache)
    for folder in sorted(p for p in (shared / "data" / "pdnc" / "data").glob("*")
                         if (p / "novel_text.txt").is_file() and p.name not in HELD_OUT):
        doc = cached_text(f"pdnc-{folder.name}", (folder / "novel_text.txt").read_text(encoding="utf-8"), cache)
        yield f"pdnc {folder.name} whole", doc
        for at in range(0, len(doc.text), NOVEL_SLICE):
            yield f"pdnc {folder.name} {at // 1000}k", sliced(doc, at, NOVEL_SLICE)


def story_of(doc: CachedDoc) -> tuple[dict[str, int], str]:
    """The name counts and the story text the fandom detector reads (as the cast builder reads them)."""
    from ficlens.analyse.cast.build import story_names

    return story_names(doc.text, doc.paragraphs, doc.entities, doc.chapters, doc.titles)


def detected(doc: CachedDoc) -> list[str]:
    from ficlens.analyse.cast.fandom import score_fandoms

    name_counts, story = story_of(doc)
    return [f for f, _ in score_fandoms(name_counts, _words(story))]


def _words(story: str) -> Callable[[], TextWords]:
    """The story's words, counted when the detector first asks (as the cast builder gives them)."""
    from ficlens.analyse.cast.fandom import TextWords

    return cache(lambda: TextWords(story))


def miss_cause(doc: CachedDoc, gold: list[str], predicted: list[str]) -> str:
    """Why a work's tagged fandom was not detected (see the module doc)."""
    from ficlens.analyse.cast.fandom import THRESHOLD, TextWords, evidence, text_scale

    kb_gold = {k for k in map(kb_fandom, gold) if k is not None}
    if not kb_gold:
        return "not in KB"
    if predicted:
        return "wrong fandom"
    name_counts, story = story_of(doc)
    words = TextWords(story)
    found = evidence(name_counts, words, scale=text_scale(words))
    mine = [found[f] for f in kb_gold if f in found]
    if not mine or max(e.supported for e in mine) == 0:
        return "no KB names"
    best = max(mine, key=lambda e: e.llr)
    if best.qualified and best.llr < THRESHOLD:
        return "below threshold"
    return "not qualified" if not best.qualified else "other"


def check_novels(shared: Path, cache: Path) -> int:
    """Texts of the LitBank and PDNC checks given a fandom (false positives), by the current code and KB."""
    if not (shared / "data" / "litbank").is_dir():
        print(f"no LitBank under {shared}: skipped")
        return 0
    flagged: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for name, doc in novel_docs(shared, cache):
        kind = name.split()[0] + (" whole" if name.endswith("whole") else "")
        total[kind] += 1
        got = detected(doc)
        if got:
            flagged[kind] += 1
            print(f"    {name}: {', '.join(got)}")
    print("false positives: " + ", ".join(f"{k} {flagged[k]}/{n}" for k, n in total.items()))
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--silver", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    ap.add_argument("--sample", type=int, default=600)
    ap.add_argument("--misses", action="store_true", help="one line per missed work, with its cause")
    ap.add_argument("--cached", action="store_true", help="score only the sample's works already cached")
    ap.add_argument("--cache-only", action="store_true", help="read and cache the sample's Documents, no scoring")
    ap.add_argument("--novels", type=Path, nargs="?", const=ROOT.parent / "shared", default=None,
                    help="instead: the LitBank and PDNC false-positive checks from SHARED (cached Documents)")
    args = ap.parse_args(argv)
    if args.novels is not None:
        return check_novels(args.novels, args.cache)
    if not (args.silver / "index.jsonl").is_file():
        print(f"no silver set at {args.silver} (build it with scripts/ao3_silver.py): skipped")
        return 0
    works = sample(load_silver(args.silver), args.sample)
    n_scored = right = strict = none = crossover_tagged = crossover_found = in_kb = right_in_kb = 0
    causes: Counter[str] = Counter()
    missing: Counter[str] = Counter()
    lines: list[str] = []
    for work, doc in cached_docs(works, args.cache, args.cached):
        n_scored += 1
        if args.cache_only:
            continue
        predicted = detected(doc)
        ok = fandom_credited(predicted, work.fandoms)
        right += ok
        strict += any(fandom_matches(p, g) for p in predicted for g in work.fandoms)
        none += not predicted
        crossover_tagged += len(work.fandoms) > 1
        crossover_found += len(predicted) > 1
        known = any(kb_fandom(g) is not None for g in work.fandoms)
        in_kb += known
        right_in_kb += ok and known
        if not ok:
            cause = miss_cause(doc, work.fandoms, predicted)
            causes[cause] += 1
            if cause == "not in KB":
                missing.update(work.fandoms)
            lines.append(f"{work.id} ({work.words}w): {cause} | tagged {work.fandoms} | found {predicted}")
    if args.cache_only:
        print(f"cached {len(works)} works under {args.cache}")
        return 0
    n = n_scored
    print(f"silver sample: {n} works of {MIN_WORDS}-{MAX_WORDS} words (seed {SEED!r})")
    print(f"fandom right: {right}/{n} ({right / n:.3f}); strict {strict}/{n} ({strict / n:.3f})")
    print(f"works with a tagged fandom in the KB: {in_kb}/{n}; right among them {right_in_kb}/{in_kb}"
          f" ({right_in_kb / max(in_kb, 1):.3f})")
    print(f"no fandom detected: {none}/{n}; crossovers tagged {crossover_tagged}, more than one detected"
          f" {crossover_found}")
    print("misses by cause: " + ", ".join(f"{c} {k}" for c, k in causes.most_common()))
    print("tags of works missed with no KB file (2+ works): "
          + ", ".join(f"{t} {k}" for t, k in missing.most_common() if k >= 2))
    if args.misses:
        print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
