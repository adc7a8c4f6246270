"""A learned work-level decision for the heavy labels the hand-set decision misses, measured out of fold by source
repository on the real works' dev split (measured, not shipped: docs/warnings.md, "A learned decision for the heavy
labels"; its run-time side, ``analyse/warnings/work_model.py`` hooked into ``scan_warnings``, is commit 885915b).

Per (work, label) the hand-set decision (:mod:`ficlens.analyse.warnings.work_decision`) does not warn, a logistic
regression reads :data:`FEATURES` (:func:`features`): the passage reader's raw logits of the label over the work's
passages (the best, the mean of the best three and ten, how many pass 0, 2 and 4), the cue path's positive and
supporting passages and its noisy-or, the work's strongest minor cue and its length; one weight vector for every
label, one intercept per label, one threshold for the high-stakes labels and one for the others. Where it raises a
label, the reader's best passages for it would be the evidence (``mentioned``).

1. Every dev work is read once as ``analyze`` reads it (full profile; the warnings engine ``analyze`` resolves): its
   passages, their cues and word counts, the work's age cues, and per label the cue path's positive and supporting
   passage scores, its noisy-or and whether the hand-set decision warns (cached under ``--cache``).
2. Every passage's raw logits from a reader that never saw the work: by default, per outer fold, a reader of the
   model's labels trained as the shipped one (the real works' passages as negatives of the labels their gold lacks)
   without that fold's works (:func:`fold_reader_logits`, 5 trainings, ~2-5 min each here; cached); or ``--reader``,
   one reader trained without any real work (``scripts/train_passage_reader.py --no-realfic --no-thresholds``). The
   shipped reader saw the dev works' passages as negatives, so its scores there separate in sample.
3. Outer folds leave out one group of source repositories (:data:`OUTER` folds, :func:`works_realfic.repo_folds`).
   On the other works an inner CV (:data:`INNER` folds, also grouped by repository) chooses C and the threshold: the
   most true pairs the learned decision adds over the hand-set one with the combined precision on the model's labels
   at ``--floor`` (0.75) or more; the model fitted on all the other works then decides the fold's works. Printed: the
   hand-set and the combined decision's micro P/R/F1 over every label, high-stakes recall and precision, and per
   label the pairs found / false.

    PYTHONPATH=src .venv/bin/python eval/warnings_work_decision_folds.py [--reader /tmp/norf.npz] [--cache DIR]
        [--floor 0.75] [--features a,b,...] [--labels a,b,...]

Dev only (the test split is never read). Needs the real works' texts (/work/realfic-cache).
"""

from __future__ import annotations

import argparse
import json
import math
import pickle
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "eval")]
from works_realfic import HIGH_STAKES, WORKS, load_rows, repo_folds, text_for  # noqa: E402

DEFAULT_CACHE = Path("/tmp/work-decision-folds")
DEFAULT_TEXTS = Path("/work/realfic-cache")
OUTER = 5
INNER = 4
C_GRID = (0.03, 0.1, 0.3, 1.0)


MIN_WORDS = 12  # a passage of fewer words is not read (as the cue-free path: its scores sit at the extremes)
LEVELS = (0.0, 2.0, 4.0)  # raw reader logits whose passage counts are features
FEATURES: tuple[str, ...] = (
    "z_max", "z_top3", "z_top10", *(f"n_over_{int(level)}" for level in LEVELS),
    "cue_positives", "cue_support", "cue_best", "cue_probability", "age_minor", "passages",
)


def features(logits: np.ndarray, words: Sequence[int], positives: Sequence[float], support: Sequence[float],
             probability: float, age_minor: float) -> list[float]:
    """The :data:`FEATURES` of one (work, label): ``logits`` the reader's raw logits of the label for every passage,
    ``words`` every passage's word count, ``positives`` / ``support`` the cue path's positive and supporting passage
    scores, ``probability`` its noisy-or, ``age_minor`` the work's strongest minor cue (0-1)."""
    read = np.sort(np.asarray([z for z, n in zip(logits.tolist(), words, strict=True) if n >= MIN_WORDS] or [-10.0],
                              dtype=np.float64))[::-1]
    top = [float(np.concatenate([read, np.full(max(k - len(read), 0), read[-1])])[:k].mean()) for k in (3, 10)]
    counts = [math.log1p(int((read > level).sum())) for level in LEVELS]
    return [float(read[0]), *top, *counts, math.log1p(len(positives)), math.log1p(len(support)),
            max([*positives, *support], default=0.0), probability, age_minor, math.log(max(len(words), 1))]


