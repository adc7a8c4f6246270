"""Speaker attribution on a small hand-written fan-fiction set (eval/data/speakers-fanfic-{dev,test}.jsonl).

LitBank (eval/quotes_litbank.py) is classic novels; this set is 24 short scenes written in the style of fan fiction
(Teen Wolf, Harry Potter, Marvel, Supernatural, Sherlock, original characters), with its dialogue conventions:
"X said" / "said X", pronoun tags, action beats instead of tags, long untagged two-person exchanges, three-person
scenes, vocatives, quotes split by their tag, curly, straight and British single quotes, first-person narrators,
em-dash interruptions, a phone call, and texting in asterisk-italics (not a quote). See docs/characters.md,
"Fan-fiction speaker set". Each line: {"id", "fandom", "text", "quotes": [{"start", "end", "speaker"}]}, a quote's
offsets including its quote marks; the speaker is named as the scene names them (its fullest form there), or "I" for
a first-person narrator.

Each scene goes through the same code path as `ficlens analyze` (build_document with the profile, cast_of,
speakers.attribute). A gold quote is detected when a predicted quote overlaps it with overlap / union >= 0.5.
Figures on the detected quotes, with quotes_litbank's rules (imported, not copied):
- by name: the predicted character's name or one of its forms shares name words with the gold speaker, and with
  no other gold speaker of the scene more (quotes_litbank.speaker_matches); a narrator prediction is right when the
  gold speaker is "I";
- aligned: each scene's predicted speakers mapped one-to-one onto its gold speakers so as to maximise agreement
  (quotes_litbank.alignment), the quotes that agree.
Also per rule (speakers.Attribution.rule, right / wrong by name) and per fandom.

Run: .venv/bin/python eval/speakers_fanfic.py [--split dev|test] [--profile full|fast] [--errors]
(--errors lists every missed quote and every wrong speaker by name, with its context). Exits 0 with a note when
the data file is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quotes_litbank import Gold, alignment, best_match, predicted_names, speaker_matches  # noqa: E402

if TYPE_CHECKING:
    from ficlens.analyse.speakers import Attribution

DATA = Path(__file__).resolve().parent / "data"
SPLITS = ("dev", "test")
OPENING = "\"“‘'"
CLOSING = "\"”’'"


@dataclass
class Scene:
    id: str
    fandom: str
    text: str
    golds: list[Gold]


@dataclass
class Result:
    """One scene's (or a sum of scenes') counts, per-rule counts and error lines."""

    stats: Counter[str] = field(default_factory=Counter)
    rules: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)

    def add(self, other: Result) -> None:
        self.stats.update(other.stats)
        self.rules.update(other.rules)
        self.errors.extend(other.errors)


def parse_scene(line: str) -> Scene:
    """A scene from one JSON line; every gold quote must start on an opening quote mark and end just after a
    closing one (a ValueError says which does not), so offsets that drifted are caught on reading."""
    row = json.loads(line)
    text = row["text"]
    golds: list[Gold] = []
    for q in row["quotes"]:
        start, end, speaker = int(q["start"]), int(q["end"]), str(q["speaker"])
        if not (0 <= start < end <= len(text)) or text[start] not in OPENING or text[end - 1] not in CLOSING:
            raise ValueError(f"{row['id']}: quote {start}-{end} ({text[start:end][:40]!r}) is not a quotation")
        golds.append(Gold(start, end, speaker, speaker))  # the speaker's name is its entity id
    return Scene(row["id"], row.get("fandom", ""), text, sorted(golds, key=lambda g: g.start))


def read_scenes(path: Path) -> list[Scene]:
    return [parse_scene(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _context(scene: Scene, gold: Gold) -> str:
    t = scene.text
    return (t[max(0, gold.start - 60):gold.start] + "[[" + t[gold.start:gold.end][:60] + "]]"
            + t[gold.end:gold.end + 60]).replace("\n", " | ")


def evaluate_scene(scene: Scene, profile: str) -> Result:
    """Detection and speaker figures of one scene, through the `ficlens analyze` code path."""
    from ficlens.analyse.cast import cast_of
    from ficlens.analyse.speakers import attribute
    from ficlens.nlp import build_document
    from ficlens.work import Work

    doc = build_document(Work(text=scene.text, source=scene.id, format="text"), profile)  # type: ignore[arg-type]
    cast = cast_of(doc)
    atts = attribute(scene.text, doc.paragraphs, cast)
    gold_names = {g.speaker: g.name for g in scene.golds}
    res = Result()
    res.stats["predicted"] += len(atts)
    pairs: Counter[tuple[int, str]] = Counter()
    detected: list[tuple[Gold, Attribution]] = []
    for g in scene.golds:
        res.stats["gold"] += 1
        att = best_match(g, atts)
        if att is None:
            res.errors.append(f"{scene.id}\tmissed\t{g.name}\t-\t-\t{_context(scene, g)}")
            continue
        res.stats["detected"] += 1
        detected.append((g, att))
        if att.cluster is not None:
            pairs[(att.cluster, g.speaker)] += 1
    mapping = alignment(pairs)
    for g, att in detected:
        names, narrator = predicted_names(cast, att)
        ok = speaker_matches(names, narrator, g, gold_names)
        res.stats["correct"] += ok
        res.stats["aligned"] += att.cluster is not None and mapping.get(att.cluster) == g.speaker
        res.rules[f"{att.rule}:{'ok' if ok else 'wrong'}"] += 1
        if not ok:
            pred = "I" if narrator else (cast.clusters[att.cluster].name if att.cluster is not None else "-")
            res.errors.append(f"{scene.id}\twrong\t{g.name}\t{pred}\t{att.rule}\t{_context(scene, g)}")
    return res


def report(name: str, stats: Counter[str]) -> str:
    gold, det, pred = stats["gold"], stats["detected"], stats["predicted"]
    right, aligned = stats["correct"], stats["aligned"]
    return (f"{name}: gold {gold}, detected {det} (recall {det / max(gold, 1):.3f}, "
            f"precision~ {det / max(pred, 1):.3f}); speaker accuracy on detected: "
            f"by name {right / max(det, 1):.3f} ({right}/{det}), aligned {aligned / max(det, 1):.3f} ({aligned}/{det})")


def evaluate(scenes: list[Scene], profile: str) -> tuple[Result, dict[str, Counter[str]]]:
    """All scenes summed, and the counts per fandom."""
    total = Result()
    by_fandom: dict[str, Counter[str]] = {}
    for scene in scenes:
        res = evaluate_scene(scene, profile)
        total.add(res)
        by_fandom.setdefault(scene.fandom, Counter()).update(res.stats)
    return total, by_fandom


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Speaker attribution on the fan-fiction speaker set")
    ap.add_argument("--split", choices=SPLITS, default="dev")
    ap.add_argument("--profile", choices=("full", "fast"), default="full")
    ap.add_argument("--errors", action="store_true", help="list missed quotes and wrong speakers")
    ap.add_argument("--data", type=Path, default=DATA, help="folder of speakers-fanfic-{split}.jsonl")
    args = ap.parse_args(argv)
    path = args.data / f"speakers-fanfic-{args.split}.jsonl"
    if not path.is_file():
        print(f"{path} absent; skipping", file=sys.stderr)
        return 0
    scenes = read_scenes(path)
    total, by_fandom = evaluate(scenes, args.profile)
    print(f"{len(scenes)} scenes, profile {args.profile}")
    print(report(args.split, total.stats))
    for fandom, stats in sorted(by_fandom.items()):
        print("  " + report(fandom, stats))
    print("by rule (by name):", ", ".join(f"{k} {v}" for k, v in sorted(total.rules.items())))
    if args.errors:
        print("scene\tkind\tgold\tpredicted\trule\tcontext")
        print("\n".join(total.errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
