"""Does training the passage reader on real fan fiction's gold evidence help the cue-free path? Measured out of fold.

The passage reader (scripts/train_passage_reader.py) sees the dev works' passages as negatives of the labels their gold
does not carry; with ``positives`` it also sees each passage that holds (or overlaps) a gold evidence string of a label
as a positive of that label. This script measures both trainings on works the reader never saw:

1. The 85 (or however many) dev works are read once as ``analyze`` reads them (full profile; passages, their cues, the
   cue path's labels; eval/warnings_cue_free_bars.py's reading) and cached under ``--cache``.
2. They are split into :data:`FOLDS` folds **grouped by source repository** (data/works/sources.jsonl "repo"), so one
   author's or one archive's works are never on both sides. Per fold and per training (``negatives``: the reader as
   shipped before, the real works as negatives only; ``positives``: with their gold evidence as positives), a reader is
   trained on set 0, the written passages, the PDNC background and the real works of the *other* folds (without the
   threshold search: every threshold 0.5, so a score is the label's plain probability; the bars below are chosen on
   those scores), and scores every passage of the fold's works. The scores are cached (``--cache``).
3. Each fold's works are decided with bars chosen on the *other* folds' out-of-fold scores
   (:func:`warnings_cue_free_bars.choose_bars`, at each rate), the cue path's labels plus the cue-free rule (two
   cue-free passages at the bar, or one with ``--alone 1``). A label keeps its bar (``--check gain``) only where, on the
   other folds' works, the rule adds at least twice as many true pairs as false ones (and one true); ``--check none``
   keeps every bar. Printed: micro/macro-F1, high-stakes recall/precision and per label the pairs found / false added.
4. ``--bars``: the bars on all dev works at ``--rate`` from a training's out-of-fold scores, printed as cue_free.py's
   BARS block on the scale of the reader ``--ship`` (its thresholds map each label's plain probability).

    .venv/bin/python eval/warnings_reader_realfic_folds.py [--cache DIR] [--rate R] [--check gain|none]
        [--bars TRAINING --ship src/ficlens/models/passage-reader.npz]

Dev figures (the rate, the rule and the weight were chosen looking at them); the test split is never read. Needs
../shared, the real works' texts (/work/realfic-cache) and the train extra; each training ~3-5 min here.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "eval"), str(ROOT / "scripts")]
import train_passage_reader as trainer  # type: ignore[import-not-found]  # noqa: E402
import warnings_cue_free_bars as bars_eval  # noqa: E402
from works_realfic import load_rows, repo_folds  # noqa: E402

FOLDS = 3
# The labels the fold trainings fit (each label's logistic regression is fitted alone, so its scores do not depend on
# the others): those with 3 or more dev gold pairs the cue path misses, and pornographic content (a bar before); the
# cue-free path of the other labels is left as it was (no bar). Fitting 13 labels instead of 33 saves ~60% of a
# training.
FOLD_LABELS = ("mental-illness", "death", "child-abuse", "dying", "blood", "racism", "animal-death", "violence", "war",
               "suicide", "sexual-assault", "kidnapping", "pornographic-content")
TRAININGS = ("negatives", "positives")
DEFAULT_CACHE = Path("/tmp/warnings-reader-folds")


def work_folds(ids: list[str], works: Path = trainer.DEFAULT_WORKS) -> dict[str, int]:
    """Work id -> fold, :data:`FOLDS` folds grouped by source repository (:func:`works_realfic.repo_folds`; a work
    with no repository is its own group)."""
    repo = {row["id"]: row.get("repo") or row["id"] for row in load_rows(works)}
    of = [repo.get(work_id, work_id) for work_id in ids]
    fold_of = repo_folds(of, FOLDS)
    return {work_id: fold_of[r] for work_id, r in zip(ids, of, strict=True)}


def read_cached(cache: Path, texts: Path) -> list[bars_eval.ReadWork]:
    path = cache / "works.pkl"
    if not path.is_file():
        cache.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps(bars_eval.read_dev_works(texts)))
    works: list[bars_eval.ReadWork] = pickle.loads(path.read_bytes())
    return works


def out_of_fold_scores(cache: Path, training: str, works: list[bars_eval.ReadWork], folds: dict[str, int],
                       texts: Path, only: int | None = None) -> dict[str, np.ndarray]:
    """Work id -> (passages x LABELS) scores by the reader of ``training`` trained without the work's fold."""
    from ficlens.analyse.warnings.cue_free import reader_scorer
    from ficlens.analyse.warnings.reader import reader_from_bytes

    base = trainer.load(trainer.DEFAULT_SET0, trainer.DEFAULT_WRITTEN) + trainer.background(trainer.DEFAULT_BACKGROUND)
    real = trainer.realfic_dev(trainer.DEFAULT_WORKS, texts, positives=training == "positives")
    scores: dict[str, np.ndarray] = {}
    name = training if trainer.REALFIC_POSITIVE_WEIGHT == 1.0 else f"{training}-w{trainer.REALFIC_POSITIVE_WEIGHT:g}"
    for fold in range(FOLDS) if only is None else (only,):
        path = cache / f"{name}-fold{fold}-scores.npz"
        if not path.is_file():
            keep = [r for r in real if folds.get(r.group[1:], -1) != fold]
            print(f"{training} fold {fold}: {len(keep)} real passages, "
                  f"{sum(bool(r.evidences) for r in keep)} of them gold evidence", file=sys.stderr, flush=True)
            fitted = trainer.fit_reader(base + keep, (16.0,), log=False, search=False, labels=list(FOLD_LABELS))
            reader_path = cache / f"{name}-fold{fold}.npz"
            fitted.write(reader_path)
            scorer = reader_scorer(reader_from_bytes(reader_path.read_bytes()))
            np.savez_compressed(path, **{w.id: scorer(w.texts, w.cues) for w in works if folds[w.id] == fold})
        data = np.load(path)
        scores.update({key: data[key] for key in data.files})
    return scores


