"""Grouped cross-validation of the passage classifier on shared/data/passages/train.jsonl (the peers' protocol).

For each repeat (seed) the passages are split 5-fold by work_id; the model is refitted on four folds (thresholds by
inner grouped CV on those four only) and every held-out passage is scored. Then, per label, 20 positives + 20
negatives are drawn from the held-out predictions (majority vote = the label; negatives are passages judged for
the same label; racism has only 2 such negatives, so its samples are smaller and accuracy is averaged per class),
accuracy is computed, and averaged over labels, draws and repeats.

Systems: ``lexicon`` = cues and context rules only (what the 25 unlabelled labels get); ``model`` = the linear
model alone; ``model+cue`` = the model, positive only with a surviving cue; ``mean+cue`` = the mean of model and
lexicon scores with a cue; ``shipped`` = the decision ``classify-passages`` and ``analyze`` make.

    .venv/bin/python eval/warnings_cv.py [--repeats 3] [--draws 10] [--engine linear|ml]

``--engine ml`` (needs the ml extra) refits the MiniLM model in every fold instead of the TF-IDF one.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "passages" / "train.jsonl"
SYSTEMS = ("lexicon", "model", "model+cue", "mean+cue", "shipped")


def held_out_scores(rows: list, seed: int, embedder: object = None) -> dict[str, np.ndarray]:
    from sklearn.model_selection import GroupKFold

    from ficlens.analyse.warnings.classifier import PassageClassifier, has_cue
    from ficlens.analyse.warnings.training import fit_model

    out = {name: np.zeros(len(rows), dtype=bool) for name in SYSTEMS}
    lexicon = PassageClassifier("lexicon")
    folds = GroupKFold(5, shuffle=True, random_state=seed)
    for tr, te in folds.split(rows, groups=[r.work_id for r in rows]):
        model = fit_model([rows[i] for i in tr], embedder=embedder)  # type: ignore[arg-type]
        shipped = PassageClassifier(model=model)
        for i in te:
            r = rows[i]
            out["lexicon"][i] = lexicon.classify(r.text, r.warning).positive
            decision = shipped.classify(r.text, r.warning)
            model_score = decision.model_score or 0.0
            cue = has_cue(decision.evidence)
            out["shipped"][i] = decision.positive
            out["model"][i] = model_score >= 0.5
            out["model+cue"][i] = model_score >= 0.5 and cue
            out["mean+cue"][i] = (model_score + decision.evidence.score) / 2 >= 0.5 and cue
    return out


def balanced_accuracy(pred: np.ndarray, rows: list, label: str, draws: int, seed: int) -> float:
    pos = [i for i, r in enumerate(rows) if r.warning == label and r.positive]
    neg = [i for i, r in enumerate(rows) if r.warning == label and not r.positive]
    rng = random.Random(seed)
    accs = []
    for _ in range(draws):
        p = rng.sample(pos, min(20, len(pos)))
        n = rng.sample(neg, min(20, len(neg)))
        accs.append((pred[p].mean() + (~pred[n]).mean()) / 2)
    return float(np.mean(accs))


def main() -> int:
    from ficlens.analyse.warnings.training import load_passages

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--draws", type=int, default=10)
    parser.add_argument("--engine", choices=["linear", "ml"], default="linear")
    parser.add_argument("--embeddings-cache", type=Path, help="a .npy file to keep the passage embeddings in")
    args = parser.parse_args()
    if not args.data.exists():
        print(f"warnings_cv: no data at {args.data} (needs ../shared); skipped", file=sys.stderr)
        return 0
    rows = load_passages(args.data)
    labels = sorted({r.warning for r in rows})
    embedder = None
    if args.engine == "ml":
        from ficlens.analyse.warnings.training import passage_embedder

        embedder = passage_embedder(rows, args.embeddings_cache)
    table: dict[str, dict[str, list[float]]] = {}
    for seed in range(args.repeats):
        preds = held_out_scores(rows, seed, embedder)
        for name, pred in preds.items():
            per = table.setdefault(name, {label: [] for label in labels})
            for label in labels:
                per[label].append(balanced_accuracy(pred, rows, label, args.draws, seed))
        print(f"repeat {seed + 1}/{args.repeats} done", file=sys.stderr)
    print(f"engine {args.engine}: grouped 5-fold CV by work_id, {args.repeats} repeats x {args.draws} draws "
          "of 20+20 per label")
    print(f"{'system':<10} {'mean':>5}  " + " ".join(f"{lab[:9]:>9}" for lab in labels))
    for name, per in table.items():
        means = [float(np.mean(per[label])) for label in labels]
        print(f"{name:<10} {np.mean(means):5.3f}  " + " ".join(f"{m:9.2f}" for m in means))
    return 0


if __name__ == "__main__":
    sys.exit(main())
