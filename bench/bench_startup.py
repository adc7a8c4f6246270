"""Start-up time of the CLI: the bare command, importing the pipeline, and analysing a one-line work; and the
whole ``analyze --fast --json`` process on a long work, start-up included.

Each command runs in a fresh process, 3 times; the median is printed. ``analyze`` includes loading the spaCy
model (full) or nothing (--fast), so the difference between the rows is the model's load time. The lexicons' row
is importing the warnings cue patterns alone (each cue is compiled on first use); the literal pre-filter over them
is not built for a one-line work (``ficlens.analyse.warnings.prefilter``: it waits until texts are long enough to
pay for it). ``--long-words N`` adds the whole ``analyze --fast --json`` process on one work of N words made as
bench_analyze.py makes its long workload, in words/s: with the pre-filter read back from its store (as every run
after the first on a machine, ``ficlens.analyse.warnings.prefilter_store``) and built afresh (an empty store, as the
first run). Wall times on a shared machine are noisy: CPU seconds of the child are printed too.

Run: .venv/bin/python bench/bench_startup.py [--repeat 3] [--long-words 1000000]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, long_text, machine_note, print_table

FICLENS = ROOT / ".venv" / "bin" / "ficlens"


def _time(cmd: list[str], env: dict[str, str] | None = None) -> float:
    return _timed(cmd, env)[0]


def _timed(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall and CPU (user + system) seconds of one run of ``cmd`` in a fresh process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, cwd=ROOT, env=env)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def long_rows(exe: list[str], words: int, repeat: int, tmp: Path) -> list[list[str]]:
    """The whole ``analyze --fast --json`` process on one work of ``words`` words: the pre-filter read back from a
    store (filled by one run first) and built afresh (an empty store each run)."""
    work = tmp / "long.txt"
    text = long_text(words)
    work.write_text(text, encoding="utf-8")
    n = len(text.split())
    cmd = [*exe, "analyze", "--fast", "--json", str(work)]
    rows = []
    warm = {**os.environ, "FICLENS_CACHE_DIR": str(tmp / "store")}
    _timed(cmd, warm)  # fills the store
    for name, fresh in (("stored pre-filter", False), ("pre-filter built (empty store)", True)):
        runs = []
        for i in range(repeat):
            env = {**os.environ, "FICLENS_CACHE_DIR": str(tmp / f"empty{i}")} if fresh else warm
            runs.append(_timed(cmd, env))
        wall = statistics.median(w for w, _ in runs)
        cpu = statistics.median(c for _, c in runs)
        rows.append([f"analyze --fast --json, {n:,} words, {name}", f"{wall:.2f}", f"{min(w for w, _ in runs):.2f}",
                     f"{n / wall:,.0f} words/s (CPU {cpu:.2f} s: {n / cpu:,.0f} words/CPU-s)"])
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--long-words", type=int, default=0, help="also the whole --fast process on a work this long")
    args = ap.parse_args(argv)
    exe = [str(FICLENS)] if FICLENS.exists() else [sys.executable, "-m", "ficlens"]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "one.txt"
        work.write_text("Derek looked at Stiles. \u201cYou\u2019re late,\u201d he said.\n", encoding="utf-8")
        cases = [
            ("ficlens --version", [*exe, "--version"]),
            ("python -c 'import ficlens.analyse'", [sys.executable, "-c", "import ficlens.analyse"]),
            ("  of which the warnings lexicons", [sys.executable, "-c", "import ficlens.analyse.warnings.lexicon"]),
            ("ficlens analyze --fast --json (1 line)", [*exe, "analyze", "--fast", "--json", str(work)]),
            ("ficlens analyze --json (1 line)", [*exe, "analyze", "--json", str(work)]),
        ]
        rows = []
        for name, cmd in cases:
            times = [_time(cmd) for _ in range(args.repeat)]
            rows.append([name, f"{statistics.median(times):.2f}", f"{min(times):.2f}", ""])
        if args.long_words:
            rows += long_rows(exe, args.long_words, args.repeat, Path(tmp))
    print("bench_startup: seconds from exec to exit, fresh process each time")
    print(machine_note())
    print_table(["command", "median s", "best s", "speed"], rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
