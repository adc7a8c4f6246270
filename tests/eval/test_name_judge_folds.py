"""The name judge's fan-fiction rows (scripts/train_name_judge.py) and its out-of-fold measure
(eval/name_judge_folds.py)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from ficlens.analyse.cast.judge_features import FEATURES
from ficlens.analyse.cast.names import NameForm
from script_loader import load_script

train = load_script("scripts/train_name_judge.py")
folds = load_script("eval/name_judge_folds.py")


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
    fold_of = folds.repo_folds((w["repo"] for w in works), 3)
    sizes = [sum(fold_of[w["repo"]] == k for w in works) for k in range(3)]
    assert fold_of["big"] != fold_of["mid"]
    assert sorted(sizes) == [4, 4, 4]


def test_a_work_counts_its_top_names_that_are_gold_and_its_main_characters_found() -> None:
    tally = folds.Tally()
    tally.add("w", ["Harry Potter", "Hermione Granger", "Ron Weasley", "Neville"],
              ["Harry", "Hogwarts", "Hermione", "Dobby", "Luna", "Ron"])
    assert (tally.top_right, tally.top, tally.main_found, tally.main) == (2, 5, 3, 3)
    assert tally.precision == 0.4 and tally.recall == 1.0


def test_a_fan_fiction_name_the_labels_leave_out_is_no_training_negative_where_it_behaves_as_a_person() -> None:
    quiet, speaking = [0.0] * len(FEATURES), [0.0] * len(FEATURES)
    speaking[FEATURES.index("tags")] = 0.5
    assert train.trusted(train.Row("ff:a/b", "Hogwarts", quiet, 0))
    assert not train.trusted(train.Row("ff:a/b", "Neville", speaking, 0))
    assert train.trusted(train.Row("ff:a/b", "Harry", speaking, 1))
    assert train.trusted(train.Row("Emma", "Knightley", speaking, 0))  # the novels' rows are all kept


def test_a_dev_works_candidates_become_rows_labelled_by_its_gold_characters(tmp_path: Path) -> None:
    (tmp_path / "labels").mkdir()
    (tmp_path / "texts").mkdir()
    text = "Anna walked to the market. “Wait, Anna!” said Bob. Anna laughed. Bob sighed. Anna ran home.\n"
    (tmp_path / "texts" / "w.txt").write_text(text, encoding="utf-8")
    (tmp_path / "labels" / "w.json").write_text(json.dumps({"characters": ["Anna Smith"]}), encoding="utf-8")
    row = {"id": "w", "repo": "a/b", "split": "dev", "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest()}
    (tmp_path / "sources.jsonl").write_text(json.dumps(row), encoding="utf-8")
    labels = {r.written: (r.source, r.label) for r in train.fanfic_rows(tmp_path)}
    assert labels["Anna"] == ("ff:a/b", 1)
    assert labels.get("Bob", ("ff:a/b", 0)) == ("ff:a/b", 0)


def test_labelled_candidates_are_persons_by_their_kind_and_unlabelled_ones_are_left_out(tmp_path: Path) -> None:
    data, texts = tmp_path / "names", tmp_path / "texts"
    data.mkdir()
    texts.mkdir()
    text = ("Emma smiled at Harriet on Thabeska. Later Emma walked out, and then Emma laughed. Harriet said nothing; "
            "then Harriet nodded, and Harriet sat down on Thabeska. ")
    (texts / "nm-1.txt").write_text(text, encoding="utf-8")
    # nm-missing has no text under texts/: skipped
    sources = [{"id": "nm-1", "repo": "someone/fics"}, {"id": "nm-missing", "repo": "someone/else"}]
    (data / "sources.jsonl").write_text("".join(json.dumps(s) + "\n" for s in sources), encoding="utf-8")
    labels = [{"text": "nm-1", "written": "Emma", "uses": 3, "kind": "person", "character": "Emma"},
              {"text": "nm-1", "written": "Thabeska", "uses": 2, "kind": "place"}]
    (data / "fanfic-candidates.jsonl").write_text("".join(json.dumps(r) + "\n" for r in labels), encoding="utf-8")
    assert train.candidate_labels(data) == {"nm-1": {"Emma": "person", "Thabeska": "place"}}
    rows = {r.written: r for r in train.labelled_rows(data, texts)}
    assert rows["Emma"].label == 1 and rows["Emma"].source == "lab:someone/fics"
    assert "Harriet" not in rows  # a candidate the labels do not hold
    assert all(len(r.x) == len(FEATURES) for r in rows.values())
    if "Thabeska" in rows:
        assert rows["Thabeska"].label == 0


def test_a_labelled_chapters_top_names_count_as_persons_non_persons_or_unlabelled() -> None:
    tally = folds.ListTally()
    wrong = tally.add(["Jeira Santi", "Thabeska", "Patra", "Bixby", "Kubindi", "Naema"],
                      {"Jeira", "Jeira Santi", "Patra"}, {"Thabeska", "Kubindi"})
    assert (tally.persons, tally.others, tally.unknown) == (2, 2, 1) and wrong == ["Thabeska", "Kubindi"]


def test_a_veto_fits_on_the_accepted_candidates_unless_every_one_is_asked_for() -> None:
    accepted, turned_down = [0.0] * len(FEATURES), [0.0] * len(FEATURES)
    accepted[train.RULE_ACCEPT] = 1.0
    rows = [train.Row("s", "Kaia", accepted, 1), train.Row("s", "Wanna", turned_down, 0)]
    assert [r.written for r in train.fitted_on(rows, "veto")] == ["Kaia"]
    assert [r.written for r in train.fitted_on(rows, "veto", every=True)] == ["Kaia", "Wanna"]
