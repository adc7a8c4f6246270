"""The learned archive warnings: a hand-rule warning the model learned is kept only where its probability reaches
the threshold, the model adds none, Underage Sex stays the hand rule's, and the weights file is read with clear
errors."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from ficlens.analyse.warnings.archive import archive_warnings, rule_archive_warnings
from ficlens.analyse.warnings.archive_model import (
    ARCHIVE_MODEL,
    FEATURES,
    LEARNED,
    ArchiveModel,
    ArchiveModelError,
    WarningModel,
    archive_features,
    load_archive_model,
    shipped_archive_model,
)
from ficlens.analyse.warnings.labels.schema import GRAPHIC_VIOLENCE, MAJOR_CHARACTER_DEATH
from ficlens.nlp.document import Document
from walk_helpers import walk_document, warning_on_word


@pytest.fixture(scope="module")
def doc() -> Document:
    return walk_document()


def _model(raise_: set[str]) -> ArchiveModel:
    """A stand-in whose probability is 1 for the warnings of ``raise_`` and 0 for the others."""
    n = len(FEATURES)

    def one(sure: bool) -> WarningModel:
        return WarningModel(mean=np.zeros(n), scale=np.ones(n), weights=np.zeros(n),
                            bias=40.0 if sure else -40.0, threshold=0.5)

    return ArchiveModel(models={a: one(a in raise_) for a in LEARNED})


def test_a_model_drops_a_hand_rule_warning_it_does_not_believe(doc: Document) -> None:
    found = [warning_on_word("violence", "graphic", 0.9)]
    assert [a.label for a in rule_archive_warnings(doc, found, {}, [])] == [GRAPHIC_VIOLENCE]
    with ARCHIVE_MODEL.using(_model(set())):
        assert archive_warnings(doc, found, {}, []) == []


def test_a_kept_warning_is_the_hand_rules_and_the_model_adds_none(doc: Document) -> None:
    found = [warning_on_word("violence", "graphic", 0.9), warning_on_word("sexual-assault", "mentioned", 0.7, start=5)]
    with ARCHIVE_MODEL.using(_model(set(LEARNED))):
        assert archive_warnings(doc, found, {}, []) == rule_archive_warnings(doc, found, {}, [])
        assert [a.label for a in archive_warnings(doc, found, {}, [])] == [GRAPHIC_VIOLENCE]


def test_underage_sex_stays_the_hand_rules(doc: Document) -> None:
    assert "Underage Sex" not in LEARNED


def test_without_a_model_the_archive_warnings_are_the_hand_rules(doc: Document) -> None:
    found = [warning_on_word("violence", "graphic", 0.9), warning_on_word("sexual-assault", "depicted", 0.8)]
    with ARCHIVE_MODEL.using(None):
        assert archive_warnings(doc, found, {}, []) == rule_archive_warnings(doc, found, {}, [])


def test_the_features_read_the_hand_rule_and_the_labels_of_that_warning_only() -> None:
    found = [warning_on_word("death", "depicted", 0.8), warning_on_word("violence", "mentioned", 0.6),
             warning_on_word("sexual-assault", "graphic", 0.9)]
    death = dict(zip(FEATURES, archive_features(MAJOR_CHARACTER_DEATH, found, [MAJOR_CHARACTER_DEATH], 5000),
                     strict=True))
    assert death["rule"] == 1.0 and death["depicted_score"] == 0.8 and death["mentioned_score"] == 0.0
    assert death["graphic_score"] == 0.0 and death["on_page"] == 1
    violence = dict(zip(FEATURES, archive_features(GRAPHIC_VIOLENCE, found, [], 5000), strict=True))
    assert violence["rule"] == 0.0 and violence["mentioned_score"] == 0.6 and violence["on_page"] == 1


def test_the_shipped_model_reads_and_governs_learned_warnings_with_probability_thresholds() -> None:
    model = shipped_archive_model()
    if model is None:
        pytest.skip("no shipped archive model in this install")
    assert model.models and set(model.models) <= set(LEARNED)
    assert all(0.0 < m.threshold < 1.0 for m in model.models.values())


def test_a_weights_file_of_other_features_is_refused_with_its_name(tmp_path: Path) -> None:
    path = tmp_path / "archive.json"
    one = {"mean": [0], "scale": [1], "weights": [0], "bias": 0, "threshold": 0.5}
    path.write_text(json.dumps({"features": ["x"], "warnings": {a: one for a in LEARNED}}), encoding="utf-8")
    with pytest.raises(ArchiveModelError, match="archive.json.*scripts/train_silver_decisions.py"):
        load_archive_model(path)
    path.write_text("not json", encoding="utf-8")
    with pytest.raises(ArchiveModelError, match="archive.json: not an archive model"):
        load_archive_model(path)


def test_a_warning_the_model_does_not_govern_stays_the_hand_rules(doc: Document) -> None:
    found = [warning_on_word("violence", "graphic", 0.9)]
    death_only = ArchiveModel(models={MAJOR_CHARACTER_DEATH: _model(set()).models[MAJOR_CHARACTER_DEATH]})
    with ARCHIVE_MODEL.using(death_only):
        assert [a.label for a in archive_warnings(doc, found, {}, [])] == [GRAPHIC_VIOLENCE]
