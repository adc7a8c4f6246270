"""Fit the learned pair scorer (src/ficlens/models/pair_scorer.json) and measure it against the hand rules.

Rows: every candidate pair of every dev work of the real-works set (:func:`ficlens.analyse.relations.pair_table`:
two characters of the pairing cast sharing two sentences at least), once with the knowledge base's pairing priors
and once without them (``relations_priors.no_priors``: a fandom or pair the KB lacks), so that the models hold
either way. Labels: the work's author-tagged relationships (data/works/labels): a pair named by a two-person tag is
tagged, romantic for "/" and platonic for " & "; the pairs of a romantic triad are romantic; any other pair is not
tagged. One multinomial logistic regression (sklearn, L2 on standardised features) over not tagged, " & " and "/";
the relations analyser types a pair "/" only where it may be romantic
(:func:`ficlens.analyse.relations.may_be_romantic`).

Measured honestly: leave-one-repository-out folds (data/works/sources.jsonl "repo"): each repository's works are
scored by models fitted on the other repositories' works only, through the whole relations stage (triads, groups,
the consent stage), priors on and off, beside the hand rules on the same works. Printed per tag threshold:
relationships found with the right type and predicted ones naming no gold one.

With several --thresholds, the threshold is also chosen out of fold (:func:`choose_threshold`: the best pair-level
F1, each repository's pairs decided by a model fitted without it): inside each outer fold on the other repositories'
works (the "chosen" lines), and, for --write, over every dev work.

Run: PYTHONPATH=src .venv/bin/python scripts/train_pair_scorer.py --keep-rules --thresholds 0.3 0.4 0.5 0.6 0.7 0.8
[--write --on-by-default] (--write fits on every dev work and writes the artifact with the chosen threshold, the
only one given; dev only: never test works.)
Deterministic: works in file order, lbfgs.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import relations_priors as rp  # noqa: E402

from ficlens.analyse import pair_scorer, relations  # noqa: E402
from ficlens.analyse.analysis import Analysis  # noqa: E402
from ficlens.analyse.pair_scorer import FEATURES, Linear, PairScorer  # noqa: E402

wr = rp.wr
MODES = ("on", "off")
C = 0.03  # inverse L2 strength (on standardised features)
RULE_FEATURES = frozenset({"strong_min", "romance_min", "romance_ratio", "friend_min", "central", "main_romance",
                           "rules_romantic", "rules_platonic"})
DROP: frozenset[str] = frozenset()  # features left out (weight 0)
TYPED = False  # fit the binary type model too (romantic vs platonic, on the author-tagged pairs that may be "/")
TYPE_C = 0.1  # its inverse L2 strength (on standardised features)
NONE, PLATONIC, ROMANTIC = 0, 1, 2
RULES = (FEATURES.index("rules_romantic"), FEATURES.index("rules_platonic"))


@dataclass
class Work:
    id: str
    repo: str
    gold: list[str]
    analysis: Analysis
    rows: dict[str, list[tuple[list[float], int, bool]]] = field(default_factory=dict)  # mode: (x, label, may)


def _label(names: list[str], gold: list[str]) -> int:
    """The gold type of a pair of characters (their names as a tag writes them)."""
    for tag in gold:
        people, kind = wr.relationship_parts(tag)
        if len(people) > 2 and kind == "platonic":
            continue  # a friendship group is tagged as a group, not by its pairs
        if all(any(wr.person_matches(g, n) for g in people) for n in names):
            return ROMANTIC if kind == "romantic" else PLATONIC
    return NONE


def _talks(analysis: Analysis) -> Any:
    return relations.exchanges([(a.quote.para, a.quote.last_para, a.cluster) for a in analysis.attributions])


def _named(analysis: Analysis) -> Any:
    return relations.addresses(analysis.cast, [(a.quote, a.cluster) for a in analysis.attributions])


def pair_rows(analysis: Analysis, gold: list[str]) -> list[tuple[list[float], int, bool]]:
    """Each candidate pair's feature vector, gold label and whether it may be romantic."""
    cast = analysis.cast
    fandoms = [f for f, _ in cast.fandoms]
    out = []
    for f in relations.pair_table(analysis.doc, cast, _talks(analysis), named=_named(analysis)):
        names, _ = wr.relationship_parts(relations.ao3_tag([f.a, f.b], "/", fandoms))
        out.append((pair_scorer.vector(f.values), _label(names, gold), relations.may_be_romantic(f)))
    return out


