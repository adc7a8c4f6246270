"""Train the per-label work-level decision (``ficlens.analyse.warnings.learned_decision``) on the AO3 silver set.

    PYTHONPATH=src .venv/bin/python scripts/train_silver_work_decision.py read [--limit 800] [--shard 0/1]
    PYTHONPATH=src .venv/bin/python scripts/train_silver_work_decision.py read-dev
    PYTHONPATH=src .venv/bin/python scripts/train_silver_work_decision.py train [--ship] [--labels a,b]
    PYTHONPATH=src .venv/bin/python scripts/train_silver_work_decision.py --tags

1. ``read``: a fixed sample of the silver set (``scripts/ao3_silver.py``, ``/work/ao3-silver``): works of
   :data:`MIN_WORDS`-:data:`MAX_WORDS` words in the order of a seeded hash of their id, the first ``--limit``; each is
   analysed as ``analyze`` reads it (full profile, the cast, the warnings stage) and its per-label features
   (``learned_decision.features``, read before any learned decision) are cached, one JSON line a work, under
   ``--cache`` (default ``/work/silver-hsilver``). ``read-dev`` does the same for the real works' dev split, so the
   decision can be measured there without rereading (never the test split).
2. ``train``: per label with :data:`MIN_POSITIVES` silver positives or more (the authors' tags mapped by
   ``scripts/silver_warning_tags.py``; works whose authors chose not to use archive warnings are left out of the
   labels an archive warning states), a logistic regression over the work's features (C = :data:`C`, balanced
   classes); its threshold is chosen on silver out of fold (5 folds by a hash of the work's id): the lowest
   probability at which the works the hand-set decision does not warn and the model raises are true at
   :data:`PRECISION` or more on silver, weighed by stratum (``--relative-floor``: the hand-set decision's own
   silver precision for the label, :func:`floor_for`; ``--objective f1``: the best F1 on silver); a label with no
   such threshold is not shipped. ``--ship`` writes
   ``src/ficlens/models/work-decision-silver.json``. Then the dev works (read by ``read-dev``) are scored with the
   decision added to the hand-set one: micro P/R/F1 and high-stakes recall (precision), before and after; nothing was
   fitted on them, so these are out-of-sample dev figures.

Skips cleanly (exit 0, a message) when the silver set is absent.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "scripts"), str(ROOT / "eval")]
from ao3_silver import DEFAULT_OUT, load_silver, seeded_order  # noqa: E402
from silver_warning_tags import silver_labels  # noqa: E402

DEFAULT_CACHE = Path("/work/silver-hsilver")
SEED = "hsilver-work-decision"
MIN_WORDS, MAX_WORDS = 1_000, 15_000
MIN_POSITIVES = 15
# the heavy labels: works an author tagged with one are read first (stratum 0), the rest after (stratum 1), each in
# the seeded hash order, so a partial read holds a random sample of each stratum; its rows weigh the stratum's share
HEAVY = frozenset({"sexual-assault", "suicide", "child-abuse", "self-harm", "death", "mental-illness", "abuse",
                   "eating-disorders"})
# stratum 2: the rarest of them (a few dozen works of 1,000-15,000 words) also in works up to LONG_WORDS
RARE = frozenset({"suicide", "self-harm", "child-abuse", "eating-disorders"})
LONG_WORDS = 30_000
C = 0.1
FOLDS = 5
PRECISION = 0.75  # the precision on silver (weighted, out of fold) the added warnings must reach (the bar)
# --relative-floor: the hand-set decision's own silver precision for the label instead (authors under-tag, so both
# read low; an added warning is to be no likelier false than a hand-set one), never under FLOOR_MIN; FLOOR_FEW where
# the hand-set decision warns fewer than FEW silver works of the label
FLOOR_MIN, FLOOR_FEW, FEW = 0.5, 0.75, 5
SHIP = ROOT / "src" / "ficlens" / "models" / "work-decision-silver.json"


def stratum(positive: set[str], words: int) -> int | None:
    """0: an author's tag of a heavy label, 1: the other works (both of MIN_WORDS-MAX_WORDS words); 2: a rare heavy
    label in a longer work (to LONG_WORDS); None: not sampled."""
    if MIN_WORDS <= words <= MAX_WORDS:
        return 0 if positive & HEAVY else 1
    return 2 if MAX_WORDS < words <= LONG_WORDS and positive & RARE else None


def population(silver: Path) -> list[tuple[str, int]]:
    """(id, stratum) of every sampled silver work, in reading order (stratum 0, 1, then 2; in each, by the hash)."""
    rows = []
    for w in load_silver(silver, with_text=False):
        s = stratum(silver_labels(w.rating, w.archive_warnings, w.additional_tags)[0], w.words)
        if s is not None:
            rows.append((w.id, s))
    return sorted(rows, key=lambda r: (r[1], seeded_order(r[0], SEED)))


def read_text(text: str) -> dict[str, list[float]]:
    """Every label's learned-decision features of one work, analysed as ``analyze`` reads it."""
    from ficlens.analyse.analysis import Analysis
    from ficlens.analyse.cast.stages import run_cast
    from ficlens.analyse.warnings.aggregate import scan_warnings
    from ficlens.analyse.warnings.stage import work_classifier
    from ficlens.api import works
    from ficlens.nlp.document import build_document
    from ficlens.report import Report

    doc = build_document(next(works(text)), "full")
    analysis = Analysis(doc, Report.for_work(doc.work, mode=doc.profile))
    run_cast(analysis)
    rows: dict[str, list[float]] = {}
    scan_warnings(doc, work_classifier(), analysis.cast, rows=rows)
    return {label: [round(v, 4) for v in row] for label, row in rows.items()}


