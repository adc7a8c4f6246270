"""Fit the learned name judge (src/ficlens/models/name_judge.json) and measure it against the hand rules.

Rows: every name candidate the cast judges (learned_judge.recording) in broad data that is none of the fan-fiction
works it is measured on:
- PDNC's training novels (../shared/data/pdnc, never eval/speakers_pdnc.py's HELD_OUT), their first --chars
  characters: a candidate is a character where its form, or the form with its title, is one of a character's
  aliases (character_info.csv), or opens or ends one (a given name or a surname); else not;
- LitBank's entity excerpts (../shared/data/litbank/entities/brat), only those of the quotations' tuning half
  (eval/quotes_litbank.py holds the other half out): a candidate is a character where most of its uses lie in a
  PER entity (the smallest entity holding the use), else not.
- with --fanfic: the DEV real fan-fiction works (data/works, split "dev" only, texts from /work/realfic-cache or
  data/works/texts): a candidate is a character where its form (with or without its title) names one of the work's
  gold characters (eval/works_realfic.py's names_match), else not (a minor character the labels leave out counts as
  none). The rows' source is "ff:<repository>", so leave-one-source-out holds a repository's works out together.
- with --labelled: real fan-fiction chapters outside the evaluation set whose every candidate was labelled by reading
  it (data/names: sources.jsonl and fanfic-candidates.jsonl, texts under --labelled-texts, rebuilt by
  scripts/fetch_realfic.py --sources data/names/sources.jsonl): a candidate is a character where its label is a
  person, else not (a place, group, title, word, cited artist or thing). A candidate the labels do not hold (the
  cast has changed since they were written) is left out. The rows' source is "lab:<repository>".
Labels are noisy where a novel's person never speaks (PDNC lists the characters of its quotations); LitBank's are
clean but few.

One logistic regression (sklearn, L2 on the raw features, uses weighted by 1 + log(uses): the frequent
forms make the top of the list), folded back to raw-feature weights. Measured leave-one-source-out (each novel,
and LitBank as folds of ten excerpts): the candidates' accuracy of the hand rules and of the judge in each mode
(learned_judge.MODES) and threshold, weighted as in training.

Run: PYTHONPATH=src .venv/bin/python scripts/train_name_judge.py [--chars N] [--thresholds 0.3 0.5]
[--mode veto|decide] [--fanfic] [--labelled] [--fit-every] [--write [--on]]
(--write fits on all rows and writes the artifact with the first threshold; --on sets on_by_default)
Deterministic: sources in name order, lbfgs.
"""

from __future__ import annotations

import argparse
import ast
import csv
import json
import math
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

from speakers_pdnc import HELD_OUT  # noqa: E402
from works_realfic import DEFAULT_CACHE, WORKS, load_rows, names_match, text_for  # noqa: E402

from ficlens.analyse.cast import learned_judge  # noqa: E402
from ficlens.analyse.cast.build import cast_of  # noqa: E402
from ficlens.analyse.cast.judge_features import FEATURES  # noqa: E402
from ficlens.analyse.cast.learned_judge import MODES, NameJudge  # noqa: E402
from ficlens.analyse.cast.names import NameForm  # noqa: E402
from ficlens.ingest.text import read_text  # noqa: E402
from ficlens.nlp import build_document  # noqa: E402
from ficlens.nlp.document import Document  # noqa: E402
from ficlens.work import Work  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"
PDNC = SHARED / "pdnc" / "data"
LITBANK = SHARED / "litbank" / "entities" / "brat"
QUOTATIONS = SHARED / "litbank" / "quotations" / "tsv"
LABELLED = ROOT / "data" / "names"
LABELLED_TEXTS = Path("/work/namefic-cache")
C = 1.0  # inverse L2 strength (on the raw features)
# The sign a feature's weight must have (+1 a sign of a person, -1 of no person; features left out are free).
SIGNS = {name: 1 for name in ("tags", "tag_any", "declared", "subjects", "possessive", "pronoun_after", "given_name",
                              "person_votes", "honorific", "kb_any", "kb_main", "kb_known", "rule_accept", "spread",
                              "vocative", "part_uses")}
