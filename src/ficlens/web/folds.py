"""Warned passages as folds: every passage flagged for a warning, merged into scenes where they cluster.

Each warning's flagged passages (its ``spans``; a report stored before they existed has only its 1-3 ``evidence``,
folded instead) are the parts. Parts that overlap or touch become one fold that lists every label; the reader also
merges neighbours — the next paragraph, or a passage within :data:`SCENE_GAP_SENTENCES` sentences — into one scene
fold, unless a scene break lies between them. The reader's HTML is always a flat sequence of text and folds: the
text is never cut inside an element. A fold that crosses a chapter boundary is split into one fold per chapter, each
naming only the warnings whose passages reach into it, and author's notes are cut out of folds (:func:`carve`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ficlens.nlp.segment import paragraph_spans, sentence_spans
from ficlens.nlp.spans import TextSpan
from ficlens.report import SEVERITY_ORDER, FlaggedSpan, Report, Span

SCENE_GAP_SENTENCES = 3  # unflagged sentences between two flagged passages that still make one scene
SCENE_GAP_CHARS = 800  # and no more text than this between them
# a line of symbols and spaces only: "* * *", "~~~", "---"; one character class per position (no nested repeats),
# so a long run of symbols followed by a letter is rejected in linear time, not by exponential backtracking
_SCENE_BREAK = re.compile(r"^[ \t]*[^\w\s](?:[^\w\s]|[ \t])*$", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class EvidencePart:
    """One warning's evidence span ``[start, end)``."""

    start: int
    end: int
    label: str
    severity: str


def _rank(severity: str) -> int:
    return SEVERITY_ORDER.get(severity, 0)


@dataclass(slots=True)
class Fold:
    """A range ``[start, end)`` of the work's text folded behind a bar naming the warnings of its parts."""

    start: int
    end: int
    parts: list[EvidencePart] = field(default_factory=list)

    @property
    def labels(self) -> dict[str, str]:
        """label -> strongest severity among the parts."""
        out: dict[str, str] = {}
        for part in self.parts:
            old = out.get(part.label)
            if old is None or _rank(part.severity) > _rank(old):
                out[part.label] = part.severity
        return out

    @property
    def severity(self) -> str:
        return max((p.severity for p in self.parts), key=_rank)

    def ordered_labels(self) -> list[tuple[str, str]]:
        """(label, severity), strongest first, then by name."""
        return sorted(self.labels.items(), key=lambda kv: (-_rank(kv[1]), kv[0]))


def flagged_parts(report: Report, text_length: int) -> list[EvidencePart]:
    """Every warning's flagged passages and its evidence (the evidence of a report without ``spans``), in order."""
    parts: list[EvidencePart] = []
    for warning in report.warnings:
        spans: list[FlaggedSpan | Span] = [*warning.spans, *warning.evidence]
        for span in spans:
            start, end = max(0, span.start), min(text_length, span.end)
            if end > start:
                parts.append(EvidencePart(start, end, warning.label, warning.severity))
    parts.sort(key=lambda p: (p.start, p.end))
    return parts


def merge(parts: list[EvidencePart], joins: Callable[[int, int], bool]) -> list[Fold]:
    """Sorted ``parts`` as folds: a part joins the fold before it when ``joins(fold_end, part_start)``."""
    merged: list[Fold] = []
    for part in parts:
        if merged and (part.start <= merged[-1].end or joins(merged[-1].end, part.start)):
            merged[-1].end = max(merged[-1].end, part.end)
            merged[-1].parts.append(part)
        else:
            merged.append(Fold(part.start, part.end, [part]))
    return merged


def evidence_folds(report: Report, text_length: int) -> list[Fold]:
    """Every warning's flagged passages as sorted, non-overlapping folds (overlapping or touching ones merged)."""
    return merge(flagged_parts(report, text_length), lambda _end, _start: False)


def scene_folds(report: Report, text: str, keep_out: Sequence[TextSpan] = ()) -> list[Fold]:
    """The reader's folds: flagged passages merged into scenes (:func:`same_scene`), ``keep_out`` (author's notes)
    cut out of them."""
    folds = merge(flagged_parts(report, len(text)), lambda end, start: same_scene(text, end, start))
    return carve(folds, keep_out) if keep_out else folds


def same_scene(text: str, end: int, start: int) -> bool:
    """Whether the unflagged text ``text[end:start]`` between two flagged passages leaves them one scene: at most
    :data:`SCENE_GAP_SENTENCES` sentences and :data:`SCENE_GAP_CHARS` characters, and no scene break."""
    if start - end > SCENE_GAP_CHARS:
        return False
    gap = text[end:start]
    if _SCENE_BREAK.search(gap):
        return False
    return len(sentence_spans(gap, paragraph_spans(gap))) <= SCENE_GAP_SENTENCES


def carve(folds: list[Fold], holes: Sequence[TextSpan]) -> list[Fold]:
    """``folds`` with the ranges of ``holes`` (sorted, disjoint) cut out."""
    out: list[Fold] = []
    for fold in folds:
        pos = fold.start
        for hole in holes:
            if hole.end <= pos or hole.start >= fold.end:
                continue
            _keep(fold, pos, hole.start, out)
            pos = max(pos, hole.end)
        _keep(fold, pos, fold.end, out)
    return out


def _keep(fold: Fold, start: int, end: int, out: list[Fold]) -> None:
    """The piece of ``fold`` in ``[start, end)``, narrowed to the parts that reach into it (none: no piece), so a
    scene's unflagged gap is never left folded on its own."""
    inside = [p for p in fold.parts if p.start < end and p.end > start]
    if inside:
        out.append(Fold(max(start, min(p.start for p in inside)), min(end, max(p.end for p in inside)), inside))


def clip(folds: list[Fold], start: int, end: int) -> list[Fold]:
    """The parts of ``folds`` inside ``[start, end)`` (folds are sorted and disjoint)."""
    out: list[Fold] = []
    for fold in folds:
        if fold.end <= start:
            continue
        if fold.start >= end:
            break
        _keep(fold, start, end, out)
    return out