def cached_ids(path: Path) -> set[str]:
    if not path.is_file():
        return set()
    return {json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def read_silver(silver: Path, cache: Path, limit: int, shard: tuple[int, int], only: int | None) -> None:
    """Step 1 for the silver sample, stratum ``only`` or all (resumable: works already in the cache are skipped)."""
    works = {w.id: w for w in load_silver(silver, with_text=False)}
    chosen = [works[work_id] for work_id, s in population(silver) if only is None or s == only][:limit]
    part, parts = shard
    out = cache / f"silver-{part}.jsonl"
    done = set().union(*(cached_ids(p) for p in cache.glob("silver-*.jsonl")))
    cache.mkdir(parents=True, exist_ok=True)
    for k, work in enumerate(chosen):
        if k % parts != part or work.id in done:
            continue
        text = (silver / "texts" / f"{work.id}.txt").read_text(encoding="utf-8")
        positive, unknown = silver_labels(work.rating, work.archive_warnings, work.additional_tags)
        row = {"id": work.id, "words": work.words, "positive": sorted(positive), "unknown": sorted(unknown),
               "rows": read_text(text)}
        with out.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(row) + "\n")
        print(f"  {k} {work.id} {work.words}", file=sys.stderr, flush=True)


def read_dev(cache: Path, texts: Path) -> None:
    """Step 1 for the real works' dev split (gold labels kept for measuring only)."""
    from works_realfic import WORKS, load_rows, text_for

    out = cache / "dev.jsonl"
    done = cached_ids(out)
    for row in load_rows():
        label_path = WORKS / "labels" / f"{row['id']}.json"
        if row.get("split") != "dev" or row["id"] in done or not label_path.is_file():
            continue
        text = text_for(row, [texts, WORKS / "texts"])
        if text is None:
            continue
        gold = sorted(json.loads(label_path.read_text(encoding="utf-8")).get("warnings", {}))
        with out.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps({"id": row["id"], "repo": row.get("repo") or row["id"], "gold": gold,
                                 "rows": read_text(text)}) + "\n")
        print(f"  dev {row['id']}", file=sys.stderr, flush=True)


