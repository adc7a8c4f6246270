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
[--write --on-by-default] [--drop FEATURE ...] (--write fits on every dev work and writes the artifact with the
chosen threshold, the only one given; dev only: never test works. --drop leaves features out of the fit.)
With --silver DIR (the AO3 silver set, scripts/ao3_silver.py; the sample scripts/silver_relations.py analyses and
caches), the model is fitted on the silver works' candidate pairs instead, labelled by their authors' tags (a pair
the author did not tag is a weak negative), the threshold chosen out of fold over SILVER_FOLDS folds grouped by
fandom, and measured on the dev works, which it never saw: an honest out-of-sample dev figure beside the rules and
the shipped scorer. --no-dev fits (and, with --write, writes) without loading the dev works. Skips cleanly when the
silver set is absent.

Deterministic: works in file order, lbfgs.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import hashlib
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import relations_priors as rp  # noqa: E402
import silver_relations as sr  # noqa: E402

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
SILVER_FOLDS = 5
RULES = (FEATURES.index("rules_romantic"), FEATURES.index("rules_platonic"))


@dataclass
class Work:
    id: str
    repo: str
    gold: list[str]
    analysis: Analysis | None  # None once the rows are made, where the work is never scored whole
    rows: dict[str, list[tuple[list[float], int, bool]]] = field(default_factory=dict)  # mode: (x, label, may)


def _label(names: list[str], gold: list[str]) -> int:
    """The gold type of a pair of characters (their names as a tag writes them): romantic where a "/" tag names
    them, even beside a " & " tag of the same two (authors tag both for a romance that grows from a friendship, and
    the relations stage reports one of the two)."""
    label = NONE
    for tag in gold:
        people, kind = wr.relationship_parts(tag)
        if len(people) > 2 and kind == "platonic":
            continue  # a friendship group is tagged as a group, not by its pairs
        if all(any(wr.person_matches(g, n) for g in people) for n in names):
            if kind == "romantic":
                return ROMANTIC
            label = PLATONIC
    return label


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


def work_of(work_id: str, repo: str, gold: list[str], analysis: Analysis) -> Work:
    """A work with its candidate pairs' rows, priors on and off."""
    work = Work(work_id, repo, gold, analysis)
    for mode in MODES:
        with rp.no_priors() if mode == "off" else contextlib.nullcontext():
            work.rows[mode] = pair_rows(analysis, gold)
    return work


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
        out.append(work_of(row["id"], row["repo"], gold, rp.analysed(text, cache, key)))
    return out


def silver_fold(fandoms: list[str]) -> str:
    """The fold of a silver work: SILVER_FOLDS groups by a hash of its first fandom (a fandom's works in one fold,
    as the dev works' repositories are)."""
    key = fandoms[0] if fandoms else ""
    return f"silver-{int(hashlib.sha256(key.encode()).hexdigest(), 16) % SILVER_FOLDS}"


def load_silver_works(silver: Path, limit: int, cache: Path, keep_analysis: bool = True) -> list[Work]:
    """The sampled silver works already analysed under ``cache`` (scripts/silver_relations.py fills it), labelled
    by their authors' relationship tags, grouped in folds by fandom; without ``keep_analysis``, their rows alone
    (a work's analysis takes tens of megabytes)."""
    if not keep_analysis:
        return [Work(w.id, silver_fold(w.fandoms), w.relationships, None, rows)
                for w, rows in _cached_rows(silver, limit, cache)]
    return [work_of(w.id, silver_fold(w.fandoms), w.relationships, analysis)
            for w, analysis in sr.analysed_works(silver, limit, cache, only_cached=True)]


def _rows_key() -> str:
    """A hash of the code that makes a pair's rows (the relations modules), keying the rows cache."""
    h = hashlib.sha256()
    for name in ("relations.py", "relation_groups.py", "pair_scorer.py"):
        h.update((ROOT / "src" / "ficlens" / "analyse" / name).read_bytes())
    return h.hexdigest()[:12]


def _cached_rows(silver: Path, limit: int, cache: Path) -> list[tuple[Any, dict[str, list[Any]]]]:
    """Each cached silver work with its rows, read from ``cache/rows-KEY.json`` where made before (a work's rows are
    made once per version of the relations modules: loading its analysis takes seconds)."""
    path = cache / f"rows-{_rows_key()}.json"
    stored: dict[str, dict[str, list[Any]]] = json.loads(path.read_text()) if path.is_file() else {}
    out = []
    for w in sr.sample(silver, limit):
        if w.id not in stored:
            found = next(sr.analysed_works(silver, limit, cache, only_cached=True, ids={w.id}), None)
            if found is None:
                continue
            stored[w.id] = work_of(w.id, "", w.relationships, found[1]).rows
            path.write_text(json.dumps(stored))
        out.append((w, stored[w.id]))
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
    assert work.analysis is not None, "a work kept without its analysis is never scored whole"
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


