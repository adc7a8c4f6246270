"""The trained artifacts shipped inside the package (``src/ficlens/models/``): read as bytes, and the numpy
``.npz`` archives (a ``format`` tag beside the arrays) written and read back."""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from typing import Any

from ficlens.errors import FiclensError


def shipped_bytes(path: str) -> bytes | None:
    """The bytes of the packaged file at ``path`` (relative to the ``ficlens`` package, e.g.
    ``"models/passage-reader.npz"``); None when the install lacks it."""
    try:
        return resources.files("ficlens").joinpath(path).read_bytes()
    except (FileNotFoundError, OSError):
        return None


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
