"""Quote detection and speaker attribution on PDNC, the Project Dialogism Novel Corpus (Vishnubhotla et al. 2022).

Data: ../shared/data/pdnc/data/<Novel>/ with ``novel_text.txt``, ``quotation_info.csv`` (per quotation: its
sub-quotations' character spans, which leave the quote marks out; the speaker's main name; the quote type
Explicit / Anaphoric / Implicit) and ``character_info.csv`` (per character: main name, aliases, gender). The
narrative person of each novel comes from ../shared/data/pdnc/PDNC-Novel-Index.csv. Nothing of the corpus is kept
in the repository.

Each novel (its first ``--chars`` characters, 60,000 by default; gold quotations wholly inside that prefix; the
text as given, hard-wrapped at 70 columns, which ficlens's segmenter unwraps itself) goes end to end through
ficlens's own reading, as ``ficlens analyze`` does: build_document (full profile), the cast, speakers.attribute.
No gold span is given to ficlens.

Metrics:
- found (recall): a gold quotation is found when one of its sub-quotations is matched by a detected quote with
  overlap / union >= 0.5 (quotes_litbank.best_match); its predicted speaker is that of the detected quote matching
  its longest matched sub-quotation;
- speaker right, on the found quotations (``character_named``): the predicted character's names are its canonical
  name, then its forms most used first; the first of those that is exactly (case and dots aside) an alias of one
  gold character only names that character; if none does, the character one of whose aliases shares most name
  words with the predicted names (Jaccard, a shared title breaking ties: quotes_litbank.name_score), when
  that character is unique. It is right when that character is the gold speaker. A first-person narrator
  prediction is right in a first-person novel when the gold speaker is its narrator (quotes_litbank
  .narrator_entities: the gold speaker of most "I said" quotes);
- the same split by quote type: explicit, and the rest (anaphoric + implicit), as BookNLP reports (0.986 / 0.689
  with gold quote spans);
- aligned: each novel's predicted speakers mapped one-to-one onto the gold characters so as to maximise agreement
  (quotes_litbank.alignment), lenient, for comparison with LitBank's aligned figure.

``--ranker`` reads the novels without the shipped ranker and re-ranks each detected quote's candidate speakers with
the learned ranker (src/ficlens/analyse/speakers/ranker.py), leave-novels-out: the novels are split into ``--folds``
folds (by sorted name, round robin) and each fold is scored with a ranker fitted on the other folds
(scripts/train_speakers.py's ``fit``, on their first ``--train-chars`` characters as the shipped model is);
both the pipeline's figures and the re-ranked ones are printed.
``--ranker-model FILE`` instead applies one fitted model (in-sample for the novels it was fitted on).

``--held-out`` scores only the novels the shipped ranker was never trained on (``HELD_OUT``): the honest figure
of the pipeline as shipped; on the other novels (``--training`` scores them alone) the ranker is in-sample.
``--causes N`` counts the wrong quotations by their cause seen from the cast (``error_cause``), showing N of each.

Run: .venv/bin/python eval/speakers_pdnc.py [--data DIR] [--chars N] [--novels A,B | --held-out | --training]
[--causes N] [--ranker [--folds K] [--train-chars N]]
[--ranker-model FILE] [--ranker-margin M] [--joint-beam N [--joint-unstacked]] [--addressee]
[--errors N [--errors-kind explicit|rest]];
--check litbank|fanfic [--split dev|test] instead compares the pipeline's speakers with the shipped ranker's (or
--ranker-model's) on LitBank's quotations or the fan-fiction scenes (dev by default; test is held out), by name
and aligned (quotes_litbank's rules): checks, never training data. Exits 0 with a note when the data is absent.
"""

from __future__ import annotations

import argparse
import ast
import csv
import re
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quotes_litbank import (  # noqa: E402
    Gold,
    alignment,
    best_match,
    name_parts,
    name_score,
    narrator_entities,
    speaker_matches,
    unique_best,
)

if TYPE_CHECKING:
    from ficlens.analyse.cast.build import Cast, Cluster
    from ficlens.analyse.speakers import Attribution, Attributor
    from ficlens.analyse.speakers.ranker import Ranker

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "pdnc"
DEFAULT_CHARS = 60_000
TRAIN_CHARS = 240_000  # the prefix of each training novel the ranker learns from (scripts/train_speakers.py)
# The novels held out from training the shipped speaker ranker (scripts/train_speakers.py leaves them out): the
# first of each five in sorted order, fixed before the ranker was wired in. ``--held-out`` scores them alone.
HELD_OUT = ("APassageToIndia", "Emma", "NorthangerAbbey", "TheAgeOfInnocence", "ThePictureOfDorianGray")
EXPLICIT = "explicit"
NARRATOR_ID = -1  # in ``speaker_of`` results: the first-person narrator (speakers.NARRATOR)


