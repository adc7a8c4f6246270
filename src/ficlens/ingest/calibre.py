"""calibre libraries: a folder with calibre's ``metadata.db``, one ``Author/Title (ID)/`` folder per book.

Each book is read from its best format (EPUB first); calibre's own files beside it (``metadata.opf``, the cover,
``metadata.db``, its JSON prefs backup, the full-text index, hidden trash and notes folders) are never read as
works. A work's source is its book file, whose folder names calibre's book id (:func:`calibre_book_id`), which is
how ``ficlens calibre sync`` finds the book again.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ficlens.errors import InputError
from ficlens.ingest.kindle import convert_hint

#: Book formats in the order ficlens prefers them (the first a book has is read).
READABLE_FORMATS = (".epub", ".kepub", ".azw3", ".mobi", ".azw", ".prc", ".txt", ".html", ".htm", ".xhtml")
BOOK_FOLDER = re.compile(r"\((\d+)\)$")
# calibre's book id in metadata.opf. The tag's attributes stop at "<" as well as ">" (XML allows neither inside
# one), and the calibre attribute is looked for ahead, once: a file of unclosed "<dc:identifier" was otherwise
# scanned to its end from each of them (quadratic: 100 kB took 6 s).
OPF_BOOK_ID = re.compile(r"<dc:identifier\b(?=[^<>]*(?:opf:scheme=\"calibre\"|id=\"calibre_id\"))[^<>]*>\s*(\d+)\s*<")
CALIBRE_FILES = frozenset({"metadata.opf", "metadata.db", "metadata_db_prefs_backup.json", "full-text-search.db",
                           "cover.jpg", "cover.png"})


def is_calibre_library(folder: Path) -> bool:
    return (folder / "metadata.db").is_file()


@dataclass(frozen=True, slots=True)
class CalibreBook:
    id: int
    folder: Path
    files: tuple[Path, ...]  # the book's format files, calibre's own files left out

    def best(self) -> Path | None:
        """The format to read: the first of :data:`READABLE_FORMATS` the book has."""
        by_suffix = {f.suffix.lower(): f for f in self.files}
        return next((by_suffix[s] for s in READABLE_FORMATS if s in by_suffix), None)


def calibre_book_id(book_file: str | Path) -> int | None:
    """calibre's id of the book whose file this is: from its folder's name, ``Title (123)``, else from the
    ``metadata.opf`` beside it; None when it is not in a calibre book folder."""
    folder = Path(book_file).parent
    named = BOOK_FOLDER.search(folder.name)
    if named:
        return int(named.group(1))
    try:
        opf = (folder / "metadata.opf").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    found = OPF_BOOK_ID.search(opf)
    return int(found.group(1)) if found else None


def calibre_books(library: Path) -> list[CalibreBook]:
    """Every book folder of a calibre library (``Author/Title (ID)/``), sorted by id."""
    books: list[CalibreBook] = []
    for author in sorted(p for p in library.iterdir() if p.is_dir() and not p.name.startswith(".")):
        for folder in sorted(p for p in author.iterdir() if p.is_dir() and not p.name.startswith(".")):
            files = tuple(sorted(f for f in folder.iterdir() if f.is_file() and f.name.lower() not in CALIBRE_FILES
                                 and not f.name.startswith(".")))
            book_id = calibre_book_id(folder / "metadata.opf")
            if book_id is not None:
                books.append(CalibreBook(book_id, folder, files))
    return sorted(books, key=lambda b: b.id)


def calibre_book_files(library: Path) -> Iterator[tuple[Path, InputError | None]]:
    """The file to read for each book of the library, with None; or, for a book with no format ficlens reads, one
    of its files with the error that says so (a book with no file at all is an entry without a book: passed over)."""
    for book in calibre_books(library):
        best = book.best()
        if best is not None:
            yield best, None
        elif book.files:
            formats = ", ".join(sorted({f.suffix.lower().lstrip(".") or f.name for f in book.files}))
            first = book.files[0]
            yield first, InputError(str(first), f"calibre book {book.id} has no format ficlens reads ({formats}); "
                                                f"convert it to EPUB: {convert_hint(str(first))}")
