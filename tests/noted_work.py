"""A three-chapter AO3 download whose notes outside the text sit in every place (the work's, a chapter's before
and after its text, the end notes), one of them hostile, with chapter 2 flagged whole: for the reader's tests."""

from __future__ import annotations

from ficlens.ingest.html import read_html
from ficlens.report import Report, Span, Warning
from ficlens.work import Work
from repo_paths import FIXTURES

HOSTILE_NOTE = "&lt;script&gt;window.__pwned=1&lt;/script&gt; &amp; thanks"  # as AO3 writes a note's "<script>"


def noted_download() -> str:
    """The three-chapter AO3 download with a work note added and its chapter end note made hostile."""
    html = (FIXTURES / "ingest" / "ao3-download-plural.html").read_text(encoding="utf-8")
    html = html.replace('<blockquote class="userstuff"><p>Three winters, three goodbyes.</p></blockquote>',
                        '<blockquote class="userstuff"><p>Three winters, three goodbyes.</p></blockquote>'
                        '<p>Notes</p><blockquote class="userstuff"><p>For the winter exchange.</p></blockquote>')
    return html.replace("Sorry about this one.", HOSTILE_NOTE)


def noted_work() -> tuple[Work, Report]:
    """The download read, with a report whose one warning flags the whole of chapter 2 (one fold over it)."""
    work = read_html(noted_download(), "winters.html")
    report = Report.for_work(work)
    second = work.chapters[1]
    report.warnings = [Warning(label="violence", severity="depicted", score=0.9,  # type: ignore[arg-type]
                               evidence=[Span.of(work.text, second.start, second.end, 0.9)])]
    return work, report
