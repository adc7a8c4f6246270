"""Document: the Work plus its annotations, all as character offsets into ``work.text`` (never copies).

Two profiles (docs/scale.md has the measured costs):

- ``full``: spaCy ``en_core_web_sm`` over chunks cut at paragraph boundaries (so long works do not blow memory),
  streamed in batches. Each chunk keeps its spaCy ``Doc`` and the character offset where it starts. Tokens carry
  sentence starts (``senter``) and entity labels (NER where a new name may be, propagation of known names
  elsewhere: see :mod:`ficlens.nlp.annotate`); POS tags and lemmas only with ``tags=True`` (``doc.tagged``).
  There is no dependency parse on the chunks: :meth:`Document.parse` gives the stock pipeline's full analysis
  (tags, lemmas, dependencies, NER) of a span on demand (cached).
- ``fast``: no spaCy at all. Paragraphs and sentences come from rules (:mod:`ficlens.nlp.segment`),
  :meth:`Document.tokens` from a word regex; ``chunks`` and ``entities`` are empty and ``iter_tokens`` yields
  nothing.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ficlens.nlp.loader import Profile, load_nlp, load_token_attrs
from ficlens.nlp.segment import paragraph_spans, sentence_spans, split_at_paragraphs, strip_span, unwrapped, word_spans
from ficlens.nlp.spans import Entity, TextSpan
from ficlens.work import Work

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["CHUNK_CHARS", "Chunk", "Document", "Entity", "TextSpan", "build_document", "chunk_spans",
           "paragraph_spans", "passage_spans"]

CHUNK_CHARS = 20_000
#: The longest whitespace-free run spaCy's tokenizer is given in one piece. It peels punctuation off a token one
#: mark at a time, searching the rest of the token each time, so its cost grows with the square of a run's length
#: (16 kB of quotes: minutes); a longer run (never prose) is cut into pieces of this length.
MAX_RUN_CHARS = 256
_LONG_RUN = re.compile(rf"(?<!\S)\S{{{MAX_RUN_CHARS + 1},}}")
PASSAGE_MAX_WORDS = 120
PARSE_CACHE_MAX = 256


@dataclass(slots=True)
class Chunk:
    """A spaCy Doc of ``work.text[offset : offset + len(doc.text)]``."""

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
    ner_share: float = 0.0  # the share of tokens the NER model read (the rest got propagated names)
    tagged: bool = False  # whether the chunks' tokens carry POS tags and lemmas (build_document(tags=True))
    _parsed: dict[tuple[int, int], Chunk] = field(default_factory=dict, repr=False)
    _sentence_starts: list[int] | None = field(default=None, repr=False)

    @property
    def text(self) -> str:
        return self.work.text

    @property
    def fast(self) -> bool:
        return self.profile == "fast"

    def span_text(self, span: TextSpan) -> str:
        return self.work.text[span.start : span.end]

    def iter_tokens(self) -> Iterator[tuple[int, Token]]:
        """Every spaCy token with its absolute character offset in the work's text (nothing in fast mode)."""
        for chunk in self.chunks:
            for tok in chunk.doc:
                yield chunk.offset + tok.idx, tok

    def tokens(self) -> Iterator[TextSpan]:
        """Every token as a span: spaCy's tokens (full) or the word regex's (fast)."""
        if self.fast:
            yield from word_spans(self.work.text)
            return
        for start, tok in self.iter_tokens():
            yield TextSpan(start, start + len(tok.text))

    def sentences_in(self, span: TextSpan) -> list[TextSpan]:
        """Sentences that lie inside ``span`` (binary search on the sorted sentence list)."""
        if self._sentence_starts is None or len(self._sentence_starts) != len(self.sentences):
            self._sentence_starts = [s.start for s in self.sentences]
        i = bisect.bisect_left(self._sentence_starts, span.start)
        out: list[TextSpan] = []
        while i < len(self.sentences) and self.sentences[i].end <= span.end:
            out.append(self.sentences[i])
            i += 1
        return out

    def parse(self, span: TextSpan) -> Chunk:
        """The stock spaCy pipeline (tagger, dependency parser, lemmatizer, NER) over one span, cached.

        Token offsets are ``chunk.offset + tok.idx``. Works in both profiles; it costs about as much per word as
        the stock pipeline, so parse the sentences or passages an analyser needs, not the whole work.
        """
        return self.parse_many([span])[0]

    def parse_many(self, spans: list[TextSpan], batch_size: int = 32) -> list[Chunk]:
        """:meth:`parse` for many spans at once (batched through ``nlp.pipe``)."""
        todo = {(s.start, s.end): s for s in spans if (s.start, s.end) not in self._parsed}
        if todo:
            if len(self._parsed) + len(todo) > PARSE_CACHE_MAX:
                self._parsed.clear()
            nlp = load_nlp("full")
            texts = (self.work.text[s.start : s.end] for s in todo.values())
            for key, sdoc in zip(todo, nlp.pipe(texts, batch_size=batch_size, disable=["senter"]), strict=True):
                sdoc.tensor = sdoc.tensor[:0]
                self._parsed[key] = Chunk(offset=key[0], doc=sdoc)
        return [self._parsed[(s.start, s.end)] for s in spans]


