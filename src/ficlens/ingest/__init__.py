"""Ingest: one small reader per format behind one ``read(path)``.

``read(path, on_error)`` yields every Work found at ``path`` (a file, a folder, or a .zip). A file that cannot be
read raises :class:`ficlens.errors.InputError`, or, when ``on_error`` is given, is passed to it and skipped so
the rest of a batch goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from ficlens.errors import InputError
from ficlens.work import Work

ErrorHandler = Callable[[InputError], None]


def read(path: str | Path, on_error: ErrorHandler | None = None) -> Iterator[Work]:
    """Yield the works at ``path``. Placeholder: UTF-8 plain text files and folders of them."""
    p = Path(path)
    files = sorted(q for q in p.rglob("*") if q.is_file()) if p.is_dir() else [p]
    for f in files:
        try:
            data = f.read_bytes()
            text = data.decode("utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            err = InputError(str(f), str(exc))
            if on_error is None:
                raise err from exc
            on_error(err)
            continue
        yield Work(text=text, source=str(f), format="text")
