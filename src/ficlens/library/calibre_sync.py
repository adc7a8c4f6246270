"""``ficlens calibre sync``: ficlens's reading of each book, written into calibre custom columns through
``calibredb`` (calibre's own command line, so calibre's database is never written behind its back).

A book is matched to a stored work by the work's source: a book file inside the calibre library, whose folder
names calibre's book id (:func:`ficlens.ingest.calibre.calibre_book_id`); ``ficlens add LIBRARY_DIR`` stores them
so. The columns are created when missing; each sync sets every column of every matched book, so a value that is
no longer there (a warning since corrected) is cleared. The reader's corrections (``ficlens correct``, the reader's
"Mark wrong" and "Add") are applied: a tag marked wrong is left out, an added one written (an added rating replaces
ficlens's).
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ficlens.errors import FiclensError, UsageError
from ficlens.ingest.calibre import calibre_book_id, is_calibre_library
from ficlens.library.corrections import Correction, corrections
from ficlens.library.store import Library, WorkRow
from ficlens.library.tags import tag_rows
from ficlens.report import RATING_NAMES, Report
from ficlens.safe_text import display_path

CALIBREDB_TIMEOUT_S = 120


@dataclass(frozen=True, slots=True)
class Column:
    label: str  # calibre's lookup name without the '#'
    name: str  # the heading calibre shows
    multiple: bool
    kind: str  # the tag kind of the library's index (and of the reader's corrections)
    tags: Callable[[Report], list[tuple[str, str]]]  # (the tag as the library indexes it, the value written)
    added: Callable[[str], str] = str  # the value written for a tag the reader added


_RATING_LETTERS = {name.casefold(): letter for letter, name in RATING_NAMES.items()}

COLUMNS = (
    Column("ficlens_rating", "ficlens rating", False, "rating",
           lambda r: [(RATING_NAMES[r.rating.label], r.rating.label)],
           lambda name: _RATING_LETTERS.get(name.casefold(), name)),
    Column("ficlens_archive_warnings", "ficlens archive warnings", True, "archive_warning",
           lambda r: [(w.label, w.label) for w in r.archive_warnings]),
    Column("ficlens_warnings", "ficlens content warnings", True, "warning",
           lambda r: [(w.label, f"{w.label}: {w.severity}") for w in r.warnings]),
    Column("ficlens_characters", "ficlens characters", True, "character",
           lambda r: [(c.name, c.name) for c in r.characters]),
    Column("ficlens_relationships", "ficlens relationships", True, "relationship",
           lambda r: [(x.tag, x.tag) for x in r.relationships]),
    Column("ficlens_fandoms", "ficlens fandom", True, "fandom", lambda r: [(f.name, f.name) for f in r.fandoms]),
)


def column_values(column: Column, report: Report, fixes: Sequence[Correction] = ()) -> list[str]:
    """What ``column`` holds for a work: ficlens's reading less the tags the reader marked wrong, plus the ones
    the reader added (an added rating replaces ficlens's in the single-valued column)."""
    wrong = {f.norm for f in fixes if f.kind == column.kind and f.action == "wrong"}
    kept = [value for tag, value in column.tags(report)
            if not wrong or not any(t.norm in wrong for t in tag_rows(column.kind, tag, "ficlens"))]
    added = [column.added(f.name) for f in fixes if f.kind == column.kind and f.action == "add"]
    values = [*dict.fromkeys([*added, *kept])]
    return values if column.multiple else values[:1]


class CalibreError(FiclensError):
    """calibredb is missing or refused a command."""


@dataclass(slots=True)
class BookUpdate:
    book_id: int
    work_id: int
    title: str
    fields: dict[str, list[str]]  # column label -> values

    def as_json(self) -> dict[str, object]:
        return {"book_id": self.book_id, "work_id": self.work_id, "title": self.title, **self.fields}


def _value(values: Sequence[str], multiple: bool) -> str:
    """A column's value as calibredb takes it: a multiple column's values joined by commas (so a comma inside a
    value, which calibre would split at, becomes a semicolon)."""
    clean = [v.replace(",", ";").strip() for v in values if v.strip()]
    return ",".join(dict.fromkeys(clean)) if multiple else (clean[0] if clean else "")


def updates(lib: Library, calibre_dir: Path) -> tuple[list[BookUpdate], int]:
    """What to write for every analysed work stored from inside ``calibre_dir``, and how many such works were
    stored without analysis (nothing to write for them)."""
    root = calibre_dir.resolve()
    rows: list[tuple[int, WorkRow]] = []
    unanalysed = 0
    for row in lib.rows():
        path = Path(row.source.split("#", 1)[0]).resolve()
        book_id = calibre_book_id(path) if root in path.parents else None
        if book_id is None:
            continue
        if row.analysis is None:
            unanalysed += 1
        else:
            rows.append((book_id, row))
    reports = lib.reports(row.id for _, row in rows)
    fixes = corrections(lib.connection(), (row.id for _, row in rows))
    found = [BookUpdate(book_id, row.id, row.display_title,
                        {c.label: column_values(c, reports[row.id], fixes.get(row.id, [])) for c in COLUMNS})
             for book_id, row in rows]
    return sorted(found, key=lambda u: (u.book_id, u.work_id)), unanalysed


class Calibredb:
    """calibredb on one library: every call one subprocess; a refusal is a :class:`CalibreError` in one line."""

    def __init__(self, library: Path, program: str | None = None) -> None:
        found = program or shutil.which("calibredb")
        if found is None:
            raise CalibreError("calibredb not found: install calibre (Debian/Ubuntu: apt install calibre; "
                               "elsewhere: https://calibre-ebook.com/download) and run again")
        if not is_calibre_library(library):
            raise UsageError(f"{display_path(library)}: not a calibre library (no metadata.db in it)")
        self.program = found
        self.library = library

    def run(self, *args: str) -> str:
        command = [self.program, "--with-library", str(self.library), *args]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=CALIBREDB_TIMEOUT_S,
                                  stdin=subprocess.DEVNULL, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise CalibreError(f"calibredb {args[0]} failed: {exc}") from None
        if done.returncode != 0:
            lines = [line for line in (done.stderr or done.stdout).splitlines() if line.strip()]
            raise CalibreError(f"calibredb {args[0]} failed on {display_path(self.library)}: "
                               f"{lines[-1] if lines else f'exit status {done.returncode}'}")
        return done.stdout

    def custom_columns(self) -> set[str]:
        """The labels of the library's custom columns (``calibredb custom_columns`` prints ``label (id)``)."""
        return {line.rsplit(" (", 1)[0].strip() for line in self.run("custom_columns").splitlines() if line.strip()}

    def ensure_columns(self, columns: Iterable[Column]) -> list[str]:
        """Create the columns that are missing; returns the labels created."""
        have = self.custom_columns()
        made = []
        for column in columns:
            if column.label not in have:
                self.run("add_custom_column", *(["--is-multiple"] if column.multiple else []), column.label,
                         column.name, "text")
                made.append(column.label)
        return made

    def set_fields(self, update: BookUpdate) -> None:
        fields = [arg for c in COLUMNS
                  for arg in ("--field", f"#{c.label}:{_value(update.fields[c.label], c.multiple)}")]
        self.run("set_metadata", str(update.book_id), *fields)
