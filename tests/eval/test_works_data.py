"""The real-fan-fiction works set (data/works): every row has a label file that follows the annotation guide, the
split follows the id's hash, and evidence passages are exact substrings of the texts that are present here."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

import pytest

from repo_paths import ROOT

WORKS = ROOT / "data" / "works"
CACHE = Path(os.environ.get("FICLENS_REALFIC_TEXTS", "/work/realfic-cache"))
LABELS = {
    "pornographic-content", "violence", "death", "sexual-assault", "abuse", "blood", "suicide", "pregnancy",
    "child-abuse", "incest", "underage", "homophobia", "self-harm", "dying", "kidnapping", "mental-illness",
    "dissection", "eating-disorders", "abduction", "body-hatred", "childbirth", "racism", "sexism", "miscarriages",
    "transphobia", "abortion", "fat-phobia", "animal-death", "ableism", "classism", "misogyny", "animal-cruelty", "war",
}
ARCHIVE = {"Graphic Depictions Of Violence", "Major Character Death", "Rape/Non-Con", "Underage Sex"}
FIELDS = {"id", "fandoms", "characters", "relationships", "rating", "archive_warnings", "warnings", "notes"}


def rows() -> list[dict[str, object]]:
    lines = (WORKS / "sources.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def label(work_id: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((WORKS / "labels" / f"{work_id}.json").read_text(encoding="utf-8"))
    return data


def text_of(work_id: str) -> str | None:
    for folder in (WORKS / "texts", CACHE):
        path = folder / f"{work_id}.txt"
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return None


def test_rows_and_label_files_match_one_to_one() -> None:
    ids = [str(row["id"]) for row in rows()]
    assert len(ids) == len(set(ids))
    assert set(ids) == {path.stem for path in (WORKS / "labels").glob("*.json")}


def test_the_split_follows_the_hash_of_the_id() -> None:
    for row in rows():
        even = int(hashlib.sha256(str(row["id"]).encode()).hexdigest(), 16) % 2 == 0
        assert row["split"] == ("dev" if even else "test"), row["id"]


def test_every_row_names_its_source_and_licence() -> None:
    for row in rows():
        assert str(row["repo"]).count("/") == 1 and len(str(row["commit"])) == 40, row["id"]
        assert row["licence"] and row["path"] and int(str(row["words"])) > 0, row["id"]


def test_label_files_follow_the_annotation_guide() -> None:
    for row in rows():
        data = label(str(row["id"]))
        assert set(data) == FIELDS and data["id"] == row["id"]
        assert data["rating"] in {"G", "T", "M", "E"}
        assert set(data["archive_warnings"]) <= ARCHIVE
        warnings = data["warnings"]
        assert isinstance(warnings, dict) and set(warnings) <= LABELS, row["id"]
        for name, found in warnings.items():
            assert found["severity"] in {"mentioned", "depicted", "graphic"}, (row["id"], name)
            assert 1 <= len(found["evidence"]) <= 3, (row["id"], name)


def test_evidence_passages_are_exact_substrings_of_the_texts_present() -> None:
    checked = 0
    for row in rows():
        text = text_of(str(row["id"]))
        if text is None:
            continue
        assert hashlib.sha256(text.encode("utf-8")).hexdigest() == row["sha256"], row["id"]
        warnings = label(str(row["id"]))["warnings"]
        assert isinstance(warnings, dict)
        for name, found in warnings.items():
            for passage in found["evidence"]:
                assert passage in text, (row["id"], name, passage)
        checked += 1
    if not checked:
        pytest.skip("no work texts here (rebuild them with scripts/fetch_realfic.py)")