def raw_logits(scores: np.ndarray, shift: np.ndarray) -> np.ndarray:
    """A reader's raw logits from its (threshold-mapped) ``scores`` and its ``shift``."""
    s = np.clip(scores.astype(np.float64), 1e-7, 1 - 1e-7)
    return np.asarray(np.log(s / (1.0 - s)) + shift.astype(np.float64))


@dataclass
class ReadWork:
    """One dev work as the warnings stage reads it."""

    id: str
    repo: str
    gold: set[str]
    handset: set[str]  # the labels the hand-set decision warns
    texts: list[str]
    cues: list[set[str]]
    words: list[int]
    age_minor: float
    cue_path: dict[str, tuple[list[float], list[float], float]]  # label -> positives, support, noisy-or


def read_works(texts: Path) -> list[ReadWork]:
    """Step 1."""
    from ficlens.analyse.analysis import Analysis
    from ficlens.analyse.cast.stages import run_cast
    from ficlens.analyse.warnings.aggregate import WorkScanner, warn
    from ficlens.analyse.warnings.labels import LABELS
    from ficlens.analyse.warnings.stage import work_classifier
    from ficlens.analyse.warnings.work_decision import prior_for, work_probability
    from ficlens.api import works
    from ficlens.nlp.document import build_document
    from ficlens.report import Report

    out = []
    for row in load_rows():
        label_path = WORKS / "labels" / f"{row['id']}.json"
        text = text_for(row, [texts, WORKS / "texts"]) if row.get("split") == "dev" else None
        if text is None or not label_path.is_file():
            continue
        doc = build_document(next(works(text)), "full")
        analysis = Analysis(doc, Report.for_work(doc.work, mode=doc.profile))
        run_cast(analysis)
        scanner = WorkScanner(doc, work_classifier(), analysis.cast)
        cues = scanner.passage_cues()
        scanner.prepare_vectors()
        handset, cue_path = set(), {}
        n = len(scanner.passages)
        for label in LABELS:
            found, support = scanner.findings(label)
            cue_free = scanner.cue_free(label)
            if warn(doc, label, found, support, n, scanner.finding if scanner.consistent(label) else None,
                    cue_free=cue_free) is not None:
                handset.add(label)
            pos, sup = [f.decision.score for f in found], [d.score for _, d in support]
            cue_path[label] = (pos, sup, work_probability([*pos, *sup], prior_for(n)))
        gold = set(json.loads(label_path.read_text(encoding="utf-8")).get("warnings", {}))
        out.append(ReadWork(row["id"], row.get("repo") or row["id"], gold, handset, scanner.texts(),
                            [set(c) for c in cues], scanner.word_counts(), scanner.age.minor, cue_path))
        print(f"  read {row['id']}", file=sys.stderr, flush=True)
    return out


def cached_works(cache: Path, texts: Path) -> list[ReadWork]:
    path = cache / "works.pkl"
    if not path.is_file():
        cache.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps(read_works(texts)))
    works: list[ReadWork] = pickle.loads(path.read_bytes())
    return works


def reader_logits(cache: Path, reader_path: Path, works: list[ReadWork]) -> list[np.ndarray]:
    """Step 2: per work, (passages x LABELS) raw logits of the reader at ``reader_path`` (cached)."""
    path = cache / f"logits-{reader_path.stem}.pkl"
    if path.is_file():
        cached: list[np.ndarray] = pickle.loads(path.read_bytes())
        return cached
    from ficlens.analyse.warnings.cue_free import label_columns
    from ficlens.analyse.warnings.reader import reader_from_bytes

    reader = reader_from_bytes(reader_path.read_bytes())
    out = []
    for w in works:
        scores = reader.score_many(w.texts, w.cues)
        out.append(label_columns(reader, raw_logits(scores, reader.shift)))
    path.write_bytes(pickle.dumps(out))
    return out


