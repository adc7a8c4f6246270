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


def read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """A member's bytes, never more than the size limit even when its header lies about its size."""
    cap = limits.MAX_FILE_BYTES
    if info.file_size > cap:
        raise ZipProblem(f"{info.filename} is too large ({megabytes(info.file_size)}; the limit is "
                         f"{megabytes(cap)})")
    if info.file_size > limits.RATIO_CHECK_MIN_BYTES and info.file_size > info.compress_size * \
            limits.MAX_COMPRESSION_RATIO:
        ratio = info.file_size / max(info.compress_size, 1)
        raise ZipProblem(f"{info.filename} is compressed {ratio:,.0f}:1; the limit is "
                         f"{limits.MAX_COMPRESSION_RATIO}:1 (refused as a possible zip bomb)")
    try:
        with zf.open(info) as fh:
            data = fh.read(cap + 1)
    except RuntimeError as exc:  # encrypted
        raise ZipProblem(f"{info.filename} is encrypted ({exc})") from exc
    except ZIP_ERRORS as exc:
        raise ZipProblem(f"{info.filename} is corrupt or truncated ({exc})") from exc
    if len(data) > cap:
        raise ZipProblem(f"{info.filename} is larger than its header says (over {megabytes(cap)})")
    return data


def read_named(zf: zipfile.ZipFile, name: str) -> bytes:
    try:
        info = zf.getinfo(name)
    except KeyError as exc:
        raise ZipProblem(f"{name} is missing") from exc
    return read_member(zf, info)
