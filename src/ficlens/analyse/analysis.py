"""The analysis of one work, passed from stage to stage, and the declaration of a stage.

An :class:`Analysis` holds the work's Document, the Report being filled, and what the stages share without it
being part of the report: the cast (characters and their mentions) and the speaker of every quotation. Nothing is
cached between works: each work gets a new Analysis (pipeline.py).

A :class:`Stage` says what it reads (``requires``) and writes (``assigns``), by name: ``doc`` and ``report`` (given),
``cast``, ``attributions`` and ``narrator`` (this object's), ``cast.quotes`` (the quote counts on the cast's
characters) and ``report.<field>`` (a Report field). tests/analyse/test_stage_contracts.py checks the pipeline
against them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from ficlens.analyse.cast.model import Cast
from ficlens.analyse.speakers.rules import Attribution
from ficlens.nlp.document import Document
from ficlens.report import Report

GIVEN = ("doc", "report")  # what every stage may read: the analysis starts with them


class StageOrderError(RuntimeError):
    """A stage read what no earlier stage wrote (a pipeline built in the wrong order)."""


class Analysis:
    """One work's analysis: the document, its report, and the results the stages share."""

    __slots__ = ("_attributions", "_cast", "_narrator", "doc", "report")

    def __init__(self, doc: Document, report: Report) -> None:
        self.doc = doc
        self.report = report
        self._cast: Cast | None = None
        self._attributions: list[Attribution] | None = None
        self._narrator: tuple[int | None] | None = None  # (the id,) once the characters stage has looked

    @property
    def cast(self) -> Cast:
        """The work's characters and every mention credited to them (the cast stage's)."""
        if self._cast is None:
            raise StageOrderError("the cast is read before the cast stage has built it")
        return self._cast

    @cast.setter
    def cast(self, cast: Cast) -> None:
        self._cast = cast

    @property
    def attributions(self) -> list[Attribution]:
        """The speaker of every quotation, in text order (the quotes stage's)."""
        if self._attributions is None:
            raise StageOrderError("the attributions are read before the quotes stage has made them")
        return self._attributions

    @attributions.setter
    def attributions(self, attributions: list[Attribution]) -> None:
        self._attributions = attributions

    @property
    def narrator(self) -> int | None:
        """The cast cluster that names a first-person narrator, or None (the characters stage's:
        :func:`ficlens.analyse.cast.narrator.narrator_of`)."""
        if self._narrator is None:
            raise StageOrderError("the narrator is read before the characters stage has looked for one")
        return self._narrator[0]

    @narrator.setter
    def narrator(self, narrator: int | None) -> None:
        self._narrator = (narrator,)

    def has(self, name: str) -> bool:
        """Whether ``cast``, ``attributions`` or ``narrator`` has been assigned."""
        return {"cast": self._cast, "attributions": self._attributions, "narrator": self._narrator}[name] is not None


StageFn = Callable[[Analysis], None]


class Stage(NamedTuple):
    """One step of the pipeline: ``run(analysis)`` reads ``requires`` and writes ``assigns``."""

    name: str
    run: StageFn
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    in_fast: bool  # whether --fast runs it
