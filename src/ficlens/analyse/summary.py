"""The summary stage: the one-line reading of the report, from the other stages' findings."""

from __future__ import annotations

from ficlens.analyse.analysis import Analysis
from ficlens.report import Report


def summarise(report: Report) -> str:
    """A one-sentence reading of the report: length, fandom, main pairing, rating and warnings."""
    parts = [f"{report.words:,} words"]
    if len(report.chapters) > 1:
        parts.append(f"{len(report.chapters)} chapters")
    if report.fandoms:
        parts.append(report.fandoms[0].name)
    if report.relationships:
        parts.append(report.relationships[0].tag)
    parts.append(f"rated {report.rating.label}")
    if report.warnings:
        labels = ", ".join(f"{w.label} ({w.severity})" for w in report.warnings[:5])
        parts.append(f"warnings: {labels}")
    else:
        parts.append("no content warnings found")
    return "; ".join(parts) + "."


def run(analysis: Analysis) -> None:
    """Fill ``report.summary`` (the pairings too where the profile finds them: --fast has none)."""
    analysis.report.summary = summarise(analysis.report)
