"""Age cues linked to characters: an underage warning needs a minor in (or right around) the sexual passage."""

from __future__ import annotations

import pytest

from ficlens.analyse.analysis import Analysis
from ficlens.analyse.cast import cast_of
from ficlens.analyse.warnings.age import AgeCues, character_ages, read_age
from ficlens.analyse.warnings.lexicon import normalize
from ficlens.analyse.warnings.stage import run
from ficlens.nlp import build_document
from ficlens.report import Report
from ficlens.work import Work

SIDE_MINOR = """Emma Clarke lived next door with her mother. Emma was always asking for help with her homework.

"I'm twelve," Emma said to Martin one morning. Martin laughed and gave Emma a biscuit.

Given the choice, Martin would rather talk to a twelve-year-old girl than to his brother.

Many weeks later, far from all that, Martin Hale and Oliver Grant were alone in the flat.

Martin kissed Oliver on the lips, hungrily, and sucked on his neck until he was aroused. Oliver moaned and pulled \
Martin's shirt off, and they had sex on the couch, his cock hard against Martin's thigh.

Oliver Grant was thirty-two and had been married once. Martin Hale was thirty-five.
"""

NAMED_MINOR = """Everyone knew that Oliver was sixteen and still in high school. Oliver hated his homework.

Everyone knew that Martin was thirty-five. Martin lived across the street.

Martin kissed Oliver on the lips, hungrily, and sucked on his neck until he was aroused. Oliver moaned and pulled \
Martin's shirt off, and they had sex on the couch, his cock hard against Martin's thigh.
"""


def warnings_of(text: str, profile: str) -> Report:
    work = Work(text=text, source="age.txt", format="text")
    doc = build_document(work, profile)  # type: ignore[arg-type]
    analysis = Analysis(doc, Report.for_work(work, mode=profile))  # type: ignore[arg-type]
    analysis.cast = cast_of(doc)
    run(analysis)
    return analysis.report


def labels(text: str, profile: str) -> tuple[set[str], set[str]]:
    report = warnings_of(text, profile)
    return {w.label for w in report.warnings}, {a.label for a in report.archive_warnings}


def ages(text: str) -> dict[str, float]:
    doc = build_document(Work(text=text, source="age.txt", format="text"), "fast")
    cast = cast_of(doc)
    found = character_ages(normalize(doc.text), cast, doc.sentences, doc.paragraphs)
    return {cast.clusters[c].name: a.minor for c, a in found.items()}


@pytest.mark.parametrize("profile", ["fast", "full"])
def test_side_minor_does_not_make_adult_sex_underage(profile: str) -> None:
    warnings, archive = labels(SIDE_MINOR, profile)
    assert "pornographic-content" in warnings  # the scene is there ...
    assert "underage" not in warnings and "Underage Sex" not in archive  # ... but no minor is in it


@pytest.mark.parametrize("profile", ["fast", "full"])
def test_named_minor_in_sex_scene_is_underage(profile: str) -> None:
    warning = next(w for w in warnings_of(NAMED_MINOR, profile).warnings if w.label == "underage")
    assert any("Oliver was sixteen" in span.text for span in warning.evidence)  # the minor's own age cue


def test_cues_link_to_their_character() -> None:
    found = ages(NAMED_MINOR)
    assert max(v for k, v in found.items() if "Oliver" in k) >= 0.8
    assert all(v < 0.5 for k, v in found.items() if "Martin" in k)
    side = ages(SIDE_MINOR)
    assert max(v for k, v in side.items() if "Emma" in k) >= 0.8  # "I'm twelve," Emma said
    assert all(v < 0.5 for k, v in side.items() if "Emma" not in k)  # "a twelve-year-old girl" is nobody named


def test_indefinite_and_plural_cues_attach_to_nobody() -> None:
    assert ages("Tom Baker met a sixteen-year-old boy. Tom Baker smiled.") == {}
    assert ages("Tom Baker said teenagers are loud. Tom Baker sighed.") == {}
    assert max(ages("Tom Baker was a teenager and went to school. Tom Baker sighed.").values()) >= 0.5


def test_age_cues_same_for_a_text_read_twice() -> None:
    text = "He was only sixteen. The kid went to high school; she went to law school."
    first = read_age(text)
    assert first.minor > 0.8 and first.spans
    assert read_age(text) == first
    assert read_age("She is a lawyer.").minor == 0.0  # a new text is read afresh


def test_age_cues_found_once_are_the_ones_read() -> None:
    text = "Tom Baker was only sixteen. Tom Baker went to high school."
    doc = build_document(Work(text=text, source="age.txt", format="text"), "fast")
    cast, folded = cast_of(doc), normalize(doc.text)
    cues = AgeCues.find(folded)
    assert read_age(text, cues) == read_age(text) and read_age(text).minor > 0.8
    assert character_ages(folded, cast, doc.sentences, doc.paragraphs, cues) == \
        character_ages(folded, cast, doc.sentences, doc.paragraphs)
    nothing = AgeCues.find("")  # the reading is of the cues passed in, not of a cue search remembered elsewhere
    assert read_age(text, nothing).minor == 0.0
    assert character_ages(folded, cast, doc.sentences, doc.paragraphs, nothing) == {}


def test_school_years_and_grades_are_minor_cues() -> None:
    from ficlens.analyse.warnings.age import read_age

    assert read_age("He was a fifth-year, the youngest on the team.").minor >= 0.3
    assert read_age("She was in tenth grade that spring.").minor >= 0.5
    assert read_age("a Year 9 pupil").minor >= 0.5
    assert read_age("the boy was 14 yo").minor >= 0.8


def test_a_university_year_or_a_count_of_years_is_no_minor_cue() -> None:
    from ficlens.analyse.warnings.age import read_age

    assert read_age("She was a third-year medical student.").minor == 0.0
    assert read_age("For the second year in a row they won.").minor == 0.0
    assert read_age("It was their fourth year of marriage.").minor == 0.0