SIGNS.update({name: -1 for name in ("places", "directions", "settings", "nouns", "the", "quoted_title", "epithet",
                                    "cited", "team", "alone", "other_votes", "it_after", "common_word", "gentilic",
                                    "one_letter", "kb_place", "kb_term", "rule_not_name", "rule_not_person",
                                    "lower_elsewhere", "contraction", "inflected", "address_word")})
RULE_ACCEPT = FEATURES.index("rule_accept")
KB_KNOWN = FEATURES.index("kb_known")
LOG_USES = FEATURES.index("log_uses")


@dataclass
class Row:
    source: str  # the novel, or the LitBank fold
    written: str
    x: list[float]
    label: int

    @property
    def weight(self) -> float:
        return 1.0 + self.x[LOG_USES]


def candidates(text: str) -> list[tuple[NameForm, list[float]]]:
    """Every candidate the full profile's cast judges in ``text``, with its features."""
    return doc_candidates(build_document(Work(text=text, source="train", format="text"), "full"))  # type: ignore[arg-type]


def doc_candidates(doc: Document) -> list[tuple[NameForm, list[float]]]:
    """Every candidate the full profile's cast judges in ``doc`` (the hand rules alone deciding), with its features."""
    with learned_judge.using(None), learned_judge.recording() as rows:
        cast_of(doc)
    return rows


def _written(form: NameForm) -> str:
    return f"{form.title} {form.text}" if form.title else form.text


def pdnc_rows(chars: int) -> list[Row]:
    out: list[Row] = []
    for folder in sorted(p for p in PDNC.iterdir() if p.is_dir() and p.name not in HELD_OUT):
        aliases: set[str] = set()
        parts: set[str] = set()
        with (folder / "character_info.csv").open(encoding="utf-8") as fh:
            for rec in csv.DictReader(fh):
                for alias in {rec["Main Name"], *ast.literal_eval(rec["Aliases"])}:
                    words = alias.split()
                    aliases.add(alias.lower())
                    if len(words) > 1:
                        parts.update({words[0].lower(), words[-1].lower()})
        text = (folder / "novel_text.txt").read_text(encoding="utf-8")[:chars]
        for form, x in candidates(text):
            label = int(_written(form).lower() in aliases or form.text.lower() in aliases
                        or form.text.lower() in parts)
            out.append(Row(folder.name, _written(form), x, label))
        print(f"  {folder.name}: {sum(r.source == folder.name for r in out)} candidates", file=sys.stderr)
    return out


def _tuning_half() -> set[str]:
    """The LitBank excerpts of the quotations' tuning half (eval/quotes_litbank.py: the even files)."""
    files = sorted(p for p in QUOTATIONS.glob("*_brat.ann") if p.stat().st_size > 0)
    return {p.stem for i, p in enumerate(files) if i % 2 == 0}


def _entities(ann: Path) -> list[tuple[int, int, str]]:
    out = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].startswith("T"):
            label, start, end = parts[1].split()[:3]
            out.append((int(start), int(end), label))
    return out


def _label_of(entities: list[tuple[int, int, str]], s: int, e: int) -> str:
    holding = [(b - a, lab) for a, b, lab in entities if a <= s and e <= b]
    return min(holding)[1] if holding else ""


def litbank_rows() -> list[Row]:
    out: list[Row] = []
    half = _tuning_half()
    files = [p for p in sorted(LITBANK.glob("*_brat.ann")) if p.stem in half]
    for i, ann in enumerate(files):
        entities = _entities(ann)
        text = ann.with_suffix(".txt").read_text(encoding="utf-8")
        for form, x in candidates(text):
            per = sum(_label_of(entities, s, e) == "PER" for s, e in form.spans)
            out.append(Row(f"litbank-{i // 10}", _written(form), x, int(2 * per > len(form.spans))))
    print(f"  LitBank: {len(files)} excerpts, {len(out)} candidates", file=sys.stderr)
    return out


