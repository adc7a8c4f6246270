"""The per-label bars of the cue-free path (src/ficlens/analyse/warnings/cue_free.py), chosen on real fan fiction
that the scoring reader never saw, and the work-level figures they give out of fold.

Bars chosen on the reader's out-of-fold scores of its own training passages (written passages, set 0, novels) flood
real works: fan fiction scores far higher than those passages (at a 0.2% pass rate of their cue-free negatives, dev
micro-F1 0.628 -> 0.543, childbirth and pregnancy in half the works). So the bars are chosen on real fan fiction:

1. ``--reader PATH``: a passage reader trained without the real works, so the dev works' passages are out of sample
   for it, and ``--oof PATH``: its out-of-fold scores of its own training rows (set 0, the written passages, the PDNC
   background; 5 folds grouped as the training groups them). When PATH is absent both are computed (the training of
   ``scripts/train_passage_reader.py --no-realfic``; needs ../shared and the train extra; 10-30 min here).
2. Every dev work (data/works, split dev) is read as ``analyze`` reads it (full profile, cast, cue scan); each passage
   is scored for every label; a label's **negatives** are the passages of ``MIN_WORDS`` words or more holding no cue
   of the label in the works whose gold does not carry it (``underage`` has no cue-free path: cue_free.NO_PATH).
3. A label's bar is the lowest score that at most ``--rate`` of its negatives reach (never below :data:`FLOOR`). A
   label keeps it only where the reader, out of fold on its labelled passages, finds the label's cue-free content at
   that bar: at least :data:`MIN_FOUND` cue-free positives reach it, and at least twice as many as the cue-free
   negatives that do (two of three passages it passes are the label's; abortion, transphobia, misogyny, child abuse,
   abduction and animal cruelty fail, and so do the labels whose cue-free positives never reach their bar).
4. Out-of-fold figures: 5 folds of works; each fold's works are decided with bars chosen on the other folds' works
   only (the cue path's own decision plus :func:`~ficlens.analyse.warnings.work_decision.warns`'s cue-free rule),
   for several rates. Then the bars on all dev works at ``--rate``, printed as the ``BARS`` block of cue_free.py.

    .venv/bin/python eval/warnings_cue_free_bars.py --reader /tmp/norf.npz --oof /tmp/oof.npz [--rate R] [--works]

``--works`` then runs eval/works_realfic.py --split dev with that reader and those bars (bars in sample there; the
out-of-fold lines are the ones to quote). The rate and the rule were chosen while looking at dev: dev figures, tuned
on. The test split is never read here.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
RATE = 0.0002
RATES = (0.0001, 0.0002, 0.0005, 0.001, 0.002)
FLOOR = 0.5  # never a bar below the reader's own threshold (its scores read 0.5 there)
FOLDS = 5
MIN_FOUND = 3


@dataclass
class DevWork:
    id: str
    gold: set[str]
    cue_path: set[str]  # the labels the cue path warns
    free: dict[str, np.ndarray]  # label -> scores of its cue-free passages of MIN_WORDS words or more


def train_reader(reader_out: Path, oof_out: Path) -> None:
    """Step 1: the reader without the real works, and its out-of-fold scores."""
    sys.path[:0] = [str(ROOT / "scripts")]
    import train_passage_reader as t  # type: ignore[import-not-found]

    from ficlens.analyse.warnings.labels import LABELS

    rows = t.load(t.DEFAULT_SET0, t.DEFAULT_WRITTEN) + t.background(t.DEFAULT_BACKGROUND)
    fitted = t.fit_reader(rows, (16.0,))
    arrays: dict[str, np.ndarray] = {}
    for label, (p, y) in fitted.folds.items():
        arrays.update({f"idx_{label}": t.label_rows(rows, label)[0], f"p_{label}": p, f"y_{label}": y})
    cues = np.asarray(fitted.x[:, len(fitted.vocab) : len(fitted.vocab) + len(LABELS)].todense()) > 0
    np.savez_compressed(oof_out, cues=cues, thresholds=fitted.thresholds, labels=np.array(fitted.labels), **arrays)
    fitted.write(reader_out)


def found_out_of_fold(oof: Path, bars: dict[str, float]) -> dict[str, tuple[int, int]]:
    """Per label: how many of its cue-free positives, and of its cue-free negatives, reach its bar in the reader's
    out-of-fold scores of its training rows (threshold mapped to 0.5, as the run time reads them)."""
    from ficlens.analyse.warnings.labels import LABELS

    data = np.load(oof)
    out = {}
    for j, label in enumerate(str(x) for x in data["labels"]):
        if label not in bars:
            continue
        idx, p, y = data[f"idx_{label}"], data[f"p_{label}"], data[f"y_{label}"]
        free = ~data["cues"][idx, LABELS.index(label)]
        pc = np.clip(p, 1e-6, 1 - 1e-6)
        t = min(max(float(data["thresholds"][j]), 1e-6), 1 - 1e-6)
        scores = 1.0 / (1.0 + np.exp(-(np.log(pc / (1 - pc)) - np.log(t / (1 - t)))))
        passing = scores >= bars[label]
        out[label] = (int((passing & free & (y == 1)).sum()), int((passing & free & (y == 0)).sum()))
    return out


def kept(bars: dict[str, float], found: dict[str, tuple[int, int]]) -> dict[str, float]:
    """The bars of the labels whose cue-free content the reader finds out of fold (step 3)."""
    return {label: bar for label, bar in bars.items()
            if found.get(label, (0, 0))[0] >= MIN_FOUND and found[label][0] >= 2 * found[label][1]}


@dataclass
class ReadWork:
    """A dev work read as ``analyze`` reads it (full profile): its passages, the labels whose cues occur in each
    (before context reading), and the labels the cue path warns."""

    id: str
    gold: set[str]
    cue_path: set[str]
    texts: list[str]
    cues: list[set[str]]
    words: list[int]

    def free(self, scores: np.ndarray) -> dict[str, np.ndarray]:
        """Per label, ``scores``' (passages x LABELS) entries of its cue-free passages of MIN_WORDS words or more."""
        from ficlens.analyse.warnings.cue_free import MIN_WORDS
        from ficlens.analyse.warnings.labels import LABELS

        out = {}
        for j, label in enumerate(LABELS):
            keep = [i for i, c in enumerate(self.cues) if label not in c and self.words[i] >= MIN_WORDS]
            out[label] = scores[keep, j]
        return out