@dataclass(frozen=True)
class Character:
    id: int
    name: str
    aliases: frozenset[str]  # normalised (``normal``), the main name included
    gender: str


@dataclass(frozen=True)
class GoldQuote:
    spans: tuple[tuple[int, int], ...]  # the sub-quotations, quote marks left out
    speaker: int  # Character.id
    kind: str  # explicit, anaphoric, implicit (lower case)


@dataclass
class Novel:
    name: str
    text: str
    quotes: list[GoldQuote]
    characters: list[Character]
    first_person: bool = False
    narrators: set[int] = field(default_factory=set)  # gold character ids that are the first-person narrator


def normal(name: str) -> str:
    """A name compared with another: lower case, dots and underscores dropped, spaces collapsed."""
    return " ".join(re.sub(r"[._]", " ", name.lower().replace("’", "'")).split())


def read_characters(path: Path) -> list[Character]:
    out: list[Character] = []
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            aliases = ast.literal_eval(row["Aliases"]) if row["Aliases"].strip() else set()
            names = {normal(a) for a in [row["Main Name"], *aliases] if a}
            out.append(Character(int(row["Character ID"]), row["Main Name"], frozenset(names), row["Gender"]))
    return out


def read_quotes(path: Path, characters: list[Character], chars: int) -> list[GoldQuote]:
    """The gold quotations lying wholly in the first ``chars`` characters, in text order; a speaker named by no
    character (a handful of group speakers) is matched by main name or alias, else the quote is left out."""
    by_name = {normal(c.name): c.id for c in characters}
    for c in characters:
        for a in c.aliases:
            by_name.setdefault(a, c.id)
    out: list[GoldQuote] = []
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            spans = tuple((int(s), int(e)) for s, e in ast.literal_eval(row["quoteByteSpans"]))
            speaker = by_name.get(normal(row["speaker"]))
            if not spans or spans[-1][1] > chars or speaker is None:
                continue
            out.append(GoldQuote(spans, speaker, row["quoteType"].strip().lower()))
    return sorted(out, key=lambda q: q.spans[0])


def first_person_novels(index: Path) -> set[str]:
    """The folder names of the novels the index says are told in the first person."""
    if not index.is_file():
        return set()
    with index.open(encoding="utf-8", newline="") as fh:
        return {row["Folder Name"] for row in csv.DictReader(fh)
                if row.get("Folder Name") and row.get("Narrative Person", "").startswith("1")}


def read_novel(folder: Path, chars: int, first_person: bool = False) -> Novel:
    text = (folder / "novel_text.txt").read_text(encoding="utf-8")[:chars]
    characters = read_characters(folder / "character_info.csv")
    quotes = read_quotes(folder / "quotation_info.csv", characters, chars)
    novel = Novel(folder.name, text, quotes, characters, first_person)
    if first_person:
        names = {c.id: c.name for c in characters}
        golds = [Gold(q.spans[0][0] - 1, q.spans[-1][1] + 1, str(q.speaker), names[q.speaker]) for q in quotes]
        novel.narrators = {int(x) for x in narrator_entities(text, golds)}
    return novel


def cluster_names(cluster: Cluster) -> list[str]:
    """A predicted character's names: its canonical name, then the forms it was written as, most used first."""
    return [cluster.name, *(f for f, _ in cluster.forms.most_common() if f != cluster.name)]


def character_named(names: Sequence[str], characters: list[Character]) -> int | None:
    """The gold character that predicted ``names`` name (rule in the module docstring), or None."""
    for name in names:
        hits = {c.id for c in characters if normal(name) in c.aliases}
        if len(hits) == 1:
            return hits.pop()
    words, pred_titles = name_parts(names)
    return unique_best({c.id: max((name_score(words, pred_titles, a) for a in c.aliases), default=0.0)
                        for c in characters})


