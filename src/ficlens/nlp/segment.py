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
# A match starts only where a run of end marks starts (the first look-behind, after the run's first mark): a run
# that ends no sentence is scanned once, not once per mark, so 16 kB of dots takes milliseconds, not minutes. The
# pattern opens with the end marks themselves, so the regex engine skips to the next mark in C rather than trying a
# look-behind at every character (~5x faster over a long work; the same matches).
_SENTENCE_END = re.compile(
    r"[.!?\u2026](?<![.!?\u2026][.!?\u2026])[.!?\u2026]*"
    r"(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bJr\.)(?<!\bSr\.)(?<!\bProf\.)(?<!\bvs\.)"
    r"[\"'\u201d\u2019)\]*_]*(?=\s+[\"'\u201c\u2018(\[*_]*[A-Z0-9])"
)
_WORD = re.compile(r"\w+(?:['\u2019]\w+)*|[^\w\s]")


# Hard wrapping (plain text cut into lines of ~70 columns, a blank line between paragraphs, as Project Gutenberg
# lays its books out): most lines followed by another line of the same block are nearly as long as the widest and
# end without sentence punctuation. Then a lone line break is no paragraph break.
_LINE_SENTENCE_END = re.compile(r"[.!?\u2026:][\"'\u201d\u2019)\]*_]*$")
WRAP_MIN_LINES = 8  # continued lines needed to tell
WRAP_MIN_WIDTH, WRAP_MAX_WIDTH = 40, 120  # the columns a text may be wrapped at
WRAP_FULL = 0.6  # a line at least this share of the width is a full (wrapped) line
WRAP_SHARE = 0.5  # share of continued lines that must be full and open-ended


_last_width: list[tuple[str, int | None]] = []  # the last text wrap_width read, and its width


def wrap_width(text: str) -> int | None:
    """The width a hard-wrapped text is wrapped at (the 90th percentile length of the lines another line of the
    same block follows), or None when the text is not hard-wrapped: too few such lines, no blank line between
    paragraphs, lines too short or too long, or most of them short or ending a sentence (one sentence or one
    paragraph per line). Read once per text: ``unwrapped`` and ``paragraph_spans`` both ask of a text that is
    not hard-wrapped (a whole pass over its lines each time), so the last answer is kept for that very string."""
    last = _last_width[-1] if _last_width else None  # one read of the pair: safe between threads
    if last is not None and last[0] is text:
        return last[1]
    width = _wrap_width(text)
    _last_width[:] = [(text, width)]
    return width


def _wrap_width(text: str) -> int | None:
    lines = [line.rstrip() for line in text.split("\n")]
    if not any(not line for line in lines[1:-1]):
        return None
    continued = [line for line, nxt in zip(lines, lines[1:], strict=False)
                 if line and nxt.strip() and not nxt.startswith(("  ", "\t", "\u00a0"))]
    if len(continued) < WRAP_MIN_LINES:
        return None
    lengths = sorted(len(line) for line in continued)
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if not WRAP_MIN_WIDTH <= width <= WRAP_MAX_WIDTH:
        return None
    full = sum(1 for line in continued if len(line) >= WRAP_FULL * width and not _LINE_SENTENCE_END.search(line))
    return width if full >= WRAP_SHARE * len(continued) else None


def paragraph_spans(text: str) -> list[TextSpan]:
    """Non-blank lines/paragraphs with surrounding whitespace trimmed. In a hard-wrapped text (``wrap_width``) a
    paragraph runs over its lines up to a blank line, an indented line or a line after a short one (verse, an
    address, a heading); the spans index the text as it is."""
    width = wrap_width(text)
    spans: list[TextSpan] = []
    pos = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        if width is not None and _joins(text, m.start(), m.end(), width):
            continue
        _add_trimmed(text, pos, m.start(), spans)
        pos = m.end()
    _add_trimmed(text, pos, len(text), spans)
    return spans


def unwrapped(text: str) -> str:
    """A hard-wrapped text (``wrap_width``) with each line break inside a paragraph made a space: the same length,
    so every offset into it is an offset into ``text``; any other text as it is. The readers (the parser, the
    name rules) then see a paragraph's words as one line, as in any other text."""
    width = wrap_width(text)
    if width is None:
        return text
    breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(text) if _joins(text, m.start(), m.end(), width)]
    if not breaks:
        return text
    chars = list(text)
    for i in breaks:
        chars[i] = " "
    return "".join(chars)


def _joins(text: str, start: int, end: int, width: int) -> bool:
    """Whether the lone line break ``text[start:end]`` of a text wrapped at ``width`` joins two lines of one
    paragraph: the line before is a full one and the line after is not indented (a tab or two spaces; a line
    opening with one space is a slip of the transcriber and goes on the paragraph)."""
    if end - start != 1 or end >= len(text) or text[end] in "\t\u00a0\r\n" or text.startswith("  ", end):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return len(text[line_start:start].rstrip()) >= WRAP_FULL * width


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
