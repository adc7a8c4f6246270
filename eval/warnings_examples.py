"""Check the issue's "Done when" on the two bundled examples and print their warnings.

let-go must get suicide (with the "let them kill me" passage as evidence), violence, blood, mental-illness and
underage; proposal must get mental-illness and none of suicide, self-harm or pornographic-content. Exit status 1
when a check fails.

    .venv/bin/python eval/warnings_examples.py [--fast]   (FICLENS_WARNINGS_ENGINE=ml for the ml engine)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MUST = {"let-go": {"suicide", "violence", "blood", "mental-illness", "underage"}, "proposal": {"mental-illness"}}
MUST_NOT = {"let-go": set(), "proposal": {"suicide", "self-harm", "pornographic-content"}}
EVIDENCE = {("let-go", "suicide"): "let them kill me"}


def main() -> int:
    from ficlens.analyse import analyse_work
    from ficlens.work import Work

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fast", action="store_true", help="the --fast profile (no parser)")
    args = parser.parse_args()
    failed = 0
    for name in MUST:
        path = ROOT / "examples" / f"{name}.txt"
        report = analyse_work(Work(text=path.read_text(encoding="utf-8"), source=str(path), format="text"),
                              "fast" if args.fast else "full")
        found = {w.label: w for w in report.warnings}
        print(f"{name}: rating {report.rating.label}; archive {[a.label for a in report.archive_warnings] or 'none'}")
        for w in report.warnings:
            print(f"  {w.label:<16} {w.severity:<9} {w.score:.2f}  {w.evidence[0].text[:90]!r}")
        problems = [f"missing {label}" for label in sorted(MUST[name] - set(found))]
        problems += [f"unexpected {label}" for label in sorted(MUST_NOT[name] & set(found))]
        for (work, label), needle in EVIDENCE.items():
            if work == name and label in found and not any(needle in s.text for s in found[label].evidence):
                problems.append(f"{label} evidence lacks {needle!r}")
        print(f"  {'OK' if not problems else 'FAIL: ' + '; '.join(problems)}")
        failed += bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
