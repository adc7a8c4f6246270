"""The warnings analyser (to be built: see the content-warnings issue)."""

from __future__ import annotations

from ficlens.nlp.document import Document
from ficlens.report import Report


def analyse(doc: Document, report: Report) -> None:
    """Fill ``warnings``, ``archive_warnings`` and ``rating``. Not implemented yet: leaves them empty."""
    return None