def read_dev_works(texts: Path) -> list[ReadWork]:
    """Every dev work whose text is found, read (step 2, before scoring)."""
    from ficlens.analyse.analysis import Analysis
    from ficlens.analyse.cast.stages import run_cast
    from ficlens.analyse.warnings.aggregate import WorkScanner, warn
    from ficlens.analyse.warnings.labels import LABELS
    from ficlens.analyse.warnings.stage import classifier
    from ficlens.api import works
    from ficlens.nlp.document import build_document
    from ficlens.report import Report

    sys.path[:0] = [str(ROOT / "eval")]
    import works_realfic as wr  # type: ignore[import-not-found]

    out = []
    for row in wr.load_rows():
        label_path = wr.WORKS / "labels" / f"{row['id']}.json"
        text = wr.text_for(row, [texts, wr.WORKS / "texts"]) if row.get("split") == "dev" else None
        if text is None or not label_path.is_file():
            continue
        doc = build_document(next(works(text)), "full")
        analysis = Analysis(doc, Report.for_work(doc.work, mode=doc.profile))
        run_cast(analysis)
        scanner = WorkScanner(doc, classifier("linear"), analysis.cast)
        cues = scanner.passage_cues()
        scanner.prepare_vectors()
        cue_path = set()
        for label in LABELS:
            found, support = scanner.findings(label)
            if warn(doc, label, found, support, len(scanner.passages),
                    scanner.finding if scanner.consistent(label) else None) is not None:
                cue_path.add(label)
        gold = set(json.loads(label_path.read_text(encoding="utf-8")).get("warnings", {}))
        out.append(ReadWork(row["id"], gold, cue_path, scanner.texts(), [set(c) for c in cues],
                            scanner.word_counts()))
        print(f"  read {row['id']}", file=sys.stderr, flush=True)
    return out


def read_works(reader_path: Path, texts: Path) -> list[DevWork]:
    """Step 2 for every dev work whose text is found."""
    from ficlens.analyse.warnings.cue_free import reader_scorer
    from ficlens.analyse.warnings.reader import reader_from_bytes

    scorer = reader_scorer(reader_from_bytes(reader_path.read_bytes()))
    return [DevWork(w.id, w.gold, w.cue_path, w.free(scorer(w.texts, w.cues))) for w in read_dev_works(texts)]


