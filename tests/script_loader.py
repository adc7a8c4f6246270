"""Load one of the repo's eval/ or scripts/ files as a module (they are scripts, not a package)."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

from repo_paths import ROOT


def load_script(relative: str) -> ModuleType:
    """``relative`` is the path from the repo root, e.g. ``"eval/warnings_ceiling.py"``."""
    path = ROOT / relative
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module