def fold_reader_logits(cache: Path, texts: Path, works: list[ReadWork], labels: tuple[str, ...]
                       ) -> list[np.ndarray]:
    """Step 2 as the shipped reader would read an unseen work: per outer fold, a reader of ``labels`` trained as the
    shipped one (the real works' passages as negatives of the labels their gold lacks) but without the fold's works,
    scoring the fold's passages (raw logits; the other labels' columns stay 0). Cached per fold."""
    sys.path[:0] = [str(ROOT / "scripts")]
    import train_passage_reader as trainer

    from ficlens.analyse.warnings.cue_free import label_columns
    from ficlens.analyse.warnings.reader import reader_from_bytes

    fold_of_repo = repo_folds([w.repo for w in works], OUTER)
    fold_of = {w.id: fold_of_repo[w.repo] for w in works}
    out: dict[str, np.ndarray] = {}
    base: list[object] | None = None
    real: list[object] = []
    for fold in range(OUTER):
        path = cache / f"fold-reader-{fold}.pkl"
        if not path.is_file():
            if base is None:
                base = trainer.load(trainer.DEFAULT_SET0, trainer.DEFAULT_WRITTEN) + trainer.background(
                    trainer.DEFAULT_BACKGROUND)
                real = trainer.realfic_dev(trainer.DEFAULT_WORKS, texts)
            keep = [r for r in real if fold_of.get(r.group[1:], -1) != fold]  # type: ignore[attr-defined]
            print(f"fold {fold}: reader trained on {len(keep)} real passages", file=sys.stderr, flush=True)
            fitted = trainer.fit_reader(base + keep, (16.0,), log=False, search=False, labels=list(labels))
            reader_path = cache / f"fold-reader-{fold}.npz"
            fitted.write(reader_path)
            reader = reader_from_bytes(reader_path.read_bytes())
            scores = {w.id: label_columns(reader, raw_logits(reader.score_many(w.texts, w.cues), reader.shift))
                      for w in works if fold_of[w.id] == fold}
            path.write_bytes(pickle.dumps(scores))
        out.update(pickle.loads(path.read_bytes()))
    return [out[w.id] for w in works]


def dataset(works: list[ReadWork], logits: list[np.ndarray], labels: tuple[str, ...]
            ) -> tuple[np.ndarray, np.ndarray, list[tuple[int, str]]]:
    """Features, gold and (work index, label) of every (work, label) the hand-set decision does not warn."""
    from ficlens.analyse.warnings.labels import LABELS

    rows, gold, keys = [], [], []
    for k, (w, z) in enumerate(zip(works, logits, strict=True)):
        for label in labels:
            if label in w.handset:
                continue
            pos, sup, p = w.cue_path[label]
            rows.append(features(z[:, LABELS.index(label)], w.words, pos, sup, p, w.age_minor))
            gold.append(label in w.gold)
            keys.append((k, label))
    return np.asarray(rows), np.asarray(gold, dtype=bool), keys


def fit(x: np.ndarray, y: np.ndarray, labels_of: list[str], labels: tuple[str, ...], c: float,
        columns: list[int]) -> tuple[np.ndarray, np.ndarray, np.ndarray, dict[str, float]]:
    """A logistic regression on the chosen feature ``columns`` (the others weigh 0) plus one intercept per label."""
    from sklearn.linear_model import LogisticRegression

    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    xs = (x - mean) / scale
    onehot = np.asarray([[lab == label for label in labels] for lab in labels_of], dtype=np.float64)
    model = LogisticRegression(C=c, class_weight="balanced", max_iter=2000, fit_intercept=False)
    model.fit(np.hstack([xs[:, columns], onehot]), y)
    coef = np.zeros(x.shape[1])
    coef[columns] = model.coef_[0][: len(columns)]
    intercepts = {label: float(model.coef_[0][len(columns) + i]) for i, label in enumerate(labels)}
    return mean, scale, coef, intercepts