def aligned_quote(quote: GoldQuote, atts: Sequence[Attribution]) -> Attribution | None:
    """The detected quote standing for a gold quotation: the one matching its longest matched sub-quotation."""
    found: list[tuple[int, Attribution]] = []
    for s, e in quote.spans:
        att = best_match(Gold(s, e, "", ""), list(atts))
        if att is not None:
            found.append((e - s, att))
    return max(found, key=lambda x: x[0])[1] if found else None


def speaker_of(cluster: int | None, cast: Cast, characters: list[Character]) -> int | None:
    """The gold character a predicted cluster names (NARRATOR_ID for the narrator), or None."""
    if cluster is None:
        return None
    if cluster == NARRATOR_ID:
        return NARRATOR_ID
    return character_named(cluster_names(cast.clusters[cluster]), characters)


def is_right(predicted: int | None, quote: GoldQuote, novel: Novel) -> bool:
    if predicted == NARRATOR_ID:
        return novel.first_person and quote.speaker in novel.narrators
    return predicted is not None and predicted == quote.speaker


@dataclass
class Reading:
    """What ficlens made of one novel: its attributor (quotes, cast, paragraphs) and the pipeline's attributions."""

    at: Attributor
    atts: list[Attribution]


def read_with_ficlens(text: str, profile: str = "full", source: str = "pdnc", learned: bool = True) -> Reading:
    """The text through ficlens, as ``ficlens analyze`` reads it (the full profile unless told; without the
    learned ranker when not ``learned``)."""
    from ficlens.analyse.cast.build import cast_of
    from ficlens.analyse.speakers import Attributor, attribute
    from ficlens.nlp import build_document
    from ficlens.work import Work

    doc = build_document(Work(text=text, source=source, format="text"), profile)  # type: ignore[arg-type]
    cast = cast_of(doc)
    atts = attribute(text, doc.paragraphs, cast, learned=learned)
    return Reading(Attributor(text, doc.paragraphs, cast), atts)


def score(novel: Novel, reading: Reading, clusters: Sequence[int | None]) -> Counter[str]:
    """Counts for one novel, the speaker of detected quote i being ``clusters[i]``: gold, found, right (and by
    kind), aligned."""
    stats: Counter[str] = Counter()
    index = {id(a): i for i, a in enumerate(reading.atts)}
    cast = reading.at.cast
    pairs: Counter[tuple[int, str]] = Counter()
    rows: list[tuple[int | None, GoldQuote]] = []
    for q in novel.quotes:
        group = EXPLICIT if q.kind == EXPLICIT else "rest"
        stats["gold"] += 1
        stats[f"gold_{group}"] += 1
        att = aligned_quote(q, reading.atts)
        if att is None:
            continue
        cluster = clusters[index[id(att)]]
        right = is_right(speaker_of(cluster, cast, novel.characters), q, novel)
        for key in {"", f"_{group}", f"_{q.kind}"}:
            stats[f"found{key}"] += 1
            stats[f"right{key}"] += right
        if cluster is not None:
            pairs[(cluster, str(q.speaker))] += 1
        rows.append((cluster, q))
    mapping = alignment(pairs)
    stats["aligned"] = sum(1 for c, q in rows if c is not None and mapping.get(c) == str(q.speaker))
    stats["predicted"] = len(reading.atts)
    return stats


def wrong_quotes(novel: Novel, reading: Reading, kind: str) -> list[str]:
    """The found quotations of group ``kind`` (explicit or rest) given to the wrong speaker, each as one line: the
    gold speaker, the predicted one and its rule, and the quote with the narration after it."""
    from ficlens.analyse.speakers import NARRATOR

    out: list[str] = []
    names = {c.id: c.name for c in novel.characters}
    cast = reading.at.cast
    for q in novel.quotes:
        if (q.kind == EXPLICIT) != (kind == EXPLICIT):
            continue
        att = aligned_quote(q, reading.atts)
        if att is None or is_right(speaker_of(att.cluster, cast, novel.characters), q, novel):
            continue
        pred = ("-" if att.cluster is None else "I" if att.cluster == NARRATOR
                else "/".join(cluster_names(cast.clusters[att.cluster])[:3]))
        start = max(att.quote.start - 60, 0)
        context = " ".join(novel.text[start:att.quote.end + 70].split())
        out.append(f"{novel.name}: gold {names[q.speaker]!r}, got {pred!r} ({att.rule}): {context}")
    return out


