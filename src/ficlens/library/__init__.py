"""The personal library: an SQLite store of works and reports, full-text search and AO3-style tag filters."""

from ficlens.library.paths import ENV_VAR, default_library_path, resolve_library_path
from ficlens.library.search import Hit, SearchResult, TagFilter, search
from ficlens.library.store import AddResult, Library, LibraryError, StoredWork, WorkRow, content_hash

__all__ = [
    "ENV_VAR",
    "AddResult",
    "Hit",
    "Library",
    "LibraryError",
    "SearchResult",
    "StoredWork",
    "TagFilter",
    "WorkRow",
    "content_hash",
    "default_library_path",
    "resolve_library_path",
    "search",
]
