"""Agreement between the two annotators of the real-works set (data/works).

The second reading covers a fixed sample: the work ids sorted by the sha256 of the id (hex digest), the first
``PER_SPLIT`` of split dev and the first ``PER_SPLIT`` of split test, drawn from the works named in
``second/pool.txt`` (the set as it was when the sample was drawn). ``--list`` prints that sample; the default run
compares ``labels/<id>.json`` (first annotator) with ``second/<id>.json`` (second annotator) and prints Markdown:

- content-warning presence per label over the sample (33 labels): percent agreement and Cohen's kappa, and the
  pooled figures over every work x label cell;
- severity agreement where both annotators raise a label (exact, and within one step);
- rating: exact agreement and Cohen's kappa; archive warnings: exact set agreement and per-warning presence;
- fandoms: exact set agreement; relationships and characters: overlap, matching names loosely (one name's words
  contained in the other's, so "Lily Potter" matches "Lily Evans Potter") and relationships by kind ("/" or "&")
  and members.

    python scripts/works_agreement.py                        # the report (labels/ against second/)
    python scripts/works_agreement.py --first OLD/labels     # against an earlier copy of labels/
    python scripts/works_agreement.py --list                 # the sample
    python scripts/works_agreement.py --ids @data/works/second/added.txt   # other works instead of the sample

``--ids`` compares the named works (ids, or ``@FILE`` for a file of ids separated by whitespace) instead of the
sample: the works the second annotator read beyond the sample are listed in ``second/added.txt``.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
WORKS = ROOT / "data" / "works"
PER_SPLIT = 12
LABELS = (
    "pornographic-content",
    "violence",
    "death",
    "sexual-assault",
    "abuse",
    "blood",
    "suicide",
    "pregnancy",
    "child-abuse",
    "incest",
    "underage",
    "homophobia",
    "self-harm",
    "dying",
    "kidnapping",
    "mental-illness",
    "dissection",
    "eating-disorders",
    "abduction",
    "body-hatred",
    "childbirth",
    "racism",
    "sexism",
    "miscarriages",
    "transphobia",
    "abortion",
    "fat-phobia",
    "animal-death",
    "ableism",
    "classism",
    "misogyny",
    "animal-cruelty",
    "war",
)
POOL = "pool.txt"
ARCHIVE = ("Graphic Depictions Of Violence", "Major Character Death", "Rape/Non-Con", "Underage Sex")
SEVERITY = {"mentioned": 0, "depicted": 1, "graphic": 2}
STOP = {"the", "of", "a", "an", "and"}
Label = dict[str, Any]


def second_sample(rows: Iterable[dict[str, Any]], per_split: int = PER_SPLIT) -> list[str]:
    """The ids of the second reading: per split (dev, then test), the first ``per_split`` by sha256 of the id."""
    ordered = sorted(rows, key=lambda row: hashlib.sha256(str(row["id"]).encode()).hexdigest())
    return [
        str(row["id"]) for split in ("dev", "test") for row in [r for r in ordered if r["split"] == split][:per_split]
    ]


def read_rows(works: Path) -> list[dict[str, Any]]:
    lines = (works / "sources.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def sample_rows(works: Path) -> list[dict[str, Any]]:
    """The rows the sample is drawn from: those named in ``second/pool.txt`` (the works in the set when the second
    reading was drawn), or every row where there is no pool file. Works added later never shift the sample."""
    rows = read_rows(works)
    pool_file = works / "second" / POOL
    if not pool_file.is_file():
        return rows
    pool = set(pool_file.read_text(encoding="utf-8").split())
    return [row for row in rows if row["id"] in pool]


def read_label(path: Path) -> Label:
    try:
        data: Label = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise SystemExit(f"{path}: cannot read a label file ({error})") from error
    return data


def cohen_kappa(first: Sequence[object], second: Sequence[object]) -> float | None:
    """Cohen's kappa of two raters over the same items; None where chance agreement is 1 (both constant, same)."""
    if len(first) != len(second) or not first:
        raise ValueError("kappa needs two equally long, non-empty sequences")
    n = len(first)
    observed = sum(a == b for a, b in zip(first, second, strict=True)) / n
    count_a, count_b = Counter(first), Counter(second)
    expected = sum(count_a[k] * count_b[k] for k in count_a) / (n * n)
    if expected == 1:
        return None
    return (observed - expected) / (1 - expected)


def name_key(name: str) -> frozenset[str]:
    """A name's words, lowercased, without parenthesised fandom tags or filler words."""
    bare = re.sub(r"\([^)]*\)", " ", name.lower())
    return frozenset(word for word in re.findall(r"[^\W\d_]+", bare) if word not in STOP)


def same_person(first: str, second: str) -> bool:
    a, b = name_key(first), name_key(second)
    return bool(a and b) and (a <= b or b <= a)