def totals(works: list[Work], scorer: PairScorer | None) -> dict[str, tuple[int, int]]:
    """Per prior mode: author-tagged relationships found with the right type, and predicted ones naming none."""
    out = {}
    for mode in MODES:
        counts = [score(w, scorer, mode) for w in works]
        out[mode] = (sum(f for f, _ in counts), sum(e for _, e in counts))
    return out


def _print(label: str, figures: dict[str, tuple[int, int]], gold: int) -> None:
    for mode, (found, extra) in figures.items():
        print(f"  {label:<30} priors {mode:<3}: found with the right type {found}/{gold} = {found / gold:.3f}; "
              f"predicted naming no gold one: {extra}")


def silver(silver_works: list[Work], dev: list[Work], thresholds: list[float], keep_rules: bool,
           silver_folds: bool = True) -> PairScorer:
    """Fit on the silver works (threshold chosen out of fold over their fandom folds), then measure on the dev
    works, which the fit never saw: the rules, the shipped scorer (fitted on dev: in sample there) and the silver
    one. With ``silver_folds``, each silver fold is first scored by models fitted on the other folds."""
    gold = sum(len(w.gold) for w in silver_works)
    print(f"silver: {len(silver_works)} works, {gold} author-tagged relationships, "
          f"{sum(len(w.rows['on']) for w in silver_works)} candidate pairs")
    if silver_folds:
        by_fold: dict[str, dict[str, list[int]]] = {}
        for fold in sorted({w.repo for w in silver_works}):
            held = [w for w in silver_works if w.repo == fold]
            train = [w for w in silver_works if w.repo != fold]
            t = choose_threshold(train, thresholds, keep_rules) if len(thresholds) > 1 else thresholds[0]
            for name, scorer in (("rules", None), ("shipped (dev-fitted)", pair_scorer.shipped_scorer()),
                                 (f"silver, fold's threshold {t:.2f}", fit(train, t, keep_rules))):
                key = name.split(",")[0]
                for mode, (found, extra) in totals(held, scorer).items():
                    acc = by_fold.setdefault(key, {}).setdefault(mode, [0, 0])
                    acc[0] += found
                    acc[1] += extra
        print(f"silver out of fold ({len({w.repo for w in silver_works})} folds by fandom):")
        for name, figures in by_fold.items():
            _print(name, {m: (v[0], v[1]) for m, v in figures.items()}, gold)
    threshold = choose_threshold(silver_works, thresholds, keep_rules) if len(thresholds) > 1 else thresholds[0]
    scorer = fit(silver_works, threshold, keep_rules)
    if not dev:
        print(f"silver threshold {threshold:.2f} (chosen out of fold on silver); dev not measured")
        return scorer
    gold = sum(len(w.gold) for w in dev)
    print(f"dev ({len(dev)} works, {gold} author-tagged relationships); silver threshold {threshold:.2f} "
          f"(chosen out of fold on silver):")
    _print("rules", totals(dev, None), gold)
    _print("shipped (dev-fitted, in sample)", totals(dev, pair_scorer.shipped_scorer()), gold)
    _print("silver-fitted (out of sample)", totals(dev, scorer), gold)
    return scorer


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
    parser.add_argument("--drop", nargs="+", default=[], choices=FEATURES, metavar="FEATURE",
                        help="leave these features out of the fit (weight 0), e.g. prior_platonic")
    parser.add_argument("--type-model", action="store_true",
                        help="also fit the binary type model (romantic vs platonic on the tagged pairs)")
    parser.add_argument("--silver", type=Path, default=None,
                        help="fit on this silver set's sample (scripts/silver_relations.py) and measure on dev")
    parser.add_argument("--silver-limit", type=int, default=600)
    parser.add_argument("--silver-cache", type=Path, default=sr.DEFAULT_CACHE)
    parser.add_argument("--no-dev", action="store_true", help="with --silver: fit (and --write) without measuring "
                        "on dev (the fit is deterministic: the same silver works give the same artifact)")
    args = parser.parse_args(argv)
    global DROP, TYPED
    if args.without_rules:
        DROP = RULE_FEATURES
    DROP = DROP | frozenset(args.drop)
    TYPED = args.type_model
    works = [] if args.silver is not None and args.no_dev else load_works("dev", args.cache)
    if not works and not (args.silver is not None and args.no_dev):
        print("no dev work with text and labels found")
        return 0
    if args.silver is not None:
        if not (args.silver / "index.jsonl").is_file():
            print(f"no silver set at {args.silver} (scripts/ao3_silver.py); nothing to do")
            return 0
        silver_works = load_silver_works(args.silver, args.silver_limit, args.silver_cache,
                                         keep_analysis=not args.no_folds)
        scorer = silver(silver_works, works, args.thresholds, args.keep_rules, not args.no_folds)
        if args.write:
            scorer = dataclasses.replace(scorer, on_by_default=args.on_by_default)
            pair_scorer.MODEL_PATH.write_text(json.dumps(scorer.to_json(), indent=1) + "\n", encoding="utf-8")
            print(f"wrote {pair_scorer.MODEL_PATH.relative_to(ROOT)}")
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
