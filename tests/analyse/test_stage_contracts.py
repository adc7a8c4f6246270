"""The pipeline's stages keep their declarations: each reads only what is given or written by an earlier stage of
its profile, writes only what it declares, and the quote counts are on the cast before any other stage reads it."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from ficlens.analyse import STAGES
from ficlens.analyse.analysis import GIVEN, Analysis, StageOrderError
from ficlens.nlp import build_document
from ficlens.report import Report
from ficlens.work import Work

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "proposal.txt"
SHARED = ("cast", "attributions", "narrator", "cast.quotes")  # what the stages share outside the report
REPORT_FIELDS = tuple(f"report.{name}" for name in Report.model_fields)
PROFILES = {"full": False, "fast": True}


def profile_stages(fast: bool) -> list[Any]:
    return [s for s in STAGES if s.in_fast or not fast]


def test_every_declared_name_is_a_field_of_the_analysis_or_the_report() -> None:
    known = set(GIVEN) | set(SHARED) | set(REPORT_FIELDS)
    for stage in STAGES:
        assert set(stage.requires) | set(stage.assigns) <= known, stage.name


@pytest.mark.parametrize("profile", PROFILES)
def test_every_read_is_written_by_an_earlier_stage(profile: str) -> None:
    available = set(GIVEN)
    for stage in profile_stages(PROFILES[profile]):
        missing = set(stage.requires) - available
        assert not missing, f"{profile}: {stage.name} reads {sorted(missing)} before any stage writes it"
        available |= set(stage.assigns)


@pytest.mark.parametrize("profile", PROFILES)
def test_quote_counts_come_before_any_other_reader_of_the_cast(profile: str) -> None:
    stages = profile_stages(PROFILES[profile])
    counting = [i for i, s in enumerate(stages) if "cast.quotes" in s.assigns]
    if not counting:
        return
    readers = [i for i, s in enumerate(stages) if "cast" in s.requires and i != counting[0]]
    assert all(i > counting[0] for i in readers), [stages[i].name for i in readers if i < counting[0]]


def state(analysis: Analysis) -> dict[str, Any]:
    """What each declared name holds now: the shared objects by identity, quote counts and report fields by value."""
    out: dict[str, Any] = {name: id(getattr(analysis, name)) if analysis.has(name) else None
                           for name in ("cast", "attributions")}
    out["narrator"] = analysis.narrator if analysis.has("narrator") else "unset"
    out["cast.quotes"] = [c.quotes for c in analysis.cast.clusters] if analysis.has("cast") else None
    for field in REPORT_FIELDS:
        out[field] = copy.deepcopy(getattr(analysis.report, field.removeprefix("report.")))
    return out


@pytest.mark.parametrize("profile", PROFILES)
def test_each_stage_writes_only_what_it_declares(profile: str) -> None:
    work = Work(text=EXAMPLE.read_text(encoding="utf-8"), source=EXAMPLE.name, format="text")
    doc = build_document(work, profile)  # type: ignore[arg-type]
    analysis = Analysis(doc, Report.for_work(doc.work, mode=profile))  # type: ignore[arg-type]
    for stage in profile_stages(PROFILES[profile]):
        before = state(analysis)
        stage.run(analysis)
        after = state(analysis)
        written = {name for name in before if before[name] != after[name]}
        if "cast" in written:
            written.discard("cast.quotes")  # a new cast comes with its own (zero) counts
        assert written <= set(stage.assigns), f"{stage.name} writes {sorted(written - set(stage.assigns))}"


def test_reading_the_cast_before_the_cast_stage_is_an_error() -> None:
    doc = build_document(Work(text="Martin waited.", source="t.txt", format="text"), "fast")
    analysis = Analysis(doc, Report.for_work(doc.work, mode="fast"))
    with pytest.raises(StageOrderError):
        analysis.cast  # noqa: B018
