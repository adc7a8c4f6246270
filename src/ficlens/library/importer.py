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


def add_paths(library: Library, paths: Sequence[str], analysis: Analysis, debug: bool = False,
              make_report: Analyse | None = None, skip_existing: bool = False,
              time_limit: float | None = DEFAULT_TIME_LIMIT) -> int:
    """Add every work found under ``paths``; returns the exit status (1 when some input failed).

    ``make_report`` replaces the analysis named by ``analysis`` (which is still what the library records).
    ``skip_existing`` leaves a work alone when its text is stored already with the same kind of analysis.
    ``time_limit``: CPU-seconds one work's analysis may take (None or 0: no limit).
    """
    from ficlens.ingest import count_works, read_all

    stats = AddStats()

    def report_error(err: InputError) -> None:
        stats.failed += 1
        print(f"ficlens: error: {err}", file=sys.stderr)

    if make_report is None:
        make_report = analyser_for(analysis)
    with stderr_bar() as progress:
        task = progress.add_task("adding", total=count_works(paths))
        for work in read_all(paths, on_error=report_error):
            progress.update(task, description=_label(work))
            if skip_existing and library.has(work, analysis):
                stats.skipped += 1
                progress.advance(task)
                continue
            report = analyse_or_report(work, make_report, report_error, time_limit,
                                       "fast" if analysis == "fast" else "full", debug)
            if report is None:  # refused, out of time or failed: reported, and the others go on
                progress.advance(task)
                continue
            result = library.add(work, report, analysis)
            if result.created:
                stats.added += 1
            else:
                stats.updated += 1
            progress.advance(task)
    skipped = f", {stats.skipped} already there" if skip_existing else ""
    print(f"ficlens: {stats.added} added, {stats.updated} updated, {stats.failed} failed{skipped} -> {library.path}",
          file=sys.stderr)
    return 1 if stats.failed else 0


def _label(work: Work) -> str:
    """The work's name for the progress bar: one line, no controls, and escaped for rich's markup (a title such
    as ``[/b]`` would otherwise stop the bar with a MarkupError)."""
    from rich.markup import escape

    name = one_line(work.title or work.source.rsplit("/", 1)[-1])
    return escape(name if len(name) <= 32 else name[:31] + "…")