def load_cached(paths: list[Path]) -> list[dict[str, Any]]:
    """The cached works, each label's row of the full :data:`FEATURES` (the work's reader profile is every label's
    first two features, so rows cached with the label's own features alone are completed from them)."""
    from ficlens.analyse.warnings.labels import LABELS
    from ficlens.analyse.warnings.learned_decision import OWN

    out = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                work = json.loads(line)
                rows = work["rows"]
                if len(rows) == len(LABELS):
                    work_profile = [rows[label][0] for label in LABELS] + [rows[label][1] for label in LABELS]
                    work["rows"] = {label: row[: len(OWN)] + work_profile for label, row in rows.items()}
                out.append(work)
    return out


def fold_of(work_id: str) -> int:
    return int(hashlib.sha256(f"{SEED}:fold:{work_id}".encode()).hexdigest(), 16) % FOLDS


def fit(x: np.ndarray, y: np.ndarray, c: float = C) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    """A logistic regression on standardised ``x``: (mean, scale, coef, intercept)."""
    from sklearn.linear_model import LogisticRegression

    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    model = LogisticRegression(C=c, class_weight="balanced", max_iter=5000)
    model.fit((x - mean) / scale, y)
    return mean, scale, model.coef_[0], float(model.intercept_[0])


def probabilities(x: np.ndarray, mean: np.ndarray, scale: np.ndarray, coef: np.ndarray, intercept: float
                  ) -> np.ndarray:
    z = np.clip(((x - mean) / scale) @ coef + intercept, -40, 40)
    return np.asarray(1.0 / (1.0 + np.exp(-z)))


def choose_threshold(p: np.ndarray, y: np.ndarray, handset: np.ndarray, weight: np.ndarray, floor: float
                     ) -> float | None:
    """The lowest probability at which the added rows (hand-set not warning, ``p`` at it or more) are true at
    ``floor`` or more (rows weighed by ``weight``), with 3 true rows at least; None when there is none."""
    best = None
    added = ~handset
    for t in sorted(set(np.round(p[added], 4).tolist()), reverse=True):
        take = added & (p >= t)
        if int((take & y).sum()) >= 3 and float(weight[take & y].sum()) / float(weight[take].sum()) >= floor:
            best = t
    return best


def f1_threshold(p: np.ndarray, y: np.ndarray, handset: np.ndarray, weight: np.ndarray) -> float | None:
    """The probability at which the hand-set decision with the added rows has its best (weighted) F1 on silver;
    None when adding none is best."""
    def f1(said: np.ndarray) -> float:
        tp = float(weight[said & y].sum())
        return 2 * tp / max(float(weight[said].sum()) + float(weight[y].sum()), 1e-9)

    best, best_f1 = None, f1(handset)
    for t in sorted(set(np.round(p[~handset], 4).tolist()), reverse=True):
        score = f1(handset | (p >= t))
        if score > best_f1 + 1e-9:
            best, best_f1 = t, score
    return best


def stratum_weights(silver: Path, works: list[dict[str, Any]]) -> dict[int | None, float]:
    """Per stratum, how many works of the population each read work stands for."""
    total: Counter[int | None] = Counter(s for _, s in population(silver))
    read: Counter[int | None] = Counter(stratum(set(w["positive"]), w["words"]) for w in works)
    return {s: total[s] / read[s] for s in read}


def floor_for(handset: np.ndarray, y: np.ndarray, weight: np.ndarray, least: float = FLOOR_MIN) -> float:
    """The precision the added warnings of a label must reach on silver (:data:`FLOOR_MIN`: ``least``)."""
    if int(handset.sum()) < FEW:
        return FLOOR_FEW
    return max(least, float(weight[handset & y].sum()) / float(weight[handset].sum()))