def split_relationship(tag: str) -> tuple[str, list[str]]:
    kind = "/" if "/" in tag else "&"
    return kind, [member.strip() for member in tag.split(kind) if member.strip()]


def same_relationship(first: str, second: str, *, kind_matters: bool = True) -> bool:
    kind_a, members_a = split_relationship(first)
    kind_b, members_b = split_relationship(second)
    if (kind_matters and kind_a != kind_b) or len(members_a) != len(members_b):
        return False
    return any(
        all(same_person(a, b) for a, b in zip(members_a, order, strict=True))
        for order in itertools.permutations(members_b)
    )


@dataclass(frozen=True)
class Overlap:
    matched: int
    first: int
    second: int

    @property
    def jaccard(self) -> float:
        union = self.first + self.second - self.matched
        return self.matched / union if union else 1.0


def overlap(first: Sequence[str], second: Sequence[str], same: Callable[[str, str], bool] = same_person) -> Overlap:
    """Greedy one-to-one matching of two lists under ``same``."""
    left = list(second)
    matched = 0
    for item in first:
        hit = next((i for i, other in enumerate(left) if same(item, other)), None)
        if hit is not None:
            matched += 1
            del left[hit]
    return Overlap(matched, len(first), len(second))


def pct(part: float, whole: float) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "n/a"


