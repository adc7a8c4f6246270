"""``ficlens analyze`` and ``ficlens text``."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, cast

from ficlens.budget import add_time_limit_option, analyse_or_report
from ficlens.cli.collector import fewer_collections
from ficlens.errors import InputError
from ficlens.ingest import count_works, read, read_all
from ficlens.safe_text import json_line, utf8_json

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

    from ficlens.nlp.loader import Profile

PROGRESS_MIN_WORKS = 3


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("analyze", aliases=["analyse"], help="analyse works and print their reports")
    p.add_argument("paths", nargs="+", metavar="PATH", help="a file, a folder or a .zip; - reads standard input")
    p.add_argument("--json", action="store_true", help="JSON Lines: one report object per work")
    p.add_argument("--fast", action="store_true", help="triage mode: no parser; warnings and names only")
    add_time_limit_option(p)
    p.set_defaults(func=run_analyze)

    t = sub.add_parser("text", help="print the plain text that report offsets refer to")
    t.add_argument("path", metavar="PATH", help="a file; - reads standard input")
    t.add_argument("--json", action="store_true", help='JSON Lines, one {"source", "title", "text"} per work')
    t.set_defaults(func=run_text)


class ErrorLog:
    """Collects input errors, printing each as one line on stderr."""

    def __init__(self, debug: bool = False) -> None:
        self.count = 0
        self.debug = debug

    def __call__(self, err: InputError) -> None:
        self.count += 1
        print(f"ficlens: error: {err}", file=sys.stderr)
        if self.debug and err.__cause__ is not None:
            import traceback

            traceback.print_exception(err.__cause__, file=sys.stderr)


class NoBar:
    """A stand-in for the progress bar when there is none to show (fewer than PROGRESS_MIN_WORKS works): it spares
    importing ``rich`` (~40 ms of a one-work ``analyze --json``'s start-up), which only the bar and the text
    report need."""

    def __enter__(self) -> NoBar:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def add_task(self, description: str, total: int) -> TaskID:
        return cast("TaskID", 0)

    def advance(self, task: TaskID) -> None:
        return None


def progress_bar(works: int) -> Progress | NoBar:
    """The progress bar over ``works`` works: :func:`~ficlens.progress.stderr_bar`, or none for a few works."""
    if works < PROGRESS_MIN_WORKS:
        return NoBar()
    from ficlens.progress import stderr_bar

    return stderr_bar()


def run_analyze(args: argparse.Namespace) -> int:
    from ficlens.analyse import analyse_work

    errors = ErrorLog(debug=args.debug)
    profile: Profile = "fast" if args.fast else "full"
    total = count_works(args.paths)
    with fewer_collections(), progress_bar(total) as bar:
        task = bar.add_task("analysing", total=total)
        for work in read_all(args.paths, on_error=errors):  # one work in memory at a time
            try:
                report = analyse_or_report(work, lambda w: analyse_work(w, profile), errors, args.time_limit,
                                           profile, debug=args.debug)
            finally:
                bar.advance(task)
            if report is None:
                continue
            if args.json:
                sys.stdout.write(utf8_json(report.to_json()) + "\n")
                sys.stdout.flush()
            else:
                from ficlens.cli.render import render_report

                render_report(report)
    return 1 if errors.count else 0


def run_text(args: argparse.Namespace) -> int:
    """Print exactly ``Work.text`` (UTF-8 whatever the locale); a newline is added only on a terminal."""
    errors = ErrorLog(debug=args.debug)
    for work in read(args.path, on_error=errors):
        if args.json:
            _write_exact(json_line({"source": work.source, "title": work.title, "text": work.text}) + "\n")
            continue
        _write_exact(work.text)
        if sys.stdout.isatty() and not work.text.endswith("\n"):
            sys.stdout.write("\n")
    sys.stdout.flush()
    return 1 if errors.count else 0


def _write_exact(text: str) -> None:
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "")
    buffer = getattr(sys.stdout, "buffer", None)
    if encoding == "utf8" or buffer is None:
        sys.stdout.write(text)
        return
    sys.stdout.flush()
    buffer.write(text.encode("utf-8"))
    buffer.flush()
