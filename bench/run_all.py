"""Run every ``bench/bench_*.py`` in turn (each prints its own figures); extra arguments go to each of them.

Run: .venv/bin/python bench/run_all.py [--quick]   (``make bench``)
A bench that fails is reported and the others still run; the exit status is 1 if any failed.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
QUICK_AWARE = {"bench_analyze.py", "bench_batch.py", "bench_accuracy.py"}


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    failed: list[str] = []
    for script in sorted(HERE.glob("bench_*.py")):
        extra = args if script.name in QUICK_AWARE else []
        print(f"\n=== {script.name} {' '.join(extra)}".rstrip(), flush=True)
        t0 = time.perf_counter()
        proc = subprocess.run([sys.executable, str(script), *extra], cwd=HERE.parent)
        print(f"=== {script.name}: {'ok' if proc.returncode == 0 else f'FAILED (rc {proc.returncode})'} "
              f"in {time.perf_counter() - t0:.0f} s", flush=True)
        if proc.returncode != 0:
            failed.append(script.name)
    if failed:
        print(f"\nfailed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
