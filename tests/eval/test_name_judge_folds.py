"""The name judge's fan-fiction rows (scripts/train_name_judge.py) and its out-of-fold measure
(eval/name_judge_folds.py)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from script_loader import load_script

from ficlens.analyse.cast.judge_features import FEATURES
from ficlens.analyse.cast.names import NameForm

train = load_script("scripts/train_name_judge.py")
folds = load_script("eval/name_judge_folds.py")


def _row(label: int, prob_feature: float, rule_accept: bool = True, kb_known: bool = False) -> object:
    x = [0.0] * len(FEATURES)
    x[FEATURES.index("rule_accept")] = float(rule_accept)
    x[FEATURES.index("kb_known")] = float(kb_known)
    x[FEATURES.index("spread")] = prob_feature
    return train.Row("ff:r", "X", x, label)


def test_a_candidate_naming_a_gold_character_is_a_positive_row_and_other_candidates_negative() -> None:
    gold = ["Harry Potter", "Hermione Granger"]
    assert train.fanfic_label(NameForm(("Potter",), "Mr.", [(0, 6)]), gold) == 1
    assert train.fanfic_label(NameForm(("Hermione",), None, [(0, 8)]), gold) == 1
    assert train.fanfic_label(NameForm(("Hogwarts",), None, [(0, 8)]), gold) == 0
    assert train.fanfic_label(NameForm(("Harry", "Styles"), None, [(0, 12)]), gold) == 0


def test_fan_fiction_rows_come_from_dev_works_only(tmp_path: Path) -> None:
    texts = tmp_path / "texts"
    (tmp_path / "labels").mkdir()
    texts.mkdir()
    rows = []
    for work_id, split in (("w-dev", "dev"), ("w-test", "test")):
        text = f"{work_id} text. Anna ran."
        (texts / f"{work_id}.txt").write_text(text, encoding="utf-8")
        (tmp_path / "labels" / f"{work_id}.json").write_text(json.dumps({"characters": ["Anna"]}), encoding="utf-8")
        rows.append({"id": work_id, "repo": "a/b", "split": split,
                     "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest()})
    (tmp_path / "sources.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    works = train.dev_works(tmp_path)
    assert [(row["id"], gold) for row, _, gold in works] == [("w-dev", ["Anna"])]


def test_works_of_one_repository_share_a_fold_and_the_folds_are_balanced() -> None:
    works = [{"repo": "big"}] * 4 + [{"repo": "mid"}] * 3 + [{"repo": "a"}] * 2 + [{"repo": "b"}] * 2 + [{"repo": "c"}]
    fold_of = folds.repo_folds(works, 3)
    sizes = [sum(fold_of[w["repo"]] == k for w in works) for k in range(3)]
    assert fold_of["big"] != fold_of["mid"]
    assert sorted(sizes) == [4, 4, 4]


def test_the_veto_bar_counts_only_what_the_rules_accept_and_spares_the_detected_fandoms_characters() -> None:
    rows = [_row(1, 0.0, kb_known=True), _row(0, 0.0), _row(1, 0.0, rule_accept=False)]
    # at a bar of 0.5 the judge vetoes the non-character; the KB character stays; the rules' refusal stays
    assert folds.veto_accuracy(rows, [0.1, 0.1, 0.9], 0.5) == (rows[0].weight + rows[1].weight) / sum(
        r.weight for r in rows)
    assert folds.veto_accuracy(rows, [0.1, 0.1, 0.9], 0.05) == rows[0].weight / sum(r.weight for r in rows)
