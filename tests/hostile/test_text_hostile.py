"""Text functions take time linear in their input whatever it holds, and the linear forms find what they did before.

Every function here once backtracked on runs of punctuation: the word count on 16 kB of quotes took 4.5 s (1 MiB:
hours), the sentence splitter on 16 kB of dots two minutes, spaCy's tokenizer on a 20 kB run of quotes a minute.
"""

from __future__ import annotations

import random
import re

import pytest

from ficlens.analyse import analyse_work
from ficlens.ingest.flatten import flatten
from ficlens.nlp import segment
from ficlens.nlp.document import MAX_RUN_CHARS, chunk_spans
from ficlens.nlp.segment import paragraph_spans, sentence_spans, word_spans
from ficlens.nlp.spans import TextSpan
from ficlens.work import Work, count_words
from hostile.hostile_inputs import UNITS, MiB, mixed_runs, repeat, within

CHEAP_BOUND_S = 20.0  # each cheap function takes well under a second on 1 MiB
ANALYSIS_BOUND_S = 60.0  # analyse_work takes a few seconds on 64 kB of any of these

CASES = [pytest.param(repeat(unit, MiB), id=name) for name, unit in UNITS.items()] + [
    pytest.param(mixed_runs(MiB, seed), id=f"mixed runs {seed}") for seed in range(3)]


def _segment(text: str) -> int:
    paragraphs = paragraph_spans(text)
    return len(sentence_spans(text, paragraphs)) + sum(1 for _ in word_spans(text))


@pytest.mark.parametrize("text", CASES)
def test_word_count_is_linear(text: str) -> None:
    within(CHEAP_BOUND_S, count_words, text)


@pytest.mark.parametrize("text", CASES)
def test_segmentation_is_linear(text: str) -> None:
    within(CHEAP_BOUND_S, _segment, text)


@pytest.mark.parametrize("text", CASES)
def test_chunking_is_linear_and_cuts_long_runs(text: str) -> None:
    chunks = within(CHEAP_BOUND_S, chunk_spans, text, paragraph_spans(text))
    longest = max((len(run) for c in chunks for run in text[c.start : c.end].split()), default=0)
    assert longest <= MAX_RUN_CHARS


@pytest.mark.parametrize("text", [repeat("<div", MiB), repeat("<b>", MiB), repeat("</", MiB)])
def test_flattening_markup_is_linear(text: str) -> None:
    within(CHEAP_BOUND_S, flatten, text)


@pytest.mark.parametrize("unit", list(UNITS.values()), ids=list(UNITS))
def test_fast_analysis_of_64_kb_finishes(unit: str) -> None:
    text = "Stiles said, \"Hello.\" " + repeat(unit, 64 * 1024)
    report = within(ANALYSIS_BOUND_S, analyse_work, Work(text=text, source="hostile.txt", format="text"), "fast")
    assert report.words == count_words(text)


@pytest.mark.slow
@pytest.mark.parametrize("unit", ['"', "'", '."<\U0001f600 a\u0301\u2014\''], ids=["quotes", "apostrophes", "mixed"])
def test_full_analysis_of_64_kb_finishes(unit: str) -> None:
    text = "Stiles said, \"Hello.\" " + repeat(unit, 64 * 1024)
    within(ANALYSIS_BOUND_S, analyse_work, Work(text=text, source="hostile.txt", format="text"), "full")


# -- the linear forms count and find what the backtracking ones did ---------------------------------------------

ALPHABET = list(" \t\n\r\x0b\x0c\x1c\x85\u00a0\u2028\u3000_a1Z.!?\u2026\"'"
                "\u201c\u201d\u2019)]*(\u0301\U0001f600\u00e9\u0663-")


def _random_texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 30))) for _ in range(count)]


def _reference_words(text: str) -> int:
    """The definition: whitespace-separated runs holding a letter or digit."""
    return sum(1 for token in text.split() if any(ch.isalnum() for ch in token))


def test_word_count_matches_its_definition() -> None:
    for text in [*_random_texts(20_000, seed=1), "Mr. Hale's 2nd-best__ fic , _ _a_ \u00e9t\u00e9 ... !"]:
        assert count_words(text) == _reference_words(text), repr(text)


def test_sentence_ends_match_the_unguarded_pattern() -> None:
    # the guard: a match opens at a run's first mark (the look-behind after it), then takes the rest of the run
    guard = "[.!?\\u2026](?<![.!?\\u2026][.!?\\u2026])[.!?\\u2026]*"
    assert segment._SENTENCE_END.pattern.startswith(guard), "the pattern lost its guard: update this test"
    unguarded = re.compile("[.!?\\u2026]+" + segment._SENTENCE_END.pattern[len(guard):])
    texts = _random_texts(20_000, seed=2) + ['He left... "Mr. Smith?!" she asked.\u201d Then 3 more. Dr. No.']
    for text in texts:
        assert [m.span() for m in segment._SENTENCE_END.finditer(text)] == \
            [m.span() for m in unguarded.finditer(text)], repr(text)


def test_prose_with_long_words_is_chunked_by_paragraphs_only() -> None:
    url = "https://archiveofourown.org/works/12345/chapters/67890?view_adult=true#workskin"
    text = f"A link: {url}.\n\nSome prose after it.\n\n" * 50
    paragraphs = paragraph_spans(text)
    assert chunk_spans(text, paragraphs) == [TextSpan(paragraphs[0].start, paragraphs[-1].end)]