def predict(x: np.ndarray, labels_of: list[str], mean: np.ndarray, scale: np.ndarray, coef: np.ndarray,
            intercepts: dict[str, float]) -> np.ndarray:
    z = ((x - mean) / scale) @ coef + np.asarray([intercepts[lab] for lab in labels_of])
    return np.asarray(1.0 / (1.0 + np.exp(-z)))


@dataclass(frozen=True)
class Base:
    """The hand-set decision's counts on a set of works: every label's true, false and missed pairs, and the
    high-stakes labels' true and false pairs."""

    tp: int
    fp: int
    fn: int
    hs_tp: int
    hs_fp: int


def base_counts(works: list[ReadWork], idx: list[int]) -> Base:
    hs = set(HIGH_STAKES)
    tp = sum(len(works[k].gold & works[k].handset) for k in idx)
    fp = sum(len(works[k].handset - works[k].gold) for k in idx)
    fn = sum(len(works[k].gold - works[k].handset) for k in idx)
    hs_tp = sum(len(works[k].gold & works[k].handset & hs) for k in idx)
    hs_fp = sum(len((works[k].handset - works[k].gold) & hs) for k in idx)
    return Base(tp, fp, fn, hs_tp, hs_fp)


def candidates(p: np.ndarray) -> list[float]:
    """Thresholds to try: the distinct probabilities (at most 60, spread by rank), and 1.01 (raise nothing)."""
    values = sorted(set(np.round(p, 4).tolist()), reverse=True)
    step = max(1, len(values) // 60)
    return [1.01, *values[::step]]


def choose(p: np.ndarray, y: np.ndarray, hs: np.ndarray, base: Base, floor: float) -> tuple[float, float, float]:
    """The thresholds (high-stakes labels, the others) that give the best micro-F1 over every label with the
    high-stakes precision at ``floor`` or more, on the rows' out-of-fold probabilities ``p``; and that F1."""
    best = (-1.0, 1.01, 1.01)
    others = []
    for t in candidates(p[~hs]):
        raised = (p >= t) & ~hs
        others.append((t, int((raised & y).sum()), int((raised & ~y).sum())))
    for t_hs in candidates(p[hs]):
        raised = (p >= t_hs) & hs
        a, b = int((raised & y).sum()), int((raised & ~y).sum())
        if base.hs_tp + a + base.hs_fp + b and (base.hs_tp + a) / (base.hs_tp + a + base.hs_fp + b) < floor:
            continue
        for t, c, d in others:
            tp, fp, fn = base.tp + a + c, base.fp + b + d, base.fn - a - c
            f1 = 2 * tp / max(2 * tp + fp + fn, 1)
            if f1 > best[0] + 1e-9:
                best = (f1, t_hs, t)
    return best[1], best[2], best[0]


def inner_choice(x: np.ndarray, y: np.ndarray, labels_of: list[str], groups: list[str], labels: tuple[str, ...],
                 base: Base, floor: float, columns: list[int]) -> tuple[float, float, float]:
    """C and the two thresholds chosen by an :data:`INNER`-fold CV grouped by repository on these rows."""
    fold_of = repo_folds(groups, INNER)
    hs = np.asarray([lab in HIGH_STAKES for lab in labels_of])
    best: tuple[float, float, float, float] = (-1.0, C_GRID[0], 1.01, 1.01)
    for c in C_GRID:
        p = np.zeros(len(y))
        for k in range(INNER):
            test = np.asarray([fold_of[g] == k for g in groups])
            if test.all() or not y[~test].any():
                continue
            params = fit(x[~test], y[~test], [lab for lab, t in zip(labels_of, test, strict=True) if not t],
                         labels, c, columns)
            p[test] = predict(x[test], [lab for lab, t in zip(labels_of, test, strict=True) if t], *params)
        t_hs, t, f1 = choose(p, y, hs, base, floor)
        if f1 > best[0] + 1e-9:
            best = (f1, c, t_hs, t)
    return best[1], best[2], best[3]


def figures(pairs: list[tuple[set[str], set[str]]]) -> str:
    tp = sum(len(g & p) for g, p in pairs)
    fp = sum(len(p - g) for g, p in pairs)
    fn = sum(len(g - p) for g, p in pairs)
    prec, rec = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    f1 = 2 * prec * rec / max(prec + rec, 1e-9)
    htp = sum(len(g & p & set(HIGH_STAKES)) for g, p in pairs)
    hg = sum(len(g & set(HIGH_STAKES)) for g, _ in pairs)
    hp = sum(len(p & set(HIGH_STAKES)) for _, p in pairs)
    return (f"micro P {prec:.3f} R {rec:.3f} F1 {f1:.3f} (tp {tp}, fp {fp}, fn {fn}); high-stakes recall {htp}/{hg},"
            f" precision {htp}/{hp}")


def per_label(works: list[ReadWork], added: dict[int, set[str]], labels: tuple[str, ...]) -> str:
    parts = []
    for label in labels:
        gold = sum(label in w.gold for w in works)
        hand = sum(label in w.gold and label in w.handset for w in works)
        tp = sum(label in works[k].gold for k, found in added.items() if label in found)
        fp = sum(label not in works[k].gold for k, found in added.items() if label in found)
        parts.append(f"{label} {hand}+{tp}/{gold} (+{fp} false)")
    return "; ".join(parts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--texts", type=Path, default=DEFAULT_TEXTS)
    parser.add_argument("--reader", type=Path, default=None,
                        help="a reader trained with --no-realfic (default: per-fold readers, see fold_reader_logits)")
    parser.add_argument("--labels", default="child-abuse,suicide,sexual-assault,underage,self-harm,"
                        "pornographic-content,mental-illness,dying,animal-death,abuse")
    parser.add_argument("--features", default=",".join(FEATURES), help="the features the model may weigh")
    parser.add_argument("--floor", type=float, default=0.75)
    args = parser.parse_args()
    labels = tuple(args.labels.split(","))
    columns = [FEATURES.index(f) for f in args.features.split(",")]
    works = cached_works(args.cache, args.texts)
    logits = reader_logits(args.cache, args.reader, works) if args.reader else fold_reader_logits(
        args.cache, args.texts, works, labels)
    x, y, keys = dataset(works, logits, labels)
    labels_of = [label for _, label in keys]
    groups = [works[k].repo for k, _ in keys]
    hs_row = np.asarray([lab in HIGH_STAKES for lab in labels_of])
    fold_of_repo = repo_folds([w.repo for w in works], OUTER)
    added: dict[int, set[str]] = {}
    for k in range(OUTER):
        test_works = [i for i, w in enumerate(works) if fold_of_repo[w.repo] == k]
        train_works = [i for i, w in enumerate(works) if fold_of_repo[w.repo] != k]
        test = np.asarray([fold_of_repo[works[i].repo] == k for i, _ in keys])
        tr_labels = [lab for lab, t in zip(labels_of, test, strict=True) if not t]
        tr_groups = [g for g, t in zip(groups, test, strict=True) if not t]
        c, t_hs, t = inner_choice(x[~test], y[~test], tr_labels, tr_groups, labels, base_counts(works, train_works),
                                  args.floor, columns)
        params = fit(x[~test], y[~test], tr_labels, labels, c, columns)
        p = predict(x[test], [lab for lab, t_ in zip(labels_of, test, strict=True) if t_], *params)
        rows = [key for key, t_ in zip(keys, test, strict=True) if t_]
        for (i, label), prob, high in zip(rows, p, hs_row[test], strict=True):
            if prob >= (t_hs if high else t):
                added.setdefault(i, set()).add(label)
        print(f"fold {k}: {len(test_works)} works, C {c}, thresholds {t_hs:.3f} / {t:.3f}, added "
              f"{sum(len(added.get(i, ())) for i in test_works)}")
    print(f"hand-set:  {figures([(w.gold, w.handset) for w in works])}")
    print(f"+ learned: {figures([(w.gold, w.handset | added.get(i, set())) for i, w in enumerate(works)])}")
    print("per label (hand-set + learned / gold):", per_label(works, added, labels))
    return 0


if __name__ == "__main__":
    sys.exit(main())