def build_document(work: Work, profile: Profile = "full", batch_size: int = 8, tags: bool = False) -> Document:
    """Read a work once into a Document (see the module doc for what each profile provides).

    ``tags=True`` (full profile only) adds POS tags and lemmas to every token, at about twice the cost.
    """
    work = work if (text := unwrapped(work.text)) is work.text else replace(work, text=text)  # same offsets
    paragraphs = paragraph_spans(text)
    doc = Document(work=work, profile=profile, paragraphs=paragraphs)
    if profile == "fast":
        doc.sentences = sentence_spans(text, paragraphs)
    else:
        _annotate_full(doc, batch_size, tags)
    doc.passages = passage_spans(text, paragraphs, doc.sentences)
    return doc


def _annotate_full(doc: Document, batch_size: int, tags: bool) -> None:
    from ficlens.nlp.annotate import SelectiveNer, sentence_bounds, tag_docs, token_starts

    text = doc.work.text
    nlp = load_nlp("full")
    chunks = chunk_spans(text, doc.paragraphs)
    ner = SelectiveNer(nlp, text)
    raw_sentences: list[TextSpan] = []
    tokenised = (nlp.make_doc(text[c.start : c.end]) for c in chunks)
    attrs = load_token_attrs() if tags else None
    doc.tagged = tags
    for span, sdoc in zip(chunks, tag_docs(nlp, attrs, tokenised, batch_size), strict=True):
        chunk_text = text[span.start : span.end]  # what sdoc was made from (sdoc.text rebuilds it token by token)
        bounds, starts = sentence_bounds(sdoc), token_starts(sdoc, chunk_text)
        ents = ner(sdoc, bounds, starts, chunk_text)
        doc.chunks.append(Chunk(offset=span.start, doc=sdoc))
        raw_sentences += [TextSpan(span.start + starts[a], span.start + starts[b]) for a, b in bounds]
        for ent in ents:
            doc.entities.append(Entity(span.start + ent.start_char, span.start + ent.end_char, ent.label_, ent.text))
    doc.sentences = split_at_paragraphs(text, raw_sentences, doc.paragraphs)
    doc.ner_share = ner.ner_share


def chunk_spans(text: str, paragraphs: list[TextSpan], max_chars: int = CHUNK_CHARS) -> list[TextSpan]:
    """Group paragraphs into chunks of at most ``max_chars``; an over-long paragraph is cut at whitespace, and a
    whitespace-free run longer than :data:`MAX_RUN_CHARS` into pieces of its own."""
    return [piece for chunk in _paragraph_chunks(text, paragraphs, max_chars) for piece in _cut_runs(text, chunk)]


def _cut_runs(text: str, chunk: TextSpan) -> list[TextSpan]:
    """``chunk`` as it is, or, when it holds a whitespace-free run too long for the tokenizer, the text around each
    such run plus the run in pieces of :data:`MAX_RUN_CHARS`."""
    runs = list(_LONG_RUN.finditer(text[chunk.start : chunk.end]))
    if not runs:
        return [chunk]
    out: list[TextSpan] = []
    pos = chunk.start
    for run in runs:
        start, end = chunk.start + run.start(), chunk.start + run.end()
        out += [TextSpan(*strip_span(text, pos, start))] if text[pos:start].strip() else []
        out += [TextSpan(a, min(a + MAX_RUN_CHARS, end)) for a in range(start, end, MAX_RUN_CHARS)]
        pos = end
    out += [TextSpan(*strip_span(text, pos, chunk.end))] if text[pos : chunk.end].strip() else []
    return out


def _paragraph_chunks(text: str, paragraphs: list[TextSpan], max_chars: int) -> list[TextSpan]:
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


