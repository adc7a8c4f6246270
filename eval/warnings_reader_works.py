"""Work-level decisions from the passage reader's scores, compared on the real works' dev split (data/works).

For every dev work: the default engine's warnings (``ficlens.analyze``, the cue path), and the passage reader's
score of every passage for every label (passages as ``analyze`` cuts them, rule-based sentences). Then, per
decision, work-level micro/macro-F1 and high-stakes recall/precision (eval/works_realfic.py's counts):

- ``cue path``: the default engine's labels;
- ``+ reader >= BAR``: plus every label whose best cue-less passage (no cue of the label) the reader scores BAR or more
  (what engine ``reader`` does, before the work-level prior);
- ``fitted``: one logistic regression over (work, label) pairs, all labels pooled (features: the cue path's verdict,
  the best, second and third reader scores, the share of passages over 0.5 and 0.9, the label's group), its
  predictions out of fold (5 folds grouped by work), so no threshold is tuned on the pairs it is scored on.

    .venv/bin/python eval/warnings_reader_works.py [--reader PATH] [--texts DIR]

Dev only (the test split is reported once, by eval/works_realfic.py). When the reader was trained with the dev works'
passages as negatives (scripts/train_passage_reader.py does by default), its dev scores are in-sample for those: for
out-of-sample figures pass a reader trained with ``--no-realfic``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
BARS = (0.9, 0.97, 0.99, 0.995, 0.999, 0.9995, 0.9999)


def work_rows(texts: Path) -> list[tuple[str, str, set[str]]]:
    """(id, text, gold labels) of the dev works whose text is found."""
    sys.path[:0] = [str(ROOT / "eval")]
    import works_realfic as wr  # type: ignore[import-not-found]

    out = []
    for row in wr.load_rows():
        if row.get("split") != "dev":
            continue
        text = wr.text_for(row, [texts, wr.WORKS / "texts"])
        label_path = wr.WORKS / "labels" / f"{row['id']}.json"
        if text is not None and label_path.is_file():
            gold = json.loads(label_path.read_text(encoding="utf-8"))
            out.append((row["id"], text, set(gold.get("warnings", {}))))
    return out


def features_of(cue: bool, column: np.ndarray) -> list[float]:
    """A (work, label) pair's decision inputs: the cue path's verdict and the reader scores' summary."""
    top = np.sort(column)[::-1]
    top = np.concatenate([top, np.zeros(3)])[:3]
    logit = np.log(np.clip(top, 1e-4, 1 - 1e-4) / (1 - np.clip(top, 1e-4, 1 - 1e-4)))
    return [float(cue), *logit.tolist(), float((column >= 0.5).mean()), float((column >= 0.9).mean()),
            float(np.log(len(column) + 1))]


def best_cut(p: np.ndarray, y: np.ndarray) -> float:
    """The probability cut of best F1 of ``p`` against ``y``."""
    best, best_f1 = 0.5, -1.0
    for cut in np.unique(np.round(p, 3)):
        tp = float(((p >= cut) & (y == 1)).sum())
        f1 = 2 * tp / max(float((p >= cut).sum()) + float(y.sum()), 1.0)
        if f1 > best_f1:
            best, best_f1 = float(cut), f1
    return best


def fitted_out_of_fold(x: np.ndarray, y: np.ndarray, groups: np.ndarray, c: float) -> np.ndarray:
    """Out-of-fold verdicts (5 folds grouped by work) of a logistic regression on the pairs' inputs, each fold's
    cut chosen on its own training pairs (best F1), never on the pairs it decides."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    out = np.zeros(len(y), dtype=bool)
    for train, test in GroupKFold(5).split(x, y, groups):
        model = LogisticRegression(C=c, max_iter=2000).fit(x[train], y[train])
        cut = best_cut(model.predict_proba(x[train])[:, 1], y[train])
        out[test] = model.predict_proba(x[test])[:, 1] >= cut
    return out


def _logit(p: float) -> float:
    q = min(max(p, 1e-6), 1 - 1e-6)
    return float(np.log(q / (1 - q)))


def rule_verdicts(data: list[dict[str, Any]], veto: float, add: float) -> np.ndarray:
    """The cue path's verdict unless its best reader logit is under ``veto``; or, without it, a cue-less passage
    with a reader logit of ``add`` or more."""
    return np.array([(d["cue"] and d["x"][1] >= veto) or (not d["cue"] and _logit(d["cueless_max"]) >= add)
                     for d in data])


def rule_out_of_fold(data: list[dict[str, Any]]) -> tuple[np.ndarray, list[tuple[float, float]]]:
    """:func:`rule_verdicts` out of fold (5 folds grouped by work): each fold's veto and add bars are the ones of
    best micro-F1 on its training works' pairs."""
    from sklearn.model_selection import GroupKFold

    y = np.array([d["gold"] for d in data])
    groups = np.array([d["work"] for d in data])
    vetoes = [-np.inf, *np.arange(0.0, 6.01, 0.5)]
    adds = [np.inf, *np.arange(4.0, 12.01, 0.5)]
    out = np.zeros(len(data), dtype=bool)
    chosen = []
    for train, test in GroupKFold(5).split(y, y, groups):
        sub = [data[i] for i in train]
        best = max(((veto, add) for veto in vetoes for add in adds),
                   key=lambda va: _f1(rule_verdicts(sub, *va), y[train]))
        chosen.append((float(best[0]), float(best[1])))
        out[test] = rule_verdicts([data[i] for i in test], *best)
    return out, chosen


