"""``ficlens batch`` throughput on this machine: works/s and words/s for the local engine (and Ray with --ray).

Writes a JSONL corpus of short works to a temporary folder and runs ``run_batch`` over it with 1 worker and with
one worker per CPU, full and --fast. Words/s per core is the figure docs/scale.md's cluster estimate uses.
Model loading in the workers is included (as in a real run); on small corpora it weighs.

Run: .venv/bin/python bench/bench_batch.py [--works 400] [--short-words 1000] [--ray] [--quick]
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

from common import machine_note, print_table, short_texts, source_texts


def main(argv: list[str] | None = None) -> int:
    from ficlens.batch import run_batch

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--works", type=int, default=400)
    ap.add_argument("--short-words", type=int, default=1000)
    ap.add_argument("--ray", action="store_true", help="also run the Ray engine (local Ray instance)")
    ap.add_argument("--quick", action="store_true", help="60 works")
    args = ap.parse_args(argv)
    if args.quick:
        args.works = 60
    cpus = len(os.sched_getaffinity(0))
    _, note = source_texts()
    print(f"bench_batch: {args.works} works of ~{args.short_words} words from {note}")
    print(machine_note())
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "corpus.jsonl"
        with src.open("w", encoding="utf-8") as fh:
            for i, text in enumerate(short_texts(args.works, args.short_words)):
                fh.write(json.dumps({"id": f"w{i}", "text": text}) + "\n")
        engines = [("local", 1), ("local", cpus)] + ([("ray", cpus)] if args.ray else [])
        for profile in ("full", "fast"):
            for engine, workers in engines:
                out = Path(tmp) / f"out-{engine}-{workers}-{profile}.jsonl"
                t0 = time.perf_counter()
                s = run_batch(src, out, engine=engine, workers=workers, profile=profile,  # type: ignore[arg-type]
                              progress=False)
                dt = time.perf_counter() - t0
                n = s.analysed + s.failed
                rows.append([f"{engine} --workers {workers}" + (" --fast" if profile == "fast" else ""), n,
                             s.failed, f"{dt:.1f}", f"{n / dt:.1f}", f"{s.words / dt:,.0f}",
                             f"{s.words / dt / workers:,.0f}"])
    print_table(["run", "works", "failed", "seconds", "works/s", "words/s", "words/s per worker"], rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
