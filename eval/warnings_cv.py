"""Grouped cross-validation of the passage classifier on shared/data/passages/train.jsonl, under two protocols.

For each repeat (seed) the passages are split 5-fold by work_id; the model is refitted on four folds (C and
thresholds by an inner grouped CV on those four only) and every held-out passage is scored for *every* labelled
warning. Then, per label X, 20 positives + 20 negatives are drawn 10 times from the held-out decisions and the
accuracy is averaged over labels, draws and repeats. Positives are always X's passages with a majority vote for X.
The two protocols differ in the negatives:

- ``same-label`` (the peers' binary setting): X's own passages without a majority for X, i.e. candidates that
  annotators judged for X and rejected (racism has only 2, so its samples are smaller; accuracy is the mean of the
  per-class accuracies);
- ``pooled`` (the peers' multiclass setting): any passage not positive for X, i.e. X's rejected candidates and the
  passages judged for the other seven warnings alike, drawn uniformly.

Systems: ``lexicon`` = cues and context rules only (what the 25 unlabelled labels get); ``model`` = the trained model
alone (score >= 0.5, no cue needed; not measurable apart with ``--engine ml``, which only embeds passages with a
cue); ``shipped`` = the decision ``classify-passages`` and ``analyze`` make (model score >= 0.5 and the cue gate).

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
SYSTEMS = ("lexicon", "model", "shipped")
PROTOCOLS = {
    "same-label": "negatives = the label's own passages without a majority vote (candidates judged and rejected)",
    "pooled": "negatives = every passage not positive for the label (its rejected candidates and all passages "
              "judged for the other 7 warnings)",
}


def held_out_decisions(rows: list, labels: list[str], seed: int, embedder: object = None) -> dict[str, np.ndarray]:
    """Per system: a (passages x labels) boolean matrix of held-out decisions."""
    from sklearn.model_selection import GroupKFold

    from ficlens.analyse.warnings.classifier import PassageClassifier
    from ficlens.analyse.warnings.context import LexiconEvidence, read_cues
    from ficlens.analyse.warnings.lexicon import LEXICONS, normalize
    from ficlens.analyse.warnings.training import fit_model

    out = {name: np.zeros((len(rows), len(labels)), dtype=bool) for name in SYSTEMS}
    lexicon = PassageClassifier("lexicon")
    folds = GroupKFold(5, shuffle=True, random_state=seed)
    for tr, te in folds.split(rows, groups=[r.work_id for r in rows]):
        model = fit_model([rows[i] for i in tr], embedder=embedder)  # type: ignore[arg-type]
        shipped = PassageClassifier(model=model)
        for i in te:
            text = rows[i].text
            norm = normalize(text)
            cache: dict[str, LexiconEvidence] = {}

            def evidence(name: str, norm: str = norm, cache: dict[str, LexiconEvidence] = cache) -> LexiconEvidence:
                if name not in cache:
                    cache[name] = read_cues(norm, LEXICONS[name], normalized=True)
                return cache[name]

            vector = shipped.vector(text, evidence)
            for k, label in enumerate(labels):
                out["lexicon"][i, k] = lexicon.classify(text, label, evidence=evidence).positive
                decision = shipped.classify(text, label, vector=vector, evidence=evidence)
                out["shipped"][i, k] = decision.positive
                out["model"][i, k] = (decision.model_score or 0.0) >= 0.5
    return out


def protocol_accuracy(pred: np.ndarray, rows: list, label: str, protocol: str, draws: int, seed: int) -> float:
    """Mean over ``draws`` samples of 20 positives + 20 negatives of the balanced accuracy of ``pred`` (one
    label's column)."""
    pos = [i for i, r in enumerate(rows) if r.warning == label and r.positive]
    if protocol == "same-label":
        neg = [i for i, r in enumerate(rows) if r.warning == label and not r.positive]
    else:
        neg = [i for i, r in enumerate(rows) if not (r.warning == label and r.positive)]
    rng = random.Random(f"{seed}/{label}/{protocol}")
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
    table: dict[tuple[str, str], dict[str, list[float]]] = {}
    for seed in range(args.repeats):
        preds = held_out_decisions(rows, labels, seed, embedder)
        for name, pred in preds.items():
            for protocol in PROTOCOLS:
                per = table.setdefault((name, protocol), {label: [] for label in labels})
                for k, label in enumerate(labels):
                    per[label].append(protocol_accuracy(pred[:, k], rows, label, protocol, args.draws, seed))
        print(f"repeat {seed + 1}/{args.repeats} done", file=sys.stderr)
    print(f"engine {args.engine}: grouped 5-fold CV by work_id, {args.repeats} repeats x {args.draws} draws "
          "of 20 positives + 20 negatives per label; held-out mean accuracy")
    for protocol, definition in PROTOCOLS.items():
        print(f"  {protocol}: {definition}")
    print(f"{'system':<8} {'protocol':<10} {'mean':>5}  " + " ".join(f"{lab[:9]:>9}" for lab in labels))
    for (name, protocol), per in table.items():
        means = [float(np.mean(per[label])) for label in labels]
        print(f"{name:<8} {protocol:<10} {np.mean(means):5.3f}  " + " ".join(f"{m:9.2f}" for m in means))
    return 0


if __name__ == "__main__":
    sys.exit(main())
