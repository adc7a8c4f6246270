"""Benchmark the warnings analyser: classify-passages throughput and warnings on a ~100k-word work.

1. Passages per second of the passage classifier (the ``classify-passages`` path), on the labelled passages of
   ../shared/data/passages when present, else on the bundled examples' paragraphs with every label.
2. The warnings analyser on the bundled examples repeated to about 100,000 words: seconds and words per second
   for the analyser alone over an already built Document (NLP timed apart), and the process's peak RSS.
The one-time set-up of the lexicons' literal pre-filter (built on the first long text, see
``ficlens.analyse.warnings.prefilter``, and kept on disk for later processes, ``prefilter_store``) is timed on its
own first, built and read back, so neither figure includes it.
Timings on a shared machine are noisy. With ``--engine ml`` the embedding cache is off unless ``--embed-cache``: the
bench work repeats the same text, so a cache would embed each passage once and hide the real cost.

Run: .venv/bin/python bench/bench_warnings.py [--words 100000] [--profile fast|full] [--engine auto|linear|ml|lexicon]
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PASSAGES = ROOT.parent / "shared" / "data" / "passages" / "train.jsonl"


def passage_items() -> list[tuple[str, str]]:
    from ficlens.analyse.warnings.labels import LABELS

    if PASSAGES.exists():
        rows = [json.loads(line) for line in PASSAGES.read_text(encoding="utf-8").splitlines() if line.strip()]
        return [(r["text"], r["warning"]) for r in rows]
    paras = [p for f in sorted((ROOT / "examples").glob("*.txt")) for p in f.read_text(encoding="utf-8").split("\n\n")]
    return [(p, LABELS[i % len(LABELS)]) for i, p in enumerate(paras) if p.strip()]


def bench_passages(mode: str) -> None:
    from ficlens.analyse.warnings.classifier import PassageClassifier

    clf = PassageClassifier(mode)
    items = passage_items()
    t0 = time.perf_counter()
    clf.classify_many(items)
    dt = time.perf_counter() - t0
    print(f"classify-passages ({mode}): {len(items):,} passages in {dt:.2f} s = {len(items) / dt:,.0f} passages/s")


def bench_prefilter() -> None:
    """The pre-filter built (an empty store) and read back from the store, each in this process on fresh lexicons."""
    import os
    import tempfile

    from ficlens.analyse.warnings import prefilter_store
    from ficlens.analyse.warnings.cue_scan import LexiconScan
    from ficlens.analyse.warnings.labels import LABELS
    from ficlens.analyse.warnings.lexicon import compile_lexicon
    from ficlens.analyse.warnings.prefilter import is_common

    with tempfile.TemporaryDirectory() as store:
        before = os.environ.get(prefilter_store.CACHE_ENV)
        os.environ[prefilter_store.CACHE_ENV] = store
        try:
            times = []
            for _ in range(2):  # built, then read back
                lexicons = [compile_lexicon(label) for label in LABELS]  # fresh lazy cues each time
                t0 = time.perf_counter()
                scan = LexiconScan(lexicons, store="lexicons")
                scan.finder.build()
                times.append(time.perf_counter() - t0)
        finally:
            if before is None:
                del os.environ[prefilter_store.CACHE_ENV]
            else:
                os.environ[prefilter_store.CACHE_ENV] = before
    common = sum(1 for p in scan.finder.owners if is_common(p))
    print(f"pre-filter build (first process, empty store): {times[0]:.2f} s; read back from the store: "
          f"{times[1]:.3f} s; {len(scan.finder.owners):,} prefixes of {len(scan.cues):,} cues ({common:,} common "
          "prefixes carry their patterns' condition)")


def mark_paragraphs(text: str, marker: str) -> str:
    return "\n\n".join(f"{para} {marker}" if para.strip() else para for para in text.split("\n\n"))


def bench_work(words: int, profile: str, mode: str) -> None:
    from ficlens.analyse.cast import cast_of
    from ficlens.analyse.warnings.aggregate import scan_warnings
    from ficlens.analyse.warnings.classifier import PassageClassifier
    from ficlens.nlp import build_document
    from ficlens.work import Work

    base = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt")))
    reps = max(1, round(words / len(base.split())))
    # every repetition's paragraphs end with their own marker, so no passage text repeats (an embedding cache or
    # batch de-duplication must not make the ml engine look faster than it is on a real work)
    work = Work(text="\n\n".join(mark_paragraphs(base, f"[{r}]") for r in range(reps)), source="bench",
                format="text")
    t0 = time.perf_counter()
    doc = build_document(work, profile)  # type: ignore[arg-type]
    t_nlp = time.perf_counter() - t0
    clf = PassageClassifier(mode)
    encoded_before = 0
    if clf.engine == "ml":
        from ficlens.analyse.warnings import embedding

        embedding.clear_cache()
        embedding.embed(["warm-up: load the model before timing"])
        encoded_before = embedding.encoded
    t0 = time.perf_counter()
    warnings, _ = scan_warnings(doc, clf, cast_of(doc))  # the cast is built in the timing, as analyze does
    dt = time.perf_counter() - t0
    n = work.words
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"work: {n:,} words, {len(doc.passages):,} passages; NLP ({profile}) {t_nlp:.1f} s")
    print(f"warnings ({mode} classifier): {dt:.2f} s = {n / dt:,.0f} words/s; {len(warnings)} warnings; "
          f"peak RSS {rss:,.0f} MiB")
    if clf.engine == "ml":
        from ficlens.analyse.warnings import embedding

        print(f"ml: {embedding.encoded - encoded_before:,} passages embedded by MiniLM "
              f"(cache {'on' if embedding.CACHE_SIZE else 'off'})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=100_000)
    ap.add_argument("--profile", choices=["full", "fast"], default="fast")
    ap.add_argument("--engine", dest="mode", choices=["auto", "linear", "ml", "lexicon"], default="auto")
    ap.add_argument("--embed-cache", action="store_true", help="ml: keep the embedding cache on (see above)")
    args = ap.parse_args(argv)
    if not args.embed_cache:
        from ficlens.analyse.warnings import embedding

        embedding.CACHE_SIZE = 0
    bench_prefilter()
    bench_passages(args.mode)
    bench_work(args.words, args.profile, args.mode)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
