"""Time characters + quotes + pairings (+ fandom, category) on a ~100k-word work, NLP excluded.

The work is the bundled examples repeated to about 100,000 words. Prints seconds per analyser over the already
built Document (the spaCy pass is timed apart). Timings on a shared machine are noisy.

Run: .venv/bin/python bench/bench_characters.py [--words 100000] [--profile full|fast]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    from ficlens.analyse import category, relations
    from ficlens.analyse.cast import build as cast_module
    from ficlens.analyse.cast import stages as cast_stages
    from ficlens.analyse.speakers import stage as quotes
    from ficlens.nlp import build_document
    from ficlens.report import Report
    from ficlens.work import Work

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=100_000)
    ap.add_argument("--profile", choices=["full", "fast"], default="full")
    args = ap.parse_args(argv)
    base = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt")))
    reps = max(1, round(args.words / len(base.split())))
    text = "\n\n".join([base] * reps)
    work = Work(text=text, source="bench", format="text")
    t0 = time.perf_counter()
    doc = build_document(work, args.profile)
    nlp_s = time.perf_counter() - t0
    report = Report.for_work(work, mode=args.profile)
    stages = [("characters", cast_stages.characters), ("quotes", quotes.analyse), ("relations", relations.analyse),
              ("fandom", cast_stages.fandom), ("category", category.analyse)]
    if args.profile == "fast":
        stages = [s for s in stages if s[0] in ("characters", "fandom")]
    cast_module._CACHE.clear()
    total = 0.0
    print(f"{work.words:,} words, profile {args.profile}; spaCy pass {nlp_s:.1f} s (not counted)")
    for name, fn in stages:
        t = time.perf_counter()
        fn(doc, report)
        dt = time.perf_counter() - t
        total += dt
        print(f"  {name:<11} {dt:6.2f} s")
    print(f"  total       {total:6.2f} s  (characters {len(report.characters)}, quotes {len(report.quotes)}, "
          f"relationships {len(report.relationships)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
