"""Passage-level figures on the team's written passages (data/passages/{train,test}.jsonl) for any warnings engine.

Per label: balanced accuracy of ``classify-passages``'s decision over the label's passages (its positives against
its hard negatives: the written protocol, every passage judged for its own label only), then the mean over labels.
Also printed: how many positives hold none of their label's cue words (the cue path can never find those) and how
many of them the engine finds.

    .venv/bin/python eval/passages_written.py [--split train|test] [--engine linear|reader|...] [--reader-bar X]

The train split is what the passage reader was fitted on (in-sample for ``reader``); the test split was written
separately and is held out: report it once for a chosen configuration.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data" / "passages"


def load(path: Path) -> list[dict[str, object]]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise SystemExit(f"{path}:{n}: not JSON ({exc.msg})") from exc
    return rows


def main(argv: list[str] | None = None) -> int:
    from ficlens.analyse.warnings.classifier import ENGINES, READER_BAR, PassageClassifier
    from ficlens.analyse.warnings.cue_scan import lexicon_scan
    from ficlens.analyse.warnings.labels import LABELS
    from ficlens.analyse.warnings.lexicon import normalize

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=("train", "test"), default="train")
    parser.add_argument("--engine", choices=ENGINES, default="auto")
    parser.add_argument("--reader-bar", type=float, default=READER_BAR, help="engine reader: the rescue bar")
    args = parser.parse_args(argv)
    path = DATA / f"{args.split}.jsonl"
    if not path.is_file():
        print(f"passages_written: no {path}", file=sys.stderr)
        return 1
    rows = load(path)
    classifier = PassageClassifier(args.engine, reader_bar=args.reader_bar)
    decisions = classifier.classify_many([(str(r["text"]), str(r["label"])) for r in rows])
    scan = lexicon_scan()
    hits: dict[str, list[tuple[bool, bool]]] = defaultdict(list)  # label -> (gold, predicted)
    cueless = cueless_found = 0
    for row, decision in zip(rows, decisions, strict=True):
        label, gold = str(row["label"]), bool(row["positive"])
        hits[label].append((gold, decision.positive))
        if gold and not scan.label_spans(normalize(str(row["text"])))[LABELS.index(label)]:
            cueless += 1
            cueless_found += decision.positive
    print(f"split {args.split}; engine {classifier.engine}"
          + (f" (reader bar {classifier.reader_bar})" if classifier.reader is not None else "")
          + f"; {len(rows)} passages")
    accs = []
    for label in LABELS:
        pairs = hits.get(label)
        if not pairs:
            continue
        pos = [p for g, p in pairs if g]
        neg = [p for g, p in pairs if not g]
        tpr = sum(pos) / len(pos) if pos else 0.0
        tnr = (len(neg) - sum(neg)) / len(neg) if neg else 0.0
        acc = (tpr + tnr) / 2 if pos and neg else (tpr if pos else tnr)
        accs.append(acc)
        print(f"  {label:22s} pos {len(pos):3d} neg {len(neg):3d}  recall {tpr:.2f}  specificity {tnr:.2f}"
              f"  balanced {acc:.3f}")
    print(f"mean balanced accuracy over {len(accs)} labels: {sum(accs) / max(len(accs), 1):.3f}")
    print(f"positives without a cue word of their label: {cueless}; found: {cueless_found}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
