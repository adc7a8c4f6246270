"""Synthetic works with hand-made reports, for tests, benchmarks and trying the web reader without analysers.

Nothing here is analysis: each report says exactly what the caller asks, so filters and folds can be checked
against known answers.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from ficlens.report import (
    ArchiveWarning,
    Character,
    Fandom,
    Rating,
    RatingLabel,
    Relationship,
    Report,
    Severity,
    Span,
    Warning,
)
from ficlens.work import AuthorTags, Chapter, Work

_PROSE = ("the wolf ran through the preserve while the moon rose over quiet houses and somebody laughed "
          "in the distance and the coffee went cold on the counter beside a stack of unread letters")


@dataclass(slots=True)
class WarnedPassage:
    """A passage to put in the text and report as evidence of ``label``."""

    text: str
    label: str
    severity: Severity = "depicted"


@dataclass(slots=True)
class SampleSpec:
    title: str
    paragraphs: Sequence[str | WarnedPassage]
    rating: RatingLabel = "G"
    archive_warnings: Sequence[str] = ()
    fandoms: Sequence[str] = ()
    characters: Sequence[tuple[str, Sequence[str]]] = ()
    relationships: Sequence[str] = ()
    author_tags: AuthorTags | None = None
    ao3_id: str | None = None
    summary: str | None = None
    chapters: int = 1
    source: str | None = None


def build(spec: SampleSpec) -> tuple[Work, Report]:
    """The work and its report: every WarnedPassage becomes evidence of its label at its exact offsets."""
    pieces: list[str] = []
    evidence: dict[str, tuple[Severity, list[Span]]] = {}
    pos = 0
    spans: list[tuple[str, Severity, int, int]] = []
    for i, para in enumerate(spec.paragraphs):
        if i:
            pieces.append("\n\n")
            pos += 2
        body = para.text if isinstance(para, WarnedPassage) else para
        if isinstance(para, WarnedPassage):
            spans.append((para.label, para.severity, pos, pos + len(body)))
        pieces.append(body)
        pos += len(body)
    text = "".join(pieces)
    work = Work(text=text, source=spec.source or f"{spec.title}.txt", format="text", title=spec.title,
                authors=["sample"], chapters=_chapters(text, spec.chapters), author_tags=spec.author_tags,
                summary=spec.summary, ao3_id=spec.ao3_id)
    report = Report.for_work(work)
    for label, severity, start, end in spans:
        old = evidence.setdefault(label, (severity, []))
        evidence[label] = (max(old[0], severity, key=("mentioned", "depicted", "graphic").index), old[1])
        evidence[label][1].append(Span.of(text, start, end, 0.9))
    report.warnings = [Warning(label=label, severity=sev, score=0.9, evidence=ev)
                       for label, (sev, ev) in evidence.items()]
    report.rating = Rating(label=spec.rating, score=0.8)
    report.archive_warnings = [ArchiveWarning(label=a, score=0.8) for a in spec.archive_warnings]  # type: ignore[arg-type]
    report.fandoms = [Fandom(name=f, score=0.9) for f in spec.fandoms]
    report.characters = [Character(name=n, aliases=list(a), mentions=3) for n, a in spec.characters]
    report.relationships = [Relationship(tag=r, kind="platonic" if " & " in r else "romantic", score=0.7)
                            for r in spec.relationships]
    return work, report


def _chapters(text: str, count: int) -> list[Chapter]:
    if count <= 1:
        return [Chapter(None, 0, len(text))]
    cuts = [0]
    for k in range(1, count):
        cut = text.find("\n\n", len(text) * k // count)
        cuts.append(cut + 2 if cut >= 0 else len(text))
    cuts.append(len(text))
    return [Chapter(f"Chapter {i + 1}", a, b) for i, (a, b) in enumerate(zip(cuts, cuts[1:], strict=False)) if b > a]


def filler(words: int, seed: int = 0) -> list[str]:
    """Paragraphs of plain filler prose, about ``words`` words in all."""
    rng = random.Random(seed)
    vocabulary = _PROSE.split()
    paragraphs: list[str] = []
    left = words
    while left > 0:
        n = min(left, rng.randint(40, 120))
        sentence = " ".join(rng.choice(vocabulary) for _ in range(n))
        paragraphs.append(sentence[0].upper() + sentence[1:] + ".")
        left -= n
    return paragraphs


def long_work(words: int = 10_000, warned_every: int = 6, seed: int = 0) -> tuple[Work, Report]:
    """A work of about ``words`` words in 5 chapters with a warned passage every few paragraphs."""
    labels: list[tuple[str, Severity]] = [("violence", "graphic"), ("death", "mentioned"), ("blood", "depicted")]
    paragraphs: list[str | WarnedPassage] = []
    for i, para in enumerate(filler(words, seed)):
        if i % warned_every == warned_every - 1:
            label, severity = labels[(i // warned_every) % len(labels)]
            paragraphs.append(WarnedPassage(para, label, severity))
        else:
            paragraphs.append(para)
    return build(SampleSpec(title=f"A long work ({words} words)", paragraphs=paragraphs, rating="M",
                            archive_warnings=["Graphic Depictions Of Violence"], fandoms=["Teen Wolf (TV)"],
                            characters=[("Stiles Stilinski", ["Stiles"]), ("Derek Hale", ["Derek"])],
                            relationships=["Derek Hale/Stiles Stilinski"], chapters=5))
