"""Fit the speaker ranker (src/ficlens/analyse/speakers/ranker.py) on PDNC novels and write its weights.

    .venv/bin/python scripts/train_speakers.py [--data DIR] [--chars N] [--novels A,B] [--exclude A,B]
                                               [--litbank DIR] [--objective listwise|pointwise]
                                               [--gold-neighbours] [--addressee] [--out FILE]

Each PDNC novel but the held-out ones (``--exclude``, by default eval/speakers_pdnc.HELD_OUT, never trained on) is
read end to end by ficlens as eval/speakers_pdnc.py reads it (its first ``--chars`` characters, 240,000 by
default: four times the evaluation's prefix, four times the training groups), without the
ranker itself; every detected quote the ranker decides (ranker.decides: no explicit tag names it) that stands for
a gold quotation (eval/speakers_pdnc.aligned_quote) and has the gold speaker among its candidates is one training
group: its candidates' feature vectors, labelled 1 for the candidates that name the gold speaker
(eval/speakers_pdnc.is_right), 0 for the others. LitBank's half A (the even files) adds its groups the same way
(``litbank_examples``; half B stays the check). First an addressee scorer (speakers/addressees.py) is fitted
on the PDNC quotes whose gold addressee is among their addressee candidates (``fit_addressee``), and its
probabilities fill the ranker's ADDRESSEE_FEATURES (``with_addressee``; with ``--addressee``, off by default:
``ADDRESSEE``); it ships inside the weights. A logistic
regression (scikit-learn, L2, C = ``C``) is fitted on
all the rows (``--objective listwise`` instead: a softmax over each quote's candidates, L2 penalty ``L2``; it
ranks PDNC's training novels a little better leave-novels-out but turns long bare two-party exchanges of the
fan-fiction scenes to the wrong parity, so it is not shipped); the weights go to ``--out`` (default: the shipped
src/ficlens/models/speaker_ranker.json). Deterministic: novels and files in sorted order, fixed solvers.

eval/speakers_pdnc.py --ranker calls ``novel_examples`` and ``fit`` here to measure the ranker leave-novels-out.
"""

from __future__ import annotations

import argparse
import ast
import csv
import importlib
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
Table = dict[int, tuple[list[int], list[list[float]]]]  # quote -> its candidates and their feature vectors
C = 1.0
ADDRESSEE = False  # whether fit learns an addressee scorer first (Ranker.addressee) when the data name addressees;
# off: leave-novels-out on the training novels it read rest 1,161 -> 1,165 of 1,648 but explicit 931 -> 930
STACK_FOLDS = 5  # the folds of texts over which a stacked fit's first stage is cross-fitted
L2 = 5.0  # the listwise fit's penalty on the squared weights (leave-novels-out on the training novels, 1, 2 and 20
# ranked fewer quotes right than 5)


@dataclass(eq=False)
class Source:
    """One text read for training: its feature reader (the pipeline's speakers) and the candidates and feature
    vectors of every quote the ranker decides (ranker.candidate_table), from which a stacked fit reads the first
    stage's speakers."""

    reader: Any
    table: Table
    addressee_table: Table  # every quote's addressee candidates and their feature vectors (addressees.py)
    addressee_labels: dict[int, list[int]] = field(default_factory=dict)  # quote -> which addressee candidates
    # the gold says it is spoken to, where the gold names one of them


def source_of(reader: Any, roles: Any) -> Source:
    """The Source of a text read by ``reader`` (ranker.FeatureReader), ``roles``: ranker.role_speakers."""
    from ficlens.analyse.speakers.addressees import AddresseeReader
    from ficlens.analyse.speakers.ranker import candidate_table

    return Source(reader, candidate_table(reader, roles), AddresseeReader(reader.at, reader.found).table())


@dataclass
class Example:
    """One detected quote: its candidates' feature vectors and which of them are the gold speaker; ``source`` and
    ``qi``: the text and quote it comes from (a stacked fit needs them)."""

    rows: list[list[float]]
    labels: list[int]
    source: Source | None = None
    qi: int = -1


