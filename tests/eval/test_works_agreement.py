"""scripts/works_agreement.py: the second reading's fixed sample, Cohen's kappa, loose name and relationship
matching, the report over two label folders or over named works (--ids), and the second annotator's files in
data/works/second."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from repo_paths import ROOT
from script_loader import load_script

WORKS = ROOT / "data" / "works"
CACHE = Path(os.environ.get("FICLENS_REALFIC_TEXTS", "/work/realfic-cache"))


@pytest.fixture(scope="module")
def agreement() -> ModuleType:
    return load_script("scripts/works_agreement.py")


def label(work: str, warnings: dict[str, str], rating: str = "T", **fields: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": work,
        "fandoms": ["Merlin (TV)"],
        "characters": ["Merlin"],
        "relationships": [],
        "rating": rating,
        "archive_warnings": [],
        "notes": "",
        "warnings": {name: {"severity": severity, "evidence": ["x"]} for name, severity in warnings.items()},
    }
    data.update(fields)
    return data


def test_the_sample_takes_the_first_ids_of_each_split_by_hash(agreement: ModuleType) -> None:
    rows = [{"id": f"w{i}", "split": "dev" if i % 3 else "test"} for i in range(20)]
    sample = agreement.second_sample(rows, per_split=2)
    by_hash = sorted(rows, key=lambda row: hashlib.sha256(row["id"].encode()).hexdigest())
    dev = [row["id"] for row in by_hash if row["split"] == "dev"][:2]
    test = [row["id"] for row in by_hash if row["split"] == "test"][:2]
    assert sample == dev + test
    assert agreement.second_sample(list(reversed(rows)), per_split=2) == sample


def test_works_outside_the_pool_never_enter_the_sample(agreement: ModuleType, tmp_path: Path) -> None:
    rows = [{"id": f"w{i}", "split": "dev" if i % 2 else "test"} for i in range(12)]
    (tmp_path / "sources.jsonl").write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    before = agreement.second_sample(agreement.sample_rows(tmp_path), per_split=2)
    assert before == agreement.second_sample(rows, per_split=2)
    (tmp_path / "second").mkdir()
    (tmp_path / "second" / "pool.txt").write_text("\n".join(row["id"] for row in rows[:6]) + "\n", encoding="utf-8")
    pooled = agreement.second_sample(agreement.sample_rows(tmp_path), per_split=2)
    assert pooled == agreement.second_sample(rows[:6], per_split=2)
    assert set(pooled) <= {row["id"] for row in rows[:6]}


def test_cohen_kappa_corrects_for_chance_and_is_undefined_for_constant_raters(agreement: ModuleType) -> None:
    assert agreement.cohen_kappa([1, 1, 0, 0], [1, 0, 0, 0]) == pytest.approx(0.5)
    assert agreement.cohen_kappa(["G", "T", "E"], ["G", "T", "E"]) == pytest.approx(1.0)
    assert agreement.cohen_kappa([0, 0, 0], [0, 0, 0]) is None
    assert agreement.cohen_kappa([1, 0], [0, 1]) == pytest.approx(-1.0)


def test_names_match_when_one_contains_the_others_words(agreement: ModuleType) -> None:
    assert agreement.same_person("Lily Potter", "Lily Evans Potter")
    assert agreement.same_person("Joe", "Yusuf Al-Kaysani | Joe")
    assert agreement.same_person("Gwen (Merlin)", "Gwen")
    assert not agreement.same_person("Harry Potter", "James Potter")


def test_relationships_match_by_kind_and_members_in_any_order(agreement: ModuleType) -> None:
    assert agreement.same_relationship("Arthur Pendragon/Merlin", "Merlin/Arthur")
    assert not agreement.same_relationship("Arthur Pendragon/Merlin", "Arthur Pendragon & Merlin")
    assert agreement.same_relationship("Arthur Pendragon/Merlin", "Arthur Pendragon & Merlin", kind_matters=False)
    assert not agreement.same_relationship("Arthur/Merlin", "Arthur/Gwen/Merlin")
    found = agreement.overlap(["Kay/Bors", "Cai & Dag"], ["Bors/Kay", "Eli/Fin"], agreement.same_relationship)
    assert (found.matched, found.jaccard) == (1, pytest.approx(1 / 3))


def write_works(root: Path, first: list[dict[str, Any]], second: list[dict[str, Any]]) -> None:
    rows = [{"id": data["id"], "split": "dev"} for data in first]
    (root / "sources.jsonl").write_text("\n".join(json.dumps(row) for row in rows) + "\n", encoding="utf-8")
    for folder, labels in (("labels", first), ("second", second)):
        (root / folder).mkdir()
        for data in labels:
            (root / folder / f"{data['id']}.json").write_text(json.dumps(data), encoding="utf-8")


def test_the_report_counts_agreement_severity_and_ratings(
    agreement: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = [label("a", {"violence": "depicted", "death": "mentioned"}), label("b", {}, rating="G")]
    second = [label("a", {"violence": "graphic"}), label("b", {}, rating="G")]
    write_works(tmp_path, first, second)
    assert agreement.main(["--works", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "| death | 1 | 0 | 0 | 1/2 (50.0%) | 0.00 |" in out
    assert "| violence | 1 | 1 | 1 | 2/2 (100.0%) | 1.00 |" in out
    assert "same severity 0/1" in out and "a violence: first depicted, second graphic" in out
    assert "Rating: exact agreement 2/2 (100.0%)" in out
    assert "agreement 65/66 (98.5%)" in out


def test_ids_compare_the_named_works_instead_of_the_sample(
    agreement: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = [label("a", {"violence": "depicted"}), label("b", {}, rating="G"), label("c", {}, rating="E")]
    second = [label("a", {"violence": "depicted"}), label("b", {}, rating="T"), label("c", {}, rating="E")]
    write_works(tmp_path, first, second)
    (tmp_path / "second" / "pool.txt").write_text("a\n", encoding="utf-8")
    assert agreement.main(["--works", str(tmp_path)]) == 0
    assert "Works compared: 1." in capsys.readouterr().out
    listed = tmp_path / "ids.txt"
    listed.write_text("b\nc\n", encoding="utf-8")
    assert agreement.main(["--works", str(tmp_path), "--ids", f"@{listed}"]) == 0
    out = capsys.readouterr().out
    assert "Works compared: 2." in out and "Rating: exact agreement 1/2 (50.0%)" in out
    assert agreement.main(["--works", str(tmp_path), "--ids", "a", "c", "--list"]) == 0
    assert capsys.readouterr().out.split() == ["a", "c"]


def test_an_unreadable_id_list_is_named(agreement: ModuleType, tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="nowhere.txt: cannot read a list of work ids"):
        agreement.main(["--works", str(tmp_path), "--ids", f"@{tmp_path / 'nowhere.txt'}"])


def test_a_missing_second_label_is_named_and_fails(
    agreement: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_works(tmp_path, [label("a", {})], [])
    assert agreement.main(["--works", str(tmp_path)]) == 1
    assert "no label file for a" in capsys.readouterr().err


def test_the_second_reading_covers_the_sample_and_every_added_batch_with_exact_evidence(agreement: ModuleType) -> None:
    folder = WORKS / "second"
    if not folder.is_dir():
        pytest.skip("no second reading in this checkout")
    sample = agreement.second_sample(agreement.sample_rows(WORKS))
    batches = [path.read_text(encoding="utf-8").split() for path in sorted(folder.glob("added*.txt"))]
    listed = [work for batch in batches for work in batch]
    assert len(set(listed)) == len(listed), "a work is listed in two added batches"
    # a batch none of whose works has a second-reader file yet is waiting for its reader, not half-read
    added = [work for batch in batches if any((folder / f"{w}.json").is_file() for w in batch) for work in batch]
    assert not set(sample) & set(added)
    assert sorted(sample + added) == sorted(path.stem for path in folder.glob("*.json"))
    checked = 0
    for work in sample + added:
        data = json.loads((folder / f"{work}.json").read_text(encoding="utf-8"))
        assert data["id"] == work and data["rating"] in {"G", "T", "M", "E"}
        assert set(data["warnings"]) <= set(agreement.LABELS)
        assert set(data["archive_warnings"]) <= set(agreement.ARCHIVE)
        text_path = CACHE / f"{work}.txt"
        if not text_path.is_file():
            continue
        text = text_path.read_text(encoding="utf-8")
        for name, found in data["warnings"].items():
            assert found["severity"] in agreement.SEVERITY and 1 <= len(found["evidence"]) <= 3, (work, name)
            assert all(passage in text for passage in found["evidence"]), (work, name)
        checked += 1
    if not checked:
        pytest.skip("no work texts here (rebuild them with scripts/fetch_realfic.py)")
