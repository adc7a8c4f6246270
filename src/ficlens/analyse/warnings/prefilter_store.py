"""A built pre-filter kept on disk between processes, so a process that reads a long text does not build it again.

Building the lexicons' pre-filter (:class:`~.prefilter.CueFinder`) reads the literal prefixes of ~1,000 cue patterns
and compiles a trie regex of ~15,000 prefixes: ~0.5 s, a tenth of a whole ``analyze --fast`` of a 1M-word work. What
the build makes is plain data: the prefixes' owners, which patterns and groups are scanned plainly, and the trigger's
compiled regex code (a list of integers, what ``re`` itself hands to its C engine). :func:`save` writes it, once, to
the user's cache folder (``$FICLENS_CACHE_DIR``, else ``$XDG_CACHE_HOME/ficlens``, else ``~/.cache/ficlens``;
``FICLENS_CACHE_DIR=`` empty turns it off) under a key made of everything the build depends on (the patterns and
their flags, the groups, the pre-filter's own source, the stop words, the Python version and ``re``'s code format);
:func:`load` gives it back only for the same key, and the C engine validates the code as it compiles it. Any problem
(no folder, no permission, a truncated or foreign file) means "build it", never an error: the matches are the same
either way (``tests/analyse/warnings/test_prefilter_store.py``).
"""

from __future__ import annotations

import array
import hashlib
import importlib
import marshal
import os
import re
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

_sre: Any = importlib.import_module("_sre")
sre_constants: Any = importlib.import_module("re._constants")

CACHE_ENV = "FICLENS_CACHE_DIR"
FORMAT = "ficlens-prefilter-1"  # bump when what is stored changes shape

Compiled = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]  # flags, code, groups - 1, names both ways


def cache_dir() -> Path | None:
    """Where built pre-filters are kept; None when turned off (``FICLENS_CACHE_DIR`` set empty)."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen is not None:
        return Path(chosen) if chosen.strip() else None
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = str(Path.home() / ".cache")
        except (RuntimeError, KeyError):  # no home folder to find (a service account without one): no store
            return None
    return Path(base) / "ficlens"


def key_of(parts: Iterable[str]) -> str:
    """The key of a build: a digest of everything it depends on (``parts``), of the Python version and of the
    format of ``re``'s compiled code."""
    digest = hashlib.sha256()
    for part in (FORMAT, sys.version, str(sre_constants.MAGIC), *parts):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()


def _path(name: str, key: str) -> Path | None:
    folder = cache_dir()
    return None if folder is None else folder / f"{name}-{key[:32]}.bin"


def load(name: str, key: str) -> dict[str, Any] | None:
    """The state saved under ``name`` for ``key``, or None (none saved, another key, unreadable)."""
    path = _path(name, key)
    if path is None:
        return None
    try:
        state = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    return state if isinstance(state, dict) and state.get("key") == key else None


def save(name: str, key: str, state: dict[str, Any]) -> bool:
    """Keep ``state`` (marshal-able data) under ``name`` for ``key``; written whole or not at all (a temporary file
    renamed), so processes racing to save leave one good file. False when it could not be written."""
    path = _path(name, key)
    if path is None:
        return False
    try:
        data = marshal.dumps({**state, "key": key})
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except (OSError, ValueError):
        return False
    return True


def compile_parts(tree: Any, flags: int, source: str | None = None) -> tuple[re.Pattern[str], Compiled]:
    """A parsed pattern (``re._parser``'s tree of ``source``, when given) compiled as ``re._compiler.compile``
    does, with what :func:`from_parts` needs to make the same compiled pattern again without parsing or
    compiling."""
    code = [int(op) for op in importlib.import_module("re._compiler")._code(tree, flags)]
    groupindex = dict(tree.state.groupdict)
    indexgroup: list[str | None] = [None] * tree.state.groups
    for group, index in groupindex.items():
        indexgroup[index] = group
    parts: Compiled = (flags | tree.state.flags, _code_bytes(code), tree.state.groups - 1, groupindex,
                       tuple(indexgroup))
    return from_parts(parts, source), parts


def _code_bytes(code: list[int]) -> bytes:
    return array.array("I", code).tobytes()


def from_parts(parts: Compiled, source: str | None = None) -> re.Pattern[str]:
    """The compiled pattern of :func:`compile_parts`'s ``parts``; its ``pattern`` is ``source`` (None, as for a
    pattern compiled from a parse tree, when not given)."""
    flags, code_bytes, groups, groupindex, indexgroup = parts
    code = array.array("I")
    code.frombytes(code_bytes)
    pattern: re.Pattern[str] = _sre.compile(source, flags, code.tolist(), groups, groupindex, indexgroup)
    return pattern
