"""Static passage embeddings: word pieces, mean pooling, the artifact, and the passage reader that reads them."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from ficlens.analyse.warnings.labels import LABELS
from ficlens.analyse.warnings.reader import reader_from_bytes, write_reader
from ficlens.analyse.warnings.static_embed import (
    StaticEmbedder,
    embedder_from_bytes,
    load_embedder,
    words,
    write_embeddings,
)
from ficlens.errors import FiclensError

PIECES = ["[UNK]", "knife", "cut", "##ting", "tea", ",", "."]


def tiny_embedder(tmp_path: Path) -> StaticEmbedder:
    """Two dimensions: violent pieces along the first, tea along the second; written and read back."""
    matrix = np.array([[0, 0], [1, 0], [1, 0], [0.5, 0], [0, 1], [0, 0.1], [0, 0.1]], dtype=np.float32)
    path = tmp_path / "static.npz"
    write_embeddings(str(path), PIECES, matrix, "test")
    return embedder_from_bytes(path.read_bytes())


def test_words_are_lower_cased_without_accents_and_split_at_punctuation() -> None:
    assert words("Naïve CAFÉ, said-she.") == ["naive", "cafe", ",", "said", "-", "she", "."]


def test_word_pieces_are_greedy_longest_matches(tmp_path: Path) -> None:
    embedder = tiny_embedder(tmp_path)
    assert embedder.pieces("cutting") == (PIECES.index("cut"), PIECES.index("##ting"))
    assert embedder.pieces("cutx") == ()  # no piece fits the rest: unknown, as in BERT


def test_a_passage_is_the_normalised_mean_of_its_pieces(tmp_path: Path) -> None:
    embedder = tiny_embedder(tmp_path)
    out = embedder.encode(["The knife, cutting.", "tea", "zzz"])
    assert out.shape == (3, 2)
    assert np.allclose(np.linalg.norm(out[:2], axis=1), 1.0)
    assert out[0, 0] > 0.99 and out[1, 1] == pytest.approx(1.0)
    assert not out[2].any()  # nothing known: zeros


def test_an_unreadable_table_is_a_clear_error() -> None:
    with pytest.raises(FiclensError, match="static embeddings"):
        embedder_from_bytes(b"not an npz")


def test_the_shipped_table_embeds_similar_passages_closer() -> None:
    embedder = load_embedder()
    if embedder is None:
        pytest.skip("no static embeddings artifact")
    stab, knife, tea = embedder.encode(["he stabbed him and blood poured out", "the knife went into his chest",
                                        "they had tea in the garden"])
    assert stab @ knife > stab @ tea


def test_a_reader_adds_the_embedding_term(tmp_path: Path) -> None:
    embedder = tiny_embedder(tmp_path)
    labels = list(LABELS)
    weights = np.zeros((1 + len(LABELS) + embedder.dims, len(labels)))
    weights[-2, labels.index("violence")] = 8.0  # the first embedding dimension
    path = tmp_path / "reader.npz"
    write_reader(str(path), ["unused"], weights, np.full(len(labels), -4.0), np.full(len(labels), 0.5), labels,
                 embed_dims=embedder.dims)
    reader = reader_from_bytes(path.read_bytes(), embedder)
    column = reader.column("violence")
    scores = reader.score_many(["a knife cutting", "tea"])
    assert scores[0, column] > 0.95 > 0.05 > scores[1, column]
    assert reader.scores("a knife cutting")[column] == pytest.approx(scores[0, column], rel=1e-5)


def test_a_reader_needs_a_table_of_its_dimensions(tmp_path: Path) -> None:
    labels = list(LABELS)
    weights = np.zeros((1 + len(LABELS) + 3, len(labels)))
    path = tmp_path / "reader.npz"
    write_reader(str(path), ["unused"], weights, np.zeros(len(labels)), np.full(len(labels), 0.5), labels,
                 embed_dims=3)
    with pytest.raises(FiclensError, match="3 dimensions"):
        reader_from_bytes(path.read_bytes(), tiny_embedder(tmp_path))
