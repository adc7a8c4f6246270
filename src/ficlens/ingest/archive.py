"""Safe access to zip files (a .zip of works, or an EPUB): read in memory, with zip-bomb limits."""

from __future__ import annotations

import io
import zipfile
import zlib

from ficlens.ingest import limits
from ficlens.ingest.limits import megabytes

#: What Python's zipfile raises on damaged archives (bad headers, bad sizes, bad names, bad data).
ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, ValueError, EOFError, NotImplementedError, RuntimeError, OSError,
              UnicodeDecodeError)


class ZipProblem(Exception):
    """A zip cannot be read safely; ``str()`` is the reason, for an InputError."""


class UnpackBudget:
    """The bytes unpacked from archives so far in one run, against :data:`limits.MAX_UNPACKED_BYTES_PER_RUN`."""

    def __init__(self) -> None:
        self.used = 0

    def check(self, size: int) -> None:
        """Refuse to unpack ``size`` more bytes when they would take the run past its cap."""
        cap = limits.MAX_UNPACKED_BYTES_PER_RUN
        if self.used + size > cap:
            raise ZipProblem(f"unpacking it would take this run's archives past {megabytes(cap)} "
                             f"({megabytes(self.used)} unpacked before it; refused as a possible zip bomb)")

    def charge(self, size: int) -> None:
        """Count ``size`` bytes unpacked, refusing them when they take the run past its cap."""
        self.check(size)
        self.used += size


def open_zip(data: bytes, what: str = "zip archive") -> zipfile.ZipFile:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except ZIP_ERRORS as exc:
        raise ZipProblem(f"corrupt or truncated {what} ({exc})") from exc
    check_archive(zf, what)
    return zf


def check_archive(zf: zipfile.ZipFile, what: str) -> None:
    """Refuse archives with too many members or too much uncompressed data in all."""
    infos = zf.infolist()
    if len(infos) > limits.MAX_ARCHIVE_MEMBERS:
        raise ZipProblem(f"{what} has {len(infos):,} members; the limit is {limits.MAX_ARCHIVE_MEMBERS:,} "
                         "(refused as a possible zip bomb)")
    total = sum(i.file_size for i in infos)
    if total > limits.MAX_ARCHIVE_TOTAL_BYTES:
        raise ZipProblem(f"{what} would unpack to {megabytes(total)}; the limit is "
                         f"{megabytes(limits.MAX_ARCHIVE_TOTAL_BYTES)} (refused as a possible zip bomb)")
    # Members too small for the check of each one's ratio (read_member) are checked together: hundreds of 1 MB
    # members each compressed to a few hundred bytes must not pass where one large member would not.
    small = [i for i in infos if i.file_size <= limits.RATIO_CHECK_MIN_BYTES]
    unpacked, packed = sum(i.file_size for i in small), sum(i.compress_size for i in small)
    if unpacked > limits.RATIO_CHECK_MIN_BYTES and unpacked > packed * limits.MAX_COMPRESSION_RATIO:
        raise ZipProblem(f"{what}'s {len(small):,} small members would unpack to {megabytes(unpacked)} from "
                         f"{megabytes(packed)} ({unpacked / max(packed, 1):,.0f}:1); the limit is "
                         f"{limits.MAX_COMPRESSION_RATIO}:1 (refused as a possible zip bomb)")


def read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, budget: UnpackBudget | None = None) -> bytes:
    """A member's bytes, never more than the size limit even when its header lies about its size.

    With a ``budget``, the member's bytes count against the run's cap on unpacked bytes.
    """
    cap = limits.MAX_FILE_BYTES
    if info.file_size > cap:
        raise ZipProblem(f"{info.filename} is too large ({megabytes(info.file_size)}; the limit is "
                         f"{megabytes(cap)})")
    if info.file_size > limits.RATIO_CHECK_MIN_BYTES and info.file_size > info.compress_size * \
            limits.MAX_COMPRESSION_RATIO:
        ratio = info.file_size / max(info.compress_size, 1)
        raise ZipProblem(f"{info.filename} is compressed {ratio:,.0f}:1; the limit is "
                         f"{limits.MAX_COMPRESSION_RATIO}:1 (refused as a possible zip bomb)")
    if budget is not None:
        budget.check(info.file_size)
    try:
        with zf.open(info) as fh:
            data = fh.read(cap + 1)
    except RuntimeError as exc:  # encrypted
        raise ZipProblem(f"{info.filename} is encrypted ({exc})") from exc
    except ZIP_ERRORS as exc:
        raise ZipProblem(f"{info.filename} is corrupt or truncated ({exc})") from exc
    if len(data) > cap:
        raise ZipProblem(f"{info.filename} is larger than its header says (over {megabytes(cap)})")
    if budget is not None:
        budget.charge(len(data))
    return data


def read_named(zf: zipfile.ZipFile, name: str) -> bytes:
    try:
        info = zf.getinfo(name)
    except KeyError as exc:
        raise ZipProblem(f"{name} is missing") from exc
    return read_member(zf, info)