def error_cause(quote: GoldQuote, att: Attribution, reading: Reading, novel: Novel,
                candidates: Sequence[int]) -> str:
    """Why a found quotation's speaker is wrong, seen from the cast: "gold naming" (the character given is written
    with one of the gold speaker's names, but another gold character's name comes first: PDNC's "Childers" beside
    "Mr. E. W. B. Childers"), "not formed" (no predicted character names the gold speaker), "merged" (the character
    bearing one of the gold speaker's names is read as another gold character), "split" (several predicted
    characters name the gold speaker), "role" (the speaker given is a role, "the young girl"), "not candidate" (the
    gold speaker's character is formed but not among the ranker's candidates), else "ranking" (it was a candidate)."""
    cast = reading.at.cast
    gold = novel.characters[[c.id for c in novel.characters].index(quote.speaker)]
    named = [c.id for c in cast.clusters if speaker_of(c.id, cast, novel.characters) == quote.speaker]
    bearing = [c.id for c in cast.clusters if any(normal(f) in gold.aliases for f in cluster_names(c))]
    given = cast.clusters[att.cluster] if att.cluster is not None and att.cluster >= 0 else None
    if given is not None and att.cluster in bearing:
        return "gold naming"
    if not named:
        return "merged" if bearing else "not formed"
    if given is not None and given.role:
        return "role"
    if len(named) > 1:
        return "split"
    return "ranking" if set(named) & set(candidates) else "not candidate"


def error_causes(read: Sequence[tuple[Novel, Reading]], show: int = 0) -> Counter[tuple[str, str]]:
    """The wrong found quotations of every novel counted by group (explicit, rest) and ``error_cause``; the first
    ``show`` of each cause printed with their context."""
    from ficlens.analyse.speakers.ranker import FeatureReader

    causes: Counter[tuple[str, str]] = Counter()
    shown: Counter[tuple[str, str]] = Counter()
    for novel, reading in read:
        found = [(a.cluster, a.score, a.rule) for a in reading.atts]
        reader = FeatureReader(reading.at, found)
        index = {id(a): i for i, a in enumerate(reading.atts)}
        names = {c.id: c.name for c in novel.characters}
        cast = reading.at.cast
        for q in novel.quotes:
            att = aligned_quote(q, reading.atts)
            if att is None or is_right(speaker_of(att.cluster, cast, novel.characters), q, novel):
                continue
            group = EXPLICIT if q.kind == EXPLICIT else "rest"
            cause = error_cause(q, att, reading, novel, reader.candidates(index[id(att)]))
            causes[(group, cause)] += 1
            if shown[(group, cause)] < show:
                shown[(group, cause)] += 1
                pred = ("-" if att.cluster is None else "I" if att.cluster == NARRATOR_ID
                        else "/".join(cluster_names(cast.clusters[att.cluster])[:3]))
                context = " ".join(novel.text[max(att.quote.start - 60, 0):att.quote.end + 70].split())
                print(f"  [{group} {cause}] {novel.name}: gold {names[q.speaker]!r}, got {pred!r} ({att.rule}): "
                      f"{context}")
    return causes


def line(name: str, stats: Counter[str]) -> str:
    def share(a: str, b: str) -> str:
        return f"{stats[a] / max(stats[b], 1):.3f}"

    return (f"{name}: gold {stats['gold']}, found {stats['found']} (recall {share('found', 'gold')}); speaker right "
            f"explicit {share('right_explicit', 'found_explicit')} ({stats['right_explicit']}/"
            f"{stats['found_explicit']}), rest {share('right_rest', 'found_rest')} ({stats['right_rest']}/"
            f"{stats['found_rest']}) [anaphoric {share('right_anaphoric', 'found_anaphoric')}, implicit "
            f"{share('right_implicit', 'found_implicit')}], all {share('right', 'found')}; aligned "
            f"{share('aligned', 'found')}")


def folds_of(names: Sequence[str], k: int) -> list[list[str]]:
    """``k`` folds of the novels, by sorted name, round robin (deterministic)."""
    ordered = sorted(names)
    return [ordered[i::k] for i in range(k) if ordered[i::k]]


def novel_folders(data: Path, chosen: str) -> list[Path]:
    folders = sorted(p for p in (data / "data").iterdir() if (p / "quotation_info.csv").is_file())
    if chosen:
        wanted = {n.strip() for n in chosen.split(",") if n.strip()}
        folders = [p for p in folders if p.name in wanted]
        missing = wanted - {p.name for p in folders}
        if missing:
            raise SystemExit(f"{data / 'data'}: no novel named {', '.join(sorted(missing))}")
    return folders