def train(silver: Path, cache: Path, labels: list[str] | None, ship: bool, fixed: float | None,
          objective: str = "precision", least: float = FLOOR_MIN) -> dict[str, Any]:
    from ficlens.analyse.warnings.labels import LABELS
    from ficlens.analyse.warnings.learned_decision import FEATURES, LabelModel, model_to_json

    works = load_cached(sorted(cache.glob("silver-*.jsonl")))
    hand = FEATURES.index("handset")
    counts = Counter(label for w in works for label in w["positive"])
    weights = stratum_weights(silver, works)
    print(f"{len(works)} silver works (weights per stratum {weights}); positives: {dict(counts.most_common())}")
    models: dict[str, LabelModel] = {}
    every: dict[str, LabelModel] = {}  # every trained label's model, with or without a threshold (for the ranking)
    notes: dict[str, Any] = {"silver_works": len(works), "C": C}
    for label in labels or LABELS:
        rows = [(w, w["rows"][label]) for w in works if label in w["rows"] and label not in w["unknown"]]
        if counts[label] < MIN_POSITIVES or not rows:
            continue
        x = np.asarray([r for _, r in rows], dtype=np.float64)
        y = np.asarray([label in w["positive"] for w, _ in rows])
        folds = np.asarray([fold_of(w["id"]) for w, _ in rows])
        oof = np.zeros(len(rows))
        for k in range(FOLDS):
            m = fit(x[folds != k], y[folds != k])
            oof[folds == k] = probabilities(x[folds == k], *m)
        handset = x[:, hand] > 0.5
        weight = np.asarray([weights[stratum(set(w["positive"]), w["words"])] for w, _ in rows])
        floor = floor_for(handset, y, weight, least) if fixed is None else fixed
        threshold = choose_threshold(oof, y, handset, weight, floor) if objective == "precision" else \
            f1_threshold(oof, y, handset, weight)
        from sklearn.metrics import roc_auc_score

        auc = roc_auc_score(y, oof) if 0 < y.sum() < len(y) else float("nan")
        every[label] = LabelModel(*fit(x, y), 1.0)
        hs_p = f"{int((handset & y).sum())}/{int(handset.sum())}"
        line = f"{label:22s} n={len(rows):4d} pos={int(y.sum()):3d} auc(oof)={auc:.3f} handset {hs_p} floor {floor:.2f}"
        if threshold is None:
            print(line + " -> no threshold")
            continue
        take = ~handset & (oof >= threshold)
        print(line + f" -> threshold {threshold:.3f}: adds {int((take & y).sum())}/{int(take.sum())} (oof)")
        mean, scale, coef, intercept = fit(x, y)
        models[label] = LabelModel(mean, scale, coef, intercept, threshold)
        notes[label] = {"positives": int(y.sum()), "rows": len(rows), "auc_oof": round(float(auc), 3),
                        "precision_floor": round(floor, 3)}
    if ship:
        SHIP.write_text(model_to_json(models, notes), encoding="utf-8")
        print(f"wrote {SHIP}")
    return {"models": models, "every": every}


