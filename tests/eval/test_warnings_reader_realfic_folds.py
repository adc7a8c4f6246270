"""The out-of-fold measure of the passage reader trained on real works' evidence: folds by repository, bars."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from script_loader import load_script


@pytest.fixture(scope="module")
def folds() -> ModuleType:
    pytest.importorskip("sklearn")
    return load_script("eval/warnings_reader_realfic_folds.py")


def test_works_of_one_repository_share_a_fold(folds: ModuleType, tmp_path: Path) -> None:
    rows = [{"id": f"a{i}", "repo": "one/big"} for i in range(4)] + [{"id": f"b{i}", "repo": f"r/{i % 3}"}
                                                                     for i in range(6)]
    (tmp_path / "sources.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    got = folds.work_folds([r["id"] for r in rows], tmp_path)
    assert len({got[f"a{i}"] for i in range(4)}) == 1
    for k in range(3):
        assert len({got[f"b{i}"] for i in range(6) if i % 3 == k}) == 1
    assert sorted(sum(f == k for f in got.values()) for k in range(folds.FOLDS)) == [2, 4, 4]


def test_a_bar_on_plain_probabilities_moves_to_the_shipped_readers_scale(folds: ModuleType, tmp_path: Path) -> None:
    path = tmp_path / "reader.npz"
    np.savez(path, labels=np.array(["death", "war"]), thresholds=np.array([0.2, 0.5]))
    mapped = folds.ship_bars({"death": 0.2, "war": 0.99}, path)
    assert mapped["death"] == pytest.approx(0.5, abs=1e-4) and mapped["war"] == pytest.approx(0.99, abs=1e-4)


def test_a_bar_is_kept_only_where_it_adds_twice_as_many_true_pairs_as_false(folds: ModuleType) -> None:
    work = load_script("eval/warnings_cue_free_bars.py").DevWork
    high = np.array([0.99, 0.99])
    works = [work("w1", {"death"}, set(), {"death": high, "war": high}),
             work("w2", set(), set(), {"death": np.array([0.1]), "war": high})]
    assert folds.gains(works, {"death": 0.9, "war": 0.9}, 2) == {"death": 0.9}
