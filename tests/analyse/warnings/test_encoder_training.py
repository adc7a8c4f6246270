"""The passage encoder's training rows: the reader's per-label scheme as a masked matrix, a fixed held-out split."""

from __future__ import annotations

from types import ModuleType

import numpy as np
import pytest

from ficlens.analyse.warnings.labels import LABELS
from script_loader import load_script


@pytest.fixture(scope="module")
def trainer() -> ModuleType:
    pytest.importorskip("sklearn")
    return load_script("scripts/train_passage_encoder.py")


def test_a_passage_is_no_negative_for_a_label_it_could_also_be(trainer: ModuleType) -> None:
    row = trainer.reader_training.Row
    rows = [row("suicide", 1, 1.0, "He swallowed every pill in the bottle.", "t-1", ""),
            row("suicide", 0, 1.0, "I could kill myself for forgetting the milk.", "t-2", ""),
            row("racism", 1, 1.0, "They turned him away at the door for his skin.", "t-3", ""),
            row("racism", 0, 1.0, "A quiet dinner with friends.", "t-4", "")]
    y, w = trainer.targets(rows, list(LABELS))
    suicide, self_harm, racism = (LABELS.index(x) for x in ("suicide", "self-harm", "racism"))
    assert y[0, suicide] == 1 and w[0, suicide] > 0
    assert y[1, suicide] == 0 and w[1, suicide] > 0
    assert w[0, self_harm] == 0  # related (the mind and harm groups): no loss, neither side
    assert y[0, racism] == 0 and w[0, racism] > 0  # an unrelated label's passage is a negative
    assert w[2, suicide] > 0 and y[2, suicide] == 0


def test_the_held_out_part_is_fixed_by_group_and_about_a_fifth(trainer: ModuleType) -> None:
    groups = [f"train-death-{i:03d}" for i in range(2000)]
    held = [trainer.part(g) in trainer.HELD_OUT_PARTS for g in groups]
    assert 0.17 < np.mean(held) < 0.23
    assert [trainer.part(g) for g in groups[:50]] == [trainer.part(g) for g in groups[:50]]
    assert trainer.VALIDATION_PART not in trainer.HELD_OUT_PARTS


def test_thinned_background_keeps_its_share_of_weight(trainer: ModuleType) -> None:
    row = trainer.reader_training.Row(trainer.reader_training.BACKGROUND_LABEL, 0, 0.3, "Tea.", "bEmma", "")
    kept = [k for k in range(30) if trainer.keep(row, k)]
    assert len(kept) * trainer.thinned(row).weight == pytest.approx(30 * 0.3)
    written = trainer.reader_training.Row("death", 1, 1.0, "He died.", "t-1", "")
    assert all(trainer.keep(written, k) for k in range(10)) and trainer.thinned(written).weight == 1.0
