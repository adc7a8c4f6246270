"""Work-level scores of ficlens on the real fan-fiction works set (data/works), against labels read whole.

Data: data/works/sources.jsonl (one row per work: id, repo, commit, path, licence, sha256, words, split) and
data/works/labels/<id>.json (docs in ../shared/docs/ANNOTATION_GUIDE.md; data/works/README.md). The texts are read
from --texts DIR (default /work/realfic-cache when present, the folder scripts/fetch_realfic.py fills), else from
data/works/texts (only the works whose licence lets us commit them). A text whose sha256 differs from its row is
skipped with a message (its evidence offsets would not hold); with no text at all the run says so and exits 0.

Printed, over the works of one split (--split dev|test, default dev):
- warnings: micro and macro precision/recall/F1 over (work, label) pairs (macro: the mean over the labels that some
  gold work of the split carries), and recall/precision on the high-stakes labels alone;
- severity agreement where gold and ficlens both have the label;
- evidence folded: the share of gold evidence passages (of labels ficlens raised) that overlap a span ficlens raised
  for that label (each warning's ``evidence`` spans, and its ``spans`` when the report carries them);
- rating exact; archive warnings exact (as sets); fandom right (:func:`fandom_credited`: a gold fandom matched after
  :func:`fandom_key`, or one KB fandom and its umbrella tags, or "Original Work" by no fandom), and strict (names
  matched after :func:`fandom_key` only);
- relationships: gold relationships found with the right type ("/" romantic, "&" platonic);
- characters: precision over the top TOP_CHARACTERS of ficlens's list, and recall of the first MAIN_CHARACTERS gold.

Run: .venv/bin/python eval/works_realfic.py [--split dev|test] [--fast] [--texts DIR] [--per-work [--why]] [--engine E]
(``--why``: diagnostics only, see :func:`why_missed`.)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ficlens.analyse.cast.kb_variants import short_vowels
from ficlens.analyse.cast.nicknames import formal_names

ROOT = Path(__file__).resolve().parents[1]
WORKS = ROOT / "data" / "works"
DEFAULT_CACHE = Path("/work/realfic-cache")
HIGH_STAKES = ("sexual-assault", "suicide", "child-abuse", "underage", "pornographic-content", "self-harm")
TOP_CHARACTERS = 5
MAIN_CHARACTERS = 3

QUALIFIER = re.compile(r"\s*\([^)]*\)")
AUTHOR_SUFFIX = re.compile(r"\s+-\s+[^-]+$")
NON_WORD = re.compile(r"[^a-z0-9]+")
UMBRELLA = re.compile(r"\b(all media types|the original series|movies|tv|series|movieverse)\b")


@dataclass
class Predicted:
    """What a report says, reduced to what the labels hold."""

    warnings: dict[str, tuple[str, list[tuple[int, int]]]] = field(default_factory=dict)  # label -> severity, spans
    rating: str = "G"
    archive_warnings: set[str] = field(default_factory=set)
    fandoms: list[str] = field(default_factory=list)
    characters: list[str] = field(default_factory=list)
    relationships: list[tuple[str, str]] = field(default_factory=list)  # tag, "romantic" | "platonic"


def predicted_of(report: Any) -> Predicted:
    """The :class:`Predicted` of a ficlens Report (duck-typed, so tests can hand in plain objects)."""
    warnings: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    for w in report.warnings:
        spans = [(s.start, s.end) for s in list(w.evidence) + list(getattr(w, "spans", []) or [])]
        warnings[w.label] = (w.severity, spans)
    return Predicted(
        warnings=warnings,
        rating=report.rating.label,
        archive_warnings={a.label for a in report.archive_warnings},
        fandoms=[f.name for f in report.fandoms],
        characters=[c.name for c in report.characters],
        relationships=[(r.tag, r.kind) for r in report.relationships],
    )


# --- names ---------------------------------------------------------------------------------------------------


def fandom_key(name: str) -> str:
    """An AO3 fandom name reduced for matching: no qualifiers "(TV)", no " - Author", no "The", umbrella words out."""
    key = QUALIFIER.sub(" ", name.lower())
    key = AUTHOR_SUFFIX.sub("", key)
    key = key.replace("&", " and ")
    key = NON_WORD.sub(" ", key)
    key = UMBRELLA.sub(" ", key)
    key = re.sub(r"^\s*the\s+", "", key)
    return " ".join(key.split())


def fandom_matches(predicted: str, gold: str) -> bool:
    """Equal keys; one key the word-prefix of the other ("Star Wars" for "Star Wars Prequel Trilogy"); or both
    opening on the same two words of three letters or more, the franchise ("Star Wars Sequel Trilogy" for "Star Wars
    Episode VII"). Umbrellas named otherwise ("Marvel Cinematic Universe" for "Iron Man (Movies)") do not match."""
    p, g = fandom_key(predicted), fandom_key(gold)
    if not p or not g:
        return False
    if p == g or g.startswith(p + " ") or p.startswith(g + " "):
        return True
    head_p, head_g = p.split()[:2], g.split()[:2]
    return len(head_p) == 2 and head_p == head_g and all(len(w) >= 3 for w in head_p)


ORIGINAL_WORK = "Original Work"


@lru_cache(maxsize=1)
def _kb_fandoms_by_key() -> dict[str, str]:
    """fandom_key of every KB fandom and umbrella tag -> the KB fandom, keys that stand for two KB fandoms left out
    ("The Witcher (TV)" and "The Witcher - Andrzej Sapkowski" are both "witcher")."""
    from ficlens.knowledge import load_kb

    kb = load_kb()
    owners: dict[str, set[str]] = {}
    for tag, fandom in [*((f, f) for f in kb.fandoms), *kb.umbrella.items()]:
        owners.setdefault(fandom_key(tag), set()).add(fandom)
    return {key: next(iter(fandoms)) for key, fandoms in owners.items() if key and len(fandoms) == 1}


def kb_fandom(name: str) -> str | None:
    """The KB fandom an AO3 fandom name stands for: a KB fandom or one of its umbrella tags, exactly or after
    :func:`fandom_key` ("Pokemon Mystery Dungeon" -> "Pocket Monsters | Pokemon - All Media Types")."""
    from ficlens.knowledge import load_kb

    return load_kb().canonical_fandom(name) or _kb_fandoms_by_key().get(fandom_key(name))


def fandom_credited(predicted: Sequence[str], gold: Sequence[str]) -> bool:
    """Whether the predicted fandoms get a work's gold fandoms right: one pair matches (:func:`fandom_matches`) or
    names one KB fandom, the one the umbrella of the other (:func:`kb_fandom`: a detected "Pocket Monsters |
    Pokemon - All Media Types" for a gold "Pokemon Mystery Dungeon", "Marvel Cinematic Universe" for "The Avengers
    (Marvel Movies)"); or, for a gold "Original Work", no fandom predicted (ficlens names no fandom for original
    fiction)."""
    if ORIGINAL_WORK in gold and not predicted:
        return True
    kb_gold = {k for k in map(kb_fandom, gold) if k is not None}
    return any(fandom_matches(p, g) for p in predicted for g in gold) or any(
        kb_fandom(p) in kb_gold for p in predicted)


def name_tokens(name: str) -> set[str]:
    """The words of a character name (qualifiers and one-letter initials out), lower-cased, long vowels of a
    romanised name written short ("Gojou Satoru" ~ "Gojo Satoru": AO3 tags and authors romanise apart;
    kb_variants.short_vowels)."""
    words = NON_WORD.sub(" ", QUALIFIER.sub(" ", name.lower())).split()
    return {short_vowels(w) for w in words if len(w) > 1}


def _forms_match(a: set[str], b: set[str]) -> bool:
    if not a or not b:
        return False
    if len(a) == 1 or len(b) == 1:
        return bool(a & b) or bool(_formal(a) & b) or bool(_formal(b) & a)
    return a <= b or b <= a


def _formal(words: set[str]) -> set[str]:
    """The given names the one word of ``words`` is an English diminutive of ("jen" -> "jennifer"; nicknames.py's
    table), lower-cased; empty for more words."""
    return {f.lower() for w in words for f in formal_names(w.capitalize())} if len(words) == 1 else set()


def names_match(a: str, b: str) -> bool:
    """Two names of one character: a one-word name found in the other ("Harry" ~ "Harry Potter"; a diminutive of
    its given name too: "Jen" ~ "Jennifer Barkley"), or one name's
    words all in the other ("Lily Potter" ~ "Lily Evans Potter", "Uzumaki Naruto" ~ "Naruto Uzumaki"); AO3's
    "Name | Alias" forms are tried one by one. "Bruce Banner" and "Bruce Wayne" do not match."""
    return any(_forms_match(name_tokens(x), name_tokens(y)) for x in a.split("|") for y in b.split("|"))


def kb_names(name: str) -> list[str]:
    """The canonical names of the KB characters that go by ``name`` ("Guinevere" -> "Gwen (Merlin)", "Lord
    Voldemort" -> "Tom Riddle"): authors tag relationships with the names their texts use."""
    from ficlens.knowledge import load_kb

    kb = load_kb()
    return [h.character.name for form in name.split("|") if form.strip() for h in kb.lookup(form.strip())]


def person_matches(gold: str, predicted: str) -> bool:
    """A gold person of a relationship named by a predicted one: :func:`names_match`, or one of the KB characters
    the gold name is an alias of."""
    return names_match(gold, predicted) or any(names_match(k, predicted) for k in kb_names(gold))


def relationship_parts(tag: str) -> tuple[list[str], str]:
    """The people of a relationship tag and its kind: "/" romantic, "&" platonic."""
    kind = "romantic" if "/" in tag else "platonic"
    return [p.strip() for p in re.split(r"[/&]", tag) if p.strip()], kind


def relationship_found(gold: str, predicted: Iterable[tuple[str, str]]) -> bool:
    """A gold relationship is found when a predicted one of the same kind names each of its people (by
    :func:`person_matches`)."""
    people, kind = relationship_parts(gold)
    for tag, pkind in predicted:
        if pkind != kind:
            continue
        found, _ = relationship_parts(tag)
        if len(found) == len(people) and all(any(person_matches(g, p) for p in found) for g in people):
            return True
    return False


# --- scores --------------------------------------------------------------------------------------------------


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: bool, predicted: bool) -> None:
        self.tp += gold and predicted
        self.fp += predicted and not gold
        self.fn += gold and not predicted

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def warning_counts(pairs: Sequence[tuple[set[str], set[str]]], labels: Iterable[str] | None = None) -> Counts:
    """Micro counts over (work, label) pairs; ``pairs`` is (gold labels, predicted labels) per work."""
    keep = set(labels) if labels is not None else None
    counts = Counts()
    for gold, predicted in pairs:
        for label in gold | predicted:
            if keep is None or label in keep:
                counts.add(label in gold, label in predicted)
    return counts


