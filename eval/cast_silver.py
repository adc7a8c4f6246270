"""The character lists measured on the AO3 silver set (scripts/ao3_silver.py: real works with their authors' tags).

The authors' Character tags are silver labels: usually the work's main people, sometimes incomplete. Over a fixed
sample of the silver works (:func:`sample`: works of --min-words to --max-words words with a Character tag, the
first --works by a seeded hash of the id), with the dev eval's matching (``works_realfic.names_match``, through
``name_judge_folds.Tally``), it prints:
- main recall: the author's first MAIN_CHARACTERS character tags found anywhere in ficlens's list;
- a precision lower bound: ficlens's top TOP_CHARACTERS found among all the author's character tags (an unmatched
  name may be a real person the author left untagged);
for the hand rules alone and the shipped learned judge, and with --judge JSON (a ``name_judge.json``-shaped file)
for that judge too. With --misses, every top name no author tag matches and every first-three tag not listed.

Each work's document and candidate rows are cached under --cache (``name_judge_folds.cached_work``: the candidate
rows labelled by the author's tags, source ``ff:silver:<first fandom>``), so a second run only re-runs the cast.
The silver set never holds a labelled dev or test work, so choices made here and measured on the dev works
(eval/works_realfic.py) are out of sample there.

With --min-names N [N ...], the lists under each bar of name uses a character canon does not hold needs to be listed
(``stages.MIN_NAMES``; the cast run once per work), and on silver each fold by fandom's bar chosen on the other folds
(the best precision among the bars that find as many main characters as the lowest one).

Run: PYTHONPATH=src .venv/bin/python eval/cast_silver.py [--silver DIR] [--cache DIR] [--works N] [--judge JSON]
[--misses] [--min-names N ...] [--dev]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT / "scripts"))

import name_judge_folds as njf  # noqa: E402
from ao3_silver import DEFAULT_OUT, SilverWork, load_silver, seeded_sample  # noqa: E402
from works_realfic import MAIN_CHARACTERS, TOP_CHARACTERS, fandom_key, names_match, repo_folds  # noqa: E402

from ficlens.analyse.analysis import Analysis  # noqa: E402
from ficlens.analyse.cast.learned_judge import NameJudge, load_judge, shipped_judge, using  # noqa: E402
from ficlens.analyse.cast.stages import characters_of  # noqa: E402
from ficlens.analyse.pipeline import STAGES  # noqa: E402
from ficlens.nlp.document import Document  # noqa: E402
from ficlens.report import Report  # noqa: E402

DEFAULT_CACHE = Path("/work/silver-castsilver/cast")
SEED = "castsilver"


def sample(works: Iterable[SilverWork], n: int, min_words: int, max_words: int, seed: str = SEED) -> list[SilverWork]:
    """The first ``n`` works of ``min_words`` to ``max_words`` words that carry a Character tag, ordered by the
    sha256 of ``seed`` and the id (a fixed random sample that grows by adding works)."""
    return seeded_sample(works, n, seed, lambda w: min_words <= w.words <= max_words and bool(w.characters))


def group(work: SilverWork) -> str:
    """The work's group for folds: its first fandom's key (works of a fandom share names and authors)."""
    return "silver:" + (fandom_key(work.fandoms[0]) if work.fandoms else "none")


def row_of(work: SilverWork) -> dict[str, Any]:
    """The sources.jsonl-shaped row ``name_judge_folds`` reads (its ``repo`` the fold group)."""
    return {"id": work.id, "repo": group(work)}


def cached(works: Sequence[SilverWork], cache: Path) -> list[njf.WorkRows]:
    """Every work's cached reading (computed and stored when missing), printing progress to stderr."""
    cache.mkdir(parents=True, exist_ok=True)
    out = []
    for i, work in enumerate(works):
        row = row_of(work)
        out.append(njf.WorkRows(row, work.characters, njf.cached_work(row, work.text, work.characters, cache)))
        if (i + 1) % 25 == 0:
            print(f"  {i + 1}/{len(works)} works read", file=sys.stderr, flush=True)
    return out


