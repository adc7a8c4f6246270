"""Passage-level figures on the team's written passages (data/passages/{train,test}.jsonl) for any warnings engine.

Per label: balanced accuracy of ``classify-passages``'s decision over the label's passages (its positives against
its hard negatives: the written protocol, every passage judged for its own label only), then the mean over labels.
Also printed: how many positives hold none of their label's cue words (the cue path can never find those) and how
many of them the engine finds.

    .venv/bin/python eval/passages_written.py [--split train|test] [--engine linear|reader|...] [--reader-bar X]
    .venv/bin/python eval/passages_written.py --set0-cv [--repeats 1] [--reader-bar X]

``--set0-cv``: the peers' protocol of eval/warnings_cv.py (grouped 5-fold CV of Webis set 0, 20+20 draws) for the
shipped decision with and without the reader: in each fold the reader is refitted on the fold's set-0 rows plus
all written and background passages (scripts/train_passage_reader.py, the shipped C; each label's threshold is the
shipped artifact's), and a held-out passage with no cue of a label is positive when its reader score reaches the
bar. Needs ../shared.

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


def set0_cv(repeats: int, bar: float, draws: int = 10) -> int:
    """Print the peers' protocol figures of ``shipped`` and ``shipped+reader`` (see the module doc)."""
    sys.path[:0] = [str(ROOT / "eval"), str(ROOT / "scripts")]
    import numpy as np
    import train_passage_reader as trainer  # type: ignore[import-not-found]
    import warnings_cv  # type: ignore[import-not-found]
    from sklearn.model_selection import GroupKFold

    from ficlens.analyse.warnings.classifier import cue_labels
    from ficlens.analyse.warnings.reader import load_reader
    from ficlens.analyse.warnings.training import load_passages

    if not warnings_cv.DATA.exists():
        print(f"passages_written: no set 0 at {warnings_cv.DATA}; skipped", file=sys.stderr)
        return 0
    shipped_reader = load_reader()
    assert shipped_reader is not None
    rows = load_passages(warnings_cv.DATA)
    labels = sorted({r.warning for r in rows})
    extra = trainer.load(None, trainer.DEFAULT_WRITTEN) + trainer.background(trainer.DEFAULT_BACKGROUND)
    set0 = [trainer.Row(r.warning, int(r.positive), 0.5 if r.votes == 1 else 1.0, r.text, f"w{r.work_id}", "")
            for r in rows]
    x, _vocab = trainer.design(set0 + extra)
    cued = [cue_labels(r.text) for r in rows]
    table: dict[str, list[list[float]]] = {"shipped": [], "shipped+reader": []}
    for seed in range(repeats):
        shipped = warnings_cv.held_out_decisions(rows, labels, seed)["shipped"]
        combined = shipped.copy()
        folds = GroupKFold(5, shuffle=True, random_state=seed)
        for tr, te in folds.split(rows, groups=[r.work_id for r in rows]):
            train = [set0[i] for i in tr] + extra
            index = np.concatenate([tr, np.arange(len(rows), len(rows) + len(extra))])
            for k, label in enumerate(labels):
                idx, y, w = trainer.label_rows(train, label)
                model = trainer.fit(x[index[idx]], y, w, trainer.C_GRID[0])
                p = np.clip(model.predict_proba(x[te])[:, 1], 1e-6, 1 - 1e-6)
                t = float(1 / (1 + np.exp(-shipped_reader.shift[shipped_reader.column(label)])))
                score = 1 / (1 + np.exp(-(np.log(p / (1 - p)) - np.log(t / (1 - t)))))
                for j, i in enumerate(te):
                    if label not in cued[i] and score[j] >= bar:
                        combined[i, k] = True
        for name, pred in (("shipped", shipped), ("shipped+reader", combined)):
            table[name].append([float(np.mean([warnings_cv.protocol_accuracy(pred[:, k], rows, label, protocol,
                                                                             draws, seed)
                                               for k, label in enumerate(labels)]))
                                for protocol in warnings_cv.PROTOCOLS])
    print(f"set 0 grouped 5-fold CV, {repeats} repeat(s) x {draws} draws (eval/warnings_cv.py's protocol); "
          f"reader bar {bar}")
    for name, per in table.items():
        means = np.mean(per, axis=0)
        print(f"  {name:15s} " + "  ".join(f"{protocol} {m:.3f}"
                                          for protocol, m in zip(warnings_cv.PROTOCOLS, means, strict=True)))
    return 0


def main(argv: list[str] | None = None) -> int:
    from ficlens.analyse.warnings.classifier import ENGINES, READER_BAR, PassageClassifier, cue_labels
    from ficlens.analyse.warnings.labels import LABELS

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=("train", "test"), default="train")
    parser.add_argument("--engine", choices=ENGINES, default="auto")
    parser.add_argument("--reader-bar", type=float, default=READER_BAR, help="engine reader: the rescue bar")
    parser.add_argument("--set0-cv", action="store_true", help="the peers' protocol on set 0, with the reader")
    parser.add_argument("--repeats", type=int, default=1, help="--set0-cv: repeats")
    args = parser.parse_args(argv)
    if args.set0_cv:
        return set0_cv(args.repeats, args.reader_bar)
    path = DATA / f"{args.split}.jsonl"
    if not path.is_file():
        print(f"passages_written: no {path}", file=sys.stderr)
        return 1
    rows = load(path)
    classifier = PassageClassifier(args.engine, reader_bar=args.reader_bar)
    decisions = classifier.classify_many([(str(r["text"]), str(r["label"])) for r in rows])
    hits: dict[str, list[tuple[bool, bool]]] = defaultdict(list)  # label -> (gold, predicted)
    cueless = cueless_found = 0
    for row, decision in zip(rows, decisions, strict=True):
        label, gold = str(row["label"]), bool(row["positive"])
        hits[label].append((gold, decision.positive))
        if gold and label not in cue_labels(str(row["text"])):
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