def macro_f1(pairs: Sequence[tuple[set[str], set[str]]]) -> tuple[float, float, float]:
    """Mean precision, recall and F1 over the labels some gold work carries."""
    labels = sorted(set().union(*(g for g, _ in pairs))) if pairs else []
    if not labels:
        return 0.0, 0.0, 0.0
    per = [warning_counts(pairs, [label]) for label in labels]
    n = len(per)
    return sum(c.precision for c in per) / n, sum(c.recall for c in per) / n, sum(c.f1 for c in per) / n


def evidence_offsets(text: str, passages: Iterable[str]) -> list[tuple[int, int]]:
    """Where each gold evidence passage sits in the text (passages not found are left out)."""
    out = []
    for passage in passages:
        start = text.find(passage)
        if start >= 0:
            out.append((start, start + len(passage)))
    return out


def overlaps(span: tuple[int, int], spans: Iterable[tuple[int, int]]) -> bool:
    return any(s < span[1] and span[0] < e for s, e in spans)


@dataclass
class WorkScore:
    """One work's comparison, summed by :func:`summarise`."""

    id: str
    gold_labels: set[str]
    predicted_labels: set[str]
    severity_pairs: list[tuple[str, str, str]]  # label, gold, predicted
    evidence_total: int
    evidence_folded: int
    rating: tuple[str, str]
    archive: tuple[set[str], set[str]]
    fandom_right: bool | None  # None when gold gives no fandom; see fandom_credited
    relationships: tuple[int, int]  # found with the right type, gold total
    characters_top: tuple[int, int]  # top predicted that are gold, top predicted considered
    main_characters: tuple[int, int]  # first gold found, first gold considered
    fandom_strict: bool | None = None  # fandom_matches alone: no umbrella credit, "Original Work" never matched


