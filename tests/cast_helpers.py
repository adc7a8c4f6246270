"""Helpers for the cast and speaker tests: the fast-profile cast of a small text, its named characters, who says
each quote, and what a pronoun or descriptor is credited to; and a text of two clear people to add cases to."""

from __future__ import annotations

from ficlens.analyse.cast import Cast, build_cast
from ficlens.analyse.speakers import NARRATOR, Attributor, attribute
from ficlens.nlp import build_document
from ficlens.work import Work

EMMA = ("Emma smiled at her father. Later Emma walked out, and then Emma laughed. Harriet said nothing; "
        "then Harriet nodded, and Harriet sat down. ")


def cast_for(text: str) -> Cast:
    """The cast in fast mode (tokenizer and sentencizer only: no tagger, no NER), pronouns resolved."""
    doc = build_document(Work(text=text, source="test", format="text"), "fast")
    return build_cast(text, doc.paragraphs, doc.sentences, [], fast=True)


def owner(cast: Cast, form: str) -> str | None:
    """The name of the character whose forms include ``form``, or None."""
    return next((c.name for c in cast.clusters if form in c.forms), None)


def attributor(text: str) -> Attributor:
    """The speaker attributor of ``text`` over its fast-mode cast (:func:`cast_for`)."""
    doc = build_document(Work(text=text, source="test", format="text"), "fast")
    return Attributor(text, doc.paragraphs, build_cast(text, doc.paragraphs, doc.sentences, [], fast=True))


def names(text: str) -> set[str]:
    """The named (not role) characters of ``text``."""
    return {c.name for c in cast_for(text).clusters if c.names and not c.role}


def speakers(text: str) -> tuple[Cast, list[str | None]]:
    """The cast and, for each quote in order, its speaker's name ("I" for the narrator, None for no speaker)."""
    doc = build_document(Work(text=text, source="test", format="text"), "fast")
    cast = build_cast(text, doc.paragraphs, doc.sentences, [], fast=True)
    return cast, [None if a.cluster is None else "I" if a.cluster == NARRATOR else cast.clusters[a.cluster].name
                  for a in attribute(text, doc.paragraphs, cast)]


def resolved_to(cast: Cast, text: str, word: str, after: str) -> str:
    """The character the first ``word`` after the text ``after`` is credited to (the longest mention there: "his
    wife", not "his")."""
    pos = text.index(word, text.index(after) + len(after))
    return cast.clusters[max((m for m in cast.mentions if m.start == pos), key=lambda m: m.end).cluster].name