def load_eval() -> ModuleType:
    """eval/speakers_pdnc.py, imported once (the running module itself when that script calls this one)."""
    if str(ROOT / "eval") not in sys.path:
        sys.path.insert(0, str(ROOT / "eval"))
    return importlib.import_module("speakers_pdnc")


def gold_addressees(novel: Any, data: Path) -> dict[int, set[int]]:
    """The gold addressees of each quotation of a PDNC novel (``data``/data/<novel>/quotation_info.csv), by the
    start of its first sub-quotation: character ids (eval/speakers_pdnc.Character), names no character has left
    out; empty when the file is missing."""
    ev = load_eval()
    path = data / "data" / novel.name / "quotation_info.csv"
    if not path.is_file():
        return {}
    by_name = {ev.normal(c.name): c.id for c in novel.characters}
    for c in novel.characters:
        for a in c.aliases:
            by_name.setdefault(a, c.id)
    out: dict[int, set[int]] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            spans = ast.literal_eval(row["quoteByteSpans"])
            names = ast.literal_eval(row["addressees"]) if row.get("addressees", "").strip() else []
            if spans:
                out[spans[0][0]] = {by_name[ev.normal(n)] for n in names if ev.normal(n) in by_name}
    return out


def novel_examples(novel: Any, reading: Any, gold_features: Sequence[str] = (), data: Path | None = None) \
        -> list[Example]:
    """The training groups of one novel read by ficlens (eval/speakers_pdnc.Novel and Reading). The
    ``gold_features`` (those of the other quotes' speakers: joint.NEIGHBOUR_FEATURES, joint.RECENT_FEATURES) read
    the gold speakers of the other quotes (as the joint decoder reads its hypothesis) instead of the pipeline's.
    The examples' source keeps the addressee groups (``Source.addressee_labels``) of the quotes whose gold names
    an addressee among their candidates (PDNC under ``data``, by default eval/speakers_pdnc.DEFAULT_DATA)."""
    from ficlens.analyse.speakers.ranker import FEATURES, FeatureReader, role_speakers

    ev = load_eval()
    index = {id(a): i for i, a in enumerate(reading.atts)}
    found = [(a.cluster, a.score, a.rule) for a in reading.atts]
    reader = FeatureReader(reading.at, found)
    source = source_of(reader, role_speakers(reading.at))
    cast = reading.at.cast
    groups: list[tuple[int, list[int], list[int]]] = []
    gold = list(found)
    spoken_to = gold_addressees(novel, data or ev.DEFAULT_DATA)
    for q in novel.quotes:
        att = ev.aligned_quote(q, reading.atts)
        if att is None:
            continue
        qi = index[id(att)]
        addressees = spoken_to.get(q.spans[0][0])
        if addressees and qi in source.addressee_table:
            marks = [int(ev.speaker_of(c, cast, novel.characters) in addressees
                         or ev.speaker_of(c, cast, novel.characters) == ev.NARRATOR_ID
                         and bool(addressees & novel.narrators)) for c in source.addressee_table[qi][0]]
            if any(marks):
                source.addressee_labels[qi] = marks
        cands = source.table[qi][0] if qi in source.table else reader.candidates(qi)
        labels = [int(ev.is_right(ev.speaker_of(c, cast, novel.characters), q, novel)) for c in cands]
        if any(labels):
            gold[qi] = (cands[labels.index(1)], 1.0, "gold")
            if qi in source.table:
                groups.append((qi, cands, labels))
    hood = [FEATURES.index(n) for n in gold_features]
    gold_reader = FeatureReader(reading.at, gold, reader.rules) if hood else reader
    out: list[Example] = []
    for qi, cands, labels in groups:
        rows = [list(row) for row in source.table[qi][1]]
        for row, gold_row in zip(rows, gold_reader.features(qi, cands) if hood else rows, strict=True):
            for k in hood:
                row[k] = gold_row[k]
        out.append(Example(rows, labels, source, qi))
    return out


