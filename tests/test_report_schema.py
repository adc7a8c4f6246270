from __future__ import annotations

import json

import jsonschema
import pytest

from ficlens.analyse import analyse_work
from ficlens.report import SCHEMA_ID, Report, Span, json_schema, shipped_schema
from ficlens.work import Work


def test_shipped_schema_matches_model() -> None:
    assert shipped_schema() == json.loads(json.dumps(json_schema())), "run: make schema"


def test_report_of_a_small_work_validates_and_round_trips() -> None:
    work = Work(text="Stiles ran.\n\nDerek followed him home.", source="mem", format="text")
    report = analyse_work(work)
    data = report.to_dict()
    jsonschema.validate(data, shipped_schema())
    assert data["schema"] == SCHEMA_ID
    assert Report.from_json(report.to_json()).to_dict() == data
    for key in ("source", "format", "title", "authors", "words", "chapters", "author_tags", "fandoms",
                "characters", "relationships", "category", "rating", "archive_warnings", "warnings",
                "freeforms", "quotes", "summary"):
        assert key in data


def test_schema_rejects_a_bad_report() -> None:
    work = Work(text="x y z", source="mem", format="text")
    data = Report.for_work(work).to_dict()
    data["rating"]["label"] = "X"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, shipped_schema())


def test_span_of_takes_exact_text() -> None:
    text = "He said “hi” — then left."
    span = Span.of(text, 8, 12, 0.5)
    assert span.text == text[8:12] == "“hi”"
