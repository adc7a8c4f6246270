"""Batch input: a folder or zip (through :func:`ficlens.ingest.read`), or JSONL of ``{"id", "text"}`` lines.

JSONL input is a ``.jsonl``/``.ndjson`` file, a folder holding only such files (shards), ``-`` (JSONL on standard
input), or (Ray engine only) a URI such as ``s3://bucket/shards/``. A work's source is ``<INPUT>#<id>`` whichever
shard it came from.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ficlens.errors import InputError
from ficlens.ingest import count_works, read
from ficlens.ingest.files import STDIN, STDIN_SOURCE
from ficlens.work import Work, is_blank


@dataclass(slots=True)
class Item:
    """One work to analyse, or one input that could not even be read (``work`` None, ``error`` set)."""

    id: str
    hash: str
    work: Work | None
    error: str | None = None


def content_hash(text: str) -> str:
    """A short, stable fingerprint of a work's text (resuming re-analyses a work whose text changed)."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=10).hexdigest()


JSONL_SUFFIXES = (".jsonl", ".ndjson")


def is_uri(path: str | Path) -> bool:
    """``s3://...``, ``gs://...`` and the like: only the Ray engine reads those (as JSONL)."""
    return "://" in str(path)


def jsonl_files(path: str | Path) -> list[Path] | None:
    """The JSONL files ``path`` stands for: itself, or a folder's files when all are JSONL shards; else None."""
    p = Path(path)
    if p.is_file():
        return [p] if p.name.lower().endswith(JSONL_SUFFIXES) else None
    if p.is_dir():
        files = sorted(q for q in p.rglob("*") if q.is_file() and not q.name.startswith("."))
        if files and all(q.name.lower().endswith(JSONL_SUFFIXES) for q in files):
            return files
    return None


def is_jsonl(path: str | Path) -> bool:
    """Whether ``path`` is JSONL input: a .jsonl/.ndjson file, a folder of them only, ``-`` or a URI."""
    return is_uri(path) or str(path) == STDIN or jsonl_files(path) is not None


def iter_items(path: str | Path) -> Iterator[Item]:
    """Every work at ``path``, one at a time, each with an id unique in this input (:func:`unique_ids`);
    unreadable inputs come through as error items, never as exceptions."""
    return unique_ids(_items(path))


class UniqueIds:
    """The ids given so far in one input: a repeated id is made unique, the second ``x`` becoming ``x#2``, the
    third ``x#3`` (the input's order decides, so a re-run gives every work the same id again and resuming skips
    it). Both engines go through it: :func:`unique_ids` here, and the Ray engine's one in-order id actor."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def claim(self, ident: str) -> str:
        """``ident``, or the first ``ident#N`` not given yet; given from now on."""
        if ident in self.seen:
            n = 2
            while f"{ident}#{n}" in self.seen:
                n += 1
            ident = f"{ident}#{n}"
        self.seen.add(ident)
        return ident


def unique_ids(items: Iterable[Item]) -> Iterator[Item]:
    """``items`` with every repeated id made unique (:class:`UniqueIds`)."""
    ids = UniqueIds()
    for item in items:
        item.id = ids.claim(item.id)
        yield item


def _items(path: str | Path) -> Iterator[Item]:
    if str(path) == STDIN:
        stdin = open(sys.stdin.fileno(), encoding="utf-8", errors="surrogateescape", closefd=False)  # noqa: SIM115
        yield from _jsonl_lines(stdin, STDIN_SOURCE)
        return
    p = Path(path)
    if not p.exists():
        raise InputError(str(p), "no such file or folder")
    shards = jsonl_files(p)
    if shards is not None:
        for shard in shards:
            yield from _jsonl_items(shard, str(path))
        return
    failed: list[InputError] = []
    for work in read(p, on_error=failed.append):
        while failed:
            err = failed.pop(0)
            yield Item(id=err.source, hash="", work=None, error=err.reason)
        yield Item(id=work.source, hash=content_hash(work.text), work=work)
    for err in failed:
        yield Item(id=err.source, hash="", work=None, error=err.reason)


def _jsonl_items(path: Path, origin: str) -> Iterator[Item]:
    with path.open("r", encoding="utf-8", errors="surrogateescape") as fh:
        yield from _jsonl_lines(fh, origin)


def _jsonl_lines(lines: Iterable[str], origin: str) -> Iterator[Item]:
    for line in lines:
        if line.strip():
            yield line_item(line, origin)


def line_item(line: str, origin: str) -> Item:
    """An Item from one JSONL line; a bad line becomes an error item (id: its ``id`` if any, else its hash)."""
    rec: Any = None
    try:
        rec = json.loads(line)
        return record_item(rec, origin)
    except (ValueError, TypeError, KeyError) as exc:
        # the line is hashed only here: a good line's text is hashed once, by record_item
        if isinstance(rec, dict) and "id" in rec:
            ident = str(rec["id"])
        else:
            ident = f"{origin}:line-{content_hash(line.strip())}"
        return Item(id=ident, hash="", work=None, error=f"bad JSONL line: {exc}")


def record_item(rec: dict[str, object], origin: str) -> Item:
    """An Item from one JSONL record ``{"id", "text", ["title"], ["authors"], ["source"]}``."""
    if not isinstance(rec, dict):
        raise TypeError("a line must be a JSON object")
    raw_id, text = rec["id"], rec["text"]
    if not isinstance(text, str):
        raise TypeError('"text" must be a string')
    ident = str(raw_id)
    if is_blank(text):  # as ingest refuses an empty file: no report claims to have read a work
        return Item(id=ident, hash=content_hash(text), work=None,
                    error='"text" holds only whitespace' if text else '"text" is empty')
    title = rec.get("title")
    authors = rec.get("authors")
    source = rec.get("source")
    work = Work(
        text=text,
        source=str(source) if source else f"{origin}#{ident}",
        format="text",
        title=str(title) if title else None,
        authors=[str(a) for a in authors] if isinstance(authors, list) else [],
    )
    return Item(id=ident, hash=content_hash(text), work=work)


def count_items(path: str | Path) -> int | None:
    """How many works ``path`` holds, where that is cheap to know: JSONL lines, else what
    :func:`ficlens.ingest.count_works` tells from names (the works :func:`iter_items` reads); None for a URI or
    standard input."""
    if is_uri(path) or str(path) == STDIN:
        return None
    p = Path(path)
    shards = jsonl_files(p)
    if shards is not None:
        total = 0
        for shard in shards:
            with shard.open("rb") as fh:
                total += sum(1 for line in fh if line.strip())
        return total
    return count_works([p])
