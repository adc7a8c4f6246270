"""Rule-based segmentation without spaCy: paragraphs, sentences and word tokens as offsets.

The fast profile uses these alone (no model at all); the full profile uses the paragraph and chunk splitters.
Everything here is a single regex pass over the text, linear in its length whatever it holds, so it runs at
millions of words per second.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from ficlens.nlp.spans import TextSpan

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n|\r\n[ \t\u00a0]*\r\n|\n")

# A sentence ends at . ! ? or … (possibly repeated, possibly followed by closing quotes or brackets) when
# whitespace and an opening quote, capital or digit follow. Common title abbreviations do not end a sentence.
# A match starts only where a run of end marks starts (the first look-behind): a run that ends no sentence is
# scanned once, not once per mark, so 16 kB of dots takes milliseconds, not minutes.
_SENTENCE_END = re.compile(
    r"(?<![.!?\u2026])[.!?\u2026]+"
    r"(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bJr\.)(?<!\bSr\.)(?<!\bProf\.)(?<!\bvs\.)"
    r"[\"'\u201d\u2019)\]*_]*(?=\s+[\"'\u201c\u2018(\[*_]*[A-Z0-9])"
)
_WORD = re.compile(r"\w+(?:['\u2019]\w+)*|[^\w\s]")


def paragraph_spans(text: str) -> list[TextSpan]:
    """Non-blank lines/paragraphs with surrounding whitespace trimmed."""
    spans: list[TextSpan] = []
    pos = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        _add_trimmed(text, pos, m.start(), spans)
        pos = m.end()
    _add_trimmed(text, pos, len(text), spans)
    return spans


def _add_trimmed(text: str, start: int, end: int, out: list[TextSpan]) -> None:
    start, end = strip_span(text, start, end)
    if end > start:
        out.append(TextSpan(start, end))


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` moved inwards past any whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentence_spans(text: str, paragraphs: list[TextSpan]) -> list[TextSpan]:
    """Sentences by rule (one regex pass), cut so that none crosses a paragraph edge."""
    raw: list[TextSpan] = []
    pos = 0
    for m in _SENTENCE_END.finditer(text):
        raw.append(TextSpan(pos, m.end()))
        pos = m.end()
    raw.append(TextSpan(pos, len(text)))
    return split_at_paragraphs(text, raw, paragraphs)


def split_at_paragraphs(text: str, sentences: list[TextSpan], paragraphs: list[TextSpan]) -> list[TextSpan]:
    """Cut sentences so none crosses a paragraph edge; trim whitespace; drop what lies outside paragraphs."""
    para_starts = [p.start for p in paragraphs]
    out: list[TextSpan] = []
    for sent in sentences:
        i = max(bisect.bisect_right(para_starts, sent.start) - 1, 0)
        while i < len(paragraphs) and paragraphs[i].start < sent.end:
            p = paragraphs[i]
            s, e = strip_span(text, max(sent.start, p.start), min(sent.end, p.end))
            if e > s:
                out.append(TextSpan(s, e))
            i += 1
    return out


def word_spans(text: str, start: int = 0, end: int | None = None) -> Iterator[TextSpan]:
    """Word and punctuation tokens by rule: runs of word characters (with inner apostrophes), or one symbol."""
    for m in _WORD.finditer(text, start, len(text) if end is None else end):
        yield TextSpan(m.start(), m.end())
