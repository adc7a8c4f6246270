"""``ficlens add``: read works, analyse each, store each in its own transaction, with a progress bar on stderr.

Works are read one at a time as they are needed (never the whole input first), each analysis runs within the
per-work limits of :mod:`ficlens.budget`, and a file that cannot be read or analysed gets one line on stderr and
the rest go on. Because every work is committed
on its own, a crash or ``kill -9`` loses at most the work in hand; running the same command again finishes the job
(works already stored are updated, never duplicated).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from ficlens.budget import DEFAULT_TIME_LIMIT, analyse_or_report
from ficlens.errors import InputError
from ficlens.library.store import Library
from ficlens.progress import stderr_bar
from ficlens.report import Report
from ficlens.safe_text import one_line
from ficlens.work import Work

Analysis = Literal["full", "fast"] | None
Analyse = Callable[[Work], Report]


@dataclass(slots=True)
class AddStats:
    added: int = 0
    updated: int = 0
    failed: int = 0
    skipped: int = 0


def analyser_for(analysis: Analysis) -> Analyse:
    """The function that makes a work's report: the whole pipeline, or only the work's own facts."""
    if analysis is None:
        return Report.for_work
    from ficlens.analyse import analyse_work

    profile: Literal["full", "fast"] = analysis
    return lambda work: analyse_work(work, profile)


@dataclass(frozen=True, slots=True)
class Stored:
    """One work stored by ``add``: new, or an update of the stored version (same AO3 id, URL or text)."""

    id: int
    title: str | None
    source: str
    status: Literal["added", "updated"]
    chapters_before: int | None = None
    chapters: int = 1
    text_changed: bool = True

    def line(self) -> str:
        """One line for stderr: "added: TITLE", "updated: TITLE (3 → 5 chapters)" (the file's name for a work
        without a title)."""
        name = one_line(self.title or self.source.rsplit("/", 1)[-1])
        if self.status == "added":
            return f"added: {name}"
        if self.chapters_before is not None and self.chapters_before != self.chapters:
            return f"updated: {name} ({self.chapters_before} → {self.chapters} chapters)"
        return f"updated: {name}" + ("" if self.text_changed else " (unchanged)")

    def as_json(self) -> dict[str, object]:
        return {"id": self.id, "title": self.title, "source": self.source, "status": self.status}


class Adder:
    """Analyses works and stores them one at a time, counting what happened; each failure is one line on stderr
    and the others go on. ``on_stored`` hears of every work stored; by default a new version of a stored work (its
    text changed) is one line on stderr, "updated: TITLE (3 → 5 chapters)"."""

    def __init__(self, library: Library, analysis: Analysis, make_report: Analyse | None = None,
                 skip_existing: bool = False, time_limit: float | None = DEFAULT_TIME_LIMIT, debug: bool = False,
                 on_stored: Callable[[Stored], None] | None = None) -> None:
        self.library = library
        self.analysis = analysis
        self.make_report = make_report if make_report is not None else analyser_for(analysis)
        self.skip_existing = skip_existing
        self.time_limit = time_limit
        self.debug = debug
        self.on_stored = on_stored if on_stored is not None else say_new_versions
        self.stats = AddStats()

    def report_error(self, err: InputError) -> None:
        self.stats.failed += 1
        print(f"ficlens: error: {err}", file=sys.stderr)

    def add(self, work: Work) -> None:
        """Store one work (unless ``skip_existing`` and its text is stored already)."""
        if self.skip_existing and self.library.has(work, self.analysis):
            self.stats.skipped += 1
            return
        report = analyse_or_report(work, self.make_report, self.report_error, self.time_limit,
                                   "fast" if self.analysis == "fast" else "full", self.debug)
        if report is None:  # refused, out of time or failed: reported, and the others go on
            return
        result = self.library.add(work, report, self.analysis)
        if result.created:
            self.stats.added += 1
        else:
            self.stats.updated += 1
        self.on_stored(Stored(result.id, work.title, work.source,
                              "added" if result.created else "updated", result.chapters_before, len(work.chapters),
                              result.text_changed))

    def summary(self, where: str) -> str:
        skipped = f", {self.stats.skipped} already there" if self.skip_existing else ""
        return (f"ficlens: {self.stats.added} added, {self.stats.updated} updated, {self.stats.failed} failed"
                f"{skipped} -> {where}")


def say_new_versions(stored: Stored) -> None:
    """A stored work's line on stderr when it is a new version of a stored one (its text changed)."""
    if stored.status == "updated" and stored.text_changed:
        print(stored.line(), file=sys.stderr)


def add_paths(library: Library, paths: Sequence[str], analysis: Analysis, debug: bool = False,
              make_report: Analyse | None = None, skip_existing: bool = False,
              time_limit: float | None = DEFAULT_TIME_LIMIT, on_stored: Callable[[Stored], None] | None = None
              ) -> int:
    """Add every work found under ``paths``; returns the exit status (1 when some input failed).

    ``make_report`` replaces the analysis named by ``analysis`` (which is still what the library records).
    ``skip_existing`` leaves a work alone when its text is stored already with the same kind of analysis.
    ``time_limit``: CPU-seconds one work's analysis may take (None or 0: no limit). ``on_stored``: see
    :class:`Adder`.
    """
    from ficlens.ingest import count_works, read_all

    adder = Adder(library, analysis, make_report, skip_existing, time_limit, debug, on_stored)
    with stderr_bar() as progress:
        task = progress.add_task("adding", total=count_works(paths))
        for work in read_all(paths, on_error=adder.report_error):
            progress.update(task, description=_label(work))
            adder.add(work)
            progress.advance(task)
    print(adder.summary(str(library.path)), file=sys.stderr)
    return 1 if adder.stats.failed else 0


def _label(work: Work) -> str:
    """The work's name for the progress bar: one line, no controls, and escaped for rich's markup (a title such
    as ``[/b]`` would otherwise stop the bar with a MarkupError)."""
    from rich.markup import escape

    name = one_line(work.title or work.source.rsplit("/", 1)[-1])
    return escape(name if len(name) <= 32 else name[:31] + "…")
