"""The passage encoder: all-MiniLM-L6-v2 fine-tuned as a 33-label passage classifier, run as ONNX int8.

Trained by ``scripts/train_passage_encoder.py`` on the passage reader's rows (:mod:`.reader`); the artifact
(``ficlens/models/passage-encoder.onnx``, with its word-piece tokenizer ``passage-encoder-tokenizer.json``) holds
the network, whose output is already each label's score in [0, 1] with 0.5 at the label's threshold (chosen on a
validation part of the training rows), and in its metadata the labels and the passage length in word pieces.

It needs onnxruntime and tokenizers (the ``encoder`` extra); without them, or without the artifact,
:func:`load_encoder` returns None and nothing else changes. How its scores enter a decision is the classifier's
business, as for the reader: :meth:`PassageEncoder.score_many` has the shape of
:meth:`.reader.PassageReader.score_many`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

from ficlens.artifacts import shipped_bytes
from ficlens.errors import FiclensError

ENCODER_ARTIFACT = "models/passage-encoder.onnx"
TOKENIZER_ARTIFACT = "models/passage-encoder-tokenizer.json"
ENCODER_FORMAT = "ficlens.passage-encoder/1"
BATCH = 32


@dataclass(frozen=True)
class PassageEncoder:
    """An onnxruntime session of the exported network and its tokenizer (cut at ``max_tokens`` word pieces)."""

    session: Any
    tokenizer: Any
    labels: tuple[str, ...]
    max_tokens: int

    def column(self, label: str) -> int:
        """The score column of ``label`` (a label of TAXONOMY.md)."""
        return self.labels.index(label)

    def score_many(self, texts: list[str], cues: list[set[str]] | None = None) -> np.ndarray:
        """Per-label scores in [0, 1] of many passages, one row each, 0.5 at each label's threshold (columns:
        :attr:`labels`). ``cues`` is accepted for the reader's interface and not read: the encoder reads the words."""
        out = np.zeros((len(texts), len(self.labels)), dtype=np.float32)
        if not texts:
            return out
        ids = [e.ids for e in self.tokenizer.encode_batch(texts)]
        order = np.argsort([len(i) for i in ids], kind="stable")
        for start in range(0, len(order), BATCH):
            idx = order[start : start + BATCH]
            width = max(len(ids[i]) for i in idx)
            x = np.zeros((len(idx), width), dtype=np.int64)
            m = np.zeros((len(idx), width), dtype=np.int64)
            for k, i in enumerate(idx):
                x[k, : len(ids[i])] = ids[i]
                m[k, : len(ids[i])] = 1
            out[idx] = self.session.run(None, {"input_ids": x, "attention_mask": m})[0]
        return out


def encoder_from_bytes(model: bytes, tokenizer: bytes, threads: int = 1) -> PassageEncoder:
    """An encoder from the artifact's and the tokenizer's bytes, run on ``threads`` threads; a FiclensError names
    what is wrong (an ImportError when onnxruntime or tokenizers is not installed)."""
    import onnxruntime as ort
    from tokenizers import Tokenizer

    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    try:
        session = ort.InferenceSession(model, options, providers=["CPUExecutionProvider"])
        meta = session.get_modelmeta().custom_metadata_map
        tok = Tokenizer.from_str(tokenizer.decode("utf-8"))
    except Exception as exc:  # onnxruntime and tokenizers raise their own exception types
        raise FiclensError(f"passage encoder: unreadable artifact ({exc})") from exc
    if meta.get("format") != ENCODER_FORMAT:
        raise FiclensError(f"passage encoder: format {meta.get('format')!r}, expected {ENCODER_FORMAT!r}")
    max_tokens = int(meta.get("max_tokens", "128"))
    tok.enable_truncation(max_length=max_tokens)
    tok.no_padding()
    return PassageEncoder(session, tok, tuple(meta["labels"].split("\n")), max_tokens)


@lru_cache(maxsize=1)
def load_encoder(threads: int = 1) -> PassageEncoder | None:
    """The shipped encoder, loaded once; None when the artifact, onnxruntime or tokenizers is absent."""
    model, tokenizer = shipped_bytes(ENCODER_ARTIFACT), shipped_bytes(TOKENIZER_ARTIFACT)
    if model is None or tokenizer is None:
        return None
    try:
        return encoder_from_bytes(model, tokenizer, threads)
    except ImportError:
        return None