def fanfic_label(form: NameForm, gold_characters: Sequence[str]) -> int:
    """1 where the candidate names one of the work's gold characters (with or without its title), else 0."""
    return int(any(names_match(name, g) for name in {form.text, _written(form)} for g in gold_characters))


PERSON_CUES = tuple(FEATURES.index(name) for name in ("tags", "subjects", "possessive", "pronoun_after", "vocative"))


def trusted(row: Row) -> bool:
    """Whether a row is fit for training: every PDNC and LitBank row, a fan-fiction positive, and a fan-fiction
    negative with no cue of a person (it never speaks in a tag, acts, owns, is followed by "he"/"she" or is called
    in dialogue): the dev labels list a work's main characters, so a name they leave out that behaves as a person is
    more often an unlisted minor character than no character, and is left unlabelled."""
    return not row.source.startswith("ff:") or bool(row.label) or not any(row.x[i] for i in PERSON_CUES)


def fanfic_row(source: str, form: NameForm, x: list[float], gold_characters: Sequence[str]) -> Row:
    return Row(source, _written(form), x, fanfic_label(form, gold_characters))


def dev_works(works: Path = WORKS) -> list[tuple[dict[str, Any], str, list[str]]]:
    """The DEV real works with a text and a label: (the sources.jsonl row, the text, the gold characters). Never a
    test work."""
    folders = [p for p in (DEFAULT_CACHE, works / "texts") if p.is_dir()]
    out = []
    for row in load_rows(works):
        label = works / "labels" / f"{row['id']}.json"
        if row.get("split") != "dev" or not label.is_file():
            continue
        text = text_for(row, folders)
        if text is not None:
            out.append((row, text, list(json.loads(label.read_text(encoding="utf-8")).get("characters", []))))
    return out


def work_document(text: str) -> Document:
    """A real work's full-profile document, read as ``ficlens.analyze`` reads a text."""
    return build_document(read_text(text, "<text>"), "full")


def fanfic_rows(works: Path = WORKS) -> list[Row]:
    out: list[Row] = []
    for row, text, gold in dev_works(works):
        out += [r for form, x in doc_candidates(work_document(text))
                if trusted(r := fanfic_row(f"ff:{row['repo']}", form, x, gold))]
    print(f"  fan fiction (dev): {len({r.source for r in out})} repositories, {len(out)} candidates", file=sys.stderr)
    return out