def misses(work_id: str, gold: Sequence[str], listed: Sequence[str]) -> list[str]:
    """The top names no author tag matches, and the first-three tags the list lacks."""
    wrong = [f"  {work_id}: top {p!r}" for p in listed[:TOP_CHARACTERS] if not any(names_match(p, g) for g in gold)]
    lost = [f"  {work_id}: main {g!r} not listed" for g in gold[:MAIN_CHARACTERS]
            if not any(names_match(g, p) for p in listed)]
    return wrong + lost


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--silver", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    ap.add_argument("--works", type=int, default=300)
    ap.add_argument("--min-words", type=int, default=1000)
    ap.add_argument("--max-words", type=int, default=10000)
    ap.add_argument("--judge", type=Path, help="a name_judge.json-shaped judge to list with too")
    ap.add_argument("--now", action="store_true",
                    help="list with this checkout's cast too (the shipped judge, or --judge), beside the cached "
                         "lists of the code that filled the cache")
    ap.add_argument("--misses", action="store_true", help="print the unmatched top names and unlisted main tags")
    ap.add_argument("--dev", action="store_true",
                    help="list the gold DEV works (data/works) instead, cached under --dev-cache: out of sample for "
                         "a judge chosen on silver")
    ap.add_argument("--dev-cache", type=Path, default=DEFAULT_CACHE.parent / "dev")
    ap.add_argument("--rows", type=Path, help="fit judges: the PDNC and LitBank rows' cache (train_name_judge --rows)")
    ap.add_argument("--labelled-rows", type=Path, help="with --rows: the labelled chapters' rows too (JSON cache)")
    ap.add_argument("--thresholds", type=float, nargs="+", default=[0.2, 0.3, 0.4, 0.5, 0.6])
    ap.add_argument("--all-negatives", action="store_true",
                    help="with --rows: every silver candidate no author tag names is a negative (else only those "
                         "that never behave as a person: train_name_judge.trusted)")
    ap.add_argument("--write", type=Path, help="with --rows: fit on every row, the bar chosen on the silver folds, "
                                               "and write the judge there")
    ap.add_argument("--min-names", type=int, nargs="+",
                    help="list with each of these bars of name uses for a character canon does not hold "
                         "(stages.MIN_NAMES), the cast run once per work; on silver, each fold by fandom's choice "
                         "made on the other folds too")
    args = ap.parse_args(argv)
    judge: NameJudge | None = load_judge(args.judge) if args.judge else None
    if args.now and judge is None:
        judge = shipped_judge()
    if args.dev:
        args.dev_cache.mkdir(parents=True, exist_ok=True)
        dev = [njf.WorkRows(row, gold, njf.cached_work(row, text, gold, args.dev_cache))
               for row, text, gold in njf.tnj.dev_works()]
        if args.min_names:
            bars(dev, args.dev_cache, args.min_names, None)
            return 0
        report(dev, args.dev_cache, judge, args.misses, f"dev ({len(dev)} gold works)")
        return 0
    if not (args.silver / "index.jsonl").is_file():
        print(f"no silver set at {args.silver} (scripts/ao3_silver.py builds it); nothing done")
        return 0
    chosen = sample(load_silver(args.silver, with_text=False), args.works, args.min_words, args.max_words)
    for work in chosen:
        work.text = (args.silver / "texts" / f"{work.id}.txt").read_text(encoding="utf-8")
    works = cached(chosen, args.cache)
    if args.min_names:
        bars(works, args.cache, args.min_names, silver_folds(works))
        return 0
    if args.rows:
        njf.ALL_NEGATIVES = args.all_negatives
        base = njf.tnj.cached_rows(args.rows, lambda: njf.tnj.pdnc_rows(100_000) + njf.tnj.litbank_rows())
        if args.labelled_rows:
            base += njf.tnj.cached_rows(args.labelled_rows, njf.tnj.labelled_rows)
        folds = silver_folds(works)
        if args.write:
            bar = njf.choose_threshold(base, folds, args.cache, args.thresholds)
            rows = [*base, *(r for ws in folds.values() for w in ws for r in w.cached.rows)]
            args.write.write_text(json.dumps(njf.fitted_judge(rows, bar).to_json(), indent=1) + "\n", encoding="utf-8")
            print(f"wrote {args.write}: bar {bar:.2f}, {len(rows)} rows")
            return 0
        out_of_fold(base, folds, args.cache, args.thresholds, args.misses)
        return 0
    report(works, args.cache, judge, args.misses,
           f"silver ({len(works)} works of {args.min_words}-{args.max_words} words)")
    return 0


def lists_by_bar(doc: Document, min_names: Sequence[int]) -> dict[int, list[str]]:
    """The report's character list of ``doc`` (the shipped judge) under each bar of name uses (``stages.listed``),
    the cast stages run once."""
    analysis = Analysis(doc, Report.for_work(doc.work, mode=doc.profile))
    with using(shipped_judge()):
        for stage in STAGES:
            if stage.name in njf.CHARACTER_STAGES:
                stage.run(analysis)
    return {n: [c.name for c in characters_of(analysis.cast, analysis.narrator, n)] for n in min_names}


def chosen_bar(tallies: dict[int, njf.Tally]) -> int:
    """The bar of the best precision among those that find as many main characters as the lowest bar."""
    most = tallies[min(tallies)].main_found
    return max((n for n, t in tallies.items() if t.main_found >= most), key=lambda n: (tallies[n].precision, -n))


