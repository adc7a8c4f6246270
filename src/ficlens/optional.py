"""Optional dependencies (the extras): import one, or fail with an error that says which extra to install."""

from __future__ import annotations

import importlib
from types import ModuleType

from ficlens.errors import FiclensError


def require(module: str, *, extra: str, purpose: str, also: tuple[str, ...] = ()) -> ModuleType:
    """Import ``module`` (and the submodules in ``also``) or raise a FiclensError naming the extra."""
    try:
        for name in also:
            importlib.import_module(name)
        return importlib.import_module(module)
    except ImportError as exc:
        raise FiclensError(f'{purpose} needs the {extra} extra: pip install "ficlens[{extra}]"') from exc