def choose_bars(works: list[DevWork], rate: float) -> dict[str, float]:
    """Step 3 on ``works``."""
    from ficlens.analyse.warnings.cue_free import NO_PATH
    from ficlens.analyse.warnings.labels import LABELS

    bars = {}
    for label in LABELS:
        if label in NO_PATH:
            continue
        negatives = [w.free[label] for w in works if label not in w.gold]
        if not negatives:
            continue
        ranked = np.sort(np.concatenate(negatives))[::-1]
        k = int(rate * len(ranked))
        bar = max(float(ranked[k]) + 1e-4 if k < len(ranked) else 0.0, FLOOR)
        bars[label] = float(np.ceil(min(bar, 0.9999) * 1e4) / 1e4)
    return bars


def decide(work: DevWork, bars: dict[str, float]) -> set[str]:
    """The labels warned: the cue path's, plus those :func:`~.work_decision.warns` takes on cue-free passages."""
    from ficlens.analyse.warnings.work_decision import CUE_FREE_ALONE

    out = set(work.cue_path)
    for label, bar in bars.items():
        if int((work.free[label] >= bar).sum()) >= CUE_FREE_ALONE:
            out.add(label)
    return out


def figures(pairs: list[tuple[set[str], set[str]]]) -> str:
    """Micro P/R/F1, macro F1 and high-stakes recall/precision of (gold, predicted) pairs."""
    sys.path[:0] = [str(ROOT / "eval")]
    import works_realfic as wr

    micro = wr.warning_counts(pairs)
    high = wr.warning_counts(pairs, wr.HIGH_STAKES)
    macro = wr.macro_f1(pairs)[2]
    return (f"micro P {micro.precision:.3f} R {micro.recall:.3f} F1 {micro.f1:.3f} (tp {micro.tp} fp {micro.fp}"
            f" fn {micro.fn}); macro F1 {macro:.3f}; high-stakes recall {high.tp}/{high.tp + high.fn},"
            f" precision {high.tp}/{high.tp + high.fp}")


def out_of_fold(works: list[DevWork], rate: float, oof: Path) -> list[tuple[set[str], set[str]]]:
    """Step 4: every work decided with bars chosen on the other folds' works."""
    pairs: list[tuple[set[str], set[str]]] = [(set(), set())] * len(works)
    for fold in range(FOLDS):
        bars = choose_bars([w for i, w in enumerate(works) if i % FOLDS != fold], rate)
        bars = kept(bars, found_out_of_fold(oof, bars))
        for i, work in enumerate(works):
            if i % FOLDS == fold:
                pairs[i] = (work.gold, decide(work, bars))
    return pairs


def works_dev(reader_path: Path, bars: dict[str, float]) -> int:
    """eval/works_realfic.py --split dev with this reader and these bars."""
    from ficlens.analyse.warnings import aggregate
    from ficlens.analyse.warnings.reader import reader_from_bytes

    reader = reader_from_bytes(reader_path.read_bytes())
    aggregate.load_reader = lambda: reader  # type: ignore[assignment]
    aggregate.BARS = bars
    sys.path[:0] = [str(ROOT / "eval")]
    import works_realfic as wr

    return int(wr.main(["--split", "dev", "--per-work"]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reader", type=Path, required=True, help="a reader trained without the real works")
    parser.add_argument("--oof", type=Path, required=True, help="its out-of-fold scores of its training rows")
    parser.add_argument("--texts", type=Path, default=Path("/work/realfic-cache"))
    parser.add_argument("--rate", type=float, default=RATE)
    parser.add_argument("--works", action="store_true", help="then eval/works_realfic.py --split dev")
    args = parser.parse_args()
    if not args.reader.is_file() or not args.oof.is_file():
        train_reader(args.reader, args.oof)
    works = read_works(args.reader, args.texts)
    if not works:
        print("no dev works found: run scripts/fetch_realfic.py or pass --texts")
        return 0
    print(f"dev works: {len(works)}")
    print(f"  cue path alone:                 {figures([(w.gold, w.cue_path) for w in works])}")
    for rate in RATES:
        print(f"  + cue-free, rate {rate:<7} (oof): {figures(out_of_fold(works, rate, args.oof))}")
    bars = choose_bars(works, args.rate)
    found = found_out_of_fold(args.oof, bars)
    for label, bar in bars.items():
        print(f"  {label:22s} bar {bar:.4f}: cue-free positives / negatives reaching it out of fold "
              f"{found.get(label, (0, 0))[0]} / {found.get(label, (0, 0))[1]}")
    bars = kept(bars, found)
    print("BARS: dict[str, float] = {" + ", ".join(f'"{k}": {v}' for k, v in bars.items()) + "}")
    return works_dev(args.reader, bars) if args.works else 0


if __name__ == "__main__":
    sys.exit(main())
