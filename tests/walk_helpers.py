"""A two-sentence walk and warnings pinned to its words: the stand-in work of the rating and archive-warning tests."""

from __future__ import annotations

from ficlens.nlp import build_document
from ficlens.nlp.document import Document
from ficlens.report import Severity, Span, Warning
from ficlens.work import Work

WALK = "They walked home. The rain had stopped."


def walk_document() -> Document:
    return build_document(Work(text=WALK, source="walk.txt", format="text"), "fast")


def warning_on_word(label: str, severity: Severity, score: float, start: int = 0) -> Warning:
    """A warning whose one evidence span is the word of ``WALK`` at ``start``."""
    end = WALK.find(" ", start)
    return Warning(label=label, severity=severity, score=score, evidence=[Span.of(WALK, start, end, score)])
