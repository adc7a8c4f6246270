"""The relations stage on a sample of the AO3 silver set (scripts/ao3_silver.py): its authors' relationship tags
are what ``eval/works_realfic.py`` scores (author-tagged pairs, "/" romantic, " & " platonic), on far more works
than the hand-labelled dev set.

The sample: the silver works of MIN_WORDS-MAX_WORDS words, taken in the order of a seeded hash of their ids (a
fixed random sample; a run stopped early is still one), at most --limit of them. Each work's analysis (every
stage before the relations' own) is pickled under --cache (``relations_priors.analysed``: keyed by the text and the
sources outside the relations modules), so a rerun after a change to the relations modules takes minutes.

Printed: author-tagged relationships found with the right type (``works_realfic.relationship_found``, the eval's
matching) and predicted ones naming no author tag, with the KB priors on and off, by the hand rules and by the
shipped pair scorer (or, with --scorer FILE, another one); and, with --misses, why the two-person tags are missed
(``relations_misses.cause``); with --margins, the scorer again at each margin of its romance from weak cues alone
(``relations.LEARNED_ROMANCE_MARGIN``, chosen here: the highest of the best). Silver labels are the authors' tags:
authors under-tag (a predicted pair the author did not tag is not always false) and tag the series' pairing in a
chapter that does not show it.

Run: PYTHONPATH=src .venv/bin/python scripts/silver_relations.py [--silver /work/ao3-silver] [--limit 600]
     [--cache /work/silver-relsilver/cache] [--analyse-only] [--misses] [--scorer FILE] [--margins M ...]
Skips cleanly (exit 0) when the silver set is absent.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import ao3_silver  # noqa: E402
import relations_priors as rp  # noqa: E402

from ficlens.analyse import pair_scorer, relations  # noqa: E402
from ficlens.analyse.analysis import Analysis  # noqa: E402

wr = rp.wr
MIN_WORDS, MAX_WORDS = 1_000, 12_000
SEED = "relsilver"
DEFAULT_CACHE = Path("/work/silver-relsilver/cache")


def sample(silver: Path, limit: int, seed: str = SEED) -> list[ao3_silver.SilverWork]:
    """The sampled silver works (without their texts), in the order of the seeded hash of their ids."""
    return ao3_silver.seeded_sample(ao3_silver.load_silver(silver, with_text=False), limit, seed,
                                    lambda w: MIN_WORDS <= w.words <= MAX_WORDS)


def analysed_works(silver: Path, limit: int, cache: Path, only_cached: bool = False, log: bool = False,
                   ids: set[str] | None = None) -> Iterator[tuple[ao3_silver.SilverWork, Analysis]]:
    """Each sampled work (those of ``ids`` where given) with its analysis (from the cache where there; with
    ``only_cached``, the cached ones alone)."""
    cache.mkdir(parents=True, exist_ok=True)
    key = rp._code_key()
    for i, work in enumerate(sample(silver, limit)):
        if ids is not None and work.id not in ids:
            continue
        text = (silver / "texts" / f"{work.id}.txt").read_text(encoding="utf-8")
        path = cache / f"{hashlib.sha256(text.encode()).hexdigest()[:20]}-{key}.pkl"
        if only_cached and not path.is_file():
            continue
        if log:
            print(f"{i} {work.id} {work.words}", file=sys.stderr, flush=True)
        yield work, rp.analysed(text, cache, key)


@contextlib.contextmanager
def _margin(margin: float) -> Iterator[None]:
    """Within the block, the learned scorer's romance from weak cues needs ``margin`` (relations._learned_romance)."""
    saved = relations.LEARNED_ROMANCE_MARGIN
    relations.LEARNED_ROMANCE_MARGIN = margin
    try:
        yield
    finally:
        relations.LEARNED_ROMANCE_MARGIN = saved


def score(gold: list[str], predicted: list[tuple[str, str]]) -> tuple[int, int]:
    """Author tags found with the right type, and predicted relationships naming no author tag."""
    found = sum(wr.relationship_found(g, predicted) for g in gold)
    extra = sum(not any(wr.relationship_found(g, [p]) for g in gold) for p in predicted)
    return found, extra


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--silver", type=Path, default=ao3_silver.DEFAULT_OUT)
    parser.add_argument("--limit", type=int, default=600)
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--analyse-only", action="store_true", help="fill the cache, print nothing else")
    parser.add_argument("--cached", action="store_true", help="only the works already analysed")
    parser.add_argument("--misses", action="store_true", help="the causes of the missed two-person tags")
    parser.add_argument("--scorer", type=Path, default=None, help="a pair scorer file instead of the shipped one")
    parser.add_argument("--margins", type=float, nargs="+", default=[],
                        help="also score the scorer at each relations.LEARNED_ROMANCE_MARGIN given (inf: no romance "
                        "from weak cues alone), to choose it on silver")
    args = parser.parse_args(argv)
    if not (args.silver / "index.jsonl").is_file():
        print(f"silver_relations: {args.silver} has no silver set (scripts/ao3_silver.py); nothing to do")
        return 0
    works = analysed_works(args.silver, args.limit, args.cache, args.cached, log=args.analyse_only)
    if args.analyse_only:
        for _ in works:
            pass
        return 0
    import relations_misses as rm

    learned = pair_scorer.load_scorer(args.scorer) if args.scorer else pair_scorer.shipped_scorer()
    deciders: list[tuple[str, pair_scorer.PairScorer | None, float]] = [
        ("rules", None, relations.LEARNED_ROMANCE_MARGIN), ("scorer", learned, relations.LEARNED_ROMANCE_MARGIN)]
    deciders += [(f"margin {m:g}", learned, m) for m in args.margins]
    totals: dict[tuple[str, str], list[int]] = {}
    causes: Counter[str] = Counter()
    n = gold_total = two = 0
    for work, analysis in works:
        gold = work.relationships
        n += 1
        gold_total += len(gold)
        two += sum(len(wr.relationship_parts(g)[0]) == 2 for g in gold)
        for name, scorer, margin in deciders:
            for mode in ("on", "off"):
                with rp.no_priors() if mode == "off" else contextlib.nullcontext(), pair_scorer.using(scorer), \
                        _margin(margin):
                    predicted = rp.relationships(analysis)
                    if args.misses and name == "scorer" and mode == "on":
                        for tag in gold:
                            if len(wr.relationship_parts(tag)[0]) != 2:
                                causes["group, triad or 'Other'"] += 1
                            elif not wr.relationship_found(tag, predicted):
                                why, facts = rm.cause(analysis, tag, predicted)
                                causes[why] += 1
                                print(f"  {work.id} {why}: {tag} | {facts}")
                found, extra = score(gold, predicted)
                t = totals.setdefault((name, mode), [0, 0])
                t[0] += found
                t[1] += extra
    print(f"silver sample: {n} works of {MIN_WORDS}-{MAX_WORDS} words, {gold_total} author-tagged relationships "
          f"({two} of two people)")
    for (name, mode), (found, extra) in totals.items():
        print(f"  {name:<6} priors {mode:<3}: found with the right type {found}/{gold_total} = "
              f"{found / max(gold_total, 1):.3f}; predicted naming no author tag: {extra}")
    if causes:
        print("  misses of the scorer, priors on: " + ", ".join(f"{k} {v}" for k, v in causes.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
