"""The dev-works comparison of work-level decisions from reader scores, and the works eval's engine option."""

from __future__ import annotations

import json
import os
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from ficlens.analyse.warnings.classifier import ENGINE_ENV
from script_loader import load_script


@pytest.fixture(scope="module")
def decisions() -> ModuleType:
    return load_script("eval/warnings_reader_works.py")


def pair(cue: bool, best_logit: float, cueless: float, gold: bool = False, work: str = "w") -> dict[str, object]:
    return {"work": work, "label": "death", "gold": gold, "cue": cue, "cueless_max": cueless,
            "x": [float(cue), best_logit, 0.0, 0.0, 0.0, 0.0, 1.0]}


def test_the_rule_vetoes_weak_cue_verdicts_and_adds_strong_cueless_ones(decisions: ModuleType) -> None:
    data = [pair(True, 0.5, 0.0), pair(True, 3.0, 0.0), pair(False, 9.0, 0.9999), pair(False, 9.0, 0.9)]
    assert decisions.rule_verdicts(data, veto=1.0, add=8.0).tolist() == [False, True, True, False]
    assert decisions.rule_verdicts(data, veto=-np.inf, add=np.inf).tolist() == [True, True, False, False]


def test_the_cut_is_the_best_f1_one(decisions: ModuleType) -> None:
    assert decisions.best_cut(np.array([0.1, 0.4, 0.8, 0.9]), np.array([0, 0, 1, 1])) == pytest.approx(0.8)


def test_the_works_eval_runs_the_engine_it_is_given(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    works_eval = load_script("eval/works_realfic.py")
    (tmp_path / "sources.jsonl").write_text(json.dumps({"id": "x", "split": "dev", "sha256": "0"}) + "\n",
                                            encoding="utf-8")
    monkeypatch.setenv(ENGINE_ENV, "linear")
    assert works_eval.main(["--engine", "lexicon", "--works", str(tmp_path), "--texts", str(tmp_path)]) == 0
    assert os.environ[ENGINE_ENV] == "lexicon"
    assert "no texts" in capsys.readouterr().out
