"""Document: the Work plus its annotations, all as character offsets into ``work.text`` (never copies).

The text is processed in chunks cut at paragraph boundaries so that long works do not blow memory; each chunk
keeps its spaCy ``Doc`` (with the tok2vec tensor dropped) and the character offset where it starts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ficlens.nlp.loader import Profile, load_nlp
from ficlens.work import Work

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

CHUNK_CHARS = 20_000
PASSAGE_MAX_WORDS = 120
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n|\r\n[ \t\u00a0]*\r\n|\n")
_WS = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class TextSpan:
    """A half-open character range [start, end) of the work's text."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Entity:
    start: int
    end: int
    label: str  # spaCy NER label: PERSON, GPE, ORG, ...
    text: str


@dataclass(slots=True)
class Chunk:
    offset: int
    doc: Doc


@dataclass(slots=True)
class Document:
    """The work read once: paragraphs, sentences, tokens, entities and passages as offsets."""

    work: Work
    profile: Profile
    chunks: list[Chunk] = field(default_factory=list)
    paragraphs: list[TextSpan] = field(default_factory=list)
    sentences: list[TextSpan] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    passages: list[TextSpan] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.work.text

    @property
    def fast(self) -> bool:
        return self.profile == "fast"

    def span_text(self, span: TextSpan) -> str:
        return self.work.text[span.start : span.end]

    def iter_tokens(self) -> Iterator[tuple[int, Token]]:
        """Every token with its absolute character offset in the work's text."""
        for chunk in self.chunks:
            for tok in chunk.doc:
                yield chunk.offset + tok.idx, tok

    def tokens(self) -> Iterator[TextSpan]:
        for start, tok in self.iter_tokens():
            yield TextSpan(start, start + len(tok.text))

    def sentences_in(self, span: TextSpan) -> list[TextSpan]:
        """Sentences that lie inside ``span`` (binary search on the sorted sentence list)."""
        import bisect

        starts = [s.start for s in self.sentences]
        i = bisect.bisect_left(starts, span.start)
        out: list[TextSpan] = []
        while i < len(self.sentences) and self.sentences[i].end <= span.end:
            out.append(self.sentences[i])
            i += 1
        return out


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
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(TextSpan(start, end))


def chunk_spans(text: str, paragraphs: list[TextSpan], max_chars: int = CHUNK_CHARS) -> list[TextSpan]:
    """Group paragraphs into chunks of at most ``max_chars``; an over-long paragraph is cut at whitespace."""
    chunks: list[TextSpan] = []
    cur_start: int | None = None
    cur_end = 0
    for para in paragraphs:
        if para.end - para.start > max_chars:
            if cur_start is not None:
                chunks.append(TextSpan(cur_start, cur_end))
                cur_start = None
            chunks.extend(_cut_long(text, para, max_chars))
            continue
        if cur_start is None:
            cur_start, cur_end = para.start, para.end
        elif para.end - cur_start > max_chars:
            chunks.append(TextSpan(cur_start, cur_end))
            cur_start, cur_end = para.start, para.end
        else:
            cur_end = para.end
    if cur_start is not None:
        chunks.append(TextSpan(cur_start, cur_end))
    return chunks


def _cut_long(text: str, span: TextSpan, max_chars: int) -> list[TextSpan]:
    out: list[TextSpan] = []
    start = span.start
    while span.end - start > max_chars:
        limit = start + max_chars
        # Prefer a sentence end, then any whitespace, then a hard cut.
        cut = max(text.rfind(". ", start, limit), text.rfind("? ", start, limit), text.rfind("! ", start, limit))
        cut = cut + 1 if cut > start + max_chars // 2 else text.rfind(" ", start, limit)
        if cut <= start:
            cut = limit
        out.append(TextSpan(start, cut))
        start = cut
        while start < span.end and text[start].isspace():
            start += 1
    if start < span.end:
        out.append(TextSpan(start, span.end))
    return out


def passage_spans(text: str, paragraphs: list[TextSpan], sentences: list[TextSpan],
                  max_words: int = PASSAGE_MAX_WORDS) -> list[TextSpan]:
    """Passages: a paragraph, or consecutive sentences of a long paragraph up to ``max_words`` words."""
    out: list[TextSpan] = []
    si = 0
    n = len(sentences)
    for para in paragraphs:
        while si < n and sentences[si].end <= para.start:
            si += 1
        if len(text[para.start : para.end].split()) <= max_words:
            out.append(para)
            continue
        start: int | None = None
        words = 0
        last_end = para.start
        while si < n and sentences[si].start < para.end:
            sent = sentences[si]
            w = len(text[sent.start : sent.end].split())
            if start is not None and words + w > max_words:
                out.append(TextSpan(start, last_end))
                start, words = None, 0
            if start is None:
                start = max(sent.start, para.start)
            words += w
            last_end = min(sent.end, para.end)
            si += 1
        if start is not None:
            out.append(TextSpan(start, last_end))
    return out


def build_document(work: Work, profile: Profile = "full", batch_size: int = 8) -> Document:
    """Read a work once with spaCy (chunked, batched with ``nlp.pipe``) into a Document."""
    text = work.text
    nlp = load_nlp(profile)
    paragraphs = paragraph_spans(text)
    chunks = chunk_spans(text, paragraphs)
    doc = Document(work=work, profile=profile, paragraphs=paragraphs)
    texts = (text[c.start : c.end] for c in chunks)
    for span, sdoc in zip(chunks, nlp.pipe(texts, batch_size=batch_size), strict=True):
        sdoc.tensor = sdoc.tensor[:0] if sdoc.tensor is not None else sdoc.tensor  # free tok2vec output
        doc.chunks.append(Chunk(offset=span.start, doc=sdoc))
        for sent in sdoc.sents:
            s, e = _strip(text, span.start + sent.start_char, span.start + sent.end_char)
            if e > s:
                doc.sentences.append(TextSpan(s, e))
        for ent in sdoc.ents:
            doc.entities.append(Entity(span.start + ent.start_char, span.start + ent.end_char,
                                       ent.label_, ent.text))
    doc.sentences = _split_at_paragraphs(doc.sentences, paragraphs)
    doc.passages = passage_spans(text, paragraphs, doc.sentences)
    return doc


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _split_at_paragraphs(sentences: list[TextSpan], paragraphs: list[TextSpan]) -> list[TextSpan]:
    """spaCy may run a sentence across a line break; cut sentences so none crosses a paragraph edge."""
    import bisect

    para_starts = [p.start for p in paragraphs]
    out: list[TextSpan] = []
    for sent in sentences:
        i = max(bisect.bisect_right(para_starts, sent.start) - 1, 0)
        start = sent.start
        while i < len(paragraphs) and paragraphs[i].start < sent.end:
            p = paragraphs[i]
            s, e = max(start, p.start), min(sent.end, p.end)
            if e > s:
                out.append(TextSpan(s, e))
            i += 1
    return out
