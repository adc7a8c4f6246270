"""Work-level warnings: aggregation, evidence spans, severity, archive warnings, rating and freeform tags."""

from __future__ import annotations

from pathlib import Path

import pytest

from ficlens.analyse.warnings.aggregate import work_score
from ficlens.analyse.warnings.analyse import analyse
from ficlens.nlp import build_document
from ficlens.report import SEVERITY_ORDER, Character, Report
from ficlens.work import Work

STORY = Path(__file__).parent / "fixtures" / "warnings" / "story.txt"


def run(text: str, characters: list[Character] | None = None) -> Report:
    work = Work(text=text, source="story.txt", format="text")
    doc = build_document(work, "fast")
    report = Report.for_work(work, mode="fast")
    if characters:
        report.characters = characters
    analyse(doc, report)
    return report


@pytest.fixture(scope="module")
def story() -> Report:
    return run(STORY.read_text(encoding="utf-8"))


def test_story_warnings(story: Report) -> None:
    labels = {w.label: w for w in story.warnings}
    assert {"suicide", "violence", "blood"} <= set(labels)
    assert "dying" not in labels  # "die of embarrassment"
    assert any("let them kill me" in span.text for span in labels["suicide"].evidence)
    assert labels["death"].severity == "mentioned"


def test_evidence_is_exact_and_sorted(story: Report) -> None:
    text = STORY.read_text(encoding="utf-8")
    scores = [w.score for w in story.warnings]
    assert scores == sorted(scores, reverse=True)
    for warning in story.warnings:
        assert 1 <= len(warning.evidence) <= 3
        assert warning.severity in SEVERITY_ORDER
        for span in warning.evidence:
            assert text[span.start : span.end] == span.text
            assert 0 <= span.score <= 1


def test_no_evidence_no_warning() -> None:
    report = run("They had tea in the garden and talked about the weather.\n\nIt was a calm afternoon.")
    assert report.warnings == [] and report.archive_warnings == []
    assert report.rating.label == "G"


def test_rating_and_freeforms(story: Report) -> None:
    assert story.rating.label in {"T", "M"} and story.rating.evidence
    tags = {f.tag for f in story.freeforms}
    assert {"Suicidal Thoughts", "Blood", "Violence"} <= tags


def test_explicit_sex_rates_e_and_minor_makes_underage_sex() -> None:
    text = ("Jamie was fifteen and in high school.\n\n"
            "He thrust into her and she moaned as he came inside her, his cock throbbing through the orgasm.")
    report = run(text)
    labels = {w.label for w in report.warnings}
    assert {"pornographic-content", "underage"} <= labels
    assert report.rating.label == "E"
    assert "Underage Sex" in {a.label for a in report.archive_warnings}


def test_major_character_death_needs_a_prominent_character() -> None:
    text = "Tom was shot in the chest. Tom died in her arms, blood pooling beneath him."
    assert "Major Character Death" not in {a.label for a in run(text).archive_warnings}
    cast = [Character(name="Tom", mentions=9), Character(name="Mara", mentions=5)]
    assert "Major Character Death" in {a.label for a in run(text, cast).archive_warnings}


def test_work_score_grows_with_support() -> None:
    assert work_score([0.6]) == 0.6
    assert 0.6 < work_score([0.6, 0.55]) < work_score([0.6, 0.55, 0.5]) < 1.0


def test_underage_evidence_names_the_age_cue() -> None:
    text = ("Jamie was fifteen and in high school.\n\n"
            "Derek kissed him on the lips, hungrily, and sucked on his neck until he was aroused.")
    under = {w.label: w for w in run(text).warnings}["underage"]
    assert any("fifteen" in span.text for span in under.evidence)
    scores = [span.score for span in under.evidence]
    assert scores == sorted(scores, reverse=True)
