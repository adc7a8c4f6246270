"""How much of the warned content the web reader folds, on the real fan-fiction works set (data/works).

For each work of a split, ficlens analyses the text and the reader renders it (``ficlens.web.reader.chapter_views``,
the very HTML ``ficlens serve`` sends); the folds are read back from that HTML (``data-start``/``data-end``). A gold
evidence passage (data/works/labels/<id>.json) of a warning ficlens raised is *folded* when it lies wholly inside
folds of that warning's label, *touched* when a fold of that label overlaps it. Printed: both shares, the share of
all the text that lies in folds (the cost: what a reader must open), and the same, for comparison, for the spans
the decisions rest on alone (without the nearby passages, ``counted: false``) and for the reader as it was before
flagged spans (each warning's 1-3 ``evidence`` only).

Texts and rows as eval/works_realfic.py reads them (--texts DIR, default /work/realfic-cache; sha256 checked).

``--misses`` prints, for each gold passage of a raised label left unfolded, why (:func:`miss_reason`): cut by the
edge of a fold of its label, inside a fold of other labels only, or how far it lies from the nearest fold of its label.

Run: .venv/bin/python eval/folds_realfic.py [--split dev|test] [--fast] [--texts DIR] [--per-work] [--misses]
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from works_realfic import DEFAULT_CACHE, WORKS, evidence_offsets, load_rows, text_for  # noqa: E402

if TYPE_CHECKING:
    from ficlens.report import Report

_FOLD = re.compile(r'<details class="fold[^"]*" id="[^"]*" data-warning="[^"]*" data-severity="[^"]*" '
                   r'data-warnings="([^"]*)" data-start="(\d+)" data-end="(\d+)"')


@dataclass
class FoldCount:
    """Gold evidence passages of raised labels: how many, how many wholly folded, how many touched by a fold."""

    total: int = 0
    folded: int = 0
    touched: int = 0
    chars: int = 0  # characters of the texts
    chars_folded: int = 0  # of them in some fold

    def add(self, other: FoldCount) -> None:
        self.total += other.total
        self.folded += other.folded
        self.touched += other.touched
        self.chars += other.chars
        self.chars_folded += other.chars_folded


def reader_folds(text: str, report: Report) -> dict[str, list[tuple[int, int]]]:
    """label -> the (start, end) of every fold naming it, as the reader's HTML shows them."""
    from ficlens.web.reader import chapter_views

    out: dict[str, list[tuple[int, int]]] = {}
    for view in chapter_views(text, report):
        for labels, start, end in _FOLD.findall(str(view.html)):
            for label in html.unescape(labels).split():
                out.setdefault(label, []).append((int(start), int(end)))
    return out


def inside(span: tuple[int, int], folds: list[tuple[int, int]]) -> bool:
    """Whether every character of ``span`` lies in some fold (folds of one label are disjoint and sorted)."""
    pos = span[0]
    for start, end in sorted(folds):
        if start <= pos < end:
            pos = end
        if pos >= span[1]:
            return True
    return pos >= span[1]


def count_work(text: str, gold: Mapping[str, Any], raised: set[str],
               folds: dict[str, list[tuple[int, int]]]) -> FoldCount:
    """The gold evidence passages of the labels both gold and ficlens have, against the reader's folds."""
    spans = sorted(span for label_folds in folds.values() for span in label_folds)
    count = FoldCount(chars=len(text), chars_folded=_covered(spans))
    gold_warnings: Mapping[str, Mapping[str, Any]] = gold.get("warnings", {})
    for label in sorted(set(gold_warnings) & raised):
        mine = folds.get(label, [])
        for span in evidence_offsets(text, gold_warnings[label].get("evidence", [])):
            count.total += 1
            count.folded += inside(span, mine)
            count.touched += any(s < span[1] and span[0] < e for s, e in mine)
    return count


def unfolded(text: str, gold: Mapping[str, Any], raised: set[str],
             folds: dict[str, list[tuple[int, int]]]) -> Iterator[tuple[str, tuple[int, int], str]]:
    """(label, span, :func:`miss_reason`) of each gold evidence passage of a raised label not wholly in its folds."""
    gold_warnings: Mapping[str, Mapping[str, Any]] = gold.get("warnings", {})
    for label in sorted(set(gold_warnings) & raised):
        for span in evidence_offsets(text, gold_warnings[label].get("evidence", [])):
            if not inside(span, folds.get(label, [])):
                yield label, span, miss_reason(span, label, folds)


