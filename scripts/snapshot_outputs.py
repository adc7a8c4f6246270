"""Write everything a behaviour-preserving change must leave byte-identical into one folder, to ``diff -r`` later.

Run: .venv/bin/python scripts/snapshot_outputs.py OUT_DIR [--no-eval]
     (then, after the change: ... snapshot_outputs.py OUT_DIR2 && diff -r OUT_DIR OUT_DIR2)
Writes ``analyze --json`` and the plain report of the bundled examples (full and ``--fast``), of ``../shared/examples``
and of ``../shared/data/ao3-format`` when present, and the stdout of every ``eval/*.py`` (those needing ``../shared``
skip cleanly without it). Lines that carry timings (``… s``, ``words/s``) are dropped from the eval outputs.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TIMING = re.compile(r"\d\s*(?:s|ms|words/s|passages/s)\b|elapsed|seconds", re.IGNORECASE)


def _run(args: list[str]) -> str:
    proc = subprocess.run(args, cwd=ROOT, capture_output=True, text=True)
    return proc.stdout + f"\n[rc {proc.returncode}]\n"


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        print("usage: snapshot_outputs.py OUT_DIR [--no-eval]", file=sys.stderr)
        return 2
    out = Path(args[0])
    out.mkdir(parents=True, exist_ok=True)
    inputs = {"examples": ROOT / "examples"}
    if SHARED.is_dir():
        inputs["shared-examples"] = SHARED / "examples"
        inputs["ao3-format"] = SHARED / "data" / "ao3-format"
    cli = [sys.executable, "-m", "ficlens"]
    for name, path in inputs.items():
        for profile, flags in (("full", []), ("fast", ["--fast"])):
            print(f"analyze {name} {profile}", flush=True)
            (out / f"analyze-{name}-{profile}.jsonl").write_text(_run([*cli, "analyze", str(path), "--json", *flags]))
            (out / f"analyze-{name}-{profile}.txt").write_text(_run([*cli, "analyze", str(path), *flags]))
    if "--no-eval" not in args:
        for script in sorted((ROOT / "eval").glob("*.py")):
            print(f"eval {script.name}", flush=True)
            text = _run([sys.executable, str(script)])
            kept = "\n".join(line for line in text.splitlines() if not TIMING.search(line))
            (out / f"eval-{script.stem}.txt").write_text(kept + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
