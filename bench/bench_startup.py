"""Start-up time of the CLI: the bare command, importing the pipeline, and analysing a one-line work.

Each command runs in a fresh process, 3 times; the median is printed. ``analyze`` includes loading the spaCy
model (full) or nothing (--fast), so the difference between the rows is the model's load time. The lexicons' row
is importing (compiling) the warnings cue patterns alone; the literal pre-filter over them is not built for a
one-line work (``ficlens.analyse.warnings.prefilter``: it waits until texts are long enough to pay for it).

Run: .venv/bin/python bench/bench_startup.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, machine_note, print_table

FICLENS = ROOT / ".venv" / "bin" / "ficlens"


def _time(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, cwd=ROOT)
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
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
            rows.append([name, f"{statistics.median(times):.2f}", f"{min(times):.2f}"])
    print("bench_startup: seconds from exec to exit, fresh process each time")
    print(machine_note())
    print_table(["command", "median s", "best s"], rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
