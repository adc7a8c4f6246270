"""Full and fast ``analyze`` speed and peak RSS, against spaCy's small model alone on the same text.

Two workloads: one work of ~100,000 words, and 1,000 short works. For each, in a fresh process per row:
``spacy-sm`` (the stock en_core_web_sm pipeline over the same text with nlp.pipe: the floor of any spaCy-based
tool), ficlens's NLP pass alone (build_document), and the whole ``analyse_work`` pipeline, full and --fast, with
each stage's share of the time. Model loading is excluded from words/s (bench_startup.py measures it) but
included in peak RSS. ``words/CPU-s`` divides by the process's CPU time instead of wall time: on a machine shared
with other jobs it is the steadier figure (it still varies with cache and memory-bus contention).

Run: .venv/bin/python bench/bench_analyze.py [--words 100000] [--works 1000] [--short-words 300] [--quick]
     [--workload long|short] [--system analyze-fast ...]   (only those rows: e.g. the short works, --fast)
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

from common import long_text, machine_note, peak_rss_mb, print_table, run_child, short_texts, source_texts

SYSTEMS = ["spacy-sm", "nlp-full", "analyze-full", "nlp-fast", "analyze-fast"]


def _texts(case: dict[str, Any]) -> list[str]:
    if case["workload"] == "long":
        return [long_text(case["words"])]
    return short_texts(case["works"], case["short_words"])


def measure(case: dict[str, Any]) -> dict[str, Any]:
    """One row, in this (fresh) process."""
    from ficlens.work import Work, count_words

    texts = _texts(case)
    words = sum(count_words(t) for t in texts)
    system = case["system"]
    timings: dict[str, float] = {}
    extra: dict[str, Any] = {}
    if system == "spacy-sm":
        import spacy

        from ficlens.nlp.document import chunk_spans, paragraph_spans
        from ficlens.nlp.loader import MODEL_NAME

        nlp = spacy.load(MODEL_NAME)
        nlp("warm up")
        pieces = [t[c.start : c.end] for t in texts for c in chunk_spans(t, paragraph_spans(t))]
        t0, c0 = time.perf_counter(), time.process_time()
        for _ in nlp.pipe(pieces, batch_size=8):
            pass
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    else:
        from ficlens.analyse import analyse_work
        from ficlens.analyse.warnings.cue_scan import prepare
        from ficlens.nlp import build_document
        from ficlens.nlp.loader import warm_up

        profile = "fast" if system.endswith("fast") else "full"
        warm_up(profile)
        analyse_work(Work(text="Warm up. Derek said hello to Stiles.", source="warm", format="text"), profile)
        prepare()  # the lexicons' pre-filter, built once per process as a batch worker does
        works = [Work(text=t, source=f"w{i}", format="text") for i, t in enumerate(texts)]
        ner_words = 0.0
        t0, c0 = time.perf_counter(), time.process_time()
        for work in works:
            if system.startswith("nlp"):
                doc = build_document(work, profile)
                ner_words += doc.ner_share * work.words
            else:
                analyse_work(work, profile, timings=timings)
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
        if system == "nlp-full":
            extra["ner_share"] = round(ner_words / words, 3)
    return {"words": words, "seconds": seconds, "cpu_seconds": cpu, "rss_mb": peak_rss_mb(), "timings": timings,
            **extra}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=100_000, help="words in the long work")
    ap.add_argument("--works", type=int, default=1000, help="how many short works")
    ap.add_argument("--short-words", type=int, default=300, help="words per short work")
    ap.add_argument("--quick", action="store_true", help="a small run (20,000 words; 100 works) to try the bench")
    ap.add_argument("--workload", choices=["long", "short"], action="append",
                    help="run only this workload (repeatable; default: both)")
    ap.add_argument("--system", choices=SYSTEMS, action="append",
                    help="run only this row (repeatable; default: all; the vs-spaCy ratio needs spacy-sm)")
    ap.add_argument("--one", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.one:
        print(json.dumps(measure(json.loads(args.one))))
        return 0
    if args.quick:
        args.words, args.works = 20_000, 100
    _, note = source_texts()
    print(f"bench_analyze: text from {note}")
    print(machine_note())
    workloads = [("long", f"one work of ~{args.words:,} words"),
                 ("short", f"{args.works:,} works of ~{args.short_words} words")]
    for workload, title in workloads:
        if args.workload and workload not in args.workload:
            continue
        print(f"\n{title}:")
        rows: list[list[Any]] = []
        floor = None
        stage_rows: list[tuple[str, dict[str, float], float]] = []
        for system in SYSTEMS:
            if args.system and system not in args.system:
                continue
            res = run_child("bench_analyze.py", {"workload": workload, "system": system, "words": args.words,
                                                 "works": args.works, "short_words": args.short_words})
            if "error" in res:
                rows.append([system, "-", "-", "-", "-", "-", "-", f"failed: {res['error'][:60]}"])
                continue
            wps = res["words"] / res["seconds"]
            floor = wps if system == "spacy-sm" else floor
            ratio = f"{wps / floor:.1f}x" if floor else "-"
            note_txt = f"NER read {res['ner_share']:.0%} of tokens" if "ner_share" in res else ""
            cpu_wps = res["words"] / res["cpu_seconds"]
            rows.append([system, res["words"], res["seconds"], wps, cpu_wps, res["rss_mb"], ratio, note_txt])
            if res["timings"]:
                stage_rows.append((system, res["timings"], res["seconds"]))
            print(f"  ... {system}: {wps:,.0f} words/s", file=sys.stderr, flush=True)
        print_table(["system", "words", "seconds", "words/s", "words/CPU-s", "peak RSS MB", "vs spaCy", "note"], rows)
        for system, timings, total in stage_rows:
            shares = ", ".join(f"{k} {v / total:.0%}" for k, v in sorted(timings.items(), key=lambda kv: -kv[1]))
            print(f"  {system} time by stage: {shares}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
