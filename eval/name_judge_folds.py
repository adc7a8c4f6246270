"""The learned name judge trained with fan fiction, measured out of fold on the DEV real works (data/works).

The dev works are split into FOLDS folds grouped by source repository (:func:`repo_folds`: a repository's works
stay together, so a judge never decides an author it learned from). For each fold a judge is fitted on the PDNC and
LitBank rows (scripts/train_name_judge.py, always in) and the fan-fiction rows of the other folds' works (each
candidate labelled by the work's gold characters, ``train_name_judge.fanfic_label``; only ``trusted`` rows unless
--all-negatives); its veto bar is chosen on the other folds (:func:`choose_threshold`: an inner leave-one-fold-out
over them, the character precision plus main recall of their lists); it then decides the fold's works. Printed,
over the same works: character precision over the top works_realfic.TOP_CHARACTERS and main-character recall (the
first MAIN_CHARACTERS gold) with the hand rules alone, with the shipped judge, and out of fold; then every name of
the out-of-fold top that no gold character matches (what still reaches the top), and the main characters the
shipped judge lists and the out-of-fold one loses.

The works' documents (NLP, the slow part) and candidates are cached under --cache, so a second run only refits and
re-runs the cast. Never a test work: the script reads the dev split only (it trains on the labels).

With --labelled, the labelled fan-fiction candidates of data/names (train_name_judge.labelled_rows: chapters outside
the evaluation set, every candidate labelled by reading it) join the PDNC and LitBank rows, always in.

Run: PYTHONPATH=src .venv/bin/python eval/name_judge_folds.py --rows ROWS.json [--cache DIR] [--thresholds ...]
[--all-negatives] [--labelled [--labelled-rows LAB.json]] [--no-fanfic]
(ROWS.json: scripts/train_name_judge.py --rows's cache of the PDNC and LitBank rows, made there when missing)
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT / "scripts"))

import train_name_judge as tnj  # noqa: E402
from works_realfic import (  # noqa: E402
    MAIN_CHARACTERS,
    TOP_CHARACTERS,
    Predicted,
    names_match,
    repo_folds,
    score_work,
)

from ficlens.analyse.analysis import Analysis  # noqa: E402
from ficlens.analyse.cast import learned_judge  # noqa: E402
from ficlens.analyse.cast.learned_judge import NameJudge  # noqa: E402
from ficlens.analyse.pipeline import STAGES  # noqa: E402
from ficlens.nlp.document import Document  # noqa: E402
from ficlens.report import Report  # noqa: E402

FOLDS = 3
CHARACTER_STAGES = ("cast", "quotes", "characters")  # what report.characters rests on


def characters_with(doc: Document, judge: NameJudge | None) -> list[str]:
    """The report's character list of ``doc`` when the cast judges names with ``judge`` (None: the hand rules)."""
    analysis = Analysis(doc, Report.for_work(doc.work, mode=doc.profile))
    with learned_judge.using(judge):
        for stage in STAGES:
            if stage.name in CHARACTER_STAGES:
                stage.run(analysis)
    return [c.name for c in analysis.report.characters]


ALL_NEGATIVES = False  # --all-negatives: train on every fan-fiction row, not only train_name_judge.trusted ones
NO_FANFIC = False  # --no-fanfic: fit without the dev works' rows


def fitted_judge(rows: Sequence[tnj.Row], threshold: float) -> NameJudge:
    rows = [r for r in rows if not (NO_FANFIC and r.source.startswith("ff:"))]
    coef, bias = tnj.fit(tnj.fitted_on([r for r in rows if ALL_NEGATIVES or tnj.trusted(r)], "veto"))
    return tnj.judge_of(coef, bias, threshold, "veto", True)


