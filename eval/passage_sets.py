"""What the evals over hand-written passage sets in eval/data share (warnings_unlabelled.py, warnings_severity.py):
the command line (``--split``, ``--file``, ``--errors``, ``--engine``) and reading the chosen file."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

Item = TypeVar("Item")
Outcome = TypeVar("Outcome")
ENGINES = ("auto", "linear", "ml", "lexicon")


def passage_set_main(argv: list[str] | None, *, description: str | None, data: Path, prefix: str,
                     splits: Sequence[str], default: str, split_help: str, errors_help: str,
                     read_items: Callable[[Path], list[Item]], decide: Callable[[list[Item], str], list[Outcome]],
                     report: Callable[[list[Outcome], bool], None]) -> int:
    """Parse the command line, read ``data/{prefix}-{split}.jsonl`` (or ``--file``), decide its passages with the
    chosen engine and report; a missing or empty file is skipped with a note (exit 0)."""
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=splits, default=default, help=split_help)
    parser.add_argument("--file", type=Path, help="another file in the same format (overrides --split)")
    parser.add_argument("--errors", action="store_true", help=errors_help)
    parser.add_argument("--engine", choices=ENGINES, default="auto",
                        help="the classify-passages engine (default auto, as the CLI)")
    args = parser.parse_args(argv)
    path = args.file or data / f"{prefix}-{args.split}.jsonl"
    if not path.is_file():
        print(f"skipped: {path} is absent")
        return 0
    items = read_items(path)
    if not items:
        print(f"skipped: {path} has no passages")
        return 0
    print(f"{path.name}: {len(items)} passages")
    report(decide(items, args.engine), args.errors)
    return 0
