"""Rule-based segmentation and the fast profile (no spaCy)."""

from __future__ import annotations

from ficlens.nlp import build_document
from ficlens.nlp.segment import paragraph_spans, sentence_spans, word_spans
from ficlens.work import Work


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentence_spans(text, paragraph_spans(text))]


def test_sentences_end_at_terminal_punctuation_before_a_capital() -> None:
    text = "He ran. She stopped! Why? \u201cNo,\u201d he said. \u201cWait.\u201d Then it rained\u2026 A lot."
    assert _sentences(text) == ["He ran.", "She stopped!", "Why?", "\u201cNo,\u201d he said.", "\u201cWait.\u201d",
                                "Then it rained\u2026", "A lot."]


def test_titles_and_lower_case_continuations_do_not_end_sentences() -> None:
    text = "Mr. Stilinski met Dr. Deaton at 3.30 p.m. on the dot. Then he left."
    assert _sentences(text) == ["Mr. Stilinski met Dr. Deaton at 3.30 p.m. on the dot.", "Then he left."]


def test_sentences_never_cross_paragraphs_and_are_trimmed() -> None:
    text = "  A line with no stop\nAnother line. And more\n\n   Last one.  "
    assert _sentences(text) == ["A line with no stop", "Another line.", "And more", "Last one."]


def test_word_spans_keep_inner_apostrophes_and_split_punctuation() -> None:
    text = "Don\u2019t go, Stiles's friend\u2014please."
    assert [text[s.start : s.end] for s in word_spans(text)] == [
        "Don\u2019t", "go", ",", "Stiles's", "friend", "\u2014", "please", "."]


def test_fast_document_has_rule_sentences_and_regex_tokens_but_no_spacy() -> None:
    text = "Derek looked up. \u201cStiles?\u201d\n\nScott laughed at them both. The end."
    doc = build_document(Work(text=text, source="mem", format="text"), "fast")
    assert doc.fast and doc.chunks == [] and doc.entities == [] and list(doc.iter_tokens()) == []
    assert [doc.span_text(s) for s in doc.sentences] == ["Derek looked up.", "\u201cStiles?\u201d",
                                                         "Scott laughed at them both.", "The end."]
    assert [doc.span_text(t) for t in doc.tokens()][:4] == ["Derek", "looked", "up", "."]
    assert [doc.span_text(p) for p in doc.passages] == [text[: text.index("\n")], text[text.index("Scott") :]]
    assert doc.sentences_in(doc.paragraphs[1]) == doc.sentences[2:]
