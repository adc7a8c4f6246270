"""Run every script of a folder in turn (each prints its own figures): ``make bench`` and ``make eval``.

Run: .venv/bin/python scripts/run_each.py bench [--quick]   (every bench/bench_*.py; --quick goes to those that
     take it)
     .venv/bin/python scripts/run_each.py eval               (every eval/*.py; those needing ../shared skip cleanly)
A script that fails is reported and the others still run; the exit status is 1 if any failed.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PATTERNS = {"bench": "bench_*.py", "eval": "*.py"}
QUICK_AWARE = {"bench_analyze.py", "bench_batch.py", "bench_accuracy.py"}


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] not in PATTERNS:
        print(f"usage: run_each.py {{{'|'.join(PATTERNS)}}} [ARGS...]", file=sys.stderr)
        return 2
    folder, extra_args = args[0], args[1:]
    failed: list[str] = []
    for script in sorted((ROOT / folder).glob(PATTERNS[folder])):
        extra = extra_args if script.name in QUICK_AWARE else []
        print(f"\n=== {folder}/{script.name} {' '.join(extra)}".rstrip(), flush=True)
        t0 = time.perf_counter()
        proc = subprocess.run([sys.executable, str(script), *extra], cwd=ROOT)
        print(f"=== {script.name}: {'ok' if proc.returncode == 0 else f'FAILED (rc {proc.returncode})'} "
              f"in {time.perf_counter() - t0:.0f} s", flush=True)
        if proc.returncode != 0:
            failed.append(script.name)
    if failed:
        print(f"\nfailed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
