"""Warned passages as folds: the evidence spans of every warning, merged where they overlap.

Two warnings whose evidence overlaps (or touches) become one fold that lists both labels, so the reader's HTML is
always a flat sequence of text and folds: the text is never cut inside an element. A fold that crosses a chapter
boundary is split into one fold per chapter, each naming only the warnings whose evidence reaches into it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ficlens.report import SEVERITY_ORDER, Report


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


def evidence_folds(report: Report, text_length: int) -> list[Fold]:
    """Every warning's evidence as sorted, non-overlapping folds (overlapping or touching spans merged)."""
    parts: list[EvidencePart] = []
    for warning in report.warnings:
        for span in warning.evidence:
            start, end = max(0, span.start), min(text_length, span.end)
            if end > start:
                parts.append(EvidencePart(start, end, warning.label, warning.severity))
    parts.sort(key=lambda p: (p.start, p.end))
    merged: list[Fold] = []
    for part in parts:
        if merged and part.start <= merged[-1].end:
            merged[-1].end = max(merged[-1].end, part.end)
            merged[-1].parts.append(part)
        else:
            merged.append(Fold(part.start, part.end, [part]))
    return merged


def clip(folds: list[Fold], start: int, end: int) -> list[Fold]:
    """The parts of ``folds`` inside ``[start, end)`` (folds are sorted and disjoint)."""
    out: list[Fold] = []
    for fold in folds:
        if fold.end <= start:
            continue
        if fold.start >= end:
            break
        lo, hi = max(fold.start, start), min(fold.end, end)
        inside = [p for p in fold.parts if p.start < hi and p.end > lo]
        out.append(Fold(lo, hi, inside))
    return out