def miss_reason(span: tuple[int, int], label: str, folds: dict[str, list[tuple[int, int]]]) -> str:
    """Why ``span`` is not wholly in a fold of ``label``: a fold of it cuts the passage, folds of other labels
    alone hold it, or how many characters lie between it and the nearest fold of its label."""
    mine = folds.get(label, [])
    if any(s < span[1] and span[0] < e for s, e in mine):
        return "cut by a fold's edge"
    others = sorted(other for other, spans in folds.items() if other != label and inside(span, spans))
    if others:
        return f"in a fold of {', '.join(others)} only"
    gaps = [max(s - span[1], span[0] - e) for s, e in mine]
    return f"{min(gaps)} characters from a fold of its label" if gaps else "no fold of its label"


def _covered(spans: list[tuple[int, int]]) -> int:
    """Characters in the union of sorted ``spans``."""
    covered, reach = 0, 0
    for start, end in spans:
        covered += max(0, end - max(start, reach))
        reach = max(reach, end)
    return covered


def counted_only(report: Report) -> Report:
    """The report with each warning's spans cut to those its decision rests on (no nearby passages)."""
    counted = report.model_copy(deep=True)
    for warning in counted.warnings:
        warning.spans = [s for s in warning.spans if s.counted]
        warning.spans_total = len(warning.spans)
    return counted


def evidence_only(report: Report) -> Report:
    """The report as stored before flagged spans existed: each warning's evidence alone."""
    old = report.model_copy(deep=True)
    for warning in old.warnings:
        warning.spans, warning.spans_total = [], None
    return old


def _share(count: FoldCount) -> str:
    if not count.total:
        return "n/a (no gold evidence of a raised label)"
    return (f"folded {count.folded}/{count.total} ({count.folded / count.total:.3f}), "
            f"touched {count.touched}/{count.total} ({count.touched / count.total:.3f}); "
            f"text in folds {count.chars_folded / max(count.chars, 1):.3f}")


def labelled_texts(split: str, texts: Path | None, works: Path = WORKS) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(id, text, gold labels) of every work of ``split`` whose text is at hand (``texts``, else the cache, then
    data/works/texts) with the row's sha256."""
    folders = [texts] if texts else [p for p in (DEFAULT_CACHE,) if p.is_dir()]
    for row in load_rows(works):
        labels = works / "labels" / f"{row['id']}.json"
        if row.get("split") != split or not labels.is_file():
            continue
        text = text_for(row, [*folders, works / "texts"])
        if text is not None:
            yield row["id"], text, json.loads(labels.read_text(encoding="utf-8"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--texts", type=Path, default=None, help=f"folder of <id>.txt (default {DEFAULT_CACHE})")
    parser.add_argument("--fast", action="store_true", help="analyse with the --fast profile")
    parser.add_argument("--per-work", action="store_true", help="one line per work")
    parser.add_argument("--misses", action="store_true", help="one line per unfolded gold passage, with why")
    args = parser.parse_args(argv)
    import ficlens

    now, counted, before = FoldCount(), FoldCount(), FoldCount()
    works = 0
    for work_id, text, gold in labelled_texts(args.split, args.texts):
        works += 1
        report = ficlens.analyze(text, fast=args.fast)
        raised = {w.label for w in report.warnings}
        folds = reader_folds(text, report)
        work_now = count_work(text, gold, raised, folds)
        now.add(work_now)
        for label, (start, end), reason in unfolded(text, gold, raised, folds) if args.misses else ():
            print(f"{work_id} {label}: {reason}: {' '.join(text[start:end].split())[:80]!r}")
        counted.add(count_work(text, gold, raised, reader_folds(text, counted_only(report))))
        before.add(count_work(text, gold, raised, reader_folds(text, evidence_only(report))))
        if args.per_work and work_now.total:
            print(f"{work_id}: {_share(work_now)}")
    if not works:
        print(f"no texts for the {args.split} split: run scripts/fetch_realfic.py MIRRORS or pass --texts DIR")
        return 0
    print(f"split {args.split} ({'fast' if args.fast else 'full'}); {works} works with text and labels")
    print(f"gold evidence passages in the reader's folds: {_share(now)}")
    print(f"with the passages each decision rests on alone (no nearby ones): {_share(counted)}")
    print(f"with each warning's evidence alone (reports stored before spans): {_share(before)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
