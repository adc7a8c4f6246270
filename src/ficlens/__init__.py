"""ficlens: reads fan fiction and tells a reader what is inside before they read it.

The public Python API (docs/api.md): :func:`analyze` one work, :func:`analyze_all` every work at a path,
:class:`Library` the personal library, :class:`Report` what an analysis returns; errors in :mod:`ficlens.errors`.
They are imported on first use, so ``import ficlens`` (and ``ficlens --version``) stays light: no spaCy, no
pydantic, no SQLite until a script asks for them.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (mypy reads the name the same way)

__version__ = "0.1.0"

# Each public name and the module that defines it (imported on first access).
_API = ("analyze", "analyze_all", "Library")
_LAZY: dict[str, str] = dict.fromkeys(_API, "ficlens.api") | {"Report": "ficlens.report"}

__all__ = ["Library", "Report", "__version__", "analyze", "analyze_all"]

if TYPE_CHECKING:
    from typing import Any

    from ficlens.api import Library, analyze, analyze_all
    from ficlens.report import Report


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'ficlens' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})