def choose_threshold(base: Sequence[tnj.Row], ff: Mapping[int, Sequence[WorkRows]], cache: Path,
                     thresholds: Sequence[float]) -> float:
    """The veto bar that does best over the folds of ``ff`` (fold -> its works), each fold's works judged by a
    model fitted without them (``base`` and the other folds' rows): the best character precision plus main-character
    recall of their lists (:class:`Tally`), the first of ``thresholds`` on a tie. A work's list is made once per set
    of vetoed candidates (none vetoed: the rules' list)."""
    totals = {t: Tally() for t in thresholds}
    for k, works in ff.items():
        judge = fitted_judge([*base, *(r for j, ws in ff.items() if j != k for w in ws for r in w.cached.rows)], 0.5)
        for w in works:
            lists: dict[frozenset[str], list[str]] = {frozenset(): w.cached.rules}
            for t in thresholds:
                vetoed = frozenset(r.written for r in w.cached.rows if r.x[tnj.RULE_ACCEPT] and not r.x[tnj.KB_KNOWN]
                                   and judge.probability(r.x) < t)
                if vetoed not in lists:
                    lists[vetoed] = characters_with(document(w.row, cache), replace(judge, threshold=t))
                totals[t].add(w.row["id"], w.gold, lists[vetoed])
    scores = [totals[t].precision + totals[t].recall for t in thresholds]
    return thresholds[scores.index(max(scores))]


@dataclass
class Cached:
    """One dev work's cached reading: the candidates' rows and the lists of the rules alone and the shipped judge."""

    rows: list[tnj.Row]
    rules: list[str]
    shipped: list[str]


@dataclass
class WorkRows:
    """A dev work: its sources.jsonl row, gold characters and cached reading."""

    row: Mapping[str, Any]
    gold: Sequence[str]
    cached: Cached


def cached_work(row: Mapping[str, Any], text: str, gold: Sequence[str], cache: Path) -> Cached:
    """The work's rows and lists, from ``cache`` or computed (and its document pickled there for later runs)."""
    meta, pickled = cache / f"{row['id']}.json", cache / f"{row['id']}.pkl"
    if meta.is_file() and pickled.is_file():
        data = json.loads(meta.read_text(encoding="utf-8"))
        return Cached([tnj.Row(**r) for r in data["rows"]], data["rules"], data["shipped"])
    doc = tnj.work_document(text)
    rows = [tnj.fanfic_row(f"ff:{row['repo']}", f, x, gold) for f, x in tnj.doc_candidates(doc)]
    out = Cached(rows, characters_with(doc, None), characters_with(doc, learned_judge.shipped_judge()))
    pickled.write_bytes(pickle.dumps(doc))
    meta.write_text(json.dumps({"rows": [r.__dict__ for r in rows], "rules": out.rules, "shipped": out.shipped}),
                    encoding="utf-8")
    return out


def document(row: Mapping[str, Any], cache: Path) -> Document:
    doc: Document = pickle.loads((cache / f"{row['id']}.pkl").read_bytes())
    return doc