def score_work(work_id: str, text: str, gold: Mapping[str, Any], predicted: Predicted) -> WorkScore:
    gold_warnings: Mapping[str, Mapping[str, Any]] = gold.get("warnings", {})
    gold_labels = set(gold_warnings)
    predicted_labels = set(predicted.warnings)
    severity = [(label, gold_warnings[label]["severity"], predicted.warnings[label][0])
                for label in sorted(gold_labels & predicted_labels)]
    total = folded = 0
    for label in sorted(gold_labels & predicted_labels):
        raised = predicted.warnings[label][1]
        for span in evidence_offsets(text, gold_warnings[label].get("evidence", [])):
            total += 1
            folded += overlaps(span, raised)
    gold_fandoms = list(gold.get("fandoms", []))
    fandom_right = fandom_credited(predicted.fandoms, gold_fandoms) if gold_fandoms else None
    fandom_strict = (any(fandom_matches(p, g) for p in predicted.fandoms for g in gold_fandoms)
                     if gold_fandoms else None)
    gold_relationships = list(gold.get("relationships", []))
    found = sum(relationship_found(r, predicted.relationships) for r in gold_relationships)
    gold_characters = list(gold.get("characters", []))
    top = predicted.characters[:TOP_CHARACTERS]
    right = sum(any(names_match(p, g) for g in gold_characters) for p in top)
    main = gold_characters[:MAIN_CHARACTERS]
    main_found = sum(any(names_match(g, p) for p in predicted.characters) for g in main)
    return WorkScore(
        id=work_id, gold_labels=gold_labels, predicted_labels=predicted_labels, severity_pairs=severity,
        evidence_total=total, evidence_folded=folded, rating=(gold.get("rating", ""), predicted.rating),
        archive=(set(gold.get("archive_warnings", [])), predicted.archive_warnings), fandom_right=fandom_right,
        fandom_strict=fandom_strict,
        relationships=(found, len(gold_relationships)), characters_top=(right, len(top)),
        main_characters=(main_found, len(main)),
    )


