"""Size limits that keep a bad or hostile input from exhausting memory.

Readers look these up at call time (``limits.MAX_FILE_BYTES``), so a test can lower one with ``monkeypatch``.
"""

from __future__ import annotations

MiB = 1024 * 1024

#: The largest single file (or archive member) read; a 50 MB text is well under it.
MAX_FILE_BYTES = 200 * MiB
#: The most a .zip (or EPUB) may hold uncompressed, all members together.
MAX_ARCHIVE_TOTAL_BYTES = 512 * MiB
#: The most members a .zip (or EPUB) may hold.
MAX_ARCHIVE_MEMBERS = 10_000
#: A member larger than RATIO_CHECK_MIN_BYTES whose size is more than this many times its compressed size is refused.
MAX_COMPRESSION_RATIO = 200
RATIO_CHECK_MIN_BYTES = 1 * MiB
#: How deep zips inside zips are followed.
MAX_ARCHIVE_DEPTH = 3


def megabytes(n: int) -> str:
    """``n`` bytes as a short human figure: "12.3 MB" (or "512 bytes" below a megabyte)."""
    return f"{n / MiB:.1f} MB" if n >= MiB else f"{n:,} bytes"
