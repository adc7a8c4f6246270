"""Analyse a fixed sample of the AO3 silver set (scripts/ao3_silver.py) and cache each work's report, for learning
work-level decisions from the authors' tags.

The sample (:func:`sample`): works of MIN_WORDS-MAX_WORDS words, ordered by a seeded hash of their id (so any prefix
is a random sample), keeping those with some usable tag (a rating other than Not Rated, or archive warnings other than
"Choose Not To Use"); every work carrying one of the three text-judged archive warnings (Graphic Depictions Of
Violence, Major Character Death, Rape/Non-Con) comes first, as those are rare. Each report is ``ficlens.analyze``'s
full profile, written to ``REPORTS/<id>.json``; a work already there is skipped, so runs resume.

Run: PYTHONPATH=src .venv/bin/python scripts/silver_reports.py [--silver /work/ao3-silver] [--reports DIR]
     [--limit N] [--part K/N]
Exits cleanly (0) when the silver set is absent.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from ao3_silver import DEFAULT_OUT, SilverWork, load_silver, seeded_order  # noqa: E402

MIN_WORDS, MAX_WORDS = 1_000, 15_000
SEED = "rsilver"
DEFAULT_REPORTS = Path("/work/silver-rsilver/reports")
LIMIT = 280  # what the shipped models were trained on (~90 CPU-minutes of full analysis on a loaded machine)
NOT_RATED = "Not Rated"
CHOOSE_NOT_TO_USE = "Choose Not To Use Archive Warnings"
TEXT_JUDGED = ("Graphic Depictions Of Violence", "Major Character Death", "Rape/Non-Con")


def usable(work: SilverWork) -> bool:
    """Whether a work's tags can teach anything: a rating, or archive warnings the author chose to use."""
    return work.rating != NOT_RATED or CHOOSE_NOT_TO_USE not in work.archive_warnings


def sample(works: Iterable[SilverWork], limit: int = LIMIT) -> list[SilverWork]:
    """The works analysed: usable, of MIN_WORDS-MAX_WORDS words, those with a text-judged archive warning first,
    then by the seeded hash; the first ``limit``."""
    kept = [w for w in works if MIN_WORDS <= w.words <= MAX_WORDS and usable(w)]
    kept.sort(key=lambda w: (not any(a in TEXT_JUDGED for a in w.archive_warnings), seeded_order(w.id, SEED)))
    return kept[:limit]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--silver", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--reports", type=Path, default=DEFAULT_REPORTS)
    parser.add_argument("--limit", type=int, default=LIMIT)
    parser.add_argument("--part", default="1/1", help="K/N: analyse every N-th work of the sample from the K-th")
    args = parser.parse_args(argv)
    if not (args.silver / "index.jsonl").is_file():
        print(f"silver_reports: {args.silver}/index.jsonl not found (scripts/ao3_silver.py builds it); nothing to do")
        return 0
    import ficlens

    k, n = (int(v) for v in args.part.split("/"))
    args.reports.mkdir(parents=True, exist_ok=True)
    chosen = sample(load_silver(args.silver, with_text=False), args.limit)
    for i, work in enumerate(chosen):
        out = args.reports / f"{work.id}.json"
        if i % n != k - 1 or out.is_file():
            continue
        text = (args.silver / "texts" / f"{work.id}.txt").read_text(encoding="utf-8")
        report = ficlens.analyze(text)
        tmp = out.with_suffix(".tmp")
        tmp.write_text(report.model_dump_json(), encoding="utf-8")
        tmp.replace(out)
        print(f"{i + 1}/{len(chosen)} {work.id} {work.words}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