def why_missed(text: str, gold: Mapping[str, Any], predicted: Predicted) -> list[str]:
    """Diagnostics (``--why``), no part of the scores: for each gold label ficlens did not raise, the work-level
    decision's inputs (positive and supporting passages) and, for each gold evidence passage, the passage decision's
    score and what stopped it: no cue of the label in the passage (the cue gate), cues read away by their context or
    too weak for the gate, a score below the threshold, or a positive passage the work-level decision did not take.
    Reads the work again (NLP and cast) to see inside the warnings stage."""
    import bisect

    from ficlens.analyse.analysis import Analysis
    from ficlens.analyse.cast.stages import run_cast
    from ficlens.analyse.warnings.aggregate import WorkScanner
    from ficlens.analyse.warnings.classifier import cue_labels, gate_evidence
    from ficlens.analyse.warnings.stage import work_classifier
    from ficlens.api import works
    from ficlens.nlp.document import build_document
    from ficlens.report import Report

    missed = sorted(label for label in gold.get("warnings", {}) if label not in predicted.warnings)
    if not missed:
        return []
    doc = build_document(next(works(text)), "full")
    analysis = Analysis(doc, Report.for_work(doc.work, mode=doc.profile))
    run_cast(analysis)
    classifier = work_classifier()
    scanner = WorkScanner(doc, classifier, analysis.cast)
    starts = [p.start for p in scanner.passages]
    lines = []
    for label in missed:
        found, support = scanner.findings(label)
        lines.append(f"  {label}: missed; {len(found)} positive and {len(support)} supporting passage(s) of "
                     f"{len(scanner.passages)}")
        for quote in gold["warnings"][label].get("evidence", []):
            at = doc.text.find(quote)
            if at < 0:
                lines.append(f"    (not found in the read text) {quote[:70]!r}")
                continue
            i = max(bisect.bisect_right(starts, at) - 1, 0)
            passage = doc.span_text(scanner.passages[i])
            evidence = scanner.evidence_fn(i)
            age = scanner.passage_age(i) if label == "underage" else scanner.age
            decision = classifier.classify(passage, label, evidence=evidence, age=age)
            if label not in cue_labels(passage):
                why = "no cue of the label (cue gate)"
            elif gate_evidence(label, evidence, classifier.modelled(label)) is None:
                why = "cues read away or too weak for the gate"
            elif not decision.positive:
                why = "below the threshold"
            else:
                why = "positive; not taken by the work-level decision"
            minor = f", minor {age.minor:.2f}" if label == "underage" else ""
            lines.append(f"    score {decision.score:.2f}{minor}: {why}: {quote[:70]!r}")
    return lines


