"""Static passage embeddings: a word-piece lookup table distilled from MiniLM, mean-pooled in numpy.

The table (``ficlens/models/static-embeddings.npz``: the word-piece vocabulary of all-MiniLM-L6-v2 and one float16
row per piece) is distilled from the MiniLM sentence encoder by ``scripts/distill_static_embeddings.py``
(model2vec, PCA to 128 dimensions, at training time only). A passage's embedding is the mean of its pieces' rows,
L2-normalised: no torch, no tokenizer library at run time. The tokeniser is BERT's uncased one in short (lower case,
accents stripped, words and single punctuation marks, then greedy longest-match word pieces with ``##``
continuations); training and scoring share it, so it need not match the original byte for byte.

What it adds to the passage reader (:mod:`.reader`): words it never saw in training still land near their meaning
("thrust", "whimpered" near the sexual words the n-grams know), which the n-grams alone cannot do.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from ficlens.artifacts import npz_fields, shipped_bytes, write_npz
from ficlens.errors import FiclensError

EMBEDDINGS_ARTIFACT = "models/static-embeddings.npz"
EMBEDDINGS_FORMAT = "ficlens.static-embeddings/1"
MAX_WORD = 100  # longer "words" are one unknown piece, as in BERT
_WORDS = re.compile(r"[^\W_]+|[^\w\s]|_")
_CACHE_LIMIT = 200_000


def words(text: str) -> list[str]:
    """Lower-cased, accent-stripped words and single punctuation marks of ``text``."""
    text = text.lower()
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")
    return _WORDS.findall(text)


@dataclass
class StaticEmbedder:
    """A word-piece vocabulary and its embedding rows (float32 at run time)."""

    vocabulary: dict[str, int]
    matrix: np.ndarray  # (len(vocabulary), dims)
    _pieces: dict[str, tuple[int, ...]] = field(default_factory=dict, repr=False)

    @property
    def dims(self) -> int:
        return int(self.matrix.shape[1])

    def pieces(self, word: str) -> tuple[int, ...]:
        """The vocabulary ids of ``word``'s greedy longest-match word pieces (empty when it has none)."""
        found = self._pieces.get(word)
        if found is not None:
            return found
        ids: list[int] = []
        if len(word) <= MAX_WORD:
            start = 0
            while start < len(word):
                end = len(word)
                while end > start:
                    piece = word[start:end] if start == 0 else "##" + word[start:end]
                    k = self.vocabulary.get(piece)
                    if k is not None:
                        ids.append(k)
                        break
                    end -= 1
                if end == start:  # no piece fits: the whole word is unknown, as in BERT
                    ids = []
                    break
                start = end
        if len(self._pieces) < _CACHE_LIMIT:
            self._pieces[word] = tuple(ids)
        return tuple(ids)

    def ids(self, text: str) -> list[int]:
        """The word-piece ids of ``text``."""
        out: list[int] = []
        for word in words(text):
            out.extend(self.pieces(word))
        return out

    def encode(self, texts: list[str]) -> np.ndarray:
        """One L2-normalised mean embedding per text (zeros for a text without known pieces), float32."""
        out = np.zeros((len(texts), self.dims), dtype=np.float32)
        lists = [self.ids(text) for text in texts]
        flat = [k for ids in lists for k in ids]
        if not flat:
            return out
        rows = [i for i, ids in enumerate(lists) if ids]
        starts = np.cumsum([0] + [len(lists[i]) for i in rows[:-1]])
        sums = np.add.reduceat(self.matrix[np.array(flat)], starts, axis=0)
        counts = np.array([len(lists[i]) for i in rows], dtype=np.float32)[:, None]
        means = sums / counts
        norms = np.linalg.norm(means, axis=1, keepdims=True)
        out[rows] = means / np.maximum(norms, 1e-9)
        return out


def write_embeddings(path: str, vocabulary: list[str], matrix: np.ndarray, source: str) -> None:
    """Save a table (float16 rows; ``source`` says what it was distilled from)."""
    if matrix.shape[0] != len(vocabulary):
        raise ValueError("one embedding row per vocabulary piece")
    write_npz(path, EMBEDDINGS_FORMAT, vocabulary=np.array("\n".join(vocabulary)), matrix=matrix.astype(np.float16),
              source=np.array(source))


def embedder_from_bytes(blob: bytes) -> StaticEmbedder:
    """A table from an artifact's bytes; a FiclensError names what is wrong."""
    with npz_fields(blob, "static embeddings", EMBEDDINGS_FORMAT) as data:
        vocab = str(data["vocabulary"]).split("\n")
        matrix = data["matrix"].astype(np.float32)
    if matrix.ndim != 2 or matrix.shape[0] != len(vocab):
        raise FiclensError(f"static embeddings: a table of shape {matrix.shape} for {len(vocab)} pieces")
    return StaticEmbedder({piece: i for i, piece in enumerate(vocab)}, matrix)


@lru_cache(maxsize=1)
def load_embedder() -> StaticEmbedder | None:
    """The shipped table, loaded once; None when the artifact is absent."""
    blob = shipped_bytes(EMBEDDINGS_ARTIFACT)
    return embedder_from_bytes(blob) if blob is not None else None
