"""Rule-based segmentation and the fast profile (no spaCy)."""

from __future__ import annotations

from ficlens.nlp import build_document
from ficlens.nlp.segment import paragraph_spans, sentence_spans, unwrapped, word_spans, wrap_width
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


_WRAPPED = (
    "Emma Woodhouse, handsome, clever, and rich, with a comfortable home\n"
    "and happy disposition, seemed to unite some of the best blessings of\n"
    "existence; and had lived nearly twenty-one years in the world with very\n"
    "little to distress or vex her.\n"
    "\n"
    "\u201cPoor Miss Taylor!\u201d said her father, who had been looking at the fire\n"
    "a long while, \u201cI wish she were here again. What a pity it is that Mr.\n"
    "Weston ever thought of her!\u201d\n"
    "\n"
    "She was the youngest of the two daughters of a most affectionate,\n"
    "indulgent father; and had, in consequence of her sister's marriage, been\n"
    "mistress of his house from a very early period. Her mother had died\n"
    "too long ago for her to have more than an indistinct remembrance of\n"
    "her caresses; and her place had been supplied by an excellent woman.\n"
    "\n"
    "CHAPTER II\n"
    "The Wedding\n"
    "\n"
    "Mr. Weston was a native of Highbury, and born of a respectable family,\n"
    "which for the last two or three generations had been rising into\n"
    "gentility and property.\n"
)


def test_hard_wrapped_lines_join_into_paragraphs_spanning_the_original_text() -> None:
    spans = paragraph_spans(_WRAPPED)
    texts = [_WRAPPED[s.start : s.end] for s in spans]
    assert len(texts) == 6
    assert texts[0].startswith("Emma Woodhouse") and texts[0].endswith("vex her.")
    assert texts[1].startswith("\u201cPoor Miss Taylor!") and texts[1].endswith("thought of her!\u201d")
    assert texts[3:5] == ["CHAPTER II", "The Wedding"]  # a short line ends its paragraph


def test_a_wrapped_text_reads_as_one_line_per_paragraph_at_the_same_offsets() -> None:
    doc = build_document(Work(text=_WRAPPED, source="mem", format="text"), "fast")
    assert len(doc.text) == len(_WRAPPED) and "\n" not in doc.span_text(doc.paragraphs[1])
    assert [(p.start, p.end) for p in doc.paragraphs] == [(p.start, p.end) for p in paragraph_spans(_WRAPPED)]
    assert doc.span_text(doc.sentences[1]) == ("\u201cPoor Miss Taylor!\u201d said her father, who had been "
                                               "looking at the fire a long while, \u201cI wish she were here again.")


def test_line_per_paragraph_and_line_per_sentence_texts_are_not_taken_for_wrapped() -> None:
    lines = "\n".join(f"\u201cLine {i} is a short thing,\u201d Stiles said to Derek, who did not answer him at all."
                      for i in range(12))
    sentences = "\n".join(f"He walked to the door number {i} and knocked twice." for i in range(12))
    for text in (lines + "\n\n" + lines, sentences + "\n\n" + sentences):
        assert wrap_width(text) is None
        assert len(paragraph_spans(text)) == 24
        assert unwrapped(text) is text


def test_a_line_opening_with_one_space_goes_on_its_wrapped_paragraph() -> None:
    slip = "\u201cShe--she's just referring to some conversation we had on the,\u201d\n said Matthew hastily."
    text = _WRAPPED.replace("\n\nShe was the youngest", f"\n\n{slip} She was the youngest")
    texts = [text[s.start : s.end] for s in paragraph_spans(text)]
    assert texts[2].startswith("\u201cShe--she's") and "said Matthew hastily" in texts[2]


def test_a_run_of_end_marks_ends_a_sentence_once_from_its_first_mark() -> None:
    # The sentence-end pattern opens with the marks themselves (so the engine skips to them); a match must still
    # begin only at the first mark of a run, exactly as a look-behind before the run would have it.
    import re

    from ficlens.nlp.segment import _SENTENCE_END

    behind_first = re.compile(_SENTENCE_END.pattern.replace(
        r"[.!?\u2026](?<![.!?\u2026][.!?\u2026])[.!?\u2026]*", r"(?<![.!?\u2026])[.!?\u2026]+"))
    assert behind_first.pattern != _SENTENCE_END.pattern  # the test compares two different patterns
    texts = ["Wait... What?! No. \u201cYes!\u201d He left\u2026 Then Mr. Smith came. Dr. Who? 3 cats.",
             ".Start. ?! A", "..... B", "A.\u2026 B", "x." + "." * 50 + " Y", "!? \"Q\" (R) [S] *T* _U_ 9"]
    for text in texts:
        assert [m.span() for m in _SENTENCE_END.finditer(text)] == [m.span() for m in behind_first.finditer(text)]
    assert [m.group() for m in _SENTENCE_END.finditer(texts[0])][:2] == ["...", "?!"]