def _ratio(num: int, den: int) -> str:
    return f"{num}/{den} ({num / den:.3f})" if den else f"{num}/0 (n/a)"


def summarise(scores: Sequence[WorkScore]) -> list[str]:
    """The printed lines of a split's figures."""
    pairs = [(s.gold_labels, s.predicted_labels) for s in scores]
    micro = warning_counts(pairs)
    mp, mr, mf = macro_f1(pairs)
    high = warning_counts(pairs, HIGH_STAKES)
    severity = [p for s in scores for p in s.severity_pairs]
    fandoms = [s.fandom_right for s in scores if s.fandom_right is not None]
    lines = [
        f"works: {len(scores)}; gold (work, label) pairs: {micro.tp + micro.fn}; raised: {micro.tp + micro.fp}",
        f"warnings micro: P {micro.precision:.3f} R {micro.recall:.3f} F1 {micro.f1:.3f}"
        f" (tp {micro.tp}, fp {micro.fp}, fn {micro.fn})",
        f"warnings macro: P {mp:.3f} R {mr:.3f} F1 {mf:.3f}",
        f"high-stakes ({', '.join(HIGH_STAKES)}): recall {_ratio(high.tp, high.tp + high.fn)},"
        f" precision {_ratio(high.tp, high.tp + high.fp)}",
        f"severity agreement: {_ratio(sum(g == p for _, g, p in severity), len(severity))}",
        f"evidence folded: {_ratio(sum(s.evidence_folded for s in scores), sum(s.evidence_total for s in scores))}",
        f"rating exact: {_ratio(sum(g == p for g, p in (s.rating for s in scores)), len(scores))}",
        f"archive warnings exact: {_ratio(sum(g == p for g, p in (s.archive for s in scores)), len(scores))}",
        f"fandom right: {_ratio(sum(fandoms), len(fandoms))} (umbrella tags of one KB fandom credited;"
        f" 'Original Work' by no fandom)",
        f"fandom right, strict: {_ratio(sum(bool(s.fandom_strict) for s in scores), len(fandoms))}"
        f" (names matched only)",
        f"relationships found with the right type: "
        f"{_ratio(sum(s.relationships[0] for s in scores), sum(s.relationships[1] for s in scores))}",
        f"character precision (top {TOP_CHARACTERS}): "
        f"{_ratio(sum(s.characters_top[0] for s in scores), sum(s.characters_top[1] for s in scores))}",
        f"main-character recall (first {MAIN_CHARACTERS} gold): "
        f"{_ratio(sum(s.main_characters[0] for s in scores), sum(s.main_characters[1] for s in scores))}",
    ]
    labels = sorted(set().union(*(g | p for g, p in pairs))) if pairs else []
    for label in labels:
        c = warning_counts(pairs, [label])
        lines.append(f"  {label:<22} gold {c.tp + c.fn:>2}  found {c.tp:>2}  false {c.fp:>2}")
    return lines


