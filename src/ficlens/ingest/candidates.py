"""Which files in a folder or zip are worth reading: not hidden, not obviously something other than a work."""

from __future__ import annotations

from pathlib import PurePosixPath

#: Extensions that are never works (images, media, fonts, code, databases). A file with any other extension,
#: or none, is read and its content decides what it is.
NON_WORK_EXTENSIONS = frozenset({
    "avi", "bmp", "css", "db", "dll", "exe", "flac", "gif", "heic", "ico", "jpeg", "jpg", "js", "m4a", "mkv",
    "mov", "mp3", "mp4", "ogg", "otf", "png", "pyc", "so", "sqlite", "svg", "tif", "tiff", "ttf", "wav", "webm",
    "webp", "woff", "woff2",
})
JUNK_NAMES = frozenset({"thumbs.db", "desktop.ini", "__macosx"})


def is_candidate(relative_path: str) -> bool:
    """True for a path (relative to the folder or zip root, "/"-separated) that may hold a work."""
    parts = PurePosixPath(relative_path).parts
    if not parts or any(p.startswith(".") or p.lower() in JUNK_NAMES for p in parts):
        return False
    suffix = PurePosixPath(parts[-1]).suffix.lower().lstrip(".")
    return suffix not in NON_WORK_EXTENSIONS
