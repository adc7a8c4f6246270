"""The passage reader's training rows: real fan fiction of the dev split as negatives, never for its own labels."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from types import ModuleType

import pytest

from script_loader import load_script

PARAGRAPH = "Anna walked down to the harbour with her brother and watched the boats come in, one after another, " \
            "until the light went and the gulls settled on the water."


@pytest.fixture(scope="module")
def trainer() -> ModuleType:
    pytest.importorskip("sklearn")
    return load_script("scripts/train_passage_reader.py")


def write_work(works: Path, texts: Path, work_id: str, split: str, labels: list[str]) -> None:
    text = f"{PARAGRAPH}\n\n{PARAGRAPH}\n"
    (texts / f"{work_id}.txt").write_text(text, encoding="utf-8")
    (works / "labels" / f"{work_id}.json").write_text(json.dumps({"warnings": {label: {} for label in labels}}),
                                                      encoding="utf-8")
    row = {"id": work_id, "split": split, "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest()}
    with (works / "sources.jsonl").open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(row) + "\n")


def test_only_dev_works_become_negatives_carrying_their_gold_labels(trainer: ModuleType, tmp_path: Path) -> None:
    works, texts = tmp_path / "works", tmp_path / "texts"
    (works / "labels").mkdir(parents=True)
    texts.mkdir()
    write_work(works, texts, "dev-1", "dev", ["death"])
    write_work(works, texts, "test-1", "test", ["violence"])
    rows = trainer.realfic_dev(works, texts)
    assert len(rows) == 2 and {r.group for r in rows} == {"rdev-1"}
    assert all(r.carries == frozenset({"death"}) and r.target == 0 for r in rows)


def test_a_real_work_is_no_negative_for_a_label_it_carries(trainer: ModuleType) -> None:
    row = trainer.Row(trainer.REALFIC_LABEL, 0, trainer.REALFIC_WEIGHT, PARAGRAPH, "rw", "", frozenset({"death"}))
    positive = trainer.Row("death", 1, 1.0, "He died.", "p", "")
    war = trainer.Row("war", 1, 1.0, "The shelling went on all night.", "q", "")
    slur = trainer.Row("homophobia", 1, 1.0, "They sneered at the two boys holding hands.", "s", "")
    rows = [row, positive, war, slur]
    death_idx, _y, _w = trainer.label_rows(rows, "death")
    war_idx, war_y, _w = trainer.label_rows(rows, "war")
    assert 0 not in death_idx.tolist()
    assert 0 in war_idx.tolist() and war_y[war_idx.tolist().index(0)] == 0


def write_evidenced_work(works: Path, texts: Path, work_id: str, split: str, evidence: str) -> None:
    text = f"{PARAGRAPH}\n\n{CUPBOARD}\n\n{PARAGRAPH}\n"
    (texts / f"{work_id}.txt").write_text(text, encoding="utf-8")
    gold = {"warnings": {"child-abuse": {"severity": "depicted", "evidence": [evidence]}, "death": {}}}
    (works / "labels" / f"{work_id}.json").write_text(json.dumps(gold), encoding="utf-8")
    row = {"id": work_id, "split": split, "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest()}
    with (works / "sources.jsonl").open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(row) + "\n")


CUPBOARD = "Vernon took to tossing the small boy into the cupboard under the stairs whenever he cried, and some " \
           "nights he forgot to let him out at all."


def test_passages_holding_gold_evidence_are_marked_with_its_label(trainer: ModuleType, tmp_path: Path) -> None:
    works, texts = tmp_path / "works", tmp_path / "texts"
    (works / "labels").mkdir(parents=True)
    texts.mkdir()
    write_evidenced_work(works, texts, "dev-1", "dev", "tossing the small boy into the cupboard")
    write_evidenced_work(works, texts, "test-1", "test", "tossing the small boy into the cupboard")
    rows = trainer.realfic_dev(works, texts, positives=True)
    assert [r.evidences for r in rows] == [frozenset(), frozenset({"child-abuse"}), frozenset()]
    assert {r.group for r in rows} == {"rdev-1"}
    assert all(not r.evidences for r in trainer.realfic_dev(works, texts))


def test_evidence_across_two_passages_marks_both(trainer: ModuleType) -> None:
    text = f"{PARAGRAPH}\n\n{CUPBOARD}"
    spans = [(0, len(PARAGRAPH)), (len(PARAGRAPH) + 2, len(text))]
    evidence = {"child-abuse": {"evidence": [text[len(PARAGRAPH) - 10 : len(PARAGRAPH) + 20]]},
                "death": {"evidence": ["not in the text"]}}
    assert trainer.evidence_labels(text, spans, evidence) == [frozenset({"child-abuse"})] * 2


def test_a_real_passage_holding_gold_evidence_is_a_positive_of_its_label(trainer: ModuleType) -> None:
    carries = frozenset({"child-abuse", "death"})
    evidenced = trainer.Row(trainer.REALFIC_LABEL, 0, trainer.REALFIC_WEIGHT, CUPBOARD, "rw", "", carries,
                            frozenset({"child-abuse"}))
    plain = trainer.Row(trainer.REALFIC_LABEL, 0, trainer.REALFIC_WEIGHT, PARAGRAPH, "rw", "", carries)
    written = trainer.Row("child-abuse", 0, 1.0, "She tucked the boy into bed.", "p", "")
    war = trainer.Row("war", 1, 1.0, "The shelling went on all night.", "q", "")
    idx, y, _w = trainer.label_rows([evidenced, plain, written], "child-abuse")
    assert idx.tolist() == [0, 2] and y.tolist() == [1, 0]
    war_idx, war_y, _w = trainer.label_rows([evidenced, plain, war], "war")
    assert war_idx.tolist() == [0, 1, 2] and war_y.tolist() == [0, 0, 1]


def test_a_reader_fitted_without_the_threshold_search_reads_plain_probabilities(trainer: ModuleType) -> None:
    rows = [trainer.Row("death", i % 2, 1.0, f"{'He died in the night' if i % 2 else 'They walked home'} {i}.",
                        f"g{i}", "") for i in range(12)]
    fitted = trainer.fit_reader(rows, (16.0,), embed=False, log=False, search=False)
    assert fitted.labels == ["death"] and fitted.thresholds.tolist() == [0.5] and fitted.folds == {}