def score_dev(cache: Path, models: dict[str, Any], every: dict[str, Any]) -> None:
    """The dev works (read by ``read-dev``): hand-set decision alone and with the learned one, micro P/R/F1 and
    high-stakes recall (precision); out of sample (nothing was fitted on them)."""
    from works_realfic import HIGH_STAKES

    from ficlens.analyse.warnings.labels import LABELS
    from ficlens.analyse.warnings.learned_decision import FEATURES

    path = cache / "dev.jsonl"
    if not path.is_file():
        return
    hand = FEATURES.index("handset")
    dev = load_cached([path])
    for name, use in (("hand-set", False), ("+ learned from silver", True)):
        tp = fp = fn = htp = hfp = hfn = 0
        added: Counter[str] = Counter()
        added_true: Counter[str] = Counter()
        for w in dev:
            gold = set(w["gold"])
            for label in LABELS:
                row = w["rows"].get(label)
                said = row is not None and row[hand] > 0.5
                if use and not said and row is not None and label in models:
                    m = models[label]
                    if m.probability(row) >= m.threshold:
                        said = True
                        added[label] += 1
                        added_true[label] += label in gold
                g = label in gold
                tp, fp, fn = tp + (said and g), fp + (said and not g), fn + (g and not said)
                if label in HIGH_STAKES:
                    htp, hfp, hfn = htp + (said and g), hfp + (said and not g), hfn + (g and not said)
        p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
        f1 = 2 * p * r / max(p + r, 1e-9)
        print(f"dev {len(dev)} works, {name}: micro P {p:.3f} R {r:.3f} F1 {f1:.3f}; high-stakes recall "
              f"{htp}/{htp + hfn} (precision {htp}/{htp + hfp})")
        if use:
            print("  added (true/all): " + ", ".join(f"{k} {added_true[k]}/{v}" for k, v in added.most_common()))
    print("how each label's model (trained on every silver row, whether or not it has a threshold) ranks the dev "
          "(work, label) rows the hand-set decision does not warn: AUC, and true rows among its 15 best")
    for label, m in sorted(every.items()):
        rows = [(w["rows"][label], label in w["gold"]) for w in dev if w["rows"][label][hand] <= 0.5]
        prob = np.asarray([m.probability(r) for r, _ in rows])
        y = np.asarray([g for _, g in rows])
        if 0 < y.sum() < len(y):
            from sklearn.metrics import roc_auc_score

            best = np.argsort(-prob, kind="stable")[:15]
            print(f"  {label:22s} missed gold {int(y.sum()):3d} of {len(y):3d}: AUC {roc_auc_score(y, prob):.3f}, "
                  f"top 15 {int(y[best].sum())} true (probabilities {prob[best[0]]:.2f}-{prob[best[-1]]:.2f})")


def tag_counts(silver: Path) -> None:
    counts: Counter[str] = Counter()
    unknown: Counter[str] = Counter()
    for w in load_silver(silver, with_text=False):
        positive, unk = silver_labels(w.rating, w.archive_warnings, w.additional_tags)
        counts.update(positive)
        unknown.update(unk)
    print("silver positives per label:", dict(counts.most_common()))
    print("unknown (archive warnings opted out):", dict(unknown))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("stage", nargs="?", choices=("read", "read-dev", "train"), default="train")
    parser.add_argument("--silver", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--texts", type=Path, default=Path("/work/realfic-cache"))
    parser.add_argument("--limit", type=int, default=800)
    parser.add_argument("--shard", default="0/1", help="PART/PARTS of the sample this process reads")
    parser.add_argument("--stratum", type=int, choices=(0, 1, 2), help="read only this stratum of the sample")
    parser.add_argument("--labels", default="")
    parser.add_argument("--floor", type=float, default=PRECISION, help="the silver precision floor of every label")
    parser.add_argument("--relative-floor", action="store_true",
                        help="each label's floor: the hand-set decision's silver precision (at least --floor-min)")
    parser.add_argument("--floor-min", type=float, default=FLOOR_MIN, help="the least floor of the default rule")
    parser.add_argument("--objective", choices=("precision", "f1"), default="precision",
                        help="threshold: the lowest at the precision floor, or the best F1 on silver")
    parser.add_argument("--ship", action="store_true")
    parser.add_argument("--tags", action="store_true", help="print the silver positives per label and stop")
    args = parser.parse_args(argv)
    if not (args.silver / "index.jsonl").is_file():
        print(f"no silver set at {args.silver} (build it with scripts/ao3_silver.py): skipped")
        return 0
    if args.tags:
        tag_counts(args.silver)
        return 0
    if args.stage == "read":
        part, parts = (int(v) for v in args.shard.split("/"))
        read_silver(args.silver, args.cache, args.limit, (part, parts), args.stratum)
    elif args.stage == "read-dev":
        args.cache.mkdir(parents=True, exist_ok=True)
        read_dev(args.cache, args.texts)
    else:
        labels = [s for s in args.labels.split(",") if s] or None
        floor = None if args.relative_floor else args.floor
        trained = train(args.silver, args.cache, labels, args.ship, floor, args.objective, args.floor_min)
        score_dev(args.cache, trained["models"], trained["every"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
