"""How high can any classifier score on the passage protocol? A noise ceiling from the annotators' votes.

Each passage of shared/data/passages/train.jsonl carries three votes and its label is the majority. Many passages
are 2-1 splits, so the majority label itself is noisy: even a system that knew, for every passage, the exact
chance ``p`` that an annotator calls it positive would still miss the majority of three votes on some of them.

Per warning, ``p`` is modelled as Beta(a, b) over passages and the votes as Binomial(3, p) (a beta-binomial fitted
to the warning's vote histogram by maximum likelihood). The ceiling is the balanced accuracy, on the warning's own
passages (the same-label protocol of eval/warnings_cv.py), of that oracle with its best threshold on ``p``: the
mean of P(decided positive | majority positive) and P(decided negative | majority negative). It is a model-based
estimate (it assumes the annotators of a passage are exchangeable), not a measurement, and it uses no classifier.

    .venv/bin/python eval/warnings_ceiling.py
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "passages" / "train.jsonl"


def fit_beta_binomial(histogram: np.ndarray) -> tuple[float, float]:
    """Maximum-likelihood (a, b) of a beta-binomial over 3 votes given counts of 0, 1, 2 and 3 positive votes."""
    from scipy.optimize import minimize
    from scipy.stats import betabinom

    def nll(t: np.ndarray) -> float:
        return float(-(histogram * betabinom.logpmf(np.arange(4), 3, np.exp(t[0]), np.exp(t[1]))).sum())

    t = minimize(nll, np.zeros(2), method="Nelder-Mead").x
    return float(np.exp(t[0])), float(np.exp(t[1]))


def oracle_balanced_accuracy(a: float, b: float, grid: int = 4000) -> float:
    """Best balanced accuracy against the majority of 3 votes of a decision on the true ``p`` ~ Beta(a, b)."""
    from scipy.stats import beta, binom

    edges = np.linspace(0.0, 1.0, grid + 1)
    p = (edges[:-1] + edges[1:]) / 2
    w = np.diff(beta.cdf(edges, a, b))  # the mass of each bin (a bin sum, so U-shaped densities are fine)
    w /= w.sum()
    majority = binom.sf(1, 3, p)  # P(at least 2 of 3 votes | p)
    pos_mass = (w * majority).sum()
    neg_mass = 1.0 - pos_mass
    # deciding positive for p >= t: sweep t from high to low with cumulative sums
    tpr = np.cumsum((w * majority)[::-1]) / pos_mass
    fpr = np.cumsum((w * (1 - majority))[::-1]) / neg_mass
    return float(np.max((tpr + 1 - fpr) / 2))


def main() -> int:
    import json

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args()
    if not args.data.exists():
        print(f"warnings_ceiling: no data at {args.data} (needs ../shared); skipped", file=sys.stderr)
        return 0
    hist: dict[str, Counter[int]] = {}
    with args.data.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                d = json.loads(line)
                hist.setdefault(d["warning"], Counter())[int(sum(d["labels"]))] += 1
    print("noise ceiling of the same-label protocol (beta-binomial oracle; see the docstring)")
    print(f"{'warning':<11} {'votes 0/1/2/3':>17} {'split 2-1 or 1-2':>16} {'ceiling':>8}")
    ceilings = []
    for label in sorted(hist):
        h = np.array([hist[label][k] for k in range(4)], dtype=float)
        ceiling = oracle_balanced_accuracy(*fit_beta_binomial(h))
        ceilings.append(ceiling)
        split = (h[1] + h[2]) / h.sum()
        print(f"{label:<11} {'/'.join(str(int(x)) for x in h):>17} {split:16.2f} {ceiling:8.3f}")
    print(f"{'mean':<11} {'':>17} {'':>16} {float(np.mean(ceilings)):8.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
