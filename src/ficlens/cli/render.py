"""The human-readable report: AO3's tag block, then each content warning with its evidence."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from ficlens.library.tags import NO_ARCHIVE_WARNINGS
from ficlens.report import RATING_NAMES, Report, Span
from ficlens.safe_text import display_path, one_line, printable_tree

EVIDENCE_CHARS = 240


def _clip(text: str, limit: int = EVIDENCE_CHARS) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _tags(items: list[str]) -> str:
    return ", ".join(items) if items else "—"


def tag_block(report: Report) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", justify="right", no_wrap=True)
    table.add_column()
    archive: list[str] = [w.label for w in report.archive_warnings] or [NO_ARCHIVE_WARNINGS]
    quotes_by = {c.name: c.quotes for c in report.characters}
    chars = [f"{c.name} ({quotes_by[c.name]} quotes)" if quotes_by.get(c.name) else c.name
             for c in report.characters[:12]]
    rows = [
        ("Rating:", RATING_NAMES.get(report.rating.label, report.rating.label)),
        ("Archive Warnings:", _tags(archive)),
        ("Category:", _tags(report.category)),
        ("Fandom:", _tags([f.name for f in report.fandoms])),
        ("Relationships:", _tags([r.tag for r in report.relationships])),
        ("Characters:", _tags(chars)),
        ("Additional Tags:", _tags([f.tag for f in report.freeforms])),
        ("Stats:", f"Words: {report.words:,}  Chapters: {len(report.chapters)}  Quotes: {len(report.quotes)}"),
    ]
    for label, value in rows:
        table.add_row(label, escape(value))
    return table


def _evidence_lines(spans: list[Span], limit: int = 3) -> list[Text]:
    return [Text(f"    [{s.start}:{s.end}] “{_clip(s.text)}”", style="dim") for s in spans[:limit]]


def render_report(report: Report, console: Console | None = None) -> None:
    """Print ``report`` for a terminal. Every string taken from the work (titles, tags, evidence, its file name)
    is shown without its control characters and escape sequences: a file cannot drive the reader's terminal."""
    console = console or Console(highlight=False, soft_wrap=False)
    source = display_path(report.source)
    report = Report.from_json(printable_tree(report.to_dict()))
    title = one_line(report.title) if report.title else source
    byline = f" by {one_line(', '.join(report.authors))}" if report.authors else ""
    console.rule(Text(f"{title}{byline}", style="bold"))
    console.print(Text(f"{source}  [{report.format}]", style="dim"), soft_wrap=True)  # never cut into lines
    console.print(tag_block(report))
    if report.author_tags is not None:
        tags = report.author_tags
        console.print(Text("The file's own tags:", style="bold"))
        for name, values in tags.model_dump().items():
            if values:
                console.print(Text(f"  {name.replace('_', ' ').title()}: {', '.join(values)}"))
    if report.warnings:
        console.print(Text("Content warnings:", style="bold"))
        for w in report.warnings:
            console.print(Text(f"  {w.label} — {w.severity} (score {w.score:.2f})", style="bold red"))
            for line in _evidence_lines(w.evidence):
                console.print(line)
    else:
        console.print(Text("Content warnings: none found", style="bold green"))
    if report.relationships:
        console.print(Text("Relationship evidence:", style="bold"))
        for r in report.relationships:
            console.print(Text(f"  {r.tag} ({r.kind}, score {r.score:.2f})"))
            for line in _evidence_lines(r.evidence, limit=1):
                console.print(line)
    if report.summary:
        console.print(Text(f"Summary: {report.summary}", style="italic"))
    console.print()
