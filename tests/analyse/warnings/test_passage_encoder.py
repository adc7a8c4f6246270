"""The passage encoder's run time (ONNX + tokenizers): its scores' shape and order, its cut, its errors.

The mechanics are tested on a tiny network built here (it needs the ``onnx`` package to be written); the shipped
model, when the install has it, is checked for its labels. Everything skips without onnxruntime and tokenizers.
"""

from __future__ import annotations

import sys

import numpy as np
import pytest

from ficlens.analyse.warnings.encoder import ENCODER_FORMAT, PassageEncoder, encoder_from_bytes, load_encoder
from ficlens.analyse.warnings.labels import LABELS
from ficlens.errors import FiclensError

ort = pytest.importorskip("onnxruntime")
tokenizers = pytest.importorskip("tokenizers")

WORDS = ("the", "a", "cat", "sat", "on", "mat", "dog", "ran")


def tiny_tokenizer() -> bytes:
    """A word-level tokenizer of :data:`WORDS` (id 0: unknown), split at white space."""
    from tokenizers import Tokenizer, models, pre_tokenizers

    vocab = {"[UNK]": 0, **{w: i + 1 for i, w in enumerate(WORDS)}}
    tok = Tokenizer(models.WordLevel(vocab, unk_token="[UNK]"))
    tok.pre_tokenizer = pre_tokenizers.WhitespaceSplit()
    return tok.to_str().encode("utf-8")


def tiny_network(fmt: str = ENCODER_FORMAT, max_tokens: int = 6) -> bytes:
    """A network whose score for label j is sigmoid(0.1 * j * (number of tokens) - 1): longer passages score
    higher, so the order of the rows shows."""
    pytest.importorskip("onnx")
    from onnx import TensorProto, helper, numpy_helper

    k = len(LABELS)
    weights = numpy_helper.from_array((0.1 * np.arange(k, dtype=np.float32)).reshape(1, k), "w")
    bias = numpy_helper.from_array(np.full((k,), -1.0, dtype=np.float32), "b")
    nodes = [
        helper.make_node("Cast", ["attention_mask"], ["mf"], to=TensorProto.FLOAT),
        helper.make_node("ReduceSum", ["mf", "axes"], ["count"], keepdims=1),
        helper.make_node("MatMul", ["count", "w"], ["z"]),
        helper.make_node("Add", ["z", "b"], ["zb"]),
        helper.make_node("Sigmoid", ["zb"], ["scores"]),
    ]
    axes = numpy_helper.from_array(np.array([1], dtype=np.int64), "axes")
    graph = helper.make_graph(
        nodes, "tiny",
        [helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["n", "t"]),
         helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["n", "t"])],
        [helper.make_tensor_value_info("scores", TensorProto.FLOAT, ["n", k])],
        [weights, bias, axes])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    for key, value in {"format": fmt, "labels": "\n".join(LABELS), "max_tokens": str(max_tokens)}.items():
        model.metadata_props.add(key=key, value=value)
    return bytes(model.SerializeToString())


def expected(tokens: int) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(0.1 * np.arange(len(LABELS)) * tokens - 1.0)))


@pytest.fixture
def encoder() -> PassageEncoder:
    return encoder_from_bytes(tiny_network(), tiny_tokenizer())


def test_scores_one_row_per_passage_in_the_order_given(encoder: PassageEncoder) -> None:
    texts = ["the cat sat on the mat", "a dog", "the dog ran", "cat"]
    scores = encoder.score_many(texts)
    assert scores.shape == (4, len(LABELS)) and scores.dtype == np.float32
    for row, n in zip(scores, (6, 2, 3, 1), strict=True):
        np.testing.assert_allclose(row, expected(n), rtol=1e-5)


def test_a_batch_scores_each_passage_as_it_scores_alone(encoder: PassageEncoder) -> None:
    texts = ["a dog", "the cat sat on the mat"]
    together = encoder.score_many(texts)
    alone = np.vstack([encoder.score_many([t]) for t in texts])
    np.testing.assert_allclose(together, alone, rtol=1e-6)


def test_passages_are_cut_at_the_models_length(encoder: PassageEncoder) -> None:
    assert encoder.max_tokens == 6
    np.testing.assert_allclose(encoder.score_many(["the cat sat on the mat and the dog ran on"])[0], expected(6),
                               rtol=1e-5)


def test_no_passages_give_an_empty_matrix_of_every_label(encoder: PassageEncoder) -> None:
    assert encoder.score_many([]).shape == (0, len(LABELS))
    assert encoder.labels == LABELS and encoder.column("death") == LABELS.index("death")


def test_a_model_of_another_format_is_refused_by_name() -> None:
    with pytest.raises(FiclensError, match="passage encoder: format 'something-else'"):
        encoder_from_bytes(tiny_network(fmt="something-else"), tiny_tokenizer())


def test_unreadable_bytes_are_a_clear_error() -> None:
    with pytest.raises(FiclensError, match="passage encoder: unreadable artifact"):
        encoder_from_bytes(b"not a network", tiny_tokenizer())


def test_without_onnxruntime_there_is_no_encoder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "onnxruntime", None)
    load_encoder.cache_clear()
    try:
        assert load_encoder() is None
    finally:
        load_encoder.cache_clear()


def test_the_shipped_encoder_reads_every_label() -> None:
    shipped = load_encoder()
    if shipped is None:
        pytest.skip("no shipped passage encoder in this install")
    assert shipped.labels == LABELS
    assert shipped.score_many(["She put the kettle on and they talked about the garden."]).shape == (1, len(LABELS))
