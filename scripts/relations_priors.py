"""Relationships of the real-works set with the knowledge base's pairing priors on and off.

The knowledge base knows the canon couples and the fans' popular pairings of its fandoms; a work from a fandom it
lacks, or a rare pair, gets no prior. This script scores the relationships of one split both ways: "priors on" is
what ``ficlens analyze`` reports; "priors off" patches ``relations._pair_works`` (no KB works for any pair) and
``relations._canon_couple`` (no canon couple), so every decision rests on the text alone. The tag order still comes
from the KB (:func:`ficlens.analyse.relations.ao3_tag`): that is naming, not choosing.

Each work's analysis (every stage) is pickled under --cache (default /tmp/ficlens-rels-cache) keyed by the text's
sha256 and the source of everything the relations stage does not own, so reruns after a change to
analyse/relations.py only rerun the relations and consent stages. Pass --no-cache to analyse afresh.

``--learned`` decides with the shipped learned pair scorer (:mod:`ficlens.analyse.pair_scorer`) instead of the hand
rules, whether or not it is on by default (fitted on the dev works: in-sample there; scripts/train_pair_scorer.py
measures it out of fold).

Run: PYTHONPATH=src .venv/bin/python scripts/relations_priors.py [--split dev] [--per-work] [--no-cache] [--learned]
(dev only while tuning: never --split test.)
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import pickle
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

import works_realfic as wr  # noqa: E402

from ficlens.analyse import pair_scorer, relations  # noqa: E402
from ficlens.analyse.analysis import Analysis  # noqa: E402
from ficlens.analyse.pipeline import stages_for  # noqa: E402
from ficlens.api import works  # noqa: E402
from ficlens.nlp.document import build_document  # noqa: E402
from ficlens.report import Report  # noqa: E402

OWN_STAGES = ("relations", "consent", "category", "summary")  # rerun from the cache each time


@contextlib.contextmanager
def no_priors() -> Iterator[None]:
    """Within the block, the relations analyser sees no KB pair works and no canon couple."""
    saved = relations._pair_works, relations._canon_couple
    setattr(relations, "_pair_works", lambda a, b, fandoms: [])  # noqa: B010
    setattr(relations, "_canon_couple", lambda a, b, fandoms: False)  # noqa: B010
    try:
        yield
    finally:
        relations._pair_works, relations._canon_couple = saved


def _code_key() -> str:
    """A hash of the package sources other than the relations modules (a change there invalidates the cache)."""
    h = hashlib.sha256()
    for path in sorted((ROOT / "src" / "ficlens").rglob("*.py")):
        if path.name not in ("relations.py", "relation_groups.py", "pair_scorer.py", "category.py", "summary.py"):
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


def analysed(text: str, cache: Path | None, key: str) -> Analysis:
    """The work's analysis with every stage up to the relations' own stages run (from the cache when there)."""
    path = cache / f"{hashlib.sha256(text.encode()).hexdigest()[:20]}-{key}.pkl" if cache else None
    if path is not None and path.is_file():
        loaded: Analysis = pickle.loads(path.read_bytes())
        return loaded
    work = next(works(text))
    doc = build_document(work, "full")
    analysis = Analysis(doc, Report.for_work(doc.work, mode=doc.profile))
    for stage in stages_for(False):
        if stage.name not in OWN_STAGES:
            stage.run(analysis)
    if path is not None:
        with contextlib.suppress(pickle.PicklingError, TypeError, AttributeError, RecursionError):
            path.write_bytes(pickle.dumps(analysis))
    return analysis


def relationships(analysis: Analysis) -> list[tuple[str, str]]:
    """The work's relationships (tag, kind) from the cached analysis."""
    relations.run(analysis)
    relations.run_consent(analysis)
    return [(r.tag, r.kind) for r in analysis.report.relationships]


def split_works(split: str, texts: Path) -> Iterator[tuple[dict[str, Any], str, list[str]]]:
    """(row, text, gold relationships) of each real work of ``split`` whose text and labels are found."""
    folders = [texts, wr.WORKS / "texts"]
    for row in (r for r in wr.load_rows() if r.get("split") == split):
        label_path = wr.WORKS / "labels" / f"{row['id']}.json"
        text = wr.text_for(row, folders)
        if text is None or not label_path.is_file():
            continue
        yield row, text, list(json.loads(label_path.read_text(encoding="utf-8")).get("relationships", []))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--texts", type=Path, default=wr.DEFAULT_CACHE)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/ficlens-rels-cache"))
    parser.add_argument("--no-cache", action="store_true")
    parser.add_argument("--per-work", action="store_true", help="each work's gold and predicted relationships")
    parser.add_argument("--learned", action="store_true",
                        help="decide with the shipped pair scorer (models/pair_scorer.json), on by default or not")
    args = parser.parse_args(argv)
    cache = None if args.no_cache else args.cache
    if args.learned and pair_scorer.shipped_scorer() is None:
        print("no pair scorer shipped: run scripts/train_pair_scorer.py --write")
        return 1
    learned = pair_scorer.shipped_scorer() if args.learned else None
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
    key = _code_key()
    totals = {"on": [0, 0, 0], "off": [0, 0, 0]}  # gold found, gold, predicted that name no gold
    for row, text, gold in split_works(args.split, args.texts):
        analysis = analysed(text, cache, key)
        found: dict[str, Any] = {}
        for mode in ("on", "off"):
            with no_priors() if mode == "off" else contextlib.nullcontext(), \
                    pair_scorer.using(learned) if learned else contextlib.nullcontext():
                predicted = relationships(analysis)
            hits = [g for g in gold if wr.relationship_found(g, predicted)]
            totals[mode][0] += len(hits)
            totals[mode][1] += len(gold)
            totals[mode][2] += sum(not any(wr.relationship_found(g, [p]) for g in gold) for p in predicted)
            found[mode] = (predicted, hits)
        if args.per_work and (gold or found["off"][0]):
            print(f"{row['id']}: gold {gold}")
            for mode in ("on", "off"):
                predicted, hits = found[mode]
                print(f"  priors {mode}: {len(hits)}/{len(gold)} | {[f'{t} ({k[0]})' for t, k in predicted]}")
    for mode in ("on", "off"):
        right, total, extra = totals[mode]
        print(f"split {args.split}, KB priors {mode}: relationships found with the right type "
              f"{right}/{total} = {right / total if total else 0:.3f}; predicted naming no gold one: {extra}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