def fmt_kappa(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def presence(labels: Sequence[Label], name: str) -> list[bool]:
    return [name in label["warnings"] for label in labels]


def warning_lines(first: Sequence[Label], second: Sequence[Label]) -> list[str]:
    n = len(first)
    lines = ["| label | first | second | both | agreement | kappa |", "|---|---|---|---|---|---|"]
    cells_a: list[bool] = []
    cells_b: list[bool] = []
    for name in LABELS:
        a, b = presence(first, name), presence(second, name)
        cells_a += a
        cells_b += b
        if not any(a) and not any(b):
            continue
        same = sum(x == y for x, y in zip(a, b, strict=True))
        both = sum(x and y for x, y in zip(a, b, strict=True))
        lines.append(
            f"| {name} | {sum(a)} | {sum(b)} | {both} | {same}/{n} ({pct(same, n)}) | {fmt_kappa(cohen_kappa(a, b))} |"
        )
    silent = sum(not any(presence(first, x)) and not any(presence(second, x)) for x in LABELS)
    same_cells = sum(x == y for x, y in zip(cells_a, cells_b, strict=True))
    lines.append(
        f"\nPooled over {n} works x {len(LABELS)} labels = {len(cells_a)} cells: agreement {same_cells}/{len(cells_a)} "
        f"({pct(same_cells, len(cells_a))}), Cohen's kappa {fmt_kappa(cohen_kappa(cells_a, cells_b))}; "
        f"{silent} labels raised by neither annotator on these works (agreement 100%, kappa undefined)."
    )
    return lines


def severity_lines(ids: Sequence[str], first: Sequence[Label], second: Sequence[Label]) -> list[str]:
    pairs = [
        (work, name, a["warnings"][name]["severity"], b["warnings"][name]["severity"])
        for work, a, b in zip(ids, first, second, strict=True)
        for name in LABELS
        if name in a["warnings"] and name in b["warnings"]
    ]
    exact = sum(x == y for _, _, x, y in pairs)
    near = sum(abs(SEVERITY[x] - SEVERITY[y]) <= 1 for _, _, x, y in pairs)
    lines = [
        f"Both raised the label {len(pairs)} times: same severity {exact}/{len(pairs)} ({pct(exact, len(pairs))}), "
        f"within one step {near}/{len(pairs)} ({pct(near, len(pairs))})."
    ]
    lines += [f"- {work} {name}: first {x}, second {y}" for work, name, x, y in pairs if x != y]
    return lines


def work_lines(first: Sequence[Label], second: Sequence[Label]) -> list[str]:
    n = len(first)
    ratings_a = [label["rating"] for label in first]
    ratings_b = [label["rating"] for label in second]
    rating_same = sum(x == y for x, y in zip(ratings_a, ratings_b, strict=True))
    archive_same = sum(
        set(a["archive_warnings"]) == set(b["archive_warnings"]) for a, b in zip(first, second, strict=True)
    )
    fandom_same = sum(
        {f.lower() for f in a["fandoms"]} == {f.lower() for f in b["fandoms"]}
        for a, b in zip(first, second, strict=True)
    )
    fandom_main = sum(
        bool(a["fandoms"]) and bool(b["fandoms"]) and a["fandoms"][0].lower() == b["fandoms"][0].lower()
        for a, b in zip(first, second, strict=True)
    )
    lines = [
        f"- Rating: exact agreement {rating_same}/{n} ({pct(rating_same, n)}), Cohen's kappa "
        f"{fmt_kappa(cohen_kappa(ratings_a, ratings_b))}.",
        f"- Archive warnings: same set {archive_same}/{n} ({pct(archive_same, n)}).",
    ]
    for name in ARCHIVE:
        a = [name in label["archive_warnings"] for label in first]
        b = [name in label["archive_warnings"] for label in second]
        if any(a) or any(b):
            same = sum(x == y for x, y in zip(a, b, strict=True))
            kappa = fmt_kappa(cohen_kappa(a, b))
            lines.append(f"  - {name}: first {sum(a)}, second {sum(b)}, agreement {same}/{n}, kappa {kappa}")
    lines.append(f"- Fandoms: same set {fandom_same}/{n} ({pct(fandom_same, n)}); same first fandom {fandom_main}/{n}.")
    return lines


def name_lines(first: Sequence[Label], second: Sequence[Label]) -> list[str]:
    n = len(first)
    lines = []
    for field, matches in (("relationships", same_relationship), ("characters", same_person)):
        overlaps = [overlap(a[field], b[field], matches) for a, b in zip(first, second, strict=True)]
        matched = sum(o.matched for o in overlaps)
        union = sum(o.first + o.second - o.matched for o in overlaps)
        mean = sum(o.jaccard for o in overlaps) / n
        lead = sum(
            bool(a[field]) and bool(b[field]) and matches(a[field][0], b[field][0])
            for a, b in zip(first, second, strict=True)
        )
        lines.append(
            f"- {field.capitalize()}: {matched} matched of {union} distinct (pooled Jaccard {pct(matched, union)}), "
            f"mean per-work Jaccard {mean:.2f}; first-listed {field[:-1]} the same in {lead}/{n}."
        )
    loose = [
        overlap(a["relationships"], b["relationships"], lambda x, y: same_relationship(x, y, kind_matters=False))
        for a, b in zip(first, second, strict=True)
    ]
    lines.append(f"  - relationships ignoring '/' vs '&': {sum(o.matched for o in loose)} matched.")
    romantic = [
        overlap(
            [r for r in a["relationships"] if "/" in r], [r for r in b["relationships"] if "/" in r], same_relationship
        )
        for a, b in zip(first, second, strict=True)
    ]
    union = sum(o.first + o.second - o.matched for o in romantic)
    lines.append(
        f"  - romantic or sexual ('/') only: {sum(o.matched for o in romantic)} matched of {union} distinct "
        f"(pooled Jaccard {pct(sum(o.matched for o in romantic), union)})."
    )
    return lines


def report(first_dir: Path, second_dir: Path, ids: Sequence[str]) -> str:
    first = [read_label(first_dir / f"{work}.json") for work in ids]
    second = [read_label(second_dir / f"{work}.json") for work in ids]
    parts = [
        f"Works compared: {len(ids)}.\n",
        "### Content-warning presence\n",
        *warning_lines(first, second),
        "\n### Severity where both raise a label\n",
        *severity_lines(ids, first, second),
        "\n### Rating, archive warnings, fandoms, relationships, characters\n",
        *work_lines(first, second),
        *name_lines(first, second),
    ]
    return "\n".join(parts) + "\n"


def resolve_ids(values: Sequence[str]) -> list[str]:
    """Work ids from ``--ids``: each value is an id, or ``@FILE`` naming a file of ids separated by whitespace."""
    ids: list[str] = []
    for value in values:
        if not value.startswith("@"):
            ids.append(value)
            continue
        path = Path(value[1:])
        try:
            ids += path.read_text(encoding="utf-8").split()
        except OSError as error:
            raise SystemExit(f"{path}: cannot read a list of work ids ({error.strerror})") from error
    return list(dict.fromkeys(ids))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--works", type=Path, default=WORKS, help="the works folder (sources.jsonl, labels/, second/)")
    parser.add_argument("--first", type=Path, help="the first annotator's label folder (default: WORKS/labels)")
    parser.add_argument("--list", action="store_true", help="print the sample's ids and stop")
    parser.add_argument(
        "--ids", nargs="+", metavar="ID", help="compare these works instead of the sample (ids, or @FILE of ids)"
    )
    args = parser.parse_args(argv)
    ids = resolve_ids(args.ids) if args.ids else second_sample(sample_rows(args.works))
    if not ids:
        print("--ids: no work ids given", file=sys.stderr)
        return 1
    if args.list:
        print("\n".join(ids))
        return 0
    first_dir, second_dir = args.first or args.works / "labels", args.works / "second"
    for folder in (first_dir, second_dir):
        missing = [work for work in ids if not (folder / f"{work}.json").is_file()]
        if missing:
            print(f"{folder}: no label file for {', '.join(missing)}", file=sys.stderr)
            return 1
    sys.stdout.write(report(first_dir, second_dir, ids))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
