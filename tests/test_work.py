from __future__ import annotations

from ficlens.work import Work, count_words, is_blank


def test_word_count_counts_runs_with_a_letter_or_digit() -> None:
    assert count_words("He said — “hi…” and left. 12 __ … x_y ñandú") == 8  # not "—", "__" or "…"
    assert count_words("") == count_words("  \n\t ") == 0


def test_a_work_without_chapters_gets_one_covering_the_text() -> None:
    work = Work(text="one two three", source="mem", format="text")
    assert [(c.start, c.end) for c in work.chapters] == [(0, 13)]
    assert work.words == 3


def test_a_text_of_only_whitespace_is_blank() -> None:
    assert is_blank("") and is_blank(" \n\t\u3000\u2029")
    assert not is_blank(" a ") and not is_blank("\u200b")  # a zero-width space is not whitespace to str.strip
