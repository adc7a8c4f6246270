"""The trained artifacts shipped inside the package (``src/ficlens/models/``): read as bytes, and the numpy
``.npz`` archives (a ``format`` tag beside the arrays) written and read back; and which model a component uses
(:class:`ModelChoice`: one set for a block, else the shipped one where it is on by default)."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from importlib import resources
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

from ficlens.errors import FiclensError

T = TypeVar("T")


class OnByDefault(Protocol):
    """A trained model whose artifact says whether the code uses it by default."""

    @property
    def on_by_default(self) -> bool: ...


M = TypeVar("M", bound=OnByDefault)


def shipped_bytes(path: str) -> bytes | None:
    """The bytes of the packaged file at ``path`` (relative to the ``ficlens`` package, e.g.
    ``"models/passage-reader.npz"``); None when the install lacks it."""
    try:
        return resources.files("ficlens").joinpath(path).read_bytes()
    except (FileNotFoundError, OSError):
        return None


def read_artifact(path: Path, parse: Callable[[bytes, Path], T], error: type[Exception]) -> T:
    """``parse`` of the bytes of the file at ``path``; a file that cannot be read raises ``error`` with one line
    naming it and the reason (``parse`` raises its own errors for bytes it cannot use)."""
    try:
        blob = path.read_bytes()
    except OSError as exc:
        raise error(f"{path}: cannot be read ({exc.__class__.__name__}: {exc})") from exc
    return parse(blob, path)


def shipped_artifact(artifact: str, parse: Callable[[bytes, Path], T], path: Path) -> T | None:
    """``parse`` of the packaged file ``artifact`` (errors name ``path``, its place in a checkout), or None when the
    install lacks it."""
    blob = shipped_bytes(artifact)
    return None if blob is None else parse(blob, path)


def write_npz(path: str, fmt: str, **arrays: Any) -> None:
    """Save ``arrays`` with the ``format`` tag ``fmt`` as a compressed ``.npz`` (the same bytes for the same inputs)."""
    import numpy as np

    buf = io.BytesIO()
    np.savez_compressed(buf, format=np.array(fmt), **arrays)
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


@contextmanager
def npz_fields(blob: bytes, what: str, fmt: str) -> Iterator[Any]:
    """The arrays of an ``.npz`` artifact whose ``format`` tag is ``fmt``; a wrong tag, and any OSError, ValueError
    or KeyError while the arrays are read in the ``with`` block, raise a FiclensError naming ``what``."""
    import numpy as np

    try:
        data = np.load(io.BytesIO(blob), allow_pickle=False)
        found = str(data["format"])
        if found != fmt:
            raise FiclensError(f"{what}: unknown artifact format {found!r}")
        yield data
    except (OSError, ValueError, KeyError) as exc:
        raise FiclensError(f"{what}: unreadable artifact ({exc})") from exc


@contextmanager
def pushed(stack: list[T], item: T) -> Iterator[T]:
    """``item`` on top of ``stack`` within the block (yielded)."""
    stack.append(item)
    try:
        yield item
    finally:
        stack.pop()


class ModelChoice(Generic[M]):
    """Which model a component uses: the one set by :meth:`using` for a block (None: none, the hand rules alone),
    else the shipped one (``shipped()``) where its artifact says it is on by default."""

    def __init__(self, shipped: Callable[[], M | None]) -> None:
        self._shipped = shipped
        self._set: list[M | None] = []

    def active(self) -> M | None:
        if self._set:
            return self._set[-1]
        model = self._shipped()
        return model if model is not None and model.on_by_default else None

    def using(self, model: M | None) -> AbstractContextManager[M | None]:
        """Within the block :meth:`active` is ``model``."""
        return pushed(self._set, model)
