"""Batch output, chosen by the OUTPUT's extension, written incrementally so a kill loses nothing finished.

- ``.jsonl``: one record per line, appended and flushed per record.
- ``.parquet``: a folder of that name holding ``part-*.parquet`` files, one written every
  :data:`PARQUET_ROWS` records and at the end (any Parquet reader, pandas or pyarrow reads the folder as one
  table). A kill loses at most the records not yet in a part; those are redone on the next run.

Both record ``id`` and ``hash`` per work so a re-run can skip what is done (:meth:`Sink.done`).
"""

from __future__ import annotations

import json
import time
import uuid
from pathlib import Path
from typing import IO, Any, Protocol

from ficlens.batch.worker import RECORD_FIELDS, record_line
from ficlens.errors import InputError, OutputError, UsageError
from ficlens.optional import require
from ficlens.safe_text import display_path

PARQUET_ROWS = 500


class Sink(Protocol):
    def done(self) -> dict[str, tuple[str, bool]]:
        """id -> (hash, ok) of every record already written."""
        ...

    def write(self, record: dict[str, Any]) -> None: ...

    def close(self) -> None: ...


def open_sink(path: str | Path) -> Sink:
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix in {".jsonl", ".ndjson"}:
        if p.is_dir():
            raise UsageError(f"{display_path(p)}: is a folder; JSONL output is a file (Parquet output, "
                             "OUTPUT.parquet, is the one that is a folder)")
        return JsonlSink(p)
    if suffix == ".parquet":
        return ParquetSink(p)
    raise UsageError(f"{p}: the output must end in .jsonl or .parquet")


class JsonlSink:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fh: IO[str] | None = None

    def done(self) -> dict[str, tuple[str, bool]]:
        out: dict[str, tuple[str, bool]] = {}
        if not self.path.exists():
            return out
        try:
            with self.path.open("r", encoding="utf-8", errors="replace") as fh:
                for line in fh:
                    try:
                        rec = json.loads(line)
                        out[str(rec["id"])] = (str(rec.get("hash", "")), bool(rec.get("ok")))
                    except (ValueError, KeyError, TypeError):
                        continue  # a line cut short by a kill: that work is simply redone
        except OSError as exc:
            raise InputError(str(self.path), f"cannot be read ({exc.strerror or exc})") from exc
        return out

    def write(self, record: dict[str, Any]) -> None:
        try:
            if self._fh is None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._fh = self.path.open("a", encoding="utf-8")
                if self._fh.tell() > 0:
                    self._fh.write("\n")  # a previous run may have died mid-line; blank lines are skipped
            self._fh.write(record_line(record) + "\n")
            self._fh.flush()
        except OSError as exc:
            raise OutputError.from_os_error(str(self.path), exc) from exc

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None


def _pyarrow() -> Any:
    return require("pyarrow", extra="parquet", purpose="Parquet output", also=("pyarrow.parquet",))


class ParquetSink:
    def __init__(self, path: Path, rows_per_part: int = PARQUET_ROWS) -> None:
        self.path = path
        self.rows_per_part = rows_per_part
        self._rows: list[dict[str, Any]] = []
        self._run = f"{time.strftime('%Y%m%d%H%M%S')}-{uuid.uuid4().hex[:8]}"
        self._parts = 0
        _pyarrow()
        if path.exists() and not path.is_dir():
            raise UsageError(f"{path}: Parquet output is a folder of part files, but a file is in the way")

    def done(self) -> dict[str, tuple[str, bool]]:
        pa = _pyarrow()
        out: dict[str, tuple[str, bool]] = {}
        for part in sorted(self.path.glob("*.parquet")) if self.path.is_dir() else []:
            try:
                table = pa.parquet.read_table(part, columns=["id", "hash", "ok"])
            except (OSError, pa.ArrowException):
                continue  # a part cut short by a kill: its works are redone
            for ident, digest, ok in zip(*(table.column(c).to_pylist() for c in ("id", "hash", "ok")), strict=True):
                out[str(ident)] = (str(digest or ""), bool(ok))
        return out

    def write(self, record: dict[str, Any]) -> None:
        self._rows.append(record)
        if len(self._rows) >= self.rows_per_part:
            self._flush()

    def _flush(self) -> None:
        if not self._rows:
            return
        pa = _pyarrow()
        table = pa.Table.from_pylist([{k: r.get(k) for k in RECORD_FIELDS} for r in self._rows], schema=_schema(pa))
        final = self.path / f"part-{self._run}-{self._parts:05d}.parquet"
        tmp = final.with_suffix(".tmp")
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            pa.parquet.write_table(table, tmp)
            tmp.rename(final)  # atomic: a reader never sees half a part
        except OSError as exc:
            raise OutputError.from_os_error(str(self.path), exc) from exc
        self._parts += 1
        self._rows.clear()

    def close(self) -> None:
        self._flush()


def _schema(pa: Any) -> Any:
    return pa.schema([("id", pa.string()), ("hash", pa.string()), ("source", pa.string()), ("ok", pa.bool_()),
                      ("error", pa.string()), ("words", pa.int64()), ("seconds", pa.float64()),
                      ("report", pa.string())])
