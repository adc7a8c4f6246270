from __future__ import annotations

from ficlens.nlp.document import TextSpan, build_document, chunk_spans, paragraph_spans
from ficlens.work import Work


def test_paragraphs_are_trimmed_offsets() -> None:
    text = "  First para.  \n\nSecond\n\n\n   Third.\n"
    spans = paragraph_spans(text)
    assert [text[s.start : s.end] for s in spans] == ["First para.", "Second", "Third."]


def test_document_spans_index_the_text() -> None:
    text = "Stiles looked up. “Derek?” he asked.\n\nScott laughed at them both.\nThe end."
    doc = build_document(Work(text=text, source="mem", format="text"))
    assert doc.sentences and doc.passages and doc.paragraphs
    for span in [*doc.sentences, *doc.passages, *doc.paragraphs, *doc.tokens()]:
        assert 0 <= span.start < span.end <= len(text)
    assert [doc.span_text(t) for t in doc.tokens()][:3] == ["Stiles", "looked", "up"]
    # no sentence crosses a paragraph edge
    for s in doc.sentences:
        assert "\n" not in doc.span_text(s)


def test_long_paragraph_is_chunked_without_losing_text() -> None:
    text = ("word " * 30_000).strip()
    paras = paragraph_spans(text)
    chunks = chunk_spans(text, paras, max_chars=10_000)
    assert len(chunks) > 1
    assert all(c.end - c.start <= 10_000 for c in chunks)
    joined = " ".join(text[c.start : c.end] for c in chunks)
    assert joined == text
    assert chunks == sorted(chunks, key=lambda c: c.start)
    assert isinstance(chunks[0], TextSpan)
