"""The learned name judge trained with fan fiction, measured out of fold on the DEV real works (data/works).

The dev works are split into FOLDS folds grouped by source repository (:func:`repo_folds`: a repository's works
stay together, so a judge never decides an author it learned from). For each fold a judge is fitted on the PDNC and
LitBank rows (scripts/train_name_judge.py, always in) and the fan-fiction rows of the other folds' works (each
candidate labelled by the work's gold characters, ``train_name_judge.fanfic_label``); its veto bar is chosen on the
other folds (:func:`choose_threshold`: an inner leave-one-fold-out over them, the weighted candidate accuracy of the
veto); it then decides the fold's works. Printed, over the same works: character precision over the top
works_realfic.TOP_CHARACTERS and main-character recall (the first MAIN_CHARACTERS gold) with the hand rules alone,
with the shipped judge, and out of fold; then every listed name of the top that no gold character matches, out of
fold, with its work and mentions (what still reaches the top).

The works' documents (NLP, the slow part) and candidates are cached under --cache, so a second run only refits and
re-runs the cast. Never a test work: the script reads the dev split only (it trains on the labels).

Run: PYTHONPATH=src .venv/bin/python eval/name_judge_folds.py --rows ROWS.json [--cache DIR] [--thresholds ...]
(ROWS.json: scripts/train_name_judge.py --rows's cache of the PDNC and LitBank rows, made there when missing)
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT / "scripts"))

import train_name_judge as tnj  # noqa: E402
from works_realfic import TOP_CHARACTERS, Predicted, names_match, score_work  # noqa: E402

from ficlens.analyse.analysis import Analysis  # noqa: E402
from ficlens.analyse.cast import learned_judge  # noqa: E402
from ficlens.analyse.cast.learned_judge import NameJudge  # noqa: E402
from ficlens.analyse.pipeline import STAGES  # noqa: E402
from ficlens.nlp.document import Document  # noqa: E402
from ficlens.report import Report  # noqa: E402

FOLDS = 3
CHARACTER_STAGES = ("cast", "quotes", "characters")  # what report.characters rests on


def repo_folds(works: Iterable[Mapping[str, Any]], folds: int = FOLDS) -> dict[str, int]:
    """repository -> its fold: repositories by work count (most first, then name), each to the fold with the
    fewest works so far (the lowest index on a tie)."""
    counts: dict[str, int] = {}
    for w in works:
        counts[w["repo"]] = counts.get(w["repo"], 0) + 1
    sizes = [0] * folds
    out: dict[str, int] = {}
    for repo, n in sorted(counts.items(), key=lambda p: (-p[1], p[0])):
        k = sizes.index(min(sizes))
        out[repo] = k
        sizes[k] += n
    return out


def characters_with(doc: Document, judge: NameJudge | None) -> list[str]:
    """The report's character list of ``doc`` when the cast judges names with ``judge`` (None: the hand rules)."""
    analysis = Analysis(doc, Report.for_work(doc.work, mode=doc.profile))
    with learned_judge.using(judge):
        for stage in STAGES:
            if stage.name in CHARACTER_STAGES:
                stage.run(analysis)
    return [c.name for c in analysis.report.characters]


def veto_accuracy(rows: Sequence[tnj.Row], probs: Sequence[float], threshold: float) -> float:
    """Weighted accuracy of the veto at ``threshold`` (a KB character of the detected fandom keeps the rules')."""
    right = total = 0.0
    for r, p in zip(rows, probs, strict=True):
        accept = bool(r.x[tnj.RULE_ACCEPT]) and (bool(r.x[tnj.KB_KNOWN]) or p >= threshold)
        right += r.weight * (accept == bool(r.label))
        total += r.weight
    return right / max(total, 1e-9)


def fitted_judge(rows: Sequence[tnj.Row], threshold: float) -> NameJudge:
    coef, bias = tnj.fit(tnj.fitted_on(rows, "veto"))
    return tnj.judge_of(coef, bias, threshold, "veto", True)


def choose_threshold(base: Sequence[tnj.Row], ff: Mapping[int, Sequence[tnj.Row]], thresholds: Sequence[float]
                     ) -> float:
    """The veto bar that does best over the folds of ``ff`` (fold -> its fan-fiction rows), each judged by a model
    fitted without it (``base`` and the other folds' rows); the first of ``thresholds`` on a tie."""
    held: list[tnj.Row] = []
    probs: list[float] = []
    for k, rows in ff.items():
        judge = fitted_judge([*base, *(r for j, rs in ff.items() if j != k for r in rs)], 0.5)
        held += rows
        probs += [judge.probability(r.x) for r in rows]
    scores = [veto_accuracy(held, probs, t) for t in thresholds]
    return thresholds[scores.index(max(scores))]


@dataclass
class Cached:
    """One dev work's cached reading: the candidates' rows and the lists of the rules alone and the shipped judge."""

    rows: list[tnj.Row]
    rules: list[str]
    shipped: list[str]


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

    def line(self) -> str:
        return (f"precision {self.top_right}/{self.top} ({self.top_right / max(1, self.top):.3f}), "
                f"main recall {self.main_found}/{self.main} ({self.main_found / max(1, self.main):.3f})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=Path, required=True, help="the PDNC and LitBank rows' cache (JSON)")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/ficlens-name-judge-folds"))
    ap.add_argument("--thresholds", type=float, nargs="+", default=[0.2, 0.3, 0.4, 0.5])
    args = ap.parse_args(argv)
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
    fold_of = repo_folds(row for row, _, _ in works)
    ff = {k: [r for row, _, _ in works if fold_of[row["repo"]] == k for r in cached[row["id"]].rows]
          for k in range(FOLDS)}
    tallies = {name: Tally() for name in ("rules", "shipped", "out of fold")}
    per_fold: dict[int, dict[str, Tally]] = {k: {"shipped": Tally(), "out of fold": Tally()} for k in range(FOLDS)}
    missed: list[str] = []
    for k in range(FOLDS):
        others = {j: rs for j, rs in ff.items() if j != k}
        t = choose_threshold(base, others, args.thresholds)
        judge = fitted_judge([*base, *(r for rs in others.values() for r in rs)], t)
        fold_works = [(row, gold) for row, _, gold in works if fold_of[row["repo"]] == k]
        print(f"fold {k}: {len(fold_works)} works, {len(ff[k])} candidates, veto bar {t:.2f}")
        for row, gold in fold_works:
            c = cached[row["id"]]
            oof = characters_with(document(row, args.cache), judge)
            for name, chars in (("rules", c.rules), ("shipped", c.shipped), ("out of fold", oof)):
                tallies[name].add(row["id"], gold, chars)
                if name in per_fold[k]:
                    per_fold[k][name].add(row["id"], gold, chars)
            missed += [f"  {row['id']}: {p}" for p in oof[:TOP_CHARACTERS] if not any(names_match(p, g) for g in gold)]
        for name, tally in per_fold[k].items():
            print(f"  {name:12s} {tally.line()}")
    print(f"dev ({len(works)} works, {FOLDS} folds by repository), top {TOP_CHARACTERS}:")
    for name, tally in tallies.items():
        print(f"  {name:12s} {tally.line()}")
    print(f"listed in the top {TOP_CHARACTERS} out of fold, no gold character ({len(missed)}):")
    print("\n".join(missed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