def litbank_examples(data: Path) -> list[Example]:
    """The training groups of LitBank's half A (the even files; half B is the check eval/quotes_litbank.py
    reports): each detected quote standing for a gold quotation (quotes_litbank.best_match), its candidates
    labelled 1 where they name the gold speaker (quotes_litbank.speaker_matches)."""
    from ficlens.analyse.speakers import NARRATOR
    from ficlens.analyse.speakers.ranker import FeatureReader, role_speakers

    ev = load_eval()
    lb = importlib.import_module("quotes_litbank")
    files = sorted(p for p in data.glob("*_brat.ann") if p.stat().st_size > 0)[::2]
    out: list[Example] = []
    for ann in files:
        lines = ann.with_suffix(".txt").read_text(encoding="utf-8").split("\n")
        text, offsets = lb.rebuild(lines[:-1] if lines and lines[-1] == "" else lines)
        golds = lb.read_gold(ann, offsets)
        names = {g.speaker: g.name for g in golds}
        reading = ev.read_with_ficlens(text, "full", "litbank", learned=False)
        found = [(a.cluster, a.score, a.rule) for a in reading.atts]
        index = {id(a): i for i, a in enumerate(reading.atts)}
        reader = FeatureReader(reading.at, found)
        source = source_of(reader, role_speakers(reading.at))
        clusters = reading.at.cast.clusters
        for g in golds:
            att = lb.best_match(g, reading.atts)
            if att is None or index[id(att)] not in source.table:
                continue
            qi = index[id(att)]
            cands, rows = source.table[qi]
            labels = [int(lb.speaker_matches(None if c == NARRATOR else {clusters[c].name, *clusters[c].forms},
                                             c == NARRATOR, g, names)) for c in cands]
            if any(labels):
                out.append(Example([list(row) for row in rows], labels, source, qi))
    return out


def fit(examples: list[Example], objective: str = "pointwise", stacked: bool = True,
        addressee: bool = ADDRESSEE) -> Any:
    """A Ranker fitted on ``examples``: ``listwise`` (a softmax over each quote's candidates, the gold ones'
    share maximised) or ``pointwise`` (a logistic regression on the rows, each candidate judged alone); with
    ``stacked`` (and every example's source known) a second stage too (ranker.Ranker.second), fitted on the
    ``cross_fitted`` examples. With ``addressee`` (and addressee groups in the sources), first an addressee
    scorer (``fit_addressee``) whose probabilities fill the examples' ranker.ADDRESSEE_FEATURES
    (``with_addressee``); it ships with the ranker (Ranker.addressee)."""
    from dataclasses import replace

    fitter = fit_listwise if objective == "listwise" else fit_pointwise
    known = bool(examples) and all(ex.source is not None for ex in examples)
    model = fit_addressee(sources_of(examples)) if addressee and known else None
    if model is not None:
        examples = with_addressee(examples, model)
    first = fitter(examples)
    if stacked and known:
        first = replace(first, second=fitter(cross_fitted(examples, fitter)))
    return replace(first, addressee=model)


def sources_of(examples: list[Example]) -> list[Source]:
    """The examples' sources, each once, in order of appearance."""
    sources: list[Source] = []
    seen: set[int] = set()
    for ex in examples:
        if ex.source is not None and id(ex.source) not in seen:
            seen.add(id(ex.source))
            sources.append(ex.source)
    return sources


