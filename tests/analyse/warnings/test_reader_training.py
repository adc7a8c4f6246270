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
