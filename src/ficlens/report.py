"""The output data model: the versioned Report of docs/contract.md (``ficlens.report/1``).

Every front end (CLI, library, web, batch) renders this one model. Fields may be added, never renamed or dropped.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from ficlens.work import Work

SCHEMA_ID: Literal["ficlens.report/1"] = "ficlens.report/1"

Severity = Literal["mentioned", "depicted", "graphic"]
RatingLabel = Literal["G", "T", "M", "E"]
SEVERITY_ORDER: dict[str, int] = {"mentioned": 0, "depicted": 1, "graphic": 2}
MAX_SPANS = 500  # flagged passages listed per warning; a work with more keeps its strongest


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Span(_Model):
    """A passage of the work: ``work.text[start:end] == text``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    score: float

    @classmethod
    def of(cls, text: str, start: int, end: int, score: float) -> Span:
        return cls(start=start, end=end, text=text[start:end], score=round(float(score), 4))


class ChapterOut(_Model):
    title: str | None
    start: int
    end: int


class AuthorTagsOut(_Model):
    rating: list[str] = Field(default_factory=list)
    archive_warnings: list[str] = Field(default_factory=list)
    categories: list[str] = Field(default_factory=list)
    fandoms: list[str] = Field(default_factory=list)
    relationships: list[str] = Field(default_factory=list)
    characters: list[str] = Field(default_factory=list)
    freeforms: list[str] = Field(default_factory=list)


class WorkMetaOut(_Model):
    """What the file says beyond text and tags (an extension): each field null when the file does not say."""

    published: str | None = Field(default=None, description="First published, YYYY-MM-DD.")
    updated: str | None = Field(default=None, description="Last updated or completed, YYYY-MM-DD.")
    chapters: str | None = Field(default=None, description='The chapter count as written: "3/?" is in progress.')
    complete: bool | None = None
    kudos: int | None = None
    hits: int | None = None
    series: list[str] = Field(default_factory=list)
    repaired: list[str] = Field(default_factory=list, description='What ficlens repaired in the text as it read '
                                'the file: "cp1252 bytes" (stray bytes in UTF-8), "mojibake" (text decoded wrongly '
                                'once before).')


class Fandom(_Model):
    name: str
    score: float


class Character(_Model):
    name: str
    aliases: list[str] = Field(default_factory=list)
    mentions: int = 0
    quotes: int = 0


class Relationship(_Model):
    tag: str
    kind: Literal["romantic", "platonic"]
    score: float
    evidence: list[Span] = Field(default_factory=list)


class Rating(_Model):
    label: RatingLabel
    score: float
    evidence: list[Span] = Field(default_factory=list)


# AO3's name of each rating label.
RATING_NAMES: dict[str, str] = {
    "G": "General Audiences",
    "T": "Teen And Up Audiences",
    "M": "Mature",
    "E": "Explicit",
}


class ArchiveWarning(_Model):
    label: Literal["Graphic Depictions Of Violence", "Major Character Death", "Rape/Non-Con", "Underage Sex"]
    score: float
    evidence: list[Span] = Field(default_factory=list)


class FlaggedSpan(_Model):
    """A passage a warning's decision rests on: ``work.text[start:end]``, without a copy of its text."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    score: float
    positive: bool = Field(
        default=True, description="The passage decision's own verdict; false for a supporting passage (a strong cue "
                                  "that survived its context, which the work-level decision counts) and for a "
                                  "nearby one.")
    counted: bool = Field(
        default=True, description="Whether the work-level decision counts this passage (positive or supporting); "
                                  "false for a nearby passage: flagged once the warning was raised because the "
                                  "label's models score it at a lower level, so the reader folds it too.")


class Warning(_Model):
    label: str
    severity: Severity
    score: float
    evidence: list[Span] = Field(default_factory=list)
    spans: list[FlaggedSpan] = Field(
        default_factory=list,
        description="Every passage this warning flags, in text order (an extension of the contract): those its "
                    "decision rests on (positive and supporting), then the nearby ones (counted: false); "
                    f"{MAX_SPANS} at most, positive ones first, then supporting, then nearby, each the strongest "
                    "first. Empty in reports written before it existed.")
    spans_total: int | None = Field(
        default=None, description="How many passages the warning flags (more than len(spans) when capped).")


class Freeform(_Model):
    tag: str
    score: float


class Quote(_Model):
    start: int
    end: int
    speaker: str | None
    score: float


class Report(_Model):
    """One work's report. Serialise with :meth:`to_json`."""

    schema_: Literal["ficlens.report/1"] = Field(default=SCHEMA_ID, alias="schema")
    source: str
    format: Literal["text", "ao3-html", "ao3-epub", "fanficfare-epub", "epub", "html"]
    title: str | None = None
    authors: list[str] = Field(default_factory=list)
    words: int = 0
    chapters: list[ChapterOut] = Field(default_factory=list)
    author_tags: AuthorTagsOut | None = None
    fandoms: list[Fandom] = Field(default_factory=list)
    characters: list[Character] = Field(default_factory=list)
    relationships: list[Relationship] = Field(default_factory=list)
    category: list[str] = Field(default_factory=list)
    rating: Rating = Field(default_factory=lambda: Rating(label="G", score=0.0))
    archive_warnings: list[ArchiveWarning] = Field(default_factory=list)
    warnings: list[Warning] = Field(default_factory=list)
    freeforms: list[Freeform] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    summary: str = ""
    # Extensions (allowed by docs/contract.md: new fields only).
    work_summary: str | None = Field(default=None, description="The work's own summary as the file gives it.")
    url: str | None = Field(default=None, description="The work's URL where the file names one.")
    mode: Literal["full", "fast"] = Field(default="full", description="Which analysis produced the report.")
    meta: WorkMetaOut | None = Field(default=None, description="Dates, chapters as written, completion, kudos, "
                                                               "series: what the file says, when it says it.")

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    @classmethod
    def for_work(cls, work: Work, mode: Literal["full", "fast"] = "full") -> Report:
        """A report with the work's own facts filled in and every analysis field empty."""
        return cls(
            source=work.source,
            format=work.format,
            title=work.title,
            authors=list(work.authors),
            words=work.words,
            chapters=[ChapterOut(title=c.title, start=c.start, end=c.end) for c in work.chapters],
            author_tags=AuthorTagsOut(**work.author_tags.as_dict()) if work.author_tags is not None else None,
            work_summary=work.summary,
            url=work.url,
            mode=mode,
            meta=None if work.meta is None or work.meta.is_empty() else WorkMetaOut(
                published=work.meta.published, updated=work.meta.updated, chapters=work.meta.chapters,
                complete=work.meta.complete, kudos=work.meta.kudos, hits=work.meta.hits,
                series=list(work.meta.series), repaired=list(work.meta.repaired)),
        )

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json", by_alias=True)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_json(cls, data: str | bytes | dict[str, Any]) -> Report:
        if isinstance(data, dict):
            return cls.model_validate(data)
        return cls.model_validate_json(data)


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the report, generated from the model."""
    schema = Report.model_json_schema(by_alias=True, mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://ficlens.invalid/schema/report-1.json"
    return schema


def shipped_schema() -> dict[str, Any]:
    """The schema file shipped with the package (``ficlens/schema/report.schema.json``)."""
    data = resources.files("ficlens").joinpath("schema/report.schema.json").read_text(encoding="utf-8")
    result: dict[str, Any] = json.loads(data)
    return result
