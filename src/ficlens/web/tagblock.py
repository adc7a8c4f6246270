"""AO3-style tag blocks for the pages: ficlens's reading and the file's own tags, kept apart."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

from ficlens.library.tags import NO_ARCHIVE_WARNINGS, canonical_key, rating_display
from ficlens.report import RATING_NAMES, Report


@dataclass(frozen=True, slots=True)
class TagView:
    name: str
    href: str
    note: str | None = None  # e.g. a warning's severity
    css: str = ""


@dataclass(frozen=True, slots=True)
class TagLine:
    heading: str
    kind: str
    tags: tuple[TagView, ...]


def _tag(name: str, kind: str, note: str | None = None, css: str = "") -> TagView:
    return TagView(name=name, href="/?" + urlencode({"include": f"{kind}:{name}"}), note=note, css=css)


def _line(heading: str, kind: str, names: list[str]) -> TagLine | None:
    tags = tuple(_tag(n, kind) for n in names if n.strip())
    return TagLine(heading, kind, tags) if tags else None


def ficlens_block(report: Report, wrong: frozenset[tuple[str, str]] = frozenset()) -> list[TagLine]:
    """What ficlens read in the text, in AO3's order, then the content warnings with their severities; a tag the
    reader marked wrong (``wrong``: (kind, canonical key) pairs) is struck through and says so."""
    lines = _ficlens_lines(report)
    if not wrong:
        return lines
    return [TagLine(line.heading, line.kind, tuple(
        TagView(t.name, t.href, "marked wrong by you", t.css + " wrong")
        if (line.kind, canonical_key(t.name)) in wrong else t for t in line.tags)) for line in lines]


def reader_block(added: list[tuple[str, str]]) -> list[TagLine]:
    """The tags the reader added to ficlens's reading (``added``: (kind, name) pairs), as one line."""
    tags = tuple(_tag(name, kind, note=kind.replace("_", " "), css="reader") for kind, name in added)
    return [TagLine("Added by you", "reader", tags)] if tags else []


def _ficlens_lines(report: Report) -> list[TagLine]:
    lines = [
        TagLine("Rating", "rating", (_tag(RATING_NAMES[report.rating.label], "rating", css="rating"),)),
        TagLine("Archive Warnings", "archive_warning",
                tuple(_tag(a.label, "archive_warning", css="archive") for a in report.archive_warnings)
                or (_tag(NO_ARCHIVE_WARNINGS, "archive_warning"),)),
        _line("Category", "category", report.category),
        _line("Fandom", "fandom", [f.name for f in report.fandoms]),
        _line("Relationships", "relationship", [r.tag for r in report.relationships]),
        _line("Characters", "character", [c.name for c in report.characters]),
        _line("Additional Tags", "freeform", [f.tag for f in report.freeforms]),
    ]
    warnings = tuple(_tag(w.label, "warning", note=w.severity, css=f"warning sev-{w.severity}")
                     for w in report.warnings)
    lines.append(TagLine("Content Warnings", "warning", warnings) if warnings else None)
    return [line for line in lines if line is not None]


def author_block(report: Report) -> list[TagLine]:
    """The file's own tag block, as the file gives it; empty when the file has none."""
    own = report.author_tags
    if own is None:
        return []
    lines = [
        _line("Rating", "rating", [rating_display(r) for r in own.rating]),
        _line("Archive Warnings", "archive_warning", own.archive_warnings),
        _line("Category", "category", own.categories),
        _line("Fandom", "fandom", own.fandoms),
        _line("Relationships", "relationship", own.relationships),
        _line("Characters", "character", own.characters),
        _line("Additional Tags", "freeform", own.freeforms),
    ]
    return [line for line in lines if line is not None]
