"""Accuracy of the severity (mentioned / depicted / graphic) the passage decision gives a content warning.

eval/data/severity-{dev,test}.jsonl hold 60 short hand-written passages each (fan-fiction and literary style, 1-3
sentences), every one a true case of its label with a gold severity as docs/taxonomy.md defines it: ``mentioned``
(past, off the page, reported, a memory), ``depicted`` (happens on the page), ``graphic`` (on the page in explicit
or gory detail). The two splits were written and split before any system output was seen; test uses other
constructions than dev (not paraphrases). Rules are tuned on dev only.

Each passage is decided for its own label by ``PassageClassifier`` -- the decision ``ficlens classify-passages``
and ``analyze`` make -- and the script prints how often the label is found at all (the passage is positive), then,
on the found passages, the severity accuracy and a confusion table (rows gold, columns predicted).

    .venv/bin/python eval/warnings_severity.py [--split dev|test] [--file F.jsonl] [--errors] [--engine E]

The default split is ``dev``; ``--errors`` lists the found passages whose severity is wrong, and the missed ones.
Exits 0 with a note when the data file is absent.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from passage_sets import passage_set_main  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "eval" / "data"
SPLITS = ("dev", "test")  # eval/data/severity-{split}.jsonl
SEVERITIES = ("mentioned", "depicted", "graphic")


@dataclass(frozen=True, slots=True)
class Item:
    id: str
    warning: str
    text: str
    severity: str
    note: str


@dataclass(frozen=True, slots=True)
class Outcome:
    item: Item
    found: bool
    severity: str
    score: float
    cued: bool  # a cue of the label survived its context (the decision's severity then reads it), found or not

    @property
    def correct(self) -> bool:
        return self.found and self.severity == self.item.severity


def read_items(path: Path) -> list[Item]:
    """The passages of ``path`` (JSON Lines of {"id", "warning", "text", "severity", "note"}); an unknown label or
    severity is an error."""
    from ficlens.analyse.warnings.labels import LABELS

    items = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        if row["warning"] not in LABELS or row["severity"] not in SEVERITIES:
            raise ValueError(f"{path}:{n}: unknown label {row['warning']!r} or severity {row['severity']!r}")
        items.append(Item(str(row["id"]), row["warning"], row["text"], row["severity"], row.get("note", "")))
    return items


def decide(items: list[Item], engine: str) -> list[Outcome]:
    from ficlens.analyse.warnings.classifier import PassageClassifier

    decisions = PassageClassifier(engine).classify_many([(item.text, item.warning) for item in items])
    return [Outcome(item, d.positive, d.severity, d.score, bool(d.evidence.hits))
            for item, d in zip(items, decisions, strict=True)]


def confusion(outcomes: list[Outcome]) -> dict[tuple[str, str], int]:
    """(gold, predicted) -> count over ``outcomes``."""
    table = {(g, p): 0 for g in SEVERITIES for p in SEVERITIES}
    for o in outcomes:
        table[o.item.severity, o.severity] += 1
    return table


def print_confusion(outcomes: list[Outcome]) -> None:
    """The confusion table of ``outcomes``, rows gold, columns predicted, with each gold severity's recall."""
    table = confusion(outcomes)
    print(f"{'gold / predicted':<18}" + "".join(f"{p:>11}" for p in SEVERITIES) + f"{'recall':>9}")
    for gold in SEVERITIES:
        row = [table[gold, p] for p in SEVERITIES]
        recall = f"{table[gold, gold] / sum(row):.2f}" if sum(row) else "-"
        print(f"{gold:<18}" + "".join(f"{n:>11}" for n in row) + f"{recall:>9}")


def print_accuracy(what: str, outcomes: list[Outcome]) -> None:
    right = sum(o.severity == o.item.severity for o in outcomes)
    print(f"severity accuracy on {what}: {right}/{len(outcomes)} ({right / len(outcomes):.3f})")


def report(outcomes: list[Outcome], errors: bool) -> None:
    found = [o for o in outcomes if o.found]
    print(f"label found: {len(found)}/{len(outcomes)} ({len(found) / len(outcomes):.3f})")
    if found:
        print_accuracy("found passages", found)
        print_confusion(found)
    cued = [o for o in outcomes if o.cued]
    if cued:  # a wider base: the severity a passage would carry, had the model found it
        print_accuracy("passages with a surviving cue (found or not)", cued)
    if errors:
        wrong = [o for o in found if not o.correct]
        print(f"\n{len(wrong)} found with the wrong severity:")
        for o in wrong:
            print(f"- {o.item.id} gold {o.item.severity}, got {o.severity}: {o.item.note}\n    {o.item.text}")
        missed = [o for o in outcomes if not o.found]
        print(f"\n{len(missed)} not found:")
        for o in missed:
            cue = f"cue read as {o.severity}" if o.cued else "no cue"
            print(f"- {o.item.id} score {o.score:.3f}, {cue} (gold {o.item.severity})\n    {o.item.text}")


def main(argv: list[str] | None = None) -> int:
    return passage_set_main(argv, description=__doc__, data=DATA, prefix="severity", splits=SPLITS, default="dev",
                            split_help="which file of eval/data (default dev)",
                            errors_help="list the wrong and the missed passages",
                            read_items=read_items, decide=decide, report=report)


if __name__ == "__main__":
    sys.exit(main())
