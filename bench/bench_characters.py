"""Time the cast, quotes, characters, pairings, fandom and category stages on a ~100k-word work, NLP excluded.

The work is the bundled examples repeated to about 100,000 words. Prints seconds per stage over the already
built Document (the spaCy pass is timed apart). Timings on a shared machine are noisy.

Run: .venv/bin/python bench/bench_characters.py [--words 100000] [--profile full|fast]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    from ficlens.analyse.analysis import Analysis
    from ficlens.analyse.pipeline import stages_for
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
    analysis = Analysis(doc, Report.for_work(work, mode=args.profile))
    timed = ("cast", "quotes", "characters", "relations", "fandom", "category")
    total = 0.0
    print(f"{work.words:,} words, profile {args.profile}; spaCy pass {nlp_s:.1f} s (not counted)")
    for stage in stages_for(args.profile == "fast"):
        if stage.name not in timed:
            continue
        t = time.perf_counter()
        stage.run(analysis)
        dt = time.perf_counter() - t
        total += dt
        print(f"  {stage.name:<11} {dt:6.2f} s")
    report = analysis.report
    print(f"  total       {total:6.2f} s  (characters {len(report.characters)}, quotes {len(report.quotes)}, "
          f"relationships {len(report.relationships)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