def read_all(data: Path, chosen: str, chars: int, learned: bool = True) -> list[tuple[Novel, Reading]]:
    first_person = first_person_novels(data / "PDNC-Novel-Index.csv")
    out = []
    for folder in novel_folders(data, chosen):
        novel = read_novel(folder, chars, folder.name in first_person)
        out.append((novel, read_with_ficlens(novel.text, learned=learned)))
    return out


def check_counts(text: str, golds: list[Gold], profile: str, ranker: Ranker, margin: float = 0.0,
                 joint_beam: int | None = None, joint_stacked: bool = True) -> Counter[str]:
    """One LitBank file or fan-fiction scene with the pipeline's speakers and with the ranker's (and, given
    ``joint_beam``, the joint decoder's): by name (quotes_litbank.speaker_matches, the narrator by "I"/"narrator"
    only) and aligned (quotes_litbank.alignment)."""
    from ficlens.analyse.speakers import NARRATOR
    from ficlens.analyse.speakers.joint import joint_rerank
    from ficlens.analyse.speakers.ranker import rerank

    reading = read_with_ficlens(text, profile, "check", learned=False)
    at, atts, cast = reading.at, reading.atts, reading.at.cast
    found = [(a.cluster, a.score, a.rule) for a in atts]
    versions = {"pipeline": [c for c, _, _ in found],
                "ranker": [c for c, _, _ in rerank(at, found, ranker, margin=margin)]}
    if joint_beam is not None:
        versions["joint"] = [c for c, _, _ in joint_rerank(at, found, ranker, beam=joint_beam,
                                                                   stacked=joint_stacked)]
    names = {g.speaker: g.name for g in golds}
    index = {id(a): i for i, a in enumerate(atts)}
    stats: Counter[str] = Counter()
    for version, clusters in versions.items():
        pairs: Counter[tuple[int, str]] = Counter()
        matched: list[tuple[int | None, Gold]] = []
        for g in golds:
            att = best_match(g, atts)
            if att is None:
                continue
            c = clusters[index[id(att)]]
            stats[f"{version}_found"] += 1
            pred = None if c is None or c == NARRATOR else {cast.clusters[c].name, *cast.clusters[c].forms}
            stats[f"{version}_name"] += speaker_matches(pred, c == NARRATOR, g, names)
            if c is not None:
                pairs[(c, g.speaker)] += 1
            matched.append((c, g))
        mapping = alignment(pairs)
        stats[f"{version}_aligned"] += sum(1 for c, g in matched if c is not None and mapping.get(c) == g.speaker)
    return stats


