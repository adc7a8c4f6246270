"""Hostile inputs: what runs of punctuation, large single-line texts and highly compressed zips cost.

Four tables, each measured by the current code (``--old`` adds the regexes they replaced, at 16 kB only, each cut
off at 60 CPU-seconds):

1. the text functions (word count, sentence split, chunking for spaCy) on runs of one character, CPU seconds;
2. ``analyse_work`` on 64 kB of each run, fast (and full with ``--full``), CPU seconds;
3. peak RSS of ``ficlens analyze --json [--fast] --time-limit 0`` on a generated single-line text of ``--mb`` MB
   (fresh process each; the file is made in a temporary folder and deleted);
4. reading a zip of 500 members of 1 MiB each (0.5 MB compressed, 500 MiB unpacked): time and outcome.

Run: .venv/bin/python bench/bench_hostile.py [--mb 16] [--full] [--old] [--quick]  (--quick: up to 64 kB, a 2 MB
text, a zip of 50 members)
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from common import ROOT, long_text, machine_note, peak_rss_mb, print_table, run_child

from ficlens.budget import TimeLimitExceeded, cpu_budget
from ficlens.nlp.document import chunk_spans
from ficlens.nlp.segment import _SENTENCE_END, paragraph_spans, sentence_spans
from ficlens.work import count_words

RUNS = {"quotes": '"', "apostrophes": "'", "dots": ".", "emoji": "\U0001f600", "mixed": '."<\U0001f600 a\u0301\u2014\''}
SIZES = {"16 kB": 16 * 1024, "64 kB": 64 * 1024, "1 MiB": 1024 * 1024}
OLD_WORD = re.compile(r"\S*[^\W_]\S*")
OLD_SENTENCE_END = re.compile(_SENTENCE_END.pattern.removeprefix("(?<![.!?\\u2026])"))  # without its guard


def cpu_seconds(fn: Callable[..., Any], *args: Any, limit: float = 60.0) -> str:
    t0 = time.process_time()
    try:
        with cpu_budget(limit):
            fn(*args)
    except TimeLimitExceeded:
        return f"> {limit:g}"
    return f"{time.process_time() - t0:.3f}"


def _sentences(text: str) -> None:
    sentence_spans(text, paragraph_spans(text))


def _chunks(text: str) -> None:
    chunk_spans(text, paragraph_spans(text))


def bench_text(old: bool, quick: bool) -> None:
    print("1. text functions on runs of one character (CPU seconds)")
    rows: list[list[Any]] = []
    sizes = {k: v for k, v in SIZES.items() if not quick or v <= 64 * 1024}
    for name, unit in RUNS.items():
        for size_name, size in sizes.items():
            text = unit * (size // len(unit))
            rows.append([name, size_name, cpu_seconds(count_words, text), cpu_seconds(_sentences, text),
                         cpu_seconds(_chunks, text)])
            if old and size_name == "16 kB":
                rows.append([name, "16 kB (before)", cpu_seconds(OLD_WORD.findall, text),
                             cpu_seconds(lambda t: list(OLD_SENTENCE_END.finditer(t)), text), "-"])
    print_table(["run", "size", "count_words", "sentences", "chunks"], rows)


def bench_analysis(full: bool) -> None:
    from ficlens.analyse import analyse_work
    from ficlens.work import Work

    profiles = ["fast", "full"] if full else ["fast"]
    print("\n2. analyse_work on 64 kB of each run (CPU seconds)")
    for profile in profiles:  # load what each profile needs before timing
        analyse_work(Work(text="Warm up. Derek smiled at Stiles.", source="w", format="text"), profile)  # type: ignore[arg-type]
    rows = []
    for name, unit in RUNS.items():
        text = "Stiles said, \"Hello.\" " + unit * (64 * 1024 // len(unit))
        work = Work(text=text, source=name, format="text")
        rows.append([name, *(cpu_seconds(analyse_work, work, p, limit=600) for p in profiles)])
    print_table(["run", *profiles], rows)


def bench_rss(mb: float, full: bool) -> None:
    print(f"\n3. peak RSS of analyze on a {mb:g} MB single-line text (fresh process each)")
    rows = []
    for mode in (["--fast", "full"] if full else ["--fast"]):
        result = run_child("bench_hostile.py", {"mb": mb, "mode": mode})
        rows.append([mode.lstrip("-"), result.get("rss_mb", result.get("error")), result.get("seconds", "-"),
                     result.get("status", "-")])
    print_table(["mode", "peak RSS MB", "CPU s", "exit status"], rows)


def one_rss(case: dict[str, Any]) -> dict[str, Any]:
    """In the child: write the text, analyse it with the CLI in this process, report this process's peak RSS."""
    import contextlib
    import io

    from ficlens.cli import main

    paragraph = " ".join(long_text(20_000).split()) + " "
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "single-line.txt"
        with path.open("w", encoding="utf-8") as fh:
            for _ in range(max(int(case["mb"] * 1024 * 1024 / len(paragraph)), 1)):
                fh.write(paragraph)
        argv = ["analyze", "--json", "--time-limit", "0", str(path)]
        if case["mode"] == "--fast":
            argv.insert(1, "--fast")
        t0 = time.process_time()
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            status = main(argv)
        return {"rss_mb": round(peak_rss_mb()), "seconds": round(time.process_time() - t0, 1), "status": status}


def bench_zip(members: int) -> None:
    from ficlens.errors import InputError
    from ficlens.ingest import read_all

    print(f"\n4. a zip of {members} members of 1 MiB each")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "expands.zip"
        member = b"a" * (1024 * 1024)
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
            for i in range(members):
                zf.writestr(f"part-{i:03}.txt", member)
        errors: list[InputError] = []
        t0 = time.perf_counter()
        works = sum(1 for _ in read_all([str(path)], on_error=errors.append))
        seconds = time.perf_counter() - t0
        outcome = errors[0].reason if errors else f"{works} works read"
        print_table(["zip MB", "seconds", "outcome"], [[path.stat().st_size / 1e6, seconds, outcome[:100]]])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=16.0, help="size of the single-line text for the RSS table")
    ap.add_argument("--full", action="store_true", help="also full mode (loads spaCy; minutes on large texts)")
    ap.add_argument("--old", action="store_true", help="also the regexes these functions used before")
    ap.add_argument("--quick", action="store_true", help="small sizes only (seconds, not minutes)")
    ap.add_argument("--one", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.one:
        print(json.dumps(one_rss(json.loads(args.one))))
        return 0
    print(machine_note())
    print(f"code: {ROOT}\n")
    bench_text(args.old, args.quick)
    bench_analysis(args.full)
    bench_rss(2.0 if args.quick else args.mb, args.full)
    bench_zip(50 if args.quick else 500)
    return 0


if __name__ == "__main__":
    sys.exit(main())