def load_works(split: str, cache: Path) -> list[Work]:
    cache.mkdir(parents=True, exist_ok=True)
    key = rp._code_key()
    folders = [wr.DEFAULT_CACHE, wr.WORKS / "texts"]
    out: list[Work] = []
    for row in (r for r in wr.load_rows() if r.get("split") == split):
        label_path = wr.WORKS / "labels" / f"{row['id']}.json"
        text = wr.text_for(row, folders)
        if text is None or not label_path.is_file():
            continue
        gold = list(json.loads(label_path.read_text(encoding="utf-8")).get("relationships", []))
        work = Work(row["id"], row["repo"], gold, rp.analysed(text, cache, key))
        for mode in MODES:
            with rp.no_priors() if mode == "off" else contextlib.nullcontext():
                work.rows[mode] = pair_rows(work.analysis, gold)
        out.append(work)
    return out


def fit(works: list[Work], threshold: float, keep_rules: bool = False) -> PairScorer:
    """The multinomial model fitted on the works' rows of both modes (standardised features, L2; the weights given
    back on the raw features)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    rows = [r for w in works for mode in MODES for r in w.rows[mode]]
    data = np.asarray([x for x, _, _ in rows], dtype=float)
    data[:, [i for i, name in enumerate(FEATURES) if name in DROP]] = 0.0
    mean, sd = data.mean(axis=0), data.std(axis=0)
    sd[sd == 0] = 1.0
    model = LogisticRegression(C=C, max_iter=5000, solver="lbfgs")
    model.fit((data - mean) / sd, [label for _, label, _ in rows])
    scores = []
    for k in (NONE, PLATONIC, ROMANTIC):
        weights = model.coef_[list(model.classes_).index(k)] / sd
        bias = model.intercept_[list(model.classes_).index(k)] - weights @ mean
        scores.append(Linear(tuple(float(w) for w in weights), float(bias)))
    kind = None
    typed = [(x, label) for x, label, may in rows if label != NONE and may]
    if TYPED and len({label for _, label in typed}) == 2:
        # romantic vs platonic learned from the tagged pairs alone (the multinomial's two tag classes are shaped
        # mostly by the untagged pairs); only pairs that may be romantic: the others are " & " by the hard rules
        tdata = (np.asarray([x for x, _ in typed], dtype=float) - mean) / sd
        tdata[:, [i for i, name in enumerate(FEATURES) if name in DROP]] = 0.0
        binary = LogisticRegression(C=TYPE_C, max_iter=5000, solver="lbfgs")
        binary.fit(tdata, [label == ROMANTIC for _, label in typed])
        weights = binary.coef_[0] / sd
        kind = Linear(tuple(float(w) for w in weights), float(binary.intercept_[0] - weights @ mean))
    return PairScorer((scores[0], scores[1], scores[2]), threshold, keep_rules=keep_rules, kind=kind)


def _decide(scorer: PairScorer, x: list[float], may: bool) -> int:
    """A row's class as the relations stage decides it (:func:`ficlens.analyse.relations._learned`, less its rules
    on silent characters and canon couples): tagged from the threshold or by the hand rules, romantic where it may
    be."""
    ruled = scorer.keep_rules and (x[RULES[0]] > 0 or x[RULES[1]] > 0)
    if scorer.tagged(x) < scorer.threshold and not ruled:
        return NONE
    return ROMANTIC if may and scorer.romantic(x) else PLATONIC


def choose_threshold(works: list[Work], thresholds: list[float], keep_rules: bool) -> float:
    """The tag threshold with the best pair-level F1 (pairs tagged with the gold type) over the works' rows, each
    repository's rows decided by a model fitted on the other repositories' works only (never fitted and measured on
    the same works). Ties go to the higher threshold (fewer tags)."""
    decided: dict[float, list[tuple[int, int]]] = {t: [] for t in thresholds}
    for repo in sorted({w.repo for w in works}):
        train = [w for w in works if w.repo != repo]
        base = fit(train, thresholds[0], keep_rules)
        for t in thresholds:
            scorer = dataclasses.replace(base, threshold=t)
            decided[t] += [(_decide(scorer, x, may), label) for w in works if w.repo == repo
                           for mode in MODES for x, label, may in w.rows[mode]]

    def f1(pairs: list[tuple[int, int]]) -> float:
        right = sum(p == g != NONE for p, g in pairs)
        tagged = sum(p != NONE for p in (p for p, _ in pairs)) + sum(g != NONE for _, g in pairs)
        return 2 * right / tagged if tagged else 0.0

    return max(sorted(thresholds, reverse=True), key=lambda t: f1(decided[t]))


def score(work: Work, scorer: PairScorer | None, mode: str) -> tuple[int, int]:
    """Gold relationships found with the right type, and predicted ones naming no gold one."""
    with rp.no_priors() if mode == "off" else contextlib.nullcontext(), pair_scorer.using(scorer):
        predicted = rp.relationships(work.analysis)
    found = sum(wr.relationship_found(g, predicted) for g in work.gold)
    extra = sum(not any(wr.relationship_found(g, [p]) for g in work.gold) for p in predicted)
    return found, extra


def folds(works: list[Work], thresholds: list[float], keep_rules: bool = False) -> None:
    """Leave-one-repository-out: the rules and the models (fitted without the repository) on its works: one per
    threshold, and one whose threshold :func:`choose_threshold` picks on the other repositories' works ("chosen")."""
    gold = sum(len(w.gold) for w in works)
    totals: dict[tuple[str, str], list[int]] = {}
    chosen: list[float] = []
    for repo in sorted({w.repo for w in works}):
        held = [w for w in works if w.repo == repo]
        train = [w for w in works if w.repo != repo]
        models: list[tuple[str, PairScorer | None]] = [("rules", None)]
        models += [(f"model {t:.2f}", fit(train, t, keep_rules)) for t in thresholds]
        if len(thresholds) > 1:
            chosen.append(choose_threshold(train, thresholds, keep_rules))
            models.append(("chosen", fit(train, chosen[-1], keep_rules)))
        for name, scorer in models:
            for mode in MODES:
                t = totals.setdefault((name, mode), [0, 0])
                for w in held:
                    found, extra = score(w, scorer, mode)
                    t[0] += found
                    t[1] += extra
    print(f"leave-one-repository-out, {len(works)} works, {gold} author-tagged relationships "
          f"({len({w.repo for w in works})} repositories)")
    if chosen:
        print(f"  thresholds chosen per fold: {', '.join(f'{t:.2f}' for t in chosen)}")
    for (name, mode), (found, extra) in totals.items():
        print(f"  {name:<11} priors {mode:<3}: found with the right type {found}/{gold} = {found / gold:.3f}; "
              f"predicted naming no gold one: {extra}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/ficlens-rels-cache"))
    parser.add_argument("--thresholds", type=float, nargs="+", default=[0.5])
    parser.add_argument("--write", action="store_true", help="fit on every dev work and write the artifact")
    parser.add_argument("--no-folds", action="store_true")
    parser.add_argument("--on-by-default", action="store_true",
                        help="the written artifact is used by default (only where it beats the rules out of fold)")
    parser.add_argument("--keep-rules", action="store_true",
                        help="the pairs the hand rules tag stay tagged (the scorer adds pairs and types them all)")
    parser.add_argument("--without-rules", action="store_true",
                        help="leave the hand rules' conditions and decision out of the features")
    parser.add_argument("--type-model", action="store_true",
                        help="also fit the binary type model (romantic vs platonic on the tagged pairs)")
    args = parser.parse_args(argv)
    global DROP, TYPED
    if args.without_rules:
        DROP = RULE_FEATURES
    TYPED = args.type_model
    works = load_works("dev", args.cache)
    if not works:
        print("no dev work with text and labels found")
        return 0
    if not args.no_folds:
        folds(works, args.thresholds, args.keep_rules)
    if args.write:
        threshold = choose_threshold(works, args.thresholds, args.keep_rules) if len(args.thresholds) > 1 \
            else args.thresholds[0]
        print(f"threshold {threshold:.2f} (chosen out of fold over the repositories)" if len(args.thresholds) > 1
              else f"threshold {threshold:.2f}")
        scorer = dataclasses.replace(fit(works, threshold, args.keep_rules), on_by_default=args.on_by_default)
        pair_scorer.MODEL_PATH.write_text(json.dumps(scorer.to_json(), indent=1) + "\n", encoding="utf-8")
        print(f"wrote {pair_scorer.MODEL_PATH.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
