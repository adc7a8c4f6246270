"""``ficlens calibre sync LIBRARY_DIR``: write ficlens's reading into a calibre library's custom columns."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ficlens.safe_text import display_path, json_line, one_line


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("calibre", help="work with a calibre library (see also `ficlens add LIBRARY_DIR`)")
    actions = p.add_subparsers(dest="calibre_command", metavar="ACTION", required=True)
    s = actions.add_parser(
        "sync", help="write ficlens's reading into calibre custom columns (through calibredb)",
        description="For every work stored from LIBRARY_DIR (`ficlens add LIBRARY_DIR` first), set calibre's "
        "custom columns #ficlens_rating, #ficlens_archive_warnings, #ficlens_warnings (label: severity), "
        "#ficlens_characters, #ficlens_relationships and #ficlens_fandoms through calibredb, creating them when "
        "missing. Close calibre first: calibredb cannot write a library the calibre window has open.")
    s.add_argument("calibre_dir", metavar="LIBRARY_DIR", help="the calibre library folder (it holds metadata.db)")
    s.add_argument("--library", metavar="FILE",
                   help="the ficlens library file (default: $FICLENS_LIBRARY, else one in your user data directory)")
    s.add_argument("--dry-run", action="store_true", help="print what would be written; run no calibredb command")
    s.add_argument("--json", action="store_true",
                   help='JSON Lines on stdout, one {"book_id", "work_id", "title", COLUMN: [values]...} per book')
    s.set_defaults(func=run_sync)


def run_sync(args: argparse.Namespace) -> int:
    from ficlens.cli.library import open_library
    from ficlens.library.calibre_sync import COLUMNS, Calibredb, CalibreError, updates

    calibre_dir = Path(args.calibre_dir)
    calibredb = None if args.dry_run else Calibredb(calibre_dir)
    with open_library(args) as lib:
        found, unanalysed = updates(lib, calibre_dir)
    if calibredb is not None and found:
        for label in calibredb.ensure_columns(COLUMNS):
            print(f"ficlens: created calibre column #{label}", file=sys.stderr)
    failed = 0
    for update in found:
        if calibredb is not None:
            try:
                calibredb.set_fields(update)
            except CalibreError as exc:  # one book calibre refuses (deleted since the add, say) never stops the rest
                failed += 1
                print(f"ficlens: error: book {update.book_id} ({one_line(update.title)}): {exc}", file=sys.stderr)
                continue
        if args.json:
            sys.stdout.write(json_line(update.as_json()) + "\n")
        else:
            warnings = update.fields["ficlens_warnings"]
            sys.stdout.write(f"book {update.book_id:>5}  {''.join(update.fields['ficlens_rating']) or '-'}  "
                             f"{one_line(update.title)}: {len(warnings)} warning(s)\n")
    verb = "would be updated" if args.dry_run else "updated"
    skipped = f"; {unanalysed} stored without analysis (run `ficlens add` without --no-analysis)" if unanalysed else ""
    failures = f", {failed} failed" if failed else ""
    print(f"ficlens: {len(found) - failed} calibre book(s) {verb}{failures} in {display_path(calibre_dir)}{skipped}",
          file=sys.stderr)
    if not found and not unanalysed:
        print(f"ficlens: no work in the library was added from {display_path(calibre_dir)}: run "
              f"`ficlens add {display_path(calibre_dir)}` first", file=sys.stderr)
    return 1 if failed else 0
