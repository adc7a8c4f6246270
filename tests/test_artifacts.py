"""The packaged artifacts are read through one function: bytes when shipped, None when the install lacks them."""

from __future__ import annotations

from ficlens.artifacts import shipped_bytes


def test_a_shipped_artifact_is_read_and_a_missing_one_is_none() -> None:
    blob = shipped_bytes("models/passage-reader.npz")
    assert blob is not None and blob[:2] == b"PK"  # an .npz is a zip
    assert shipped_bytes("models/no-such-model.npz") is None
