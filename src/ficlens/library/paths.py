"""Where the library lives: ``--library FILE``, else ``$FICLENS_LIBRARY``, else a file in the user's data dir."""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "FICLENS_LIBRARY"
DEFAULT_NAME = "library.sqlite3"


def default_library_path() -> Path:
    """The embedded default: ``<user data dir>/ficlens/library.sqlite3`` (platformdirs)."""
    from platformdirs import user_data_path

    return user_data_path("ficlens", appauthor=False) / DEFAULT_NAME


def resolve_library_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The library file to use: the explicit path, the environment variable, or the default, in that order."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    return default_library_path()
