"""``ficlens add | remove | list | search | exclusions | serve``: the personal library and its web reader."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from ficlens.budget import add_time_limit_option
from ficlens.errors import UsageError
from ficlens.safe_text import display_path, json_line, one_line, printable

if TYPE_CHECKING:
    from ficlens.library import Hit, Library
    from ficlens.library.importer import Analysis, Stored
    from ficlens.library.ranges import Ranges


WATCH_INTERVAL = 5.0  # seconds between two looks at a watched folder


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--library", metavar="FILE",
                        help="the library file (default: $FICLENS_LIBRARY, else one in your user data directory)")

    p = sub.add_parser("add", parents=[common], help="analyse works and store them in the library")
    p.add_argument("paths", nargs="+", metavar="PATH", help="a file, a folder or a .zip; - reads standard input")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--fast", action="store_true", help="triage analysis (no parser)")
    mode.add_argument("--no-analysis", action="store_true",
                      help="store the works without analysing them (tags come from the files only)")
    p.add_argument("--skip-existing", action="store_true",
                   help="leave works whose text is stored already (same analysis) alone: a fast resume")
    p.add_argument("--json", action="store_true",
                   help='JSON Lines on stdout, one {"id", "title", "source", "status": "added"|"updated"} per work '
                        "stored")
    p.add_argument("--watch", action="store_true",
                   help="follow the folders PATH (a FanFicFare download folder): add each work file that appears, "
                        "and update a stored work in place when it is downloaded again; Ctrl-C ends")
    p.add_argument("--interval", type=float, default=None, metavar="SECONDS",
                   help=f"with --watch: how often to look at the folders (default {WATCH_INTERVAL:g})")
    add_time_limit_option(p)
    p.set_defaults(func=run_add)

    p = sub.add_parser("remove", parents=[common], help="remove works from the library, by id or by the path added")
    p.add_argument("ids", nargs="+", metavar="ID|PATH",
                   help="a work id (see `ficlens list`), or the file or folder it was added from")
    p.add_argument("--json", action="store_true", help='JSON Lines on stdout, one {"id", "removed": true} per work')
    p.set_defaults(func=run_remove)

    narrow = argparse.ArgumentParser(add_help=False)
    narrow.add_argument("--sort", choices=["title", "words", "updated", "added", "kudos"], default=None,
                        help="order: title (A-Z), words, updated (the work's last date), added (to the library), "
                             "kudos (where known); all but title most/newest first")
    narrow.add_argument("--status", metavar="complete|in-progress", help="only complete, or in-progress, works")
    narrow.add_argument("--words", metavar="MIN-MAX", help="word count range: 1000-50000, 10k-, -5000")
    narrow.add_argument("--since", metavar="DATE", help="the work last dated on or after YYYY[-MM[-DD]]")
    narrow.add_argument("--until", metavar="DATE", help="the work last dated on or before YYYY[-MM[-DD]]")

    p = sub.add_parser("list", parents=[common, narrow],
                       help="list the works in the library (less the saved exclusions)")
    p.add_argument("--json", action="store_true", help="JSON Lines, one object per work")
    p.add_argument("--all", action="store_true", help='also list the works your "never show me" list hides')
    p.set_defaults(func=run_list)

    p = sub.add_parser("search", parents=[common, narrow], help="full-text search and AO3-style tag filters")
    p.add_argument("query", nargs="?", metavar="QUERY", help="words that must all occur in title, summary or text")
    p.add_argument("--include", action="append", default=[], metavar="TAG",
                   help="keep only works with this tag (repeatable; all must match); 'kind:TAG' narrows the kind")
    p.add_argument("--exclude", action="append", default=[], metavar="TAG",
                   help="remove works with this tag (repeatable; any removes)")
    p.add_argument("--ignore-exclusions", action="store_true", help="do not apply the saved exclusion list")
    p.add_argument("--show-removed", action="store_true", help="also list the removed works")
    p.add_argument("--why", action="store_true", help="under each work, every rule that kept or removed it")
    p.add_argument("--limit", type=int, default=None, metavar="N", help="at most N results")
    p.add_argument("--json", action="store_true", help='JSON Lines: {"id", "title", "source", "why"}')
    p.set_defaults(func=run_search)

    p = sub.add_parser("exclusions", parents=[common], help='the saved "never show me" list applied everywhere')
    p.add_argument("action", nargs="?", choices=["list", "add", "remove", "clear"], default="list")
    p.add_argument("tags", nargs="*", metavar="TAG")
    p.add_argument("--force", action="store_true",
                   help="save a tag even when no work has it and it looks like a misspelling of one")
    p.add_argument("--json", action="store_true", help='JSON Lines, one {"tag"} per saved exclusion (after the action)')
    p.set_defaults(func=run_exclusions)

    p = sub.add_parser("correct", parents=[common],
                       help="correct ficlens's reading of a work: mark a tag wrong, add a missing one, or undo")
    p.add_argument("id", type=int, metavar="ID", help="the work (an id from `ficlens list`)")
    p.add_argument("--wrong", action="append", default=[], metavar="TAG",
                   help="a tag of ficlens's reading that is wrong for this work: filters stop matching it")
    p.add_argument("--add", action="append", default=[], metavar="KIND:TAG",
                   help="a tag ficlens missed (warning:violence, freeform:Hurt/Comfort): filters match it")
    p.add_argument("--undo", action="append", default=[], metavar="TAG", help="withdraw your correction of a tag")
    p.add_argument("--json", action="store_true",
                   help='JSON Lines, one {"action", "kind", "tag"} per correction the work now has')
    p.set_defaults(func=run_correct)

    p = sub.add_parser("labels", help="the tags ficlens knows: content-warning labels, archive warnings, ratings "
                                      "and fan vocabulary (ship names, abbreviations)")
    p.add_argument("--json", action="store_true", help="one JSON object")
    p.set_defaults(func=run_labels)

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
    if args.watch:
        return run_watch(args, analysis)
    if args.interval is not None:
        raise UsageError("--interval goes with --watch")
    with open_library(args, create=True) as lib:
        return add_paths(lib, args.paths, analysis, debug=args.debug, skip_existing=args.skip_existing,
                         time_limit=args.time_limit, on_stored=stored_announcer(args.json, every=False))


def stored_announcer(as_json: bool, every: bool) -> Callable[[Stored], None]:
    """What ``add`` says of each work it stores: a JSON line on stdout with ``--json``; on stderr, a line for
    each new version of a stored work, or (``every``, as ``--watch`` does) for every work stored."""
    from ficlens.library.importer import say_new_versions

    def announce(stored: Stored) -> None:
        if as_json:
            sys.stdout.write(json_line(stored.as_json()) + "\n")
            sys.stdout.flush()
        if every and stored.text_changed:
            print(stored.line(), file=sys.stderr)
        elif not every:
            say_new_versions(stored)

    return announce


def run_watch(args: argparse.Namespace, analysis: Analysis) -> int:
    """``add --watch``: follow the folders until Ctrl-C, then say what was stored."""
    from ficlens.library.importer import Adder
    from ficlens.library.watch import watch

    interval = WATCH_INTERVAL if args.interval is None else args.interval
    if interval <= 0:
        raise UsageError("--interval must be more than 0 seconds")
    folders = [Path(p) for p in args.paths]
    for folder in folders:
        if not folder.is_dir():
            raise UsageError(f"--watch follows folders: {display_path(folder)} is not one")
    with open_library(args, create=True) as lib:
        adder = Adder(lib, analysis, skip_existing=True, time_limit=args.time_limit, debug=args.debug,
                      on_stored=stored_announcer(args.json, every=True))
        print(f"ficlens: watching {', '.join(display_path(f) for f in folders)} every {interval:g} s; Ctrl-C ends",
              file=sys.stderr)
        watch(adder, folders, interval)
        print(adder.summary(display_path(lib.path)), file=sys.stderr)
    return 1 if adder.stats.failed else 0


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
                if args.json:
                    sys.stdout.write(json_line({"id": work_id, "removed": True}) + "\n")
                else:
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
    from ficlens.library import search

    with open_library(args) as lib:
        result = search(lib, use_saved_exclusions=not args.all, ranges=ranges_of(args), sort=args.sort)
        rows = [h.row for h in result.hits]
        reports = lib.reports(r.id for r in rows)
        for row in rows:
            report = reports[row.id]
            rating = report.rating.label if row.analysis else None
            if args.json:
                sys.stdout.write(json_line({"id": row.id, "title": row.title, "source": row.source,
                                            "words": row.words, "rating": rating, "analysis": row.analysis,
                                            "warnings": [w.label for w in report.warnings],
                                            **asdict(row.meta)}) + "\n")
            else:
                status = f"  {row.meta.chapters} ch" if row.meta.chapters else ""
                sys.stdout.write(f"{row.id:>5}  {rating or '-'}  {row.words:>8,} words{status}  "
                                 f"{one_line(row.display_title)}  ({display_path(row.source)})\n")
        if not args.json:
            print(f"{len(rows)} works in {display_path(lib.path)}", file=sys.stderr)
        _say_hidden(result.removed, result.exclusions, "--all")
    return 0


def ranges_of(args: argparse.Namespace) -> Ranges:
    from ficlens.library.ranges import Ranges

    return Ranges.parse(args.status, args.words, args.since, args.until)


def _say_hidden(removed: list[Hit], exclusions: list[str], flag: str) -> None:
    hidden = [h for h in removed if any(r.startswith("saved exclusion") and ": removed" in r for r in h.why)]
    if exclusions and hidden:
        print(f"{len(hidden)} hidden by your saved exclusions ({one_line(', '.join(exclusions))}); {flag} shows "
              "them", file=sys.stderr)


def run_search(args: argparse.Namespace) -> int:
    from ficlens.library import search

    if args.limit is not None and args.limit < 0:
        raise UsageError("--limit must be >= 0")
    with open_library(args) as lib:
        result = search(lib, args.query, args.include, args.exclude,
                        use_saved_exclusions=not args.ignore_exclusions, limit=args.limit, ranges=ranges_of(args),
                        sort=args.sort)
    shown = result.hits + (result.removed if args.show_removed else [])
    for hit in shown:
        if args.json:
            data = hit.as_json()
            if args.show_removed:
                data["removed"] = not hit.kept
            sys.stdout.write(json_line(data) + "\n")
            continue
        mark = "" if hit.kept else f"  [{one_line(next((r for r in hit.why if 'removed' in r), 'removed'))}]"
        sys.stdout.write(f"{hit.id:>5}  {one_line(hit.row.display_title)}  ({display_path(hit.row.source)})"
                         f"{mark}\n")
        for reason in hit.why if args.why else []:
            sys.stdout.write(f"         - {one_line(reason)}\n")
    for problem in result.unknown:
        print(f"ficlens: note: {one_line(problem.message())}", file=sys.stderr)
    if result.exclusions:
        print(f"saved exclusions applied: {one_line(', '.join(result.exclusions))} (--ignore-exclusions to skip "
              "them)", file=sys.stderr)
    print(f"{len(result.hits)} found, {len(result.removed)} removed by filters", file=sys.stderr)
    return 0


def run_exclusions(args: argparse.Namespace) -> int:
    from ficlens.library.filters import refuse_misspelt

    if args.action in ("add", "remove") and not args.tags:
        raise UsageError(f"exclusions {args.action} needs at least one TAG")
    if args.action in ("list", "clear") and args.tags:
        raise UsageError(f"exclusions {args.action} takes no TAG")
    with open_library(args, create=args.action == "add") as lib:
        if args.action == "add":
            unknown = refuse_misspelt(lib.connection(), args.tags, args.force)  # misspelt: an error unless --force
            lib.add_exclusions(args.tags)
            for problem in unknown:
                print(f"ficlens: note: {one_line(problem.message())}; saved anyway", file=sys.stderr)
        elif args.action == "remove":
            lib.remove_exclusions(args.tags)
        elif args.action == "clear":
            lib.set_exclusions([])
        for name in lib.exclusions():
            sys.stdout.write(json_line({"tag": name}) + "\n" if args.json else one_line(name) + "\n")
    return 0


def run_correct(args: argparse.Namespace) -> int:
    from ficlens.library.corrections import correct, corrections, undo

    with open_library(args) as lib:
        for tag in args.undo:
            undo(lib, args.id, tag)
        for tag in args.wrong:
            correct(lib, args.id, tag, "wrong")
        for tag in args.add:
            correct(lib, args.id, tag, "add")
        fixes = corrections(lib.connection(), [args.id]).get(args.id, [])
        if not fixes and lib.row(args.id) is None:
            raise UsageError(f"no work {args.id} in the library")
        for action, kind, name in dict.fromkeys((f.action, f.kind, f.name) for f in fixes):
            sys.stdout.write(json_line({"action": action, "kind": kind, "tag": name}) + "\n" if args.json
                             else f"{action:<6} {kind.replace('_', ' ')}: {one_line(name)}\n")
    return 0


def run_labels(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from ficlens.library.filters import labels

    known = labels()
    if args.json:
        sys.stdout.write(json_line(asdict(known)) + "\n")
        return 0
    out = ["Content warnings (warning:LABEL, or LABEL@SEVERITY: " + " < ".join(known.severity) + ")"]
    out += [f"  {name:<22} {freeform}" for name, freeform in known.warning.items()]
    out += ["Archive warnings (archive_warning:NAME)", *(f"  {a}" for a in known.archive_warning)]
    out += ["Ratings (rating:LETTER or NAME)", *(f"  {k}  {v}" for k, v in known.rating.items())]
    out += ["Fan vocabulary (what you may type -> the AO3 tag it finds)",
            *(f"  {k:<22} {v}" for k, v in known.fan_vocabulary.items())]
    out += ["Also: author:NAME, title:WORDS, kind:TAG (fandom, relationship, character, freeform, category), "
            "* as a wildcard, and relationships by first names in any order (Derek/Stiles)."]
    sys.stdout.write("\n".join(printable(line) for line in out) + "\n")
    return 0


def run_serve(args: argparse.Namespace) -> int:
    from ficlens.web import create_app
    from ficlens.web.guard import LOOPBACK_HOSTS
    from ficlens.web.serve import listen, serve

    with open_library(args) as lib:
        sock = listen(args.host, args.port)  # a busy port is one line and exit 1, before "serving"
        host = f"[{args.host}]" if ":" in args.host else args.host
        print(f"ficlens: serving {display_path(lib.path)} at http://{host}:{args.port}/", file=sys.stderr)
        if args.host not in LOOPBACK_HOSTS:
            print(f"ficlens: warning: {args.host} is not loopback and there is no login: anyone who can reach it "
                  "can read your library (it answers only to the Host names --host and --allow-host give)",
                  file=sys.stderr)
        serve(create_app(lib, hosts=[args.host, *args.allow_host]), args.host, args.port, sock)
    return 0
