"""Size limits that keep a bad or hostile input from exhausting memory.

Readers look these up at call time (``limits.MAX_FILE_BYTES``), so a test can lower one with ``monkeypatch``.
"""

from __future__ import annotations

MiB = 1024 * 1024

#: The largest single file (or archive member) read; a 50 MB text is well under it.
MAX_FILE_BYTES = 200 * MiB
#: The most a .zip (or EPUB) may hold uncompressed, all members together.
MAX_ARCHIVE_TOTAL_BYTES = 512 * MiB
#: The most all the archives of one run (one ``read`` call, or one command's inputs) may unpack to together,
#: zips inside zips and EPUBs included: the bound on what a few small, highly compressed files can make ficlens read.
MAX_UNPACKED_BYTES_PER_RUN = 2048 * MiB
#: The most members a .zip (or EPUB) may hold.
MAX_ARCHIVE_MEMBERS = 10_000
#: A member larger than RATIO_CHECK_MIN_BYTES whose size is more than this many times its compressed size is refused,
#: and so is an archive whose smaller members together are (many members that each stay under the member check).
MAX_COMPRESSION_RATIO = 200
RATIO_CHECK_MIN_BYTES = 1 * MiB
#: How deep zips inside zips are followed.
MAX_ARCHIVE_DEPTH = 3
#: How deep the HTML/XML parser (libxml2) nests elements; a deeper page is read flattened (ingest/flatten.py).
MAX_MARKUP_DEPTH = 256


def megabytes(n: int) -> str:
    """``n`` bytes as a short human figure: "12.3 MB" (or "512 bytes" below a megabyte)."""
    return f"{n / MiB:.1f} MB" if n >= MiB else f"{n:,} bytes"
