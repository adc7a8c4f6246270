"""The quotes stage: every quotation with its speaker (attribute.py), counted on the speaking characters."""

from __future__ import annotations

from ficlens.analyse.analysis import Analysis
from ficlens.analyse.speakers.attribute import attribute
from ficlens.analyse.speakers.rules import NARRATOR
from ficlens.report import Quote


def run(analysis: Analysis) -> None:
    """Set ``analysis.attributions`` and ``report.quotes``, and count each character's quotes on the cast (the
    characters list and the pairings rank by them, so they run after this stage)."""
    doc, cast = analysis.doc, analysis.cast
    analysis.attributions = attribute(doc.text, doc.paragraphs, cast)
    quotes: list[Quote] = []
    for att in analysis.attributions:
        speaker: str | None = None
        if att.cluster is not None and att.cluster != NARRATOR:
            cluster = cast.clusters[att.cluster]
            cluster.quotes += 1
            speaker = cluster.listed_name
        quotes.append(Quote(start=att.quote.start, end=att.quote.end, speaker=speaker, score=round(att.score, 4)))
    analysis.report.quotes = quotes
