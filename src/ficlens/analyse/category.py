"""The category analyser (to be built: see the characters/quotes/pairings/fandom issue)."""

from __future__ import annotations

from ficlens.nlp.document import Document
from ficlens.report import Report


def analyse(doc: Document, report: Report) -> None:
    """Fill the report's category fields from the document. Not implemented yet: leaves them empty."""
    return None
