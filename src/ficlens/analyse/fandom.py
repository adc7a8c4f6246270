"""The fandom analyser: which fandom(s) the work belongs to, from its characters and vocabulary (fandom KB)."""

from __future__ import annotations

from ficlens.analyse.cast import cast_of
from ficlens.nlp.document import Document
from ficlens.report import Fandom, Report


def analyse(doc: Document, report: Report) -> None:
    """Fill ``report.fandoms`` with the fandoms the cast was canonicalised against."""
    report.fandoms = [Fandom(name=name, score=score) for name, score in cast_of(doc).fandoms]