def run_check(which: str, ranker_path: Path | None, split: str = "dev", margin: float = 0.0,
              joint_beam: int | None = None, joint_stacked: bool = True) -> None:
    """The shipped (or given) ranker against the pipeline on LitBank's quotations (all files, half A and half B,
    the half the rules were not tuned on) or the fan-fiction scenes of ``split`` (dev to decide; test is held
    out): checks, never training data."""
    from ficlens.analyse.speakers.ranker import load_ranker

    groups: dict[str, Counter[str]] = {}
    if which == "litbank":
        import quotes_litbank as lb

        files = sorted(p for p in lb.DEFAULT_DATA.glob("*_brat.ann") if p.stat().st_size > 0)
        if not files:
            print(f"LitBank data not found at {lb.DEFAULT_DATA}; skipping", file=sys.stderr)
            return
        ranker = load_ranker(ranker_path)
        for i, ann in enumerate(files):
            lines = ann.with_suffix(".txt").read_text(encoding="utf-8").split("\n")
            text, offsets = lb.rebuild(lines[:-1] if lines and lines[-1] == "" else lines)
            stats = check_counts(text, lb.read_gold(ann, offsets), "full", ranker, margin, joint_beam,
                                 joint_stacked)
            for group in ("all", "half B" if i % 2 else "half A"):
                groups.setdefault(group, Counter()).update(stats)
    else:
        import speakers_fanfic as ff

        path = ff.DATA / f"speakers-fanfic-{split}.jsonl"
        if not path.is_file():
            print(f"{path} absent; skipping", file=sys.stderr)
            return
        ranker = load_ranker(ranker_path)
        for scene in ff.read_scenes(path):
            groups.setdefault(split, Counter()).update(check_counts(scene.text, scene.golds, "full", ranker, margin,
                                                                     joint_beam, joint_stacked))
    for group, stats in groups.items():
        print(f"{which} {group}: " + "; ".join(
            f"{v} by name {stats[f'{v}_name'] / max(stats[f'{v}_found'], 1):.3f}, aligned "
            f"{stats[f'{v}_aligned'] / max(stats[f'{v}_found'], 1):.3f} (of {stats[f'{v}_found']})"
            for v in ("pipeline", "ranker") + (("joint",) if joint_beam is not None else ())))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="PDNC quotation detection and speaker attribution, end to end")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--chars", type=int, default=DEFAULT_CHARS, help="the first N characters of each novel")
    ap.add_argument("--novels", default="", help="comma-separated folder names (default: all)")
    ap.add_argument("--held-out", action="store_true",
                    help="only the novels the shipped ranker was not trained on (HELD_OUT)")
    ap.add_argument("--errors", type=int, default=0, help="print the first N wrongly attributed quotations")
    ap.add_argument("--errors-kind", choices=(EXPLICIT, "rest"), default=EXPLICIT)
    ap.add_argument("--causes", type=int, default=-1, metavar="N",
                    help="count the wrong quotations by cause seen from the cast (error_cause), showing N of each")
    ap.add_argument("--training", action="store_true", help="only the novels the shipped ranker was trained on")
    ap.add_argument("--ranker", action="store_true", help="also the learned ranker, leave-novels-out")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--train-chars", type=int, default=TRAIN_CHARS,
                    help="--ranker trains each fold on the first N characters of the other folds' novels")
    ap.add_argument("--ranker-margin", type=float, default=0.0,
                    help="the ranker changes a speaker only when its best candidate scores this much above it")
    ap.add_argument("--ranker-model", type=Path, help="apply this fitted ranker (JSON) instead of cross-validating")
    ap.add_argument("--joint-beam", type=int, default=None, metavar="N",
                    help="with --ranker, --ranker-model or --check: each exchange also decoded jointly "
                    "(speakers/joint.py), beam N (0: Viterbi); the quotes it changes are listed with --errors")
    ap.add_argument("--joint-unstacked", action="store_true",
                    help="with --joint-beam: the joint decoder reads a stacked ranker's first stage alone")
    ap.add_argument("--addressee", action="store_true",
                    help="with --ranker: each fold's ranker reads an addressee scorer fitted on its training novels")
    ap.add_argument("--check", choices=("litbank", "fanfic"),
                    help="instead: the shipped ranker (or --ranker-model) on LitBank or the fan-fiction scenes")
    ap.add_argument("--split", choices=("dev", "test"), default="dev", help="the fan-fiction scenes --check reads")
    args = ap.parse_args(argv)
    if args.check:
        run_check(args.check, args.ranker_model, args.split, args.ranker_margin, args.joint_beam,
                  not args.joint_unstacked)
        return 0
    if not (args.data / "data").is_dir():
        print(f"PDNC data not found at {args.data}; skipping", file=sys.stderr)
        return 0
    t0 = time.perf_counter()
    chosen = ",".join(HELD_OUT) if args.held_out else args.novels
    if args.training:
        chosen = ",".join(p.name for p in novel_folders(args.data, "") if p.name not in HELD_OUT)
    read = read_all(args.data, chosen, args.chars, learned=not (args.ranker or args.ranker_model))
    print(f"{len(read)} novels, first {args.chars} characters each, {time.perf_counter() - t0:.0f} s")
    base = Counter[str]()
    per_novel: dict[str, Counter[str]] = {}
    for novel, reading in read:
        per_novel[novel.name] = score(novel, reading, [a.cluster for a in reading.atts])
        base.update(per_novel[novel.name])
    reranked, joint = ranked_figures(read, args) if args.ranker or args.ranker_model else (None, {})
    if args.errors:
        wrong = [w for novel, reading in read for w in wrong_quotes(novel, reading, args.errors_kind)]
        print(f"{len(wrong)} wrong {args.errors_kind} quotations; the first {args.errors}:")
        for w in wrong[:args.errors]:
            print("  " + w)
    if args.causes >= 0:
        for (group, cause), n in sorted(error_causes(read, args.causes).items()):
            print(f"cause {group} {cause}: {n}")
    for name, stats in per_novel.items():
        print("  " + line(name, stats))
        if reranked is not None:
            print("  " + line(f"{name} + ranker", reranked[name]))
    print(line("all (pipeline)", base))
    if reranked is not None:
        total = Counter[str]()
        for stats in reranked.values():
            total.update(stats)
        how = f"model {args.ranker_model}" if args.ranker_model else f"leave-novels-out, {args.folds} folds"
        print(line(f"all (ranker, {how})", total))
        if joint:
            total = Counter[str]()
            for stats in joint.values():
                total.update(stats)
            print(line(f"all (joint beam {args.joint_beam}, {how})", total))
    return 0


