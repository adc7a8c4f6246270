"""The fine-tuned passage encoder against the passage reader on the same held-out rows (dev data only).

    PYTHONPATH=src ../venv-train/bin/python scripts/train_passage_encoder.py --holdout --work-dir /tmp/pe
    PYTHONPATH=src ../venv-train/bin/python eval/passage_encoder_holdout.py --encoder /tmp/pe/passage-encoder.onnx

The held-out rows are parts 0-1 of ``scripts/train_passage_encoder.py`` (a hash of each row's group: written passage
id, set-0 work, real work, background novel), the rows that ``--holdout`` left out of the encoder's training. The
reader is retrained here on every other row with the reader's own recipe (C = 16, each label's threshold from its
out-of-fold scores on those rows) and run as it ships (:class:`~ficlens.analyse.warnings.reader.PassageReader`, cue
inputs included). Both are scored on each label's held-out rows as the reader's ``label_rows`` picks them
(positives, hard negatives, unrelated labels' passages, background, real-work passages of labels the work's gold
lacks). Per label: AUC, the AUC on the label's own written/judged rows only (positives against its hard
negatives), balanced accuracy at the threshold chosen on the training rows (score 0.5), and the recall at the
lowest score where precision reaches 0.9; then the same pooled over all (row, label) pairs.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import train_passage_encoder as encoder_training  # noqa: E402
import train_passage_reader as reader_training  # noqa: E402

READER_C = 16.0
PRECISION = 0.9


def held_out_split(rows: list[Any]) -> tuple[np.ndarray, np.ndarray]:
    parts = np.array([encoder_training.part(r.group) for r in rows])
    held = np.isin(parts, encoder_training.HELD_OUT_PARTS)
    return np.flatnonzero(~held), np.flatnonzero(held)


def reader_scores(rows: list[Any], train: np.ndarray, held: np.ndarray) -> tuple[np.ndarray, list[str]]:
    """The reader retrained on ``train`` (thresholds out of fold there), scoring the ``held`` rows."""
    from ficlens.analyse.warnings.cue_scan import lexicon_scan
    from ficlens.analyse.warnings.labels import LABELS
    from ficlens.analyse.warnings.lexicon import normalize
    from ficlens.analyse.warnings.reader import reader_from_bytes

    fitted = reader_training.fit_reader([rows[i] for i in train], (READER_C,), log=False, labels=list(LABELS))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "reader.npz"
        fitted.write(path)
        reader = reader_from_bytes(path.read_bytes())
    scan = lexicon_scan()
    texts = [rows[i].text for i in held]
    cues = [{label for label, spans in zip(LABELS, scan.label_spans(normalize(t)), strict=True) if spans}
            for t in texts]
    return reader.score_many(texts, cues), list(reader.labels)


def auc(p: np.ndarray, y: np.ndarray) -> float:
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(y, p)) if 0 < y.sum() < len(y) else float("nan")


def at_precision(p: np.ndarray, y: np.ndarray, precision: float = PRECISION) -> tuple[float, float]:
    """The lowest score from which on the precision is at least ``precision``, and the recall there (nan, 0 when
    never)."""
    order = np.argsort(-p, kind="stable")
    hits = np.cumsum(y[order])
    prec = hits / np.arange(1, len(p) + 1)
    ok = np.flatnonzero(prec >= precision)
    if not len(ok) or not y.sum():
        return float("nan"), 0.0
    k = ok[-1]
    return float(p[order][k]), float(hits[k] / y.sum())


def report(name: str, scores: np.ndarray, labels: list[str], rows: list[Any]) -> dict[str, float]:
    """Per-label figures of ``scores`` (held rows x labels) and their means; printed."""
    print(f"\n{name}\n{'label':22s}  n+   n-   AUC  own-AUC  bal@0.5  score@P.9  recall@P.9")
    aucs, owns, bals, recalls, pooled_p, pooled_y = [], [], [], [], [], []
    for j, label in enumerate(labels):
        idx, y, _ = reader_training.label_rows(rows, label)
        if not len(idx) or not y.sum():
            continue
        p = scores[idx, j]
        own = np.array([rows[i].label == label for i in idx])
        bal = 0.5 * ((p[y == 1] >= 0.5).mean() + (p[y == 0] < 0.5).mean())
        t, r = at_precision(p, y)
        aucs.append(auc(p, y))
        owns.append(auc(p[own], y[own]))
        bals.append(bal)
        recalls.append(r)
        pooled_p.append(p)
        pooled_y.append(y)
        print(f"{label:22s} {int(y.sum()):3d} {int((y == 0).sum()):4d}  {aucs[-1]:.3f}  {owns[-1]:.3f}    "
              f"{bal:.3f}    {t:.3f}      {r:.3f}")
    pp, yy = np.concatenate(pooled_p), np.concatenate(pooled_y)
    t, r = at_precision(pp, yy)
    out = {"auc": float(np.nanmean(aucs)), "own_auc": float(np.nanmean(owns)), "balanced": float(np.mean(bals)),
           "recall_p90": float(np.mean(recalls)), "pooled_auc": auc(pp, yy), "pooled_score_p90": t,
           "pooled_recall_p90": r}
    print(f"{'mean':22s}           {out['auc']:.3f}  {out['own_auc']:.3f}    {out['balanced']:.3f}"
          f"               {out['recall_p90']:.3f}")
    print(f"pooled over {len(yy)} (row, label) pairs: AUC {out['pooled_auc']:.3f}; precision >= {PRECISION} from "
          f"score {t:.3f} on, recall there {r:.3f}")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--encoder", type=Path, help="the --holdout run's passage-encoder.onnx (without it: nothing)")
    parser.add_argument("--reader-cache", type=Path, default=Path("/tmp/passage-encoder/reader-held-out.npy"),
                        help="the retrained reader's held-out scores (computed and saved when absent)")
    parser.add_argument("--texts", type=Path, default=reader_training.DEFAULT_TEXTS)
    args = parser.parse_args()
    if args.encoder is None or not args.encoder.is_file():
        print("passage_encoder_holdout: no encoder to compare (--encoder: the model of a --holdout run)")
        return 0
    try:
        from ficlens.analyse.warnings.encoder import encoder_from_bytes

        tokenizer = (encoder_training.MODEL_DIR / "tokenizer.json").read_bytes()
        enc = encoder_from_bytes(args.encoder.read_bytes(), tokenizer, threads=2)
    except (ImportError, OSError) as exc:
        print(f"passage_encoder_holdout: cannot run the encoder here ({exc}); the training venv has what it needs")
        return 0
    from ficlens.analyse.warnings.labels import LABELS

    rows = (reader_training.load(reader_training.DEFAULT_SET0, reader_training.DEFAULT_WRITTEN)
            + reader_training.background(reader_training.DEFAULT_BACKGROUND)
            + reader_training.realfic_dev(reader_training.DEFAULT_WORKS, args.texts))
    train, held = held_out_split(rows)
    held_rows = [rows[i] for i in held]
    print(f"{len(rows)} rows, {len(held)} held out")
    if args.reader_cache.is_file():
        reader = np.load(args.reader_cache)
    else:
        reader, _ = reader_scores(rows, train, held)
        args.reader_cache.parent.mkdir(parents=True, exist_ok=True)
        np.save(args.reader_cache, reader)
    report("reader (retrained without the held-out rows)", reader, list(LABELS), held_rows)
    scores = enc.score_many([r.text for r in held_rows])
    report("encoder (ONNX int8)", scores, list(enc.labels), held_rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
