"""The trained artifacts shipped inside the package (``src/ficlens/models/``), read as bytes."""

from __future__ import annotations

from importlib import resources


def shipped_bytes(path: str) -> bytes | None:
    """The bytes of the packaged file at ``path`` (relative to the ``ficlens`` package, e.g.
    ``"models/passage-reader.npz"``); None when the install lacks it."""
    try:
        return resources.files("ficlens").joinpath(path).read_bytes()
    except (FileNotFoundError, OSError):
        return None