def candidate_labels(folder: Path = LABELLED) -> dict[str, dict[str, str]]:
    """The labelled candidates of ``folder``/fanfic-candidates.jsonl: text id -> written form -> kind."""
    out: dict[str, dict[str, str]] = {}
    with (folder / "fanfic-candidates.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rec = json.loads(line)
                out.setdefault(rec["text"], {})[rec["written"]] = rec["kind"]
    return out


def labelled_rows(folder: Path = LABELLED, texts: Path = LABELLED_TEXTS) -> list[Row]:
    """Rows of the labelled fan-fiction chapters whose texts are under ``texts`` (``<id>.txt``): a candidate is a
    character where its label is "person"; candidates without a label are left out (and counted)."""
    labels = candidate_labels(folder)
    out: list[Row] = []
    unlabelled = 0
    with (folder / "sources.jsonl").open(encoding="utf-8") as fh:
        sources = [json.loads(line) for line in fh if line.strip()]
    for src in sources:
        path = texts / f"{src['id']}.txt"
        if not path.is_file():
            continue
        known = labels.get(src["id"], {})
        for form, x in doc_candidates(work_document(path.read_text(encoding="utf-8"))):
            kind = known.get(_written(form))
            if kind is None:
                unlabelled += 1
                continue
            out.append(Row(f"lab:{src['repo']}", _written(form), x, int(kind == "person")))
    print(f"  labelled fan fiction: {len({r.source for r in out})} repositories, {len(out)} candidates"
          f" ({unlabelled} without a label left out)", file=sys.stderr)
    return out


def fit(rows: Sequence[Row]) -> tuple[np.ndarray, float]:
    """Weights and bias of an L2 logistic regression on the raw features, each weight of the sign
    ``SIGNS`` gives it: a feature whose fitted weight has the other sign is left out and the rest refitted, until
    none has (the training data's label noise must not make speaking a sign of no person)."""
    x = np.array([r.x for r in rows])
    y = np.array([r.label for r in rows])
    w = np.array([r.weight for r in rows])
    z = x  # the features are shares and flags (log uses aside): one scale, so a rare one keeps a small weight
    keep = np.ones(len(FEATURES), dtype=bool)
    while True:
        model = LogisticRegression(C=C, max_iter=2000, solver="lbfgs")
        model.fit(z[:, keep], y, sample_weight=w)
        coef = np.zeros(len(FEATURES))
        coef[keep] = model.coef_[0]
        wrong = [i for i, name in enumerate(FEATURES) if keep[i] and SIGNS.get(name, 0) * coef[i] < 0]
        if not wrong:
            break
        keep[wrong] = False
    return coef, float(model.intercept_[0])


def judge_of(coef: np.ndarray, bias: float, threshold: float, mode: str, on: bool = False) -> NameJudge:
    return NameJudge(tuple(float(c) for c in coef), bias, threshold, mode, on)


def accuracy(rows: Sequence[Row], decide: Sequence[bool]) -> str:
    w = sum(r.weight for r in rows)
    right = sum(r.weight for r, d in zip(rows, decide, strict=True) if d == bool(r.label))
    tp = sum(r.weight for r, d in zip(rows, decide, strict=True) if d and r.label)
    fp = sum(r.weight for r, d in zip(rows, decide, strict=True) if d and not r.label)
    fn = sum(r.weight for r, d in zip(rows, decide, strict=True) if not d and r.label)
    return (f"acc {right / w:.3f}  P {tp / max(1e-9, tp + fp):.3f}  R {tp / max(1e-9, tp + fn):.3f}"
            f"  (weighted, {len(rows)} candidates)")


def fitted_on(rows: Sequence[Row], mode: str, every: bool = False) -> list[Row]:
    """The rows a judge of ``mode`` learns from: in veto mode only those the hand rules accept (it judges no
    other) unless ``every`` (the rows the rules turn down teach the shapes they turn down: contractions, kin
    words), never a character of a detected fandom (the KB decides those)."""
    return [r for r in rows if (mode == "decide" or every or r.x[RULE_ACCEPT]) and not r.x[KB_KNOWN]]


def cross_validate(rows: Sequence[Row], thresholds: Sequence[float], mode: str, every: bool = False) -> None:
    """Leave-one-source-out: each source's rows judged by a model fitted on the others' (``every``: as
    :func:`fitted_on`)."""
    probs: dict[int, float] = {}
    for source in sorted({r.source for r in rows}):
        coef, bias = fit(fitted_on([r for r in rows if r.source != source], mode, every))
        judge = judge_of(coef, bias, 0.5, "decide")
        for i, r in enumerate(rows):
            if r.source == source:
                probs[i] = judge.probability(r.x)
    for name, idx in (("all", list(range(len(rows)))),
                      ("PDNC", [i for i, r in enumerate(rows) if not r.source.startswith(("litbank", "ff:", "lab:"))]),
                      ("LitBank", [i for i, r in enumerate(rows) if r.source.startswith("litbank")]),
                      ("fan fiction", [i for i, r in enumerate(rows) if r.source.startswith("ff:")]),
                      ("labelled fan fiction", [i for i, r in enumerate(rows) if r.source.startswith("lab:")])):
        part = [rows[i] for i in idx]
        if not part:
            continue
        print(f"{name}: hand rules        {accuracy(part, [bool(r.x[RULE_ACCEPT]) for r in part])}")
        for t in thresholds:
            decide = [judge_of(np.zeros(len(FEATURES)), 0.0, t, mode).decide(rows[i].x, bool(rows[i].x[RULE_ACCEPT]))
                      if rows[i].x[KB_KNOWN] else (mode == "decide" or bool(rows[i].x[RULE_ACCEPT])) and probs[i] >= t
                      for i in idx]
            print(f"{name}: {mode:6s} t={t:.2f}  {accuracy(part, decide)}")


def cached_rows(path: Path | None, make: Callable[[], list[Row]]) -> list[Row]:
    """The rows cached at ``path`` (JSON) when it exists, else ``make()``'s, written there when a path is given."""
    if path and path.exists():
        return [Row(**r) for r in json.loads(path.read_text(encoding="utf-8"))]
    rows = make()
    if path:
        path.write_text(json.dumps([r.__dict__ for r in rows]), encoding="utf-8")
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chars", type=int, default=100_000, help="the first N characters of each PDNC novel")
    ap.add_argument("--thresholds", type=float, nargs="+", default=[0.3, 0.4, 0.5, 0.6])
    ap.add_argument("--mode", choices=MODES, default="veto")
    ap.add_argument("--rows", type=Path, help="cache of the candidate rows (JSON): read if present, else written")
    ap.add_argument("--fanfic", action="store_true",
                    help="add the DEV real works' candidates, labelled by their gold character lists")
    ap.add_argument("--fanfic-rows", type=Path, help="with --fanfic: cache of those rows (JSON), read or written")
    ap.add_argument("--labelled", action="store_true",
                    help="add the labelled fan-fiction candidates of data/names (texts under --labelled-texts)")
    ap.add_argument("--labelled-texts", type=Path, default=LABELLED_TEXTS)
    ap.add_argument("--labelled-rows", type=Path, help="with --labelled: cache of those rows (JSON), read or written")
    ap.add_argument("--fit-every", action="store_true",
                    help="veto mode: fit on every candidate, those the hand rules turn down too")
    ap.add_argument("--write", action="store_true", help="fit on all rows and write the artifact")
    ap.add_argument("--on", action="store_true", help="with --write: the cast uses the judge by default")
    ap.add_argument("--out", type=Path, default=learned_judge.MODEL_PATH, help="with --write: where (default: shipped)")
    args = ap.parse_args(argv)
    if not PDNC.is_dir() or not LITBANK.is_dir():
        print(f"training data not found under {SHARED}; nothing done", file=sys.stderr)
        return 0
    rows = cached_rows(args.rows, lambda: pdnc_rows(args.chars) + litbank_rows())
    if args.fanfic:
        rows += cached_rows(args.fanfic_rows, fanfic_rows)
    if args.labelled:
        rows += cached_rows(args.labelled_rows, lambda: labelled_rows(texts=args.labelled_texts))
    print(f"{len(rows)} candidates, {sum(r.label for r in rows)} characters")
    cross_validate(rows, args.thresholds, args.mode, args.fit_every)
    if args.write:
        coef, bias = fit(fitted_on(rows, args.mode, args.fit_every))
        judge = judge_of(coef, bias, args.thresholds[0], args.mode, args.on)
        path = args.out
        path.write_text(json.dumps(judge.to_json(), indent=1) + "\n", encoding="utf-8")
        top = sorted(zip(FEATURES, coef, strict=True), key=lambda p: -abs(p[1]) * (1 if math.isfinite(p[1]) else 0))
        print(f"wrote {path}: " + ", ".join(f"{n} {c:+.2f}" for n, c in top[:12]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
