"""``ficlens add | remove | list | search | exclusions | serve``: the personal library and its web reader."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from ficlens.budget import add_time_limit_option
from ficlens.errors import UsageError
from ficlens.safe_text import display_path, json_line, one_line

if TYPE_CHECKING:
    from ficlens.library import Library
    from ficlens.library.importer import Analysis


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--library", metavar="FILE",
                        help="the library file (default: $FICLENS_LIBRARY, else one in your user data directory)")

    p = sub.add_parser("add", parents=[common], help="analyse works and store them in the library")
    p.add_argument("paths", nargs="+", metavar="PATH", help="a file, a folder or a .zip")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--fast", action="store_true", help="triage analysis (no parser)")
    mode.add_argument("--no-analysis", action="store_true",
                      help="store the works without analysing them (tags come from the files only)")
    p.add_argument("--skip-existing", action="store_true",
                   help="leave works whose text is stored already (same analysis) alone: a fast resume")
    add_time_limit_option(p)
    p.set_defaults(func=run_add)

    p = sub.add_parser("remove", parents=[common], help="remove works from the library, by id or by the path added")
    p.add_argument("ids", nargs="+", metavar="ID|PATH",
                   help="a work id (see `ficlens list`), or the file or folder it was added from")
    p.set_defaults(func=run_remove)

    p = sub.add_parser("list", parents=[common], help="list the works in the library")
    p.add_argument("--json", action="store_true", help="JSON Lines, one object per work")
    p.set_defaults(func=run_list)

    p = sub.add_parser("search", parents=[common], help="full-text search and AO3-style tag filters")
    p.add_argument("query", nargs="?", metavar="QUERY", help="words that must all occur in title, summary or text")
    p.add_argument("--include", action="append", default=[], metavar="TAG",
                   help="keep only works with this tag (repeatable; all must match); 'kind:TAG' narrows the kind")
    p.add_argument("--exclude", action="append", default=[], metavar="TAG",
                   help="remove works with this tag (repeatable; any removes)")
    p.add_argument("--ignore-exclusions", action="store_true", help="do not apply the saved exclusion list")
    p.add_argument("--show-removed", action="store_true", help="also list the removed works and why")
    p.add_argument("--limit", type=int, default=None, metavar="N", help="at most N results")
    p.add_argument("--json", action="store_true", help='JSON Lines: {"id", "title", "source", "why"}')
    p.set_defaults(func=run_search)

    p = sub.add_parser("exclusions", parents=[common], help='the saved "never show me" list applied everywhere')
    p.add_argument("action", nargs="?", choices=["list", "add", "remove", "clear"], default="list")
    p.add_argument("tags", nargs="*", metavar="TAG")
    p.set_defaults(func=run_exclusions)

    p = sub.add_parser("serve", parents=[common], help="the web library and reader")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default: loopback only)")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--allow-host", action="append", default=[], metavar="NAME",
                   help="a further name the server answers to (repeatable; by default only loopback names and "
                        "--host: a request naming any other Host is refused, against DNS rebinding)")
    p.set_defaults(func=run_serve)


@contextmanager
def open_library(args: argparse.Namespace, create: bool = False) -> Iterator[Library]:
    """The library named by ``--library`` (or its default), closed afterwards. Only commands that store something
    pass ``create``: reading a library that is not there is an error, never a new empty library. Any SQLite
    failure on the way (a damaged file) is one line naming the file."""
    from ficlens.library import Library

    with Library(args.library, create=create) as lib, lib.errors_named():
        yield lib


def run_add(args: argparse.Namespace) -> int:
    from ficlens.library.importer import add_paths

    analysis: Analysis = None if args.no_analysis else ("fast" if args.fast else "full")
    with open_library(args, create=True) as lib:
        return add_paths(lib, args.paths, analysis, debug=args.debug, skip_existing=args.skip_existing,
                         time_limit=args.time_limit)


def run_remove(args: argparse.Namespace) -> int:
    failed = 0
    with open_library(args) as lib:
        for target in args.ids:
            if target.isdigit():  # a bare number is an id (write ./123 for a file of that name)
                ids = [int(target)]
            else:
                ids = [row.id for row in lib.rows() if added_from(row.source, target)]
            removed = [work_id for work_id in ids if lib.remove(work_id)]
            for work_id in removed:
                print(f"removed {work_id}", file=sys.stderr)
            if not removed:
                failed += 1
                what = f"id {target}" if target.isdigit() else f"source '{display_path(target)}'"
                print(f"ficlens: error: no work with {what} in {display_path(lib.path)}", file=sys.stderr)
    return 1 if failed else 0


def added_from(source: str, target: str) -> bool:
    """Whether a work stored with ``source`` was added from the file or folder ``target`` (the same string, the
    same resolved path, or a path inside that folder; a zip's members, stored as ``ZIP#MEMBER``, come from the zip)."""
    if source == display_path(target):
        return True
    there = Path(display_path(Path(target).resolve()))  # sources are stored in their safe form
    for candidate in {source, source.split("#", 1)[0]}:
        here = Path(candidate).resolve()
        if here == there or there in here.parents:
            return True
    return False


def run_list(args: argparse.Namespace) -> int:
    with open_library(args) as lib:
        rows = lib.rows()
        reports = lib.reports(r.id for r in rows)
        for row in rows:
            report = reports[row.id]
            rating = report.rating.label if row.analysis else None
            if args.json:
                sys.stdout.write(json_line({"id": row.id, "title": row.title, "source": row.source,
                                            "words": row.words, "rating": rating, "analysis": row.analysis,
                                            "warnings": [w.label for w in report.warnings]}) + "\n")
            else:
                sys.stdout.write(f"{row.id:>5}  {rating or '-'}  {row.words:>8,} words  "
                                 f"{one_line(row.display_title)}  ({display_path(row.source)})\n")
        if not args.json:
            print(f"{len(rows)} works in {display_path(lib.path)}", file=sys.stderr)
    return 0


def run_search(args: argparse.Namespace) -> int:
    from ficlens.library import search

    if args.limit is not None and args.limit < 0:
        raise UsageError("--limit must be >= 0")
    with open_library(args) as lib:
        result = search(lib, args.query, args.include, args.exclude,
                        use_saved_exclusions=not args.ignore_exclusions, limit=args.limit)
    shown = result.hits + (result.removed if args.show_removed else [])
    for hit in shown:
        if args.json:
            data = hit.as_json()
            if args.show_removed:
                data["removed"] = not hit.kept
            sys.stdout.write(json_line(data) + "\n")
        else:
            mark = "" if hit.kept else "  [removed]"
            sys.stdout.write(f"{hit.id:>5}  {one_line(hit.row.display_title)}  ({display_path(hit.row.source)})"
                             f"{mark}\n")
            for reason in hit.why:
                sys.stdout.write(f"         - {one_line(reason)}\n")
    if result.exclusions:
        print(f"saved exclusions applied: {one_line(', '.join(result.exclusions))} (--ignore-exclusions to skip "
              "them)", file=sys.stderr)
    print(f"{len(result.hits)} found, {len(result.removed)} removed by filters", file=sys.stderr)
    return 0


def run_exclusions(args: argparse.Namespace) -> int:
    if args.action in ("add", "remove") and not args.tags:
        raise UsageError(f"exclusions {args.action} needs at least one TAG")
    if args.action in ("list", "clear") and args.tags:
        raise UsageError(f"exclusions {args.action} takes no TAG")
    with open_library(args, create=args.action == "add") as lib:
        if args.action == "add":
            lib.add_exclusions(args.tags)
        elif args.action == "remove":
            lib.remove_exclusions(args.tags)
        elif args.action == "clear":
            lib.set_exclusions([])
        for name in lib.exclusions():
            sys.stdout.write(one_line(name) + "\n")
    return 0


def run_serve(args: argparse.Namespace) -> int:
    from ficlens.web import create_app
    from ficlens.web.serve import serve

    with open_library(args) as lib:
        print(f"ficlens: serving {lib.path} at http://{args.host}:{args.port}/", file=sys.stderr)
        if args.host not in ("127.0.0.1", "localhost", "::1"):
            print(f"ficlens: warning: {args.host} is not loopback and there is no login: anyone who can reach it "
                  "can read your library (it answers only to the Host names --host and --allow-host give)",
                  file=sys.stderr)
        serve(create_app(lib, hosts=[args.host, *args.allow_host]), args.host, args.port)
    return 0
