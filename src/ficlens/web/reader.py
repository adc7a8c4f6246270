"""The reader's body: a work's text chapter by chapter, every warned passage folded, author's notes boxed apart,
everything escaped.

The text is built here as one escaped string (fast: no template loop per passage); the page template wraps it.
A fold or a note box is a block: the spaces that follow one mid-paragraph, or the first line break after one at a
paragraph's end, would show as a stray indent or an extra gap, so they are kept in the HTML but hidden
(``after-fold``). Author's notes in the text (:func:`~ficlens.analyse.cast.author_notes.note_spans`: "A/N: …" at a
chapter's start or end) are shown in a collapsible note box and never folded as content.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from markupsafe import Markup, escape

from ficlens.analyse.cast.author_notes import note_spans
from ficlens.nlp.segment import paragraph_spans
from ficlens.nlp.spans import TextSpan
from ficlens.report import SEVERITY_ORDER, Report
from ficlens.styles import StyleSpan
from ficlens.web.chapter_tiles import tiled_chapters
from ficlens.web.folds import Fold, clip, scene_folds
from ficlens.web.outside_notes import note_box, placed_notes
from ficlens.web.styled import Styler
from ficlens.work import AuthorNote

_AFTER_FOLD = re.compile(r"[ \t]+|\n")  # what a block fold makes redundant after it


@dataclass(slots=True)
class ChapterWarning:
    label: str
    severity: str
    passages: int
    first_fold: str  # element id of the first fold naming this warning in the chapter


@dataclass(slots=True)
class ChapterView:
    number: int
    title: str | None
    anchor: str
    words: int
    html: Markup
    warnings: list[ChapterWarning] = field(default_factory=list)
    notes: int = 0  # author's note boxes in the chapter
    partial: bool = False  # a warning's flagged passages were capped in the report: "no fold" may not mean none
    notes_before: Markup = Markup("")  # the file's notes outside the text, boxed (:mod:`~ficlens.web.outside_notes`)
    notes_after: Markup = Markup("")


def chapter_views(text: str, report: Report, styles: Sequence[StyleSpan] = (),
                  outside: Sequence[AuthorNote] = ()) -> list[ChapterView]:
    """One view per chapter of the report (or one for the whole text when the report names none), with the
    text's formatting (``styles``) laid over it and the file's notes kept outside the text (``outside``) around it."""
    chapters = tiled_chapters(report, len(text))
    around = placed_notes(outside, report, chapters)
    notes = note_spans(text, paragraph_spans(text), [(a, b) for _, a, b in chapters])
    folds = scene_folds(report, text, notes)
    partial = any(w.spans_total is not None and w.spans_total > len(w.spans) for w in report.warnings)
    styler = Styler(text, list(styles))
    views: list[ChapterView] = []
    counter = 0
    for number, (title, start, end) in enumerate(chapters, start=1):
        blocks: list[Fold | TextSpan] = [*clip(folds, start, end), *_inside(notes, start, end)]
        blocks.sort(key=lambda b: b.start)
        pieces: list[str] = []
        summary: dict[str, ChapterWarning] = {}
        pos = start
        for block in blocks:
            pieces.append(styler.html(pos, block.start))
            if isinstance(block, Fold):
                counter += 1
                pieces.append(_fold_html(styler, block, f"fold-{counter}"))
                _count(summary, block, f"fold-{counter}")
            else:
                pieces.append(_note_html(styler, block))
            pos = block.end
            gap = _AFTER_FOLD.match(text, pos, end)
            if gap is not None:
                pieces.append(f'<span class="after-fold">{escape(gap.group())}</span>')
                pos = gap.end()
        pieces.append(styler.html(pos, end))
        ordered = sorted(summary.values(), key=lambda w: (-SEVERITY_ORDER.get(w.severity, 0), w.label))
        views.append(ChapterView(number=number, title=title, anchor=f"chapter-{number}",
                                 words=_words(text[start:end]), html=Markup("".join(pieces)), warnings=ordered,
                                 notes=len(blocks) - sum(isinstance(b, Fold) for b in blocks), partial=partial,
                                 notes_before=around[number - 1][0], notes_after=around[number - 1][1]))
    return views


def _inside(spans: list[TextSpan], start: int, end: int) -> list[TextSpan]:
    """The spans that lie in ``[start, end)`` (notes are whole paragraphs, each inside one chapter)."""
    return [s for s in spans if start <= s.start < end]


def _count(summary: dict[str, ChapterWarning], fold: Fold, fold_id: str) -> None:
    """Count ``fold`` once for each warning it names in the chapter's list."""
    for label, severity in fold.labels.items():
        entry = summary.get(label)
        if entry is None:
            summary[label] = ChapterWarning(label, severity, 1, fold_id)
        else:
            entry.passages += 1
            if SEVERITY_ORDER.get(severity, 0) > SEVERITY_ORDER.get(entry.severity, 0):
                entry.severity = severity


def _fold_html(styler: Styler, fold: Fold, fold_id: str) -> str:
    """One fold. ``data-warning`` holds exactly one label (the strongest); where passages of several warnings
    overlap, each further label gets its own nested ``data-warning`` element inside the same fold, so a selector
    ``[data-warning="<label>"]`` finds every warned passage, and ``data-warnings`` lists them all."""
    labels = fold.ordered_labels()
    names = " ".join(label for label, _ in labels)
    bar = " · ".join(f"{label} ({severity})" for label, severity in labels)
    first, first_severity = labels[0]
    inner = styler.html(fold.start, fold.end)
    for label, severity in reversed(labels[1:]):
        inner = (f'<span class="also" data-warning="{escape(label)}" data-severity="{escape(severity)}">'
                 f'{inner}</span>')
    return (f'<details class="fold sev-{escape(fold.severity)}" id="{fold_id}" data-warning="{escape(first)}" '
            f'data-severity="{escape(first_severity)}" data-warnings="{escape(names)}" '
            f'data-start="{fold.start}" data-end="{fold.end}">'
            f'<summary class="fold-bar"><span class="fold-icon" aria-hidden="true">⚠</span> '
            f'<span class="fold-label">{escape(bar)}</span> '
            f'<span class="fold-control"><span class="fold-show">show</span><span class="fold-hide">hide</span>'
            f'</span></summary><span class="passage">{inner}</span></details>')


def _note_html(styler: Styler, note: TextSpan) -> str:
    """An author's note in the text, in its own collapsible box (open: it is the author's, not a warning)."""
    return note_box("Author’s note", styler.html(note.start, note.end))


def _words(text: str) -> int:
    from ficlens.work import count_words

    return count_words(text)