def fit_addressee(sources: list[Source]) -> Any:
    """An addressee scorer (addressees.AddresseeModel) fitted on the sources' addressee groups (logistic
    regression on the candidates' rows), or None when they have none."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    from ficlens.analyse.speakers.addressees import AddresseeModel

    rows = [(row, label) for s in sources for qi, labels in s.addressee_labels.items()
            for row, label in zip(s.addressee_table[qi][1], labels, strict=True)]
    if not rows or len({label for _, label in rows}) < 2:
        return None
    model = LogisticRegression(C=C, max_iter=2000, solver="lbfgs")
    model.fit(np.array([r for r, _ in rows], dtype=float), np.array([label for _, label in rows]))
    return AddresseeModel(tuple(float(w) for w in model.coef_[0]), float(model.intercept_[0]))


def with_addressee(examples: list[Example], model: Any) -> list[Example]:
    """``examples`` (and their sources' tables) with the ranker.ADDRESSEE_FEATURES read from ``model``'s
    probabilities on each source."""
    renewed: dict[int, tuple[Source, dict[int, dict[int, float]]]] = {}
    for source in sources_of(examples):
        probs = {qi: {c: model.score(row) for c, row in zip(cands, rows, strict=True)}
                 for qi, (cands, rows) in source.addressee_table.items()}
        table = {qi: (cands, addressed_rows(source.reader, qi, cands, rows, probs))
                 for qi, (cands, rows) in source.table.items()}
        renewed[id(source)] = Source(source.reader, table, source.addressee_table, source.addressee_labels), probs
    out: list[Example] = []
    for ex in examples:
        source, probs = renewed[id(ex.source)]
        rows = addressed_rows(source.reader, ex.qi, source.table[ex.qi][0], ex.rows, probs)
        out.append(Example(rows, ex.labels, source, ex.qi))
    return out


def addressed_rows(reader: Any, qi: int, cands: Sequence[int], rows: Sequence[Sequence[float]],
                   probs: dict[int, dict[int, float]]) -> list[list[float]]:
    """Quote ``qi``'s candidate ``rows`` with their ranker.ADDRESSEE_FEATURES read from ``probs``."""
    from ficlens.analyse.speakers.ranker import ADDRESSEE_FEATURES, FEATURES

    out = []
    for c, row in zip(cands, rows, strict=True):
        new = list(row)
        values = reader.addressee_features(qi, c, probs)
        for name in ADDRESSEE_FEATURES:
            new[FEATURES.index(name)] = float(values[name])
        out.append(new)
    return out


def cross_fitted(examples: list[Example], fitter: Any, folds: int = STACK_FOLDS) -> list[Example]:
    """``examples`` with the features of the other quotes' speakers (ranker.OTHER_SPEAKER_FEATURES) read from a
    first stage's speakers, as a stacked ranker reads them at run time; the sources (texts) are split into
    ``folds`` folds (round robin in order of appearance) and each fold's speakers are those a first stage fitted
    on the other folds picks, so that the second stage learns from picks as wrong as they are on new texts."""
    from ficlens.analyse.speakers.ranker import first_pass, restacked

    sources: list[Source] = []
    for ex in examples:
        if ex.source is not None and all(ex.source is not s for s in sources):
            sources.append(ex.source)
    out: dict[int, Example] = {}
    for k in range(min(folds, len(sources))):
        fold = {id(s) for s in sources[k::folds]}
        ranker = fitter([ex for ex in examples if id(ex.source) not in fold])
        for source in sources[k::folds]:
            table = restacked(source.reader, source.table, first_pass(source.reader, source.table, ranker))
            for i, ex in enumerate(examples):
                if ex.source is source:
                    out[i] = Example([list(row) for row in table[ex.qi][1]], ex.labels, source, ex.qi)
    return [out[i] for i in range(len(examples))]


def fit_listwise(examples: list[Example], l2: float = L2) -> Any:
    """A Ranker whose weights maximise the log-probability a softmax over each quote's candidates gives its gold
    candidates, less ``l2`` times the squared weights (L-BFGS from zero: deterministic). The bias is left at 0
    (a softmax cannot see it)."""
    import numpy as np
    from scipy.optimize import minimize

    from ficlens.analyse.speakers.ranker import Ranker

    x = np.array([row for ex in examples for row in ex.rows], dtype=float)
    gold = np.array([label for ex in examples for label in ex.labels], dtype=float)
    group = np.repeat(np.arange(len(examples)), [len(ex.rows) for ex in examples])

    def loss(w: Any) -> tuple[float, Any]:
        z = x @ w
        top = np.full(len(examples), -np.inf)
        np.maximum.at(top, group, z)
        e = np.exp(z - top[group])
        total = np.bincount(group, e, len(examples))
        right = np.bincount(group, e * gold, len(examples))
        value = -np.sum(np.log(right) - np.log(total)) + l2 * w @ w
        p_all, p_right = e / total[group], e * gold / right[group]
        grad = x.T @ (p_all - p_right) + 2 * l2 * w
        return float(value), grad

    result = minimize(loss, np.zeros(x.shape[1]), jac=True, method="L-BFGS-B", options={"maxiter": 1000})
    return Ranker(tuple(float(w) for w in result.x), 0.0)


def fit_pointwise(examples: list[Example]) -> Any:
    """A Ranker fitted on the rows of ``examples`` (logistic regression)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    from ficlens.analyse.speakers.ranker import Ranker

    x = np.array([row for ex in examples for row in ex.rows], dtype=float)
    y = np.array([label for ex in examples for label in ex.labels])
    model = LogisticRegression(C=C, max_iter=2000, solver="lbfgs")
    model.fit(x, y)
    return Ranker(tuple(float(w) for w in model.coef_[0]), float(model.intercept_[0]))


def main(argv: list[str] | None = None) -> int:
    from ficlens.analyse.speakers.ranker import MODEL_PATH, OTHER_SPEAKER_FEATURES

    ev = load_eval()
    ap = argparse.ArgumentParser(description="Fit the speaker ranker on PDNC")
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "pdnc")
    ap.add_argument("--chars", type=int, default=ev.TRAIN_CHARS,
                    help="the first N characters of each novel (more than the evaluation's 60,000: more groups)")
    ap.add_argument("--novels", default="", help="comma-separated folder names (default: all)")
    ap.add_argument("--exclude", default=",".join(ev.HELD_OUT),
                    help="comma-separated folder names left out (default: eval/speakers_pdnc.HELD_OUT)")
    ap.add_argument("--litbank", type=Path, default=ROOT.parent / "shared" / "data" / "litbank" / "quotations" / "tsv",
                    help="LitBank quotations; its half A trains too (absent: PDNC alone)")
    ap.add_argument("--objective", choices=("listwise", "pointwise"), default="pointwise")
    ap.add_argument("--gold-neighbours", action="store_true",
                    help="the features of the other quotes' speakers read the gold speakers (weights for the joint "
                         "decoder's beam, speakers/joint.py; not shipped)")
    ap.add_argument("--addressee", action="store_true",
                    help="fit an addressee scorer on PDNC's addressee column first; the ranker reads it "
                         "(speakers/addressees.py)")
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    args = ap.parse_args(argv)
    if not (args.data / "data").is_dir():
        print(f"PDNC data not found at {args.data}; nothing fitted", file=sys.stderr)
        return 0
    excluded = {n.strip() for n in args.exclude.split(",") if n.strip()}
    read = [(n, r) for n, r in ev.read_all(args.data, args.novels, args.chars, learned=False) if n.name not in excluded]
    gold = OTHER_SPEAKER_FEATURES if args.gold_neighbours else ()
    examples = [ex for novel, reading in read for ex in novel_examples(novel, reading, gold, args.data)]
    litbank = litbank_examples(args.litbank) if args.litbank.is_dir() else []
    ranker = fit(examples + litbank, args.objective, stacked=not args.gold_neighbours,
                 addressee=args.addressee or ADDRESSEE)
    data = {**ranker.to_json(), "trained_on": sorted(n.name for n, _ in read), "chars": args.chars,
            "objective": args.objective, "groups": len(examples), "litbank_half_a_groups": len(litbank),
            "rows": sum(len(ex.rows) for ex in examples + litbank)}
    args.out.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(f"{len(read)} novels, {len(examples)} quotes, LitBank half A {len(litbank)} quotes, {data['rows']} "
          f"candidate rows -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
