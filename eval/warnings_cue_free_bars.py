"""The per-label bars of the cue-free path (src/ficlens/analyse/warnings/cue_free.py), chosen out of sample.

1. ``--oof PATH`` (computed once, ~10-30 min here, then read back): the passage reader's training rows without the
   real works (set 0, the written passages, the PDNC background; what ``scripts/train_passage_reader.py --no-realfic``
   trains on), each label's out-of-fold probabilities (5 folds, grouped as the training groups them), which labels'
   cues each row holds, and each label's threshold; plus (``--reader-out``) that reader, trained on every row, so the
   real works' dev split can be scored by a reader that never saw it.
2. Per label, on its rows that hold **no cue of the label**: the scores as the run time reads them (threshold mapped
   to 0.5), and the bar = the lowest score that at most ``--rate`` of the cue-free negatives (hard negatives, other
   labels' passages, ordinary prose) reach; a label whose cue-free positives are fewer than ``--min-positives``, or
   of which fewer than ``--min-recall`` pass the bar, gets none. Printed as the ``BARS`` block of cue_free.py.
3. ``--works``: the real works' dev split (``eval/works_realfic.py --split dev``) with ``--reader`` (the reader of
   step 1: out of sample) standing in for the shipped one and the bars printed in step 2.

    .venv/bin/python eval/warnings_cue_free_bars.py --oof /tmp/oof.npz --reader-out /tmp/reader-norf.npz
    .venv/bin/python eval/warnings_cue_free_bars.py --oof /tmp/oof.npz --works --reader /tmp/reader-norf.npz

The bars are not chosen on the works they are then measured on; ``--rate`` and the work-level rule were chosen while
looking at the dev split, so its figures are dev (tuned on). The test split is run once, by the lead.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
RATE = 0.002
MIN_POSITIVES = 10
MIN_RECALL = 0.1
FLOOR = 0.9  # never a bar below this: a work has hundreds of passages


def compute_oof(path: Path, reader_out: Path | None) -> None:
    """Step 1 (needs ../shared and the train extra)."""
    sys.path[:0] = [str(ROOT / "scripts")]
    import train_passage_reader as t  # type: ignore[import-not-found]

    from ficlens.analyse.warnings.labels import LABELS
    from ficlens.analyse.warnings.reader import write_reader

    rows = t.load(t.DEFAULT_SET0, t.DEFAULT_WRITTEN) + t.background(t.DEFAULT_BACKGROUND)
    x, vocab = t.design(rows)
    labels = [label for label in LABELS if any(r.label == label and r.target for r in rows)]
    arrays: dict[str, np.ndarray] = {}
    thresholds = np.zeros(len(labels))
    for j, label in enumerate(labels):
        idx, _y, _w = t.label_rows(rows, label)
        p, y = t.out_of_fold(x, rows, label, 16.0)
        thresholds[j] = t.best_threshold(p, y)[0]
        arrays.update({f"idx_{label}": idx, f"p_{label}": p, f"y_{label}": y})
        print(f"  {label}: out of fold", flush=True)
    cues = np.asarray(x[:, len(vocab) : len(vocab) + len(LABELS)].todense()) > 0
    np.savez_compressed(path, cues=cues, thresholds=thresholds, labels=np.array(labels), **arrays)
    if reader_out is not None:
        embed_dims = x.shape[1] - len(vocab) - len(LABELS)
        weights, bias = t.fit_weights(x, rows, labels, 16.0, embed_dims)
        write_reader(str(reader_out), vocab, weights, bias, thresholds, labels, embed_dims)


def run_time_scores(p: np.ndarray, threshold: float) -> np.ndarray:
    """Out-of-fold probabilities as the run time reads them: the label's threshold mapped to 0.5."""
    pc = np.clip(p, 1e-6, 1 - 1e-6)
    t = min(max(threshold, 1e-6), 1 - 1e-6)
    return 1.0 / (1.0 + np.exp(-(np.log(pc / (1 - pc)) - np.log(t / (1 - t)))))


def choose_bars(path: Path, rate: float, min_positives: int, min_recall: float
                ) -> tuple[dict[str, float], list[str]]:
    """Step 2: the bars, and one printed line per label."""
    from ficlens.analyse.warnings.labels import LABELS

    data = np.load(path)
    bars: dict[str, float] = {}
    lines = []
    for j, label in enumerate(str(x) for x in data["labels"]):
        idx, p, y = data[f"idx_{label}"], data[f"p_{label}"], data[f"y_{label}"]
        free = ~data["cues"][idx, LABELS.index(label)]
        scores = run_time_scores(p, float(data["thresholds"][j]))
        negatives = np.sort(scores[free & (y == 0)])[::-1]
        positives = scores[free & (y == 1)]
        if len(positives) < min_positives or not len(negatives):
            lines.append(f"  {label:22s} cue-free positives {len(positives):4d}: no bar")
            continue
        k = int(rate * len(negatives))
        bar = max(float(negatives[k]) + 1e-4 if k < len(negatives) else 0.0, FLOOR)
        bar = float(np.ceil(bar * 1e4) / 1e4)
        recall = float((positives >= bar).mean())
        passed = int((negatives >= bar).sum())
        kept = recall >= min_recall
        lines.append(f"  {label:22s} cue-free positives {len(positives):4d}, negatives {len(negatives):5d}: bar "
                     f"{bar:.4f} recall {recall:.3f} negatives passing {passed}{'' if kept else ' (dropped)'}")
        if kept:
            bars[label] = bar
    return bars, lines


def works_dev(reader_path: Path, bars: dict[str, float]) -> int:
    """Step 3: eval/works_realfic.py --split dev with this reader and these bars."""
    from ficlens.analyse.warnings import aggregate
    from ficlens.analyse.warnings.reader import reader_from_bytes

    reader = reader_from_bytes(reader_path.read_bytes())
    aggregate.load_reader = lambda: reader  # type: ignore[assignment]
    aggregate.BARS = bars
    sys.path[:0] = [str(ROOT / "eval")]
    import works_realfic  # type: ignore[import-not-found]

    return int(works_realfic.main(["--split", "dev", "--per-work"]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--oof", type=Path, required=True, help="out-of-fold scores (computed when absent)")
    parser.add_argument("--reader-out", type=Path, default=None, help="write the reader of step 1 here")
    parser.add_argument("--rate", type=float, default=RATE)
    parser.add_argument("--min-positives", type=int, default=MIN_POSITIVES)
    parser.add_argument("--min-recall", type=float, default=MIN_RECALL)
    parser.add_argument("--works", action="store_true", help="step 3 on the dev split (needs --reader)")
    parser.add_argument("--reader", type=Path, default=None, help="the reader the dev works are scored with")
    args = parser.parse_args()
    if not args.oof.is_file():
        compute_oof(args.oof, args.reader_out)
    bars, lines = choose_bars(args.oof, args.rate, args.min_positives, args.min_recall)
    print("\n".join(lines))
    print("BARS: dict[str, float] = {" + ", ".join(f'"{k}": {v}' for k, v in bars.items()) + "}")
    if args.works:
        if args.reader is None:
            parser.error("--works needs --reader")
        return works_dev(args.reader, bars)
    return 0


if __name__ == "__main__":
    sys.exit(main())