def bars(works: Sequence[njf.WorkRows], cache: Path, min_names: Sequence[int],
         folds: dict[int, list[njf.WorkRows]] | None) -> None:
    """Print the tallies of the lists under each bar of ``min_names``; with ``folds``, each fold's bar chosen on
    the other folds (:func:`chosen_bar`) and its tallies at that bar and at the lowest one."""
    lists = {str(w.row["id"]): lists_by_bar(njf.document(w.row, cache), min_names) for w in works}

    def tallies(ws: Iterable[njf.WorkRows]) -> dict[int, njf.Tally]:
        out = {n: njf.Tally() for n in min_names}
        for w in ws:
            for n in min_names:
                out[n].add(w.row["id"], w.gold, lists[str(w.row["id"])][n])
        return out

    for n, tally in tallies(works).items():
        print(f"  names >= {n}: {tally.line()}")
    for k, fold in (folds or {}).items():
        bar = chosen_bar(tallies(w for j, ws in folds.items() if j != k for w in ws))  # type: ignore[union-attr]
        here = tallies(fold)
        print(f"fold {k} ({len(fold)} works): bar {bar} chosen on the other folds; "
              f"{here[min(min_names)].line()} -> {here[bar].line()}")


def silver_folds(works: Sequence[njf.WorkRows], k: int = njf.FOLDS) -> dict[int, list[njf.WorkRows]]:
    """The works in ``k`` folds grouped by fandom (``repo_folds`` over :func:`group`)."""
    fold_of = repo_folds((str(w.row["repo"]) for w in works), k)
    return {i: [w for w in works if fold_of[str(w.row["repo"])] == i] for i in range(k)}


def out_of_fold(base: Sequence[njf.tnj.Row], folds: dict[int, list[njf.WorkRows]], cache: Path,
                thresholds: Sequence[float], show: bool) -> None:
    """Each fold's works listed by a judge fitted on ``base`` and the other folds' silver rows, its bar chosen on
    the other folds (``name_judge_folds.choose_threshold``); printed beside the cached lists of the rules and the
    shipped judge and the shipped judge's with this checkout's cast ("now")."""
    tallies = {name: njf.Tally() for name in ("rules", "shipped", "now", "out of fold")}
    missed: list[str] = []
    for k, works in folds.items():
        others = {j: ws for j, ws in folds.items() if j != k}
        bar = njf.choose_threshold(base, others, cache, thresholds)
        judge = njf.fitted_judge([*base, *(r for ws in others.values() for w in ws for r in w.cached.rows)], bar)
        print(f"fold {k}: {len(works)} works, veto bar {bar:.2f}", flush=True)
        for w in works:
            doc = njf.document(w.row, cache)
            oof, now = njf.characters_with(doc, judge), njf.characters_with(doc, shipped_judge())
            for name, listed in (("rules", w.cached.rules), ("shipped", w.cached.shipped), ("now", now),
                                 ("out of fold", oof)):
                tallies[name].add(w.row["id"], w.gold, listed)
            missed += misses(w.row["id"], w.gold, oof)
    print(f"silver out of fold ({sum(len(ws) for ws in folds.values())} works, {len(folds)} folds by fandom):")
    for name, tally in tallies.items():
        print(f"  {name:12s} {tally.line()}")
    if show:
        print("\n".join(missed))


def report(works: Sequence[njf.WorkRows], cache: Path, judge: NameJudge | None, show: bool, what: str) -> None:
    """Print the tallies of the rules, the shipped judge and ``judge`` over ``works`` (and their misses)."""
    tallies = {name: njf.Tally() for name in ("rules", "shipped", *(("now",) if judge else ()))}
    missed: list[str] = []
    changed: list[str] = []
    for w in works:
        lists = {"rules": w.cached.rules, "shipped": w.cached.shipped}
        if judge is not None:
            lists["now"] = njf.characters_with(njf.document(w.row, cache), judge)
            if lists["now"][:TOP_CHARACTERS] != w.cached.shipped[:TOP_CHARACTERS]:
                before, after = w.cached.shipped[:TOP_CHARACTERS], lists["now"][:TOP_CHARACTERS]
                changed.append(f"  {w.row['id']}: {before} -> {after}")
        for name, listed in lists.items():
            tallies[name].add(w.row["id"], w.gold, listed)
        missed += misses(w.row["id"], w.gold, lists["now" if judge else "shipped"])
    print(f"{what}, top {TOP_CHARACTERS} (on silver a lower bound of precision), main = the first"
          f" {MAIN_CHARACTERS} character tags:")
    for name, tally in tallies.items():
        print(f"  {name:8s} {tally.line()}")
    if changed:
        print(f"top {TOP_CHARACTERS} changed (cached shipped -> now), {len(changed)} works:")
        print("\n".join(changed))
    if show:
        print("\n".join(missed))


if __name__ == "__main__":
    sys.exit(main())
