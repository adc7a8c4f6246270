"""The reader folds every flagged passage (a warning's ``spans``; its ``evidence`` for a report stored without them),
merging neighbours into scene folds, and shows author's notes in a box of their own, never folded."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi.testclient import TestClient

from ficlens.library import Library
from ficlens.report import ChapterOut, FlaggedSpan, Report, Span, Warning
from ficlens.web import create_app
from ficlens.web.folds import same_scene, scene_folds
from ficlens.web.reader import chapter_views
from ficlens.work import Work

FILLER = "They walked to the shop. They bought bread. They bought milk. They went home again.\n\n"
KNIFE = "He drew the knife and stabbed him.\n\n"
BLOOD = "Blood ran down his arm.\n\n"
QUIET = "It was quiet.\n\n"


def warned(text: str, *warnings: tuple[str, str, list[str]], evidence_only: bool = False) -> Report:
    """A report whose warnings flag every occurrence of each of their passages."""
    report = Report.for_work(Work(text=text, source="t.txt", format="text"))
    for label, severity, passages in warnings:
        found = sorted((m.start(), m.start() + len(p.strip())) for p in passages
                       for m in re.finditer(re.escape(p.strip()), text))
        spans = [FlaggedSpan(start=a, end=b, score=0.9) for a, b in found]
        evidence = [Span.of(text, a, b, 0.9) for a, b in found[:3]]
        report.warnings.append(Warning(label=label, severity=severity, score=0.9,  # type: ignore[arg-type]
                                       evidence=evidence, spans=[] if evidence_only else spans,
                                       spans_total=None if evidence_only else len(spans)))
    return report


def folded(text: str, report: Report) -> list[str]:
    return [text[f.start : f.end] for f in scene_folds(report, text)]


def test_every_flagged_passage_is_folded_not_only_the_best_three() -> None:
    text = "".join(FILLER * 2 + KNIFE for _ in range(6)) + FILLER
    report = warned(text, ("violence", "graphic", [KNIFE]))
    assert len(report.warnings[0].evidence) == 3
    assert folded(text, report) == [KNIFE.strip()] * 6


def test_adjacent_or_nearby_passages_merge_into_one_scene_fold_listing_every_label() -> None:
    text = FILLER * 3 + KNIFE + BLOOD + QUIET + "He stabbed him again.\n\n" + FILLER * 3
    report = warned(text, ("violence", "graphic", [KNIFE, "He stabbed him again."]), ("blood", "depicted", [BLOOD]))
    scene = scene_folds(report, text)
    assert len(scene) == 1
    assert text[scene[0].start : scene[0].end] == (KNIFE + BLOOD + QUIET + "He stabbed him again.")
    assert scene[0].ordered_labels() == [("violence", "graphic"), ("blood", "depicted")]
    html = str(chapter_views(text, report)[0].html)
    assert html.count("<details") == 1 and "violence (graphic) · blood (depicted)" in html


def test_passages_apart_or_across_a_scene_break_stay_separate_folds() -> None:
    far = FILLER * 3 + KNIFE + FILLER * 2 + KNIFE + FILLER
    assert len(folded(far, warned(far, ("violence", "graphic", [KNIFE])))) == 2
    broken = FILLER + KNIFE + "* * *\n\n" + KNIFE + FILLER
    assert len(folded(broken, warned(broken, ("violence", "graphic", [KNIFE])))) == 2


def test_chapter_list_counts_the_folds_it_shows() -> None:
    text = FILLER * 3 + KNIFE + BLOOD + FILLER * 3 + KNIFE + FILLER * 3
    report = warned(text, ("violence", "graphic", [KNIFE]), ("blood", "depicted", [BLOOD]))
    view = chapter_views(text, report)[0]
    counts = {w.label: w.passages for w in view.warnings}
    assert counts == {"violence": 2, "blood": 1}
    assert str(view.html).count("<details") == 2


def test_a_report_stored_without_spans_still_folds_its_evidence() -> None:
    text = "".join(FILLER * 2 + KNIFE for _ in range(5)) + FILLER
    report = warned(text, ("violence", "graphic", [KNIFE]), evidence_only=True)
    assert report.warnings[0].spans == []
    assert folded(text, report) == [KNIFE.strip()] * 3


def test_author_notes_are_boxed_apart_and_never_folded() -> None:
    note = "A/N: Warning for blood in this one, sorry! Thanks for all the kudos and reviews."
    text = note + "\n\n" + FILLER * 2 + BLOOD + FILLER * 2 + "A/N: Please review!\n"
    report = warned(text, ("blood", "depicted", [BLOOD, "Warning for blood in this one, sorry!"]))
    view = chapter_views(text, report)[0]
    html = str(view.html)
    assert html.count('class="author-note"') == 2 and view.notes == 2
    boxes = re.findall(r'<details class="author-note".*?</details>', html, flags=re.S)
    assert note in boxes[0] and "Please review!" in boxes[1]
    folds = re.findall(r'<details class="fold.*?</details>', html, flags=re.S)
    assert len(folds) == 1 and BLOOD.strip() in folds[0] and "A/N" not in folds[0]


def test_no_warned_passages_is_said_only_when_the_report_lists_them_all() -> None:
    text = FILLER * 4
    report = warned(text, ("violence", "graphic", []))
    assert chapter_views(text, report)[0].partial is False
    report.warnings[0].spans_total = 600  # capped: more flagged than listed
    assert chapter_views(text, report)[0].partial is True


def test_the_reader_page_says_no_warned_passages_only_when_true(tmp_path: Path) -> None:
    lib = Library(tmp_path / "lib.sqlite3")
    for title, total in (("All listed", 1), ("Capped", 900)):
        text = FILLER * 4 + KNIFE + FILLER * 3 + title  # two works: the library keeps one per text
        work = Work(text=text, source=f"{title}.txt", format="text", title=title)
        report = warned(text, ("violence", "graphic", [KNIFE]))
        report.chapters = [ChapterOut(title="One", start=0, end=len(FILLER) * 4),
                           ChapterOut(title="Two", start=len(FILLER) * 4, end=len(text))]
        report.warnings[0].spans_total = total
        lib.add(work, report, "full")
    client = TestClient(create_app(lib), base_url="http://127.0.0.1:8000")
    listed, capped = client.get("/work/1").text, client.get("/work/2").text
    assert "No warned passages in this chapter." in listed and "No folded passages" not in listed
    assert "No warned passages in this chapter." not in capped and "No folded passages in this chapter" in capped
    assert "violence</a> <small>(graphic, 1 folded passage)" in capped


def test_a_scene_break_is_a_line_of_symbols_only() -> None:
    def between(line: str) -> str:
        return "Before.\n\n" + line + "\n\nAfter."

    for line in ("* * *", "~~~", "  ---  ", "⁂", "-\t-"):
        gap = between(line)
        assert not same_scene(gap, 0, len(gap)), line
    for line in ("She said: ...!", "* Note *", "___"):  # a word (underscores are word characters) is no break
        gap = between(line)
        assert same_scene(gap, 0, len(gap)), line


def test_a_long_run_of_symbols_before_a_word_is_answered_not_backtracked() -> None:
    gap = "\n\n" + "!" * 60 + "Oh.\n\n"  # nested repeats would take longer than the age of the universe here
    assert same_scene(gap, 0, len(gap))
