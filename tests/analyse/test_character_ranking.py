"""Quote counts exist before anything is ranked: the characters list and the pairings see the same order."""

from __future__ import annotations

from ficlens.analyse import STAGES
from ficlens.analyse.analysis import Analysis
from ficlens.nlp import build_document
from ficlens.report import Report
from ficlens.work import Work

# Martin is named 5 times and never speaks; Oliver is named 4 times, in the tags of his 4 quotes.
KITCHEN = """Martin walked into the kitchen and put the kettle on.

"Good morning," said Oliver.

Martin looked up from the window.

"The tea smells good," said Oliver.

Martin nodded at the kettle.

"Shall I get the cups?" said Oliver.

Martin smiled and Martin poured the water.

"Thank you," said Oliver.
"""


def analysed(text: str, profile: str) -> Analysis:
    doc = build_document(Work(text=text, source="kitchen.txt", format="text"), profile)  # type: ignore[arg-type]
    analysis = Analysis(doc, Report.for_work(doc.work, mode=profile))  # type: ignore[arg-type]
    for stage in STAGES:
        if stage.in_fast or not doc.fast:
            stage.run(analysis)
    return analysis


def test_the_characters_list_is_ranked_with_the_quotes_counted() -> None:
    analysis = analysed(KITCHEN, "full")
    listed = [(c.name, c.mentions, c.quotes) for c in analysis.report.characters]
    assert listed == [("Oliver", 4, 4), ("Martin", 5, 0)]


def test_the_characters_list_and_the_pairings_rank_alike() -> None:
    analysis = analysed(KITCHEN, "full")
    by_pairings = [c.name for c in analysis.cast.ranked() if c.names > 0]  # relations.find_relationships' order
    assert [c.name for c in analysis.report.characters] == by_pairings


def test_without_quotes_the_most_named_comes_first() -> None:
    analysis = analysed(KITCHEN, "fast")  # --fast attributes no quotes
    assert [(c.name, c.quotes) for c in analysis.report.characters] == [("Martin", 0), ("Oliver", 0)]