def decide(work: bars_eval.DevWork, bars: dict[str, float], alone: int) -> set[str]:
    out = set(work.cue_path)
    for label, bar in bars.items():
        if int((work.free[label] >= bar).sum()) >= alone:
            out.add(label)
    return out


def gains(works: list[bars_eval.DevWork], bars: dict[str, float], alone: int) -> dict[str, float]:
    """The bars under which the rule adds, on ``works``, at least one true pair and twice as many true as false."""
    kept = {}
    for label, bar in bars.items():
        added = [label in w.gold for w in works if label not in w.cue_path and label in decide(w, {label: bar}, alone)]
        if sum(added) >= 1 and sum(added) >= 2 * (len(added) - sum(added)):
            kept[label] = bar
    return kept


def evaluate(works: list[bars_eval.DevWork], folds: dict[str, int], rate: float, check: str, alone: int
             ) -> list[tuple[set[str], set[str]]]:
    pairs: list[tuple[set[str], set[str]]] = [(set(), set())] * len(works)
    for fold in range(FOLDS):
        others = [w for w in works if folds[w.id] != fold]
        bars = {k: v for k, v in bars_eval.choose_bars(others, rate).items() if k in FOLD_LABELS}
        if check == "gain":
            bars = gains(others, bars, alone)
        for i, work in enumerate(works):
            if folds[work.id] == fold:
                pairs[i] = (work.gold, decide(work, bars, alone))
    return pairs


def per_label(pairs: list[tuple[set[str], set[str]]], cue: list[tuple[set[str], set[str]]]) -> str:
    """label found/gold (+true -false against the cue path) for the labels the cue-free rule changed."""
    from ficlens.analyse.warnings.labels import LABELS

    out = []
    for label in LABELS:
        gold = sum(label in g for g, _p in pairs)
        found = sum(label in g and label in p for g, p in pairs)
        cue_found = sum(label in g and label in p for g, p in cue)
        false = sum(label in p and label not in g for g, p in pairs) - sum(label in p and label not in g
                                                                           for g, p in cue)
        if found != cue_found or false:
            out.append(f"{label} {found}/{gold} (+{found - cue_found} true, +{false} false)")
    return "; ".join(out) or "no change"


def ship_bars(bars: dict[str, float], ship: Path) -> dict[str, float]:
    """``bars`` (on plain probabilities) on the scale of the reader at ``ship``, whose thresholds map each label's
    probability to 0.5 (rounded up to 5 decimals)."""
    data = np.load(ship)
    thresholds = dict(zip((str(x) for x in data["labels"]), data["thresholds"].astype(float), strict=True))
    out = {}
    for label, bar in bars.items():
        t = min(max(thresholds.get(label, 0.5), 1e-6), 1 - 1e-6)
        b = min(bar, 1 - 1e-6)
        logit = np.log(b / (1 - b)) - np.log(t / (1 - t))
        out[label] = float(np.ceil(1e5 / (1 + np.exp(-logit))) / 1e5)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--texts", type=Path, default=Path("/work/realfic-cache"))
    parser.add_argument("--rate", type=float, default=bars_eval.RATE)
    parser.add_argument("--check", choices=("gain", "none"), default="gain")
    parser.add_argument("--alone", type=int, default=2, help="cue-free passages that warn a label alone")
    parser.add_argument("--trainings", nargs="+", choices=TRAININGS, default=list(TRAININGS))
    parser.add_argument("--positive-weight", type=float, default=trainer.REALFIC_POSITIVE_WEIGHT,
                        help="the weight of a real passage holding gold evidence, as a positive")
    parser.add_argument("--fold", type=int, choices=range(FOLDS), help="only train this fold's readers, then stop")
    parser.add_argument("--bars", choices=TRAININGS, help="print the BARS block from this training's scores")
    parser.add_argument("--ship", type=Path, help="the reader the BARS block is for (its thresholds)")
    args = parser.parse_args()
    trainer.REALFIC_POSITIVE_WEIGHT = args.positive_weight
    read = read_cached(args.cache, args.texts)
    if not read:
        print("no dev works found: run scripts/fetch_realfic.py or pass --texts")
        return 0
    folds = work_folds([w.id for w in read])
    print(f"dev works: {len(read)}; folds by repository: {[sum(f == k for f in folds.values()) for k in range(FOLDS)]}")
    cue = [(w.gold, set(w.cue_path)) for w in read]
    print(f"  cue path alone: {bars_eval.figures(cue)}")
    for training in args.trainings:
        if args.fold is not None:
            out_of_fold_scores(args.cache, training, read, folds, args.texts, args.fold)
            continue
        scores = out_of_fold_scores(args.cache, training, read, folds, args.texts)
        dev = [bars_eval.DevWork(w.id, w.gold, w.cue_path, w.free(scores[w.id])) for w in read]
        for rate in bars_eval.RATES:
            pairs = evaluate(dev, folds, rate, args.check, args.alone)
            print(f"  {training} (positive weight {args.positive_weight:g}), rate {rate:<7} check {args.check}, "
                  f"{args.alone} alone: {bars_eval.figures(pairs)}\n      {per_label(pairs, cue)}")
        if args.bars == training and args.ship:
            chosen = {k: v for k, v in bars_eval.choose_bars(dev, args.rate).items() if k in FOLD_LABELS}
            if args.check == "gain":
                chosen = gains(dev, chosen, args.alone)
            mapped = ship_bars(chosen, args.ship)
            print("BARS: dict[str, float] = {" + ", ".join(f'"{k}": {v}' for k, v in mapped.items()) + "}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
