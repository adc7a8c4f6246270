"""``ficlens classify-passages FILE.jsonl [--json]``: the passage-level decision ``analyze`` uses for evidence."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ficlens.errors import InputError, UsageError
from ficlens.safe_text import json_line, one_line

if TYPE_CHECKING:
    from ficlens.analyse.warnings.classifier import PassageDecision


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("classify-passages", help="decide, per passage, whether a content warning applies")
    p.add_argument("file", metavar="FILE.jsonl", help='lines of {"id", "text", "warning"}; - for stdin')
    p.add_argument("--json", action="store_true", help="JSON Lines output (the default is a short table)")
    p.add_argument("--engine", choices=["auto", "linear", "ml", "lexicon", "reader"], default="auto",
                   help="auto (default): ml when the ml extra is installed, else linear; lexicon: no trained model")
    p.set_defaults(func=run_classify)


def read_items(path: str) -> Iterator[dict[str, Any]]:
    if path == "-":
        yield from parse_lines(path, sys.stdin)
        return
    try:
        with Path(path).open(encoding="utf-8") as fh:
            yield from parse_lines(path, fh)
    except OSError as exc:
        raise InputError(path, exc.strerror or str(exc)) from exc


def parse_lines(path: str, lines: Iterable[str]) -> Iterator[dict[str, Any]]:
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(path, f"line {n}: not JSON ({exc.msg})") from exc
        if not isinstance(item, dict) or not isinstance(item.get("text"), str) or "warning" not in item:
            raise InputError(path, f'line {n}: expected {{"id": ..., "text": str, "warning": label}}')
        yield item


def run_classify(args: argparse.Namespace) -> int:
    from ficlens.analyse.warnings.classifier import PassageClassifier

    classifier = PassageClassifier(args.engine)
    for chunk in chunks(checked_items(args.file), CHUNK):
        decisions = classifier.classify_many([(str(item["text"]), str(item["warning"])) for item in chunk])
        for item, decision in zip(chunk, decisions, strict=True):
            print_decision(item, decision, args.json)
        sys.stdout.flush()
    return 0


CHUNK = 64  # passages decided together: the ml engine embeds them in one batch, and output still streams


def checked_items(path: str) -> Iterator[dict[str, Any]]:
    """The input items, each with a known warning label (else :class:`UsageError`, raised when that line is
    reached, after every earlier line has been answered)."""
    from ficlens.analyse.warnings.labels import LABELS

    for item in read_items(path):
        label = str(item["warning"])
        if label not in LABELS:
            raise UsageError(f"{path}: unknown warning label {label!r} (see docs/taxonomy.md)")
        yield item


def chunks(items: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    """``items`` in lists of at most ``size``. A failing item ends the iteration only after the items before it
    have been yielded, so every earlier line still gets its answer."""
    batch: list[dict[str, Any]] = []
    iterator = iter(items)
    while True:
        try:
            item = next(iterator)
        except StopIteration:
            break
        except Exception:
            if batch:
                yield batch
            raise
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def print_decision(item: dict[str, Any], decision: PassageDecision, as_json: bool) -> None:
    label = decision.label
    if as_json:
        out = {"id": item.get("id"), "warning": label, "positive": decision.positive, "score": decision.score}
        print(json_line(out))
    else:
        flag = "yes" if decision.positive else "no"
        print(f"{one_line(str(item.get('id'))):<12} {label:<22} {flag:<4} {decision.score:.3f}")