# --- running -------------------------------------------------------------------------------------------------


def repo_folds(repos: Iterable[str], folds: int) -> dict[str, int]:
    """Repository -> its fold, for works whose source repositories are ``repos`` (one per work): repositories by
    work count (most first, then name), each to the fold with the fewest works so far (the lowest index on a tie),
    so a repository's works never straddle folds (deterministic)."""
    counts: dict[str, int] = {}
    for repo in repos:
        counts[repo] = counts.get(repo, 0) + 1
    sizes = [0] * folds
    out: dict[str, int] = {}
    for repo, n in sorted(counts.items(), key=lambda p: (-p[1], p[0])):
        k = sizes.index(min(sizes))
        out[repo] = k
        sizes[k] += n
    return out


def load_rows(works: Path = WORKS) -> list[dict[str, Any]]:
    path = works / "sources.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def text_for(row: Mapping[str, Any], folders: Sequence[Path]) -> str | None:
    """The work's text from the first folder that holds it with the row's sha256, else None."""
    for folder in folders:
        path = folder / f"{row['id']}.txt"
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            if hashlib.sha256(text.encode("utf-8")).hexdigest() == row.get("sha256"):
                return text
            print(f"{path}: sha256 differs from sources.jsonl, skipped")
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--fast", action="store_true", help="the --fast profile")
    parser.add_argument("--texts", type=Path, default=None, help=f"folder of <id>.txt (default {DEFAULT_CACHE})")
    parser.add_argument("--works", type=Path, default=WORKS, help=argparse.SUPPRESS)
    parser.add_argument("--per-work", action="store_true", help="one line per work")
    parser.add_argument("--why", action="store_true",
                        help="with --per-work: for each missed gold label, what stopped its evidence passages")
    parser.add_argument("--engine", choices=("auto", "linear", "ml", "lexicon", "reader"), default=None,
                        help="the warnings engine (default: what analyze resolves)")
    args = parser.parse_args(argv)
    if args.engine:
        import os

        from ficlens.analyse.warnings.classifier import ENGINE_ENV

        os.environ[ENGINE_ENV] = args.engine
    folders = [args.texts] if args.texts else [p for p in (DEFAULT_CACHE,) if p.is_dir()]
    folders.append(args.works / "texts")
    rows = [r for r in load_rows(args.works) if r.get("split") == args.split]
    import ficlens

    scores = []
    for row in rows:
        label_path = args.works / "labels" / f"{row['id']}.json"
        text = text_for(row, folders)
        if text is None or not label_path.is_file():
            continue
        gold = json.loads(label_path.read_text(encoding="utf-8"))
        predicted = predicted_of(ficlens.analyze(text, fast=args.fast))
        score = score_work(row["id"], text, gold, predicted)
        scores.append(score)
        if args.per_work:
            print(f"{row['id']}: gold {sorted(score.gold_labels)} | ficlens {sorted(score.predicted_labels)}"
                  f" | rating {score.rating[0]}->{score.rating[1]} | fandom {score.fandom_right}")
            if args.why:
                print("\n".join(why_missed(text, gold, predicted)) or "  (no gold label missed)")
    if not scores:
        print(f"no texts for the {args.split} split ({len(rows)} works): run scripts/fetch_realfic.py MIRRORS"
              f" or pass --texts DIR")
        return 0
    profile = ("fast" if args.fast else "full") + (f", engine {args.engine}" if args.engine else "")
    print(f"split {args.split} ({profile}); {len(rows) - len(scores)} work(s) without text")
    for line in summarise(scores):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
