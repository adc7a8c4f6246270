"""The names a fast-profile cast gives a small text, and a text of two clear people to add cases to (for the tests of
what is and is not a person)."""

from __future__ import annotations

from ficlens.analyse.cast import build_cast
from ficlens.nlp import build_document
from ficlens.work import Work

EMMA = ("Emma smiled at her father. Later Emma walked out, and then Emma laughed. Harriet said nothing; "
        "then Harriet nodded, and Harriet sat down. ")


def names(text: str) -> set[str]:
    """The named (not role) characters of ``text``."""
    doc = build_document(Work(text=text, source="test", format="text"), "fast")
    cast = build_cast(text, doc.paragraphs, doc.sentences, [], fast=True)
    return {c.name for c in cast.clusters if c.names and not c.role}