def _f1(predicted: np.ndarray, gold: np.ndarray) -> float:
    tp = float((predicted & gold).sum())
    return 2 * tp / max(float(predicted.sum() + gold.sum()), 1.0)


def summary(name: str, pairs: list[tuple[set[str], set[str]]]) -> str:
    import works_realfic as wr

    micro = wr.warning_counts(pairs)
    _mp, _mr, mf = wr.macro_f1(pairs)
    high = wr.warning_counts(pairs, wr.HIGH_STAKES)
    return (f"{name:<22} micro P {micro.precision:.3f} R {micro.recall:.3f} F1 {micro.f1:.3f}  macro F1 {mf:.3f}  "
            f"high-stakes R {high.tp}/{high.tp + high.fn} P {high.tp}/{high.tp + high.fp}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reader", type=Path, default=None, help="a reader artifact (default: the shipped one)")
    parser.add_argument("--texts", type=Path, default=Path("/work/realfic-cache"))
    parser.add_argument("--save", type=Path, default=None, help="write the per-pair inputs as JSON")
    parser.add_argument("--cue-cache", type=Path, default=None,
                        help="JSON of the default engine's labels per work (read when there, else written)")
    args = parser.parse_args(argv)
    sys.path[:0] = [str(ROOT / "scripts")]
    import train_passage_reader as trainer  # type: ignore[import-not-found]

    import ficlens
    from ficlens.analyse.warnings.classifier import cue_labels
    from ficlens.analyse.warnings.reader import load_reader, reader_from_bytes

    reader = reader_from_bytes(args.reader.read_bytes()) if args.reader else load_reader()
    if reader is None:
        print("warnings_reader_works: no reader artifact", file=sys.stderr)
        return 1
    works = work_rows(args.texts)
    if not works:
        print("warnings_reader_works: no dev texts; skipped")
        return 0
    pairs_cue: list[tuple[set[str], set[str]]] = []
    data: list[dict[str, Any]] = []
    cached: dict[str, list[str]] = {}
    if args.cue_cache and args.cue_cache.is_file():
        cached = json.loads(args.cue_cache.read_text(encoding="utf-8"))
    for work_id, text, gold in works:
        if work_id not in cached:
            cached[work_id] = sorted(w.label for w in ficlens.analyze(text).warnings)
        cue_found = set(cached[work_id])
        pairs_cue.append((gold, cue_found))
        passages = trainer.work_passages(text)
        cues = [cue_labels(p) for p in passages]
        scores = reader.score_many(passages, cues)
        for label in reader.labels:
            column = scores[:, reader.column(label)]
            cueless = np.array([s for s, c in zip(column.tolist(), cues, strict=True) if label not in c] or [0.0])
            data.append({"work": work_id, "label": label, "gold": label in gold, "cue": label in cue_found,
                         "cueless_max": float(cueless.max()), "x": features_of(label in cue_found, column)})
    if args.cue_cache:
        args.cue_cache.write_text(json.dumps(cached), encoding="utf-8")
    print(f"dev works: {len(works)}; reader labels: {len(reader.labels)}")
    print(summary("cue path (default)", pairs_cue))
    for bar in BARS:
        pairs = [(gold, cue | {d["label"] for d in data if d["work"] == wid and d["cueless_max"] >= bar})
                 for (wid, _t, gold), (_g, cue) in zip(works, pairs_cue, strict=True)]
        print(summary(f"+ reader >= {bar}", pairs))
    groups = [frozenset(g) for g in trainer.GROUPS]
    x = np.array([d["x"] + [float(d["label"] in g) for g in groups] for d in data])
    y = np.array([int(d["gold"]) for d in data])
    work_ids = np.array([d["work"] for d in data])
    for c in (0.1, 1.0, 10.0):
        p = fitted_out_of_fold(x, y, work_ids, c)
        pairs = [(gold, {d["label"] for d, q in zip(data, p, strict=True) if d["work"] == wid and q}
                  | {lab for lab in cue if lab not in reader.labels})
                 for (wid, _t, gold), (_g, cue) in zip(works, pairs_cue, strict=True)]
        print(summary(f"fitted C={c}", pairs))
    verdicts, chosen = rule_out_of_fold(data)
    pairs = [(gold, {d["label"] for d, v in zip(data, verdicts, strict=True) if d["work"] == wid and v})
             for (wid, _t, gold) in works]
    print(summary("veto/add out of fold", pairs))
    print("  bars per fold (veto, add logits): " + ", ".join(f"({v:g}, {a:g})" for v, a in chosen))
    if args.save:
        args.save.write_text(json.dumps(data), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