@dataclass
class Tally:
    top_right: int = 0
    top: int = 0
    main_found: int = 0
    main: int = 0

    def add(self, work_id: str, gold: Sequence[str], characters: list[str]) -> None:
        score = score_work(work_id, "", {"characters": list(gold)}, Predicted(characters=characters))
        self.top_right += score.characters_top[0]
        self.top += score.characters_top[1]
        self.main_found += score.main_characters[0]
        self.main += score.main_characters[1]

    @property
    def precision(self) -> float:
        return self.top_right / max(1, self.top)

    @property
    def recall(self) -> float:
        return self.main_found / max(1, self.main)

    def line(self) -> str:
        return (f"precision {self.top_right}/{self.top} ({self.precision:.3f}), "
                f"main recall {self.main_found}/{self.main} ({self.recall:.3f})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=Path, required=True, help="the PDNC and LitBank rows' cache (JSON)")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/ficlens-name-judge-folds"))
    ap.add_argument("--thresholds", type=float, nargs="+", default=[0.2, 0.3, 0.4, 0.5])
    ap.add_argument("--all-negatives", action="store_true",
                    help="train on every fan-fiction candidate, those that behave as persons included")
    ap.add_argument("--labelled", action="store_true",
                    help="add the labelled fan-fiction candidates of data/names to the rows always in")
    ap.add_argument("--labelled-rows", type=Path, help="with --labelled: cache of those rows (JSON), read or written")
    ap.add_argument("--no-fanfic", action="store_true",
                    help="fit without the dev works' rows (only the rows always in), still deciding by fold")
    args = ap.parse_args(argv)
    global ALL_NEGATIVES, NO_FANFIC
    ALL_NEGATIVES = args.all_negatives
    NO_FANFIC = args.no_fanfic
    if not tnj.PDNC.is_dir() or not tnj.LITBANK.is_dir():
        print(f"training data not found under {tnj.SHARED}; nothing done")
        return 0
    works = tnj.dev_works()
    if not works:
        print("no dev texts: run scripts/fetch_realfic.py MIRRORS")
        return 0
    args.cache.mkdir(parents=True, exist_ok=True)
    cached = {row["id"]: cached_work(row, text, gold, args.cache) for row, text, gold in works}
    base = tnj.cached_rows(args.rows, lambda: tnj.pdnc_rows(100_000) + tnj.litbank_rows())
    if args.labelled:
        base = [*base, *tnj.cached_rows(args.labelled_rows, tnj.labelled_rows)]
    fold_of = repo_folds((row["repo"] for row, _, _ in works), FOLDS)
    by_fold = {k: [WorkRows(row, gold, cached[row["id"]]) for row, _, gold in works if fold_of[row["repo"]] == k]
               for k in range(FOLDS)}
    tallies = {name: Tally() for name in ("rules", "shipped", "out of fold")}
    missed: list[str] = []
    lost: list[str] = []  # main characters the shipped judge lists and the out-of-fold one does not
    for k in range(FOLDS):
        others = {j: ws for j, ws in by_fold.items() if j != k}
        t = choose_threshold(base, others, args.cache, args.thresholds)
        judge = fitted_judge([*base, *(r for ws in others.values() for w in ws for r in w.cached.rows)], t)
        print(f"fold {k}: {len(by_fold[k])} works, {sum(len(w.cached.rows) for w in by_fold[k])} candidates,"
              f" veto bar {t:.2f}")
        fold_tallies = {"shipped": Tally(), "out of fold": Tally()}
        for w in by_fold[k]:
            oof = characters_with(document(w.row, args.cache), judge)
            for name, chars in (("rules", w.cached.rules), ("shipped", w.cached.shipped), ("out of fold", oof)):
                tallies[name].add(w.row["id"], w.gold, chars)
                if name in fold_tallies:
                    fold_tallies[name].add(w.row["id"], w.gold, chars)
            missed += [f"  {w.row['id']}: {p}" for p in oof[:TOP_CHARACTERS]
                       if not any(names_match(p, g) for g in w.gold)]
            lost += [f"  {w.row['id']}: {g}" for g in w.gold[:MAIN_CHARACTERS]
                     if any(names_match(g, p) for p in w.cached.shipped) and not any(names_match(g, p) for p in oof)]
        for name, tally in fold_tallies.items():
            print(f"  {name:12s} {tally.line()}")
    print(f"dev ({len(works)} works, {FOLDS} folds by repository), top {TOP_CHARACTERS}:")
    for name, tally in tallies.items():
        print(f"  {name:12s} {tally.line()}")
    print(f"listed in the top {TOP_CHARACTERS} out of fold, no gold character ({len(missed)}):")
    print("\n".join(missed))
    print(f"main characters the shipped judge lists and the out-of-fold one loses ({len(lost)}):")
    print("\n".join(lost))
    return 0


if __name__ == "__main__":
    sys.exit(main())
