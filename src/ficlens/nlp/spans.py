"""The offset types every NLP result is expressed in: half-open character ranges into ``work.text``."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class TextSpan:
    """A half-open character range [start, end) of the work's text."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Entity:
    start: int
    end: int
    label: str  # spaCy NER label: PERSON, GPE, ORG, ...
    text: str
