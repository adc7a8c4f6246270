"""Fit the calibrated rating (src/ficlens/models/rating.json) on the dev works of data/works, and measure it out of
fold against the hand rule.

Each dev work is analysed (or its report read from --reports DIR, where analysed reports are also written), its
features are archive.work_rating_features of its text and warnings, and its target is the gold rating. Out of fold:
the dev works in FOLDS folds grouped by source repository (the "repo" field; the largest repositories first, each to
the fold with fewest works), a model fitted on two folds scores the third. Printed: the hand rule's and the model's
confusion (gold rows x predicted columns), exact, and how many E/M works each rates G/T. The shipped model is
then fitted on all dev works (its own dev figures are tuned on; the out-of-fold ones are the honest ones), and it
is on by default only when out of fold it rates more works exactly than the hand rule and rates no more E/M works
G/T (``on_by_default`` in the artifact; ``ficlens.analyse.warnings.rating_model.RATING_MODEL.using(model)`` turns
it on for a block whatever the flag says).
Only dev works are read: the test split is never opened.

Run: PYTHONPATH=src .venv/bin/python scripts/train_rating.py [--reports DIR] [--out PATH] [--l2 X] [--dry-run]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))

import works_realfic  # noqa: E402
from works_realfic import DEFAULT_CACHE, WORKS, load_rows, text_for  # noqa: E402

from ficlens.analyse.warnings.archive import work_rating_features  # noqa: E402
from ficlens.analyse.warnings.rating_model import (  # noqa: E402
    FEATURES,
    MODEL_PATH,
    RATINGS,
    RatingModel,
    cost_matrix,
    rule_index,
)
from ficlens.report import Report, Warning  # noqa: E402

FOLDS = 3
L2 = 10.0  # the penalty on the standardised weights (sum of squares), per work
UNDER_COST = 2.0  # under-rating a work by one step costs twice over-rating it by one
STEPS = 3000


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2, under_cost: float = UNDER_COST,
        weights: np.ndarray | None = None) -> RatingModel:
    """A multinomial logistic model of ratings ``y`` (indices of RATINGS) on features ``x``, by gradient descent
    (deterministic); ``weights`` (default all 1) weigh the works, as if each were that many."""
    sw = np.ones(len(y)) if weights is None else np.asarray(weights, dtype=float)
    mean = np.average(x, axis=0, weights=sw)
    scale = np.sqrt(np.average((x - mean) ** 2, axis=0, weights=sw))
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    n, k = float(sw.sum()), len(RATINGS)
    onehot = np.eye(k)[y]
    w, b = np.zeros((k, z.shape[1])), np.log(((onehot * sw[:, None]).sum(axis=0) + 1) / (n + k))
    rate = 0.5
    for _ in range(STEPS):
        logits = z @ w.T + b
        p = np.exp(logits - logits.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        grad = (p - onehot) * sw[:, None]
        w -= rate * (grad.T @ z / n + l2 * w / n)
        b -= rate * grad.sum(axis=0) / n
    return RatingModel(mean=mean, scale=scale, weights=w, bias=b, under_cost=under_cost)


def repo_folds(repos: Sequence[str], folds: int = FOLDS) -> list[int]:
    """The fold of each work (``repos``: each work's repository), by :func:`works_realfic.repo_folds`."""
    fold_of = works_realfic.repo_folds(repos, folds)
    return [fold_of[r] for r in repos]


def summary(name: str, gold: Sequence[int] | np.ndarray, predicted: Sequence[int]) -> list[str]:
    """Exact, heavy works rated light, and the confusion (gold rows x predicted columns)."""
    confusion = np.zeros((len(RATINGS), len(RATINGS)), dtype=int)
    for g, p in zip(gold, predicted, strict=True):
        confusion[g, p] += 1
    heavy = [p for g, p in zip(gold, predicted, strict=True) if g >= 2]
    under = sum(1 for g, p in zip(gold, predicted, strict=True) if p < g)
    cost = cost_matrix(UNDER_COST)[np.asarray(gold), np.asarray(predicted)].sum()
    over = sum(1 for g, p in zip(gold, predicted, strict=True) if p > g)
    lines = [f"{name}: exact {int(np.trace(confusion))}/{len(gold)}; E/M works rated G/T "
             f"{sum(1 for p in heavy if p < 2)}/{len(heavy)}; under-rated {under}, over-rated {over}; "
             f"cost {cost:g} (a step too low {UNDER_COST:g}, too high 1)",
             "  gold\\pred " + " ".join(f"{r:>3}" for r in RATINGS)]
    lines += [f"  {RATINGS[g]:>9} " + " ".join(f"{v:>3}" for v in confusion[g]) for g in range(len(RATINGS))]
    return lines


def dev_works(reports: Path | None) -> list[tuple[str, list[float], int]]:
    """(repo, features, gold rating index) of every dev work with a text and a label file."""
    import ficlens

    folders = [p for p in (DEFAULT_CACHE,) if p.is_dir()] + [WORKS / "texts"]
    out = []
    for row in load_rows():
        if row.get("split") != "dev":
            continue
        label_path = WORKS / "labels" / f"{row['id']}.json"
        text = text_for(row, folders)
        if text is None or not label_path.is_file():
            continue
        cached = reports / f"{row['id']}.json" if reports else None
        if cached is not None and cached.is_file():
            warnings = [Warning.model_validate(w) for w in json.loads(cached.read_text(encoding="utf-8"))["warnings"]]
        else:
            report: Report = ficlens.analyze(text)
            warnings = report.warnings
            if cached is not None:
                cached.write_text(report.model_dump_json(), encoding="utf-8")
        gold = json.loads(label_path.read_text(encoding="utf-8"))["rating"]
        out.append((row["repo"], work_rating_features(text, warnings), RATINGS.index(gold)))
    return out


def out_of_fold(x: np.ndarray, y: np.ndarray, folds: list[int], l2: float, under_cost: float) -> list[int]:
    predicted = [0] * len(y)
    for f in range(FOLDS):
        train = np.array([k != f for k in folds])
        model = fit(x[train], y[train], l2, under_cost)
        for i in np.flatnonzero(~train):
            predicted[i] = RATINGS.index(model.decide(x[i])[0])
    return predicted


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reports", type=Path, default=None, help="folder of cached analyse reports (<id>.json)")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--l2", type=float, default=L2)
    parser.add_argument("--under-cost", type=float, default=UNDER_COST)
    parser.add_argument("--dry-run", action="store_true", help="measure only; write no artifact")
    args = parser.parse_args(argv)
    if args.reports:
        args.reports.mkdir(parents=True, exist_ok=True)
    works = dev_works(args.reports)
    if not works:
        print("no dev works with texts: run scripts/fetch_realfic.py or fill /work/realfic-cache")
        return 1
    x = np.array([f for _, f, _ in works], dtype=float)
    y = np.array([g for _, _, g in works])
    folds = repo_folds([r for r, _, _ in works])
    print(f"{len(works)} dev works; folds by repository: {[folds.count(f) for f in range(FOLDS)]} works")
    rule = [rule_index(f) for f in x]
    for line in summary("hand rule", y, rule):
        print(line)
    predicted = out_of_fold(x, y, folds, args.l2, args.under_cost)
    for line in summary(f"model out of fold (l2 {args.l2}, under-cost {args.under_cost})", y, predicted):
        print(line)
    on = ships(y, rule, predicted)
    print(f"on by default: {on} (out of fold, more works rated exactly and no more E/M works rated G/T)")
    model = fit(x, y, args.l2, args.under_cost)
    for line in summary("model on all dev (tuned on)", y, [RATINGS.index(model.decide(f)[0]) for f in x]):
        print(line)
    if args.dry_run:
        return 0
    data = {"features": list(FEATURES), "ratings": list(RATINGS), "under_cost": args.under_cost,
            "on_by_default": on, "mean": _rounded(model.mean), "scale": _rounded(model.scale),
            "weights": [_rounded(row) for row in model.weights], "bias": _rounded(model.bias),
            "trained_on": f"{len(works)} dev works of data/works (scripts/train_rating.py, l2 {args.l2})"}
    args.out.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


def ships(gold: Sequence[int] | np.ndarray, rule: Sequence[int], model: Sequence[int]) -> bool:
    """Whether the model beats the hand rule: more works rated exactly, and no more heavy (E/M) works rated G/T."""
    def exact(predicted: Sequence[int]) -> int:
        return sum(int(g == p) for g, p in zip(gold, predicted, strict=True))

    def heavy_light(predicted: Sequence[int]) -> int:
        return sum(int(g >= 2 > p) for g, p in zip(gold, predicted, strict=True))

    return exact(model) > exact(rule) and heavy_light(model) <= heavy_light(rule)


def _rounded(values: np.ndarray) -> list[float]:
    return [round(float(v), 6) for v in values]


if __name__ == "__main__":
    sys.exit(main())