def ranked_figures(read: list[tuple[Novel, Reading]], args: argparse.Namespace) \
        -> tuple[dict[str, Counter[str]], dict[str, Counter[str]]]:
    """Each novel's counts with the ranker's speakers, one given model or a model fitted without its fold, and
    (``--joint-beam``) with the joint decoder's from the same model; with ``--errors``, the quotes of
    ``--errors-kind`` the joint decoder changes are listed."""
    from ficlens.analyse.speakers.joint import joint_rerank
    from ficlens.analyse.speakers.ranker import load_ranker, rerank

    sys.modules.setdefault("speakers_pdnc", sys.modules[__name__])  # the training script reads this module
    sys.path.insert(0, str(ROOT / "scripts"))
    import train_speakers as train
    source = read
    if args.train_chars > args.chars and not args.ranker_model:  # the training readings: longer prefixes
        source = read_all(args.data, ",".join(n.name for n, _ in read), args.train_chars, learned=False)
    examples = {novel.name: train.novel_examples(novel, reading) for novel, reading in source}
    out: dict[str, Counter[str]] = {}
    joint: dict[str, Counter[str]] = {}
    changed: list[str] = []
    folds = [[n.name for n, _ in read]] if args.ranker_model else folds_of([n.name for n, _ in read], args.folds)
    for fold in folds:
        if args.ranker_model:
            ranker = load_ranker(args.ranker_model)
        else:
            ranker = train.fit([ex for name, exs in examples.items() if name not in fold for ex in exs],
                               addressee=args.addressee or train.ADDRESSEE)
        for novel, reading in read:
            if novel.name in fold:
                found = [(a.cluster, a.score, a.rule) for a in reading.atts]
                picked = [c for c, _, _ in rerank(reading.at, found, ranker, margin=args.ranker_margin)]
                out[novel.name] = score(novel, reading, picked)
                if args.joint_beam is not None:
                    decoded = [c for c, _, _ in joint_rerank(reading.at, found, ranker, beam=args.joint_beam,
                                                             stacked=not args.joint_unstacked)]
                    joint[novel.name] = score(novel, reading, decoded)
                    changed += changed_quotes(novel, reading, picked, decoded, args.errors_kind)
    if args.errors and args.joint_beam is not None:
        print(f"{len(changed)} {args.errors_kind} quotations the joint decoder gives another speaker; the first "
              f"{args.errors}:")
        for c in changed[:args.errors]:
            print("  " + c)
    return out, joint


def changed_quotes(novel: Novel, reading: Reading, before: Sequence[int | None], after: Sequence[int | None],
                   kind: str) -> list[str]:
    """The found quotations of group ``kind`` whose speaker ``after`` differs from ``before``, each as one line:
    which of the two is right (+/-), the gold speaker, both speakers, and the quote with the narration after it."""
    from ficlens.analyse.speakers import NARRATOR

    out: list[str] = []
    names = {c.id: c.name for c in novel.characters}
    cast = reading.at.cast
    index = {id(a): i for i, a in enumerate(reading.atts)}

    def shown(c: int | None) -> str:
        return "-" if c is None else "I" if c == NARRATOR else "/".join(cluster_names(cast.clusters[c])[:2])

    for q in novel.quotes:
        att = aligned_quote(q, reading.atts)
        if att is None or (q.kind == EXPLICIT) != (kind == EXPLICIT):
            continue
        b, a = before[index[id(att)]], after[index[id(att)]]
        if a == b:
            continue
        marks = "".join("+" if is_right(speaker_of(c, cast, novel.characters), q, novel) else "-" for c in (b, a))
        context = " ".join(novel.text[max(att.quote.start - 80, 0):att.quote.end + 60].split())
        out.append(f"[{marks}] {novel.name}: gold {names[q.speaker]!r}, ranker {shown(b)!r}, joint {shown(a)!r}: "
                   f"{context}")
    return out


if __name__ == "__main__":
    raise SystemExit(main())
