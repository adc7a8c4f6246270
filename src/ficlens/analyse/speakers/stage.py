"""The quotes analyser: every quotation with its speaker (speakers/), and each character's quote count."""

from __future__ import annotations

from collections import Counter

from ficlens.analyse.cast.build import cast_of
from ficlens.analyse.speakers.attribute import attribute
from ficlens.analyse.speakers.rules import NARRATOR
from ficlens.nlp.document import Document
from ficlens.report import Quote, Report


def analyse(doc: Document, report: Report) -> None:
    """Fill ``report.quotes`` and the ``quotes`` count of ``report.characters``."""
    cast = cast_of(doc)
    counts: Counter[str] = Counter()
    quotes: list[Quote] = []
    for att in attribute(doc.text, doc.paragraphs, cast):
        speaker: str | None = None
        if att.cluster is not None and att.cluster != NARRATOR:
            cluster = cast.clusters[att.cluster]
            cluster.quotes += 1
            speaker = cluster.name
            counts[speaker] += 1
        quotes.append(Quote(start=att.quote.start, end=att.quote.end, speaker=speaker, score=round(att.score, 4)))
    report.quotes = quotes
    for character in report.characters:
        character.quotes = counts.get(character.name, 0)
