"""Turns: the quotes of one speaker's paragraph, joined across a quote that runs over a paragraph break."""

from __future__ import annotations

import dataclasses

from ficlens.analyse.cast import build_cast
from ficlens.analyse.dialogue import QuoteSpan
from ficlens.analyse.speakers import Attributor, attribute
from ficlens.nlp import build_document
from ficlens.work import Work

TEXT = ('Alice sat by the Mouse on the bank.\n\n"Said the cur, \'I will try the whole cause.\'"\n\n'
        '"You are not attending!" said the Mouse to Alice severely. "What are you thinking of?"\n\n'
        '"I beg your pardon," said Alice very humbly.\n')


def test_a_quote_after_the_tag_of_a_quote_that_ran_over_a_paragraph_break_shares_its_speaker() -> None:
    doc = build_document(Work(text=TEXT, source="test", format="text"), "fast")
    cast = build_cast(TEXT, doc.paragraphs, doc.sentences, [], fast=True)
    tale, attending = cast.quotes[0], cast.quotes[1]
    assert (tale.para, attending.para) == (1, 2)
    # A quote detector that pairs the tale's closing mark with the next paragraph's opening one gives a quote
    # from the end of paragraph 1 to the tag in paragraph 2.
    closing = TEXT.index("'\"") + 1
    ran_over = QuoteSpan(closing, attending.end, 1, 2)
    cast = dataclasses.replace(cast, quotes=[QuoteSpan(tale.start, closing, 1, 1), ran_over, *cast.quotes[2:]])
    at = Attributor(TEXT, doc.paragraphs, cast)
    assert [1, 2] in at.turns
    mouse = next(c.id for c in cast.clusters if c.name == "Mouse")
    atts = attribute(TEXT, doc.paragraphs, cast, learned=False)
    assert (atts[1].cluster, atts[2].cluster) == (mouse, mouse)
