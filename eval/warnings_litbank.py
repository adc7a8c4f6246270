"""False alarms of the work-level warnings on classic novels: the 100 LitBank excerpts (~2,000 words each).

LitBank has no warning labels, so this counts what the full analyser raises per label, and with ``--dump`` writes
each raised warning with its evidence for hand-checking (is it real content a reader would want to be told about?).
The texts are split by their sorted position: even positions are ``dev`` (looked at while writing rules), odd
positions are ``test`` (only counted and hand-checked for the report). Skips cleanly without ../shared.

    .venv/bin/python eval/warnings_litbank.py [--half dev|test|all] [--fast] [--dump FILE.jsonl]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LITBANK = ROOT.parent / "shared" / "data" / "litbank" / "entities" / "brat"


def texts(half: str) -> list[Path]:
    """The LitBank excerpts of ``half``: even sorted positions are dev, odd ones test."""
    files = sorted(LITBANK.glob("*.txt"))
    if half == "all":
        return files
    return files[0 if half == "dev" else 1 :: 2]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--half", choices=("dev", "test", "all"), default="test")
    parser.add_argument("--fast", action="store_true", help="the --fast profile (no parser)")
    parser.add_argument("--dump", type=Path, help="write every raised warning with its evidence here (JSONL)")
    args = parser.parse_args()
    if not LITBANK.is_dir():
        print(f"skipped: {LITBANK} not found (needs ../shared)")
        return 0
    from ficlens.analyse import analyse_work
    from ficlens.analyse.warnings.labels import LABELS
    from ficlens.work import Work

    files = texts(args.half)
    per_label: Counter[str] = Counter()
    rows: list[dict[str, object]] = []
    words = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        words += len(text.split())
        report = analyse_work(Work(text=text, source=str(path), format="text"), "fast" if args.fast else "full")
        for w in report.warnings:
            per_label[w.label] += 1
            rows.append({"work": path.name, "label": w.label, "severity": w.severity, "score": w.score,
                         "evidence": [s.text for s in w.evidence]})
    total = sum(per_label.values())
    print(f"{len(files)} LitBank excerpts ({args.half}, {words:,} words, profile {'fast' if args.fast else 'full'}): "
          f"{total} warnings raised, {total / max(len(files), 1):.2f} per excerpt")
    for label in sorted(per_label, key=lambda lab: (-per_label[lab], LABELS.index(lab))):
        print(f"  {label:<20} {per_label[label]}")
    if args.dump:
        args.dump.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
