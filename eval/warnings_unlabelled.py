"""Accuracy of the shipped passage decision on the 25 content-warning labels without training data.

The 25 labels of docs/taxonomy.md that have no labelled passages in shared/data/passages (everything but
``labels.TRAINED_LABELS``) rest on lexicon cues with context rules. eval/data/unlabelled-{dev,test}.jsonl hold
hand-written fan-fiction passages for them, about 5 positives and 5 hard negatives per label per split (how they
were made: docs/warnings-unlabelled.md). Each passage is decided for its own label by ``PassageClassifier`` -- the
decision ``ficlens classify-passages`` and ``analyze`` make -- and the script prints, per label, the balanced
accuracy (mean of the true-positive and true-negative rates), then the mean over labels (with a bootstrap 95%
interval) and the pooled figures over all passages.

    .venv/bin/python eval/warnings_unlabelled.py [--split dev|test|test2|test3] [--file F.jsonl] [--errors] [--engine E]

The default split is ``test``; ``--errors`` lists the misclassified passages. Exits 0 with a note when the data
file is absent.
"""

from __future__ import annotations

import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from passage_sets import passage_set_main  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "eval" / "data"
BOOTSTRAP = 1000
SPLITS = ("dev", "test", "test2", "test3")  # eval/data/unlabelled-{split}.jsonl


@dataclass(frozen=True, slots=True)
class Item:
    id: str
    warning: str
    text: str
    positive: bool
    note: str


@dataclass(frozen=True, slots=True)
class Outcome:
    item: Item
    predicted: bool
    score: float

    @property
    def correct(self) -> bool:
        return self.predicted == self.item.positive


def unlabelled_labels() -> tuple[str, ...]:
    """The labels without training data, in docs/taxonomy.md's order."""
    from ficlens.analyse.warnings.labels import LABELS, TRAINED_LABELS

    return tuple(label for label in LABELS if label not in TRAINED_LABELS)


def read_items(path: Path) -> list[Item]:
    """The passages of ``path`` (JSON Lines of {"id", "warning", "text", "positive", "note"}); a line whose label
    is not one of the 25 is an error, since this set measures only those."""
    known = set(unlabelled_labels())
    items = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        if row["warning"] not in known:
            raise ValueError(f"{path}:{n}: {row['warning']!r} is not one of the labels without training data")
        items.append(Item(str(row["id"]), row["warning"], row["text"], bool(row["positive"]), row.get("note", "")))
    return items


def decide(items: list[Item], engine: str) -> list[Outcome]:
    from ficlens.analyse.warnings.classifier import PassageClassifier

    decisions = PassageClassifier(engine).classify_many([(item.text, item.warning) for item in items])
    return [Outcome(item, d.positive, d.score) for item, d in zip(items, decisions, strict=True)]


def rates(outcomes: list[Outcome]) -> tuple[float | None, float | None]:
    """(true-positive rate, true-negative rate) of ``outcomes``; None for a class with no passage."""
    pos = [o.correct for o in outcomes if o.item.positive]
    neg = [o.correct for o in outcomes if not o.item.positive]
    return (sum(pos) / len(pos) if pos else None, sum(neg) / len(neg) if neg else None)


def balanced(outcomes: list[Outcome]) -> float:
    """Mean of the true-positive and true-negative rates (of the one present, if only one class is)."""
    present = [r for r in rates(outcomes) if r is not None]
    return sum(present) / len(present)


def by_label(outcomes: list[Outcome]) -> dict[str, list[Outcome]]:
    groups: dict[str, list[Outcome]] = {}
    for o in outcomes:
        groups.setdefault(o.item.warning, []).append(o)
    order = {label: i for i, label in enumerate(unlabelled_labels())}
    return dict(sorted(groups.items(), key=lambda kv: order[kv[0]]))


def label_mean(groups: dict[str, list[Outcome]]) -> float:
    return sum(balanced(g) for g in groups.values()) / len(groups)


def bootstrap_interval(groups: dict[str, list[Outcome]], reps: int = BOOTSTRAP, seed: int = 0) -> tuple[float, float]:
    """A 95% percentile interval for the mean over labels, resampling passages within each (label, class)."""
    rng = random.Random(seed)
    strata = {label: ([o for o in g if o.item.positive], [o for o in g if not o.item.positive])
              for label, g in groups.items()}
    means = []
    for _ in range(reps):
        sample = {label: [rng.choice(cls) for cls in (pos, neg) if cls for _ in cls] for label, (pos, neg) in
                  strata.items()}
        means.append(label_mean(sample))
    means.sort()
    return means[int(0.025 * reps)], means[min(reps - 1, int(0.975 * reps))]


def fmt(rate: float | None) -> str:
    return "  -  " if rate is None else f"{rate:.2f}"


def report(outcomes: list[Outcome], errors: bool) -> None:
    groups = by_label(outcomes)
    print(f"{'label':<22} {'n+':>3} {'n-':>3} {'TPR':>5} {'TNR':>5} {'bal.acc':>7}")
    for label, g in groups.items():
        tpr, tnr = rates(g)
        n_pos = sum(o.item.positive for o in g)
        print(f"{label:<22} {n_pos:>3} {len(g) - n_pos:>3} {fmt(tpr):>5} {fmt(tnr):>5} {balanced(g):>7.3f}")
    low, high = bootstrap_interval(groups)
    tpr, tnr = rates(outcomes)
    accuracy = sum(o.correct for o in outcomes) / len(outcomes)
    print(f"mean balanced accuracy over {len(groups)} labels: {label_mean(groups):.3f} (95% bootstrap {low:.3f}-"
          f"{high:.3f})")
    print(f"pooled over {len(outcomes)} passages: balanced accuracy {balanced(outcomes):.3f} (TPR {fmt(tpr)}, "
          f"TNR {fmt(tnr)}), accuracy {accuracy:.3f}")
    if errors:
        wrong = [o for o in outcomes if not o.correct]
        print(f"\n{len(wrong)} misclassified:")
        for o in wrong:
            kind = "missed (false negative)" if o.item.positive else "false alarm (false positive)"
            print(f"- {o.item.id} [{o.item.warning}] {kind}, score {o.score:.3f}: {o.item.note}\n    {o.item.text}")


def main(argv: list[str] | None = None) -> int:
    return passage_set_main(argv, description=__doc__, data=DATA, prefix="unlabelled", splits=SPLITS, default="test",
                            split_help="which file of eval/data (test2: tuned on in round 3; test3: held out)",
                            errors_help="list the misclassified passages",
                            read_items=read_items, decide=decide, report=report)


if __name__ == "__main__":
    sys.exit(main())
