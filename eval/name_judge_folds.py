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
the evaluation set, every candidate labelled by reading it) join the PDNC and LitBank rows, always in. With
--labelled-lists the script instead lists those chapters out of fold by repository (:func:`labelled_lists`: a judge
fitted without the repository's labelled rows, the dev works' rows in unless --no-fanfic) and counts the labelled
persons and non-persons among their top names, beside the hand rules and the shipped judge.

Run: PYTHONPATH=src .venv/bin/python eval/name_judge_folds.py --rows ROWS.json [--cache DIR] [--thresholds ...]
[--all-negatives] [--labelled [--labelled-rows LAB.json] [--labelled-lists]] [--no-fanfic]
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
FIT_EVERY = False  # --fit-every: fit on every candidate, those the hand rules turn down too


def fitted_judge(rows: Sequence[tnj.Row], threshold: float) -> NameJudge:
    rows = [r for r in rows if not (NO_FANFIC and r.source.startswith("ff:"))]
    coef, bias = tnj.fit(tnj.fitted_on([r for r in rows if ALL_NEGATIVES or tnj.trusted(r)], "veto", FIT_EVERY))
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


def labelled_chapters(cache: Path, folder: Path = tnj.LABELLED,
                      texts: Path = tnj.LABELLED_TEXTS) -> list[tuple[dict[str, Any], Document]]:
    """The labelled chapters of data/names whose texts are under ``texts``: (the sources.jsonl row, the document),
    the documents pickled under ``cache`` for later runs."""
    out = []
    with (folder / "sources.jsonl").open(encoding="utf-8") as fh:
        sources = [json.loads(line) for line in fh if line.strip()]
    for src in sources:
        path, pickled = texts / f"{src['id']}.txt", cache / f"lab-{src['id']}.pkl"
        if pickled.is_file():
            out.append((src, pickle.loads(pickled.read_bytes())))
        elif path.is_file():
            doc = tnj.work_document(path.read_text(encoding="utf-8"))
            pickled.write_bytes(pickle.dumps(doc))
            out.append((src, doc))
    return out


@dataclass
class ListTally:
    """Names in the top TOP_CHARACTERS of the labelled chapters: labelled persons, labelled non-persons, unlabelled."""

    persons: int = 0
    others: int = 0
    unknown: int = 0

    def add(self, listed: Sequence[str], persons: set[str], others: set[str]) -> list[str]:
        wrong = []
        for name in listed[:TOP_CHARACTERS]:
            if name in persons or any(names_match(name, p) for p in persons):
                self.persons += 1
            elif name in others:
                self.others += 1
                wrong.append(name)
            else:
                self.unknown += 1
        return wrong

    def line(self) -> str:
        known = self.persons + self.others
        return (f"persons {self.persons}/{known} ({self.persons / max(1, known):.3f}) of the labelled names"
                f" listed, {self.unknown} unlabelled")


def labelled_lists(base: Sequence[tnj.Row], lab: Sequence[tnj.Row], ff: Sequence[tnj.Row], cache: Path,
                   thresholds: Sequence[float]) -> None:
    """Out of fold by repository on the labelled chapters: each repository's chapters listed with a judge fitted
    without its rows (``base``, the other repositories' labelled rows and the dev works' rows ``ff``), at each
    veto bar; beside the hand rules and the shipped judge. A listed name is right when the labels call the form, or
    the character it names, a person."""
    labels: dict[str, dict[str, dict[str, Any]]] = {}
    with (tnj.LABELLED / "fanfic-candidates.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rec = json.loads(line)
                labels.setdefault(rec["text"], {})[rec["written"]] = rec
    chapters = labelled_chapters(cache)
    tallies = {name: ListTally() for name in ("rules", "shipped", *(f"out of fold {t:.2f}" for t in thresholds))}
    wrong: dict[str, list[str]] = {name: [] for name in tallies}
    for repo in sorted({src["repo"] for src, _ in chapters}):
        coef, bias = tnj.fit(tnj.fitted_on([r for r in (*base, *ff, *lab) if r.source != f"lab:{repo}"
                                            and (ALL_NEGATIVES or tnj.trusted(r))], "veto", FIT_EVERY))
        for src, doc in chapters:
            if src["repo"] != repo:
                continue
            known = labels.get(src["id"], {})
            persons = {w for w, r in known.items() if r["kind"] == "person"}
            persons |= {r["character"] for r in known.values() if r["kind"] == "person" and r.get("character")}
            others = {w for w, r in known.items() if r["kind"] != "person"} - persons
            judges: dict[str, NameJudge | None] = {"rules": None, "shipped": learned_judge.shipped_judge()}
            judges.update({f"out of fold {t:.2f}": tnj.judge_of(coef, bias, t, "veto", True) for t in thresholds})
            for name, judge in judges.items():
                wrong[name] += [f"{src['id']}: {w}" for w in tallies[name].add(characters_with(doc, judge),
                                                                                 persons, others)]
    print(f"labelled chapters ({len(chapters)}, folds by repository), top {TOP_CHARACTERS}:")
    for name, tally in tallies.items():
        print(f"  {name:16s} {tally.line()}; non-persons: {', '.join(wrong[name])}")


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
    ap.add_argument("--labelled-lists", action="store_true",
                    help="with --labelled: list the labelled chapters out of fold by repository (top names)")
    ap.add_argument("--fit-every", action="store_true",
                    help="fit on every candidate, those the hand rules turn down too (the judge still only vetoes)")
    args = ap.parse_args(argv)
    global ALL_NEGATIVES, NO_FANFIC, FIT_EVERY
    FIT_EVERY = args.fit_every
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
        lab = tnj.cached_rows(args.labelled_rows, tnj.labelled_rows)
        if args.labelled_lists:
            ff = [] if NO_FANFIC else [r for c in cached.values() for r in c.rows]
            labelled_lists(base, lab, ff, args.cache, args.thresholds)
            return 0
        base = [*base, *lab]
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
