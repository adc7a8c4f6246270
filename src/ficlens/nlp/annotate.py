"""The full profile's annotation layers, each run only as far as it is needed.

Measured on en_core_web_sm (docs/scale.md), the stock pipeline's time goes to the shared tok2vec CNN that feeds
the tagger and parser (~40 %), NER with its own CNN (~35 %), and the rule-based attribute ruler + lemmatizer
(~20 %). No analyser reads POS, lemmas or dependencies over the whole work, so the full profile:

- runs ``senter`` (its own tiny CNN, ~3 % of the stock cost) for sentence boundaries, and no tok2vec/tagger
  unless ``build_document(..., tags=True)`` asks for POS tags and lemmas; then ``pos``/``morph``/``lemma`` come
  from a per-process memo keyed by (word, tag): the attribute ruler and the lemmatizer run once per new
  (word, tag) pair, on a small side document, not on every token;
- runs NER only on windows of :data:`NER_WINDOW` tokens either side of a capitalised word (within its
  sentence) not yet read :data:`SEEN_ENOUGH` times by NER (:data:`SEEN_UNTAGGED` times while NER never tagged it), and
  propagates the names it found to every other occurrence by exact token match, also inside the sentences NER
  read where it missed them (a name keeps its majority label; numbers, dates and other entities that begin
  lower-case exist only in the sentences NER read). Small models miss names in many contexts, so this finds
  more mentions of a character than the stock pipeline does;
- leaves the dependency parse to :meth:`Document.parse`, on demand, for the few spans an analyser needs.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from ficlens.nlp.segment import strip_span as strip_chars

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

SEEN_ENOUGH = 2  # a capitalised word read by NER this many times needs no more NER...
SEEN_UNTAGGED = 6  # ...unless NER never tagged it: then it is read up to this many times
NER_WINDOW = 5  # tokens of context NER reads on each side of a new name (its CNN sees 4 on each side, +1)
PROPAGATE_SHARE = 0.1  # propagate a name if NER tagged at least this share of the times it read it
MEMO_MAX = 400_000  # (word, tag) pairs kept before the memo is cleared
_LOWER_WORD = re.compile(r"\b[a-z][a-z'\u2019]*\b")
_CAPITALISED = re.compile(r"(?<![\w'\u2019])[A-Z\u00c0-\u00de\u0391-\u03a9\u0410-\u042f]\w*")
_WORD_CHAR = re.compile(r"\w")
_SEPARATOR = "|"


class TokenAttrs:
    """pos/morph/lemma per (orth, tag), computed by the model's attribute ruler and lemmatizer once per pair."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.ruler = nlp.get_pipe("attribute_ruler")
        self.lemmatizer = nlp.get_pipe("lemmatizer")
        self.memo: dict[tuple[int, int], tuple[int, int, int]] = {}

    def __call__(self, doc: Doc) -> Doc:
        import numpy
        from spacy.attrs import LEMMA, MORPH, ORTH, POS, TAG

        keys = list(map(tuple, doc.to_array([ORTH, TAG]).tolist()))
        memo = self.memo
        missing: dict[tuple[int, int], int] = {}
        for i, key in enumerate(keys):
            if key not in memo and key not in missing:
                missing[key] = i
        if missing:
            self._learn([doc[i] for i in missing.values()])
            memo = self.memo
        values = numpy.array([memo[k] for k in keys], dtype="uint64").reshape(len(keys), 3)
        doc.from_array([POS, MORPH, LEMMA], values)  # type: ignore[arg-type]
        return doc

    def _learn(self, tokens: list[Token]) -> None:
        from spacy.tokens import Doc

        if len(self.memo) + len(tokens) > MEMO_MAX:
            self.memo.clear()
        words: list[str] = []
        tags: list[str] = []
        for tok in tokens:
            words += [tok.text, _SEPARATOR]
            tags += [tok.tag_, ":"]
        side = Doc(self.nlp.vocab, words=words, spaces=[True] * len(words))
        for stok, tag in zip(side, tags, strict=True):
            stok.tag_ = tag
        side = self.lemmatizer(self.ruler(side))
        for tok, stok in zip(tokens, list(side)[::2], strict=True):
            self.memo[(tok.orth, tok.tag)] = (stok.pos, stok.morph.key, stok.lemma)  # type: ignore[attr-defined]


def tag_docs(nlp: Language, attrs: TokenAttrs | None, docs: Iterable[Doc], batch_size: int) -> Iterator[Doc]:
    """senter over a stream of tokenised docs; with ``attrs``, tok2vec + tagger and memoised pos/morph/lemma too."""
    stream: Iterable[Doc] = docs
    for name in ("tok2vec", "tagger", "senter") if attrs is not None else ("senter",):
        stream = nlp.get_pipe(name).pipe(stream, batch_size=batch_size)  # type: ignore[attr-defined]
    for doc in stream:
        if attrs is not None:
            attrs(doc)
        doc.tensor = doc.tensor[:0]  # free tok2vec output
        yield doc


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges [start, end) of the doc's sentences, from the SENT_START column (no Span objects)."""
    import numpy
    from spacy.attrs import SENT_START

    flags = doc.to_array(SENT_START)
    starts = numpy.flatnonzero(flags == 1).tolist()
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    ends = [*starts[1:], len(doc)]
    return [(a, b) for a, b in zip(starts, ends, strict=True) if b > a]


def token_starts(doc: Doc, text: str | None = None) -> list[int]:
    """Each token's character offset in ``doc.text``, then ``len(doc.text)``.

    Pass ``text`` (the string the doc was made from) when you have it: ``Doc.text`` joins every token's text anew
    on each access, which costs as much as reading the doc's token columns.
    """
    from spacy.attrs import IDX

    starts: list[int] = doc.to_array(IDX).tolist()
    starts.append(len(doc.text if text is None else text))
    return starts


class SelectiveNer:
    """NER where a new name may be, exact-match propagation of known names everywhere else. One per work.

    Works on character offsets with regexes (only capitalised words are looked at in Python), feeds NER fresh
    docs of the chosen sentences' text (cheaper than ``Span.as_doc``), and maps its entities back by offset.
    """

    def __init__(self, nlp: Language, text: str, batch_size: int = 256) -> None:
        self.nlp = nlp
        self.ner = nlp.get_pipe("ner")
        self.batch_size = batch_size
        self.lower_forms = Counter(_LOWER_WORD.findall(text))
        self.scheduled: Counter[str] = Counter()  # capitalised word -> times sent to NER
        self.as_entity_start: Counter[str] = Counter()  # capitalised word -> times NER began an entity on it
        self.known: dict[str, dict[str, Counter[str]]] = {}  # first word -> entity text -> labels
        self.ner_words = 0
        self.words = 0

    def _candidates(self, text: str, start: int, end: int) -> list[re.Match[str]]:
        out: list[re.Match[str]] = []
        first_word = _WORD_CHAR.search(text, start, end)  # found once: a search per word is quadratic in a sentence
        for m in _CAPITALISED.finditer(text, start, end):
            word = m.group()
            if word == "I":
                continue
            sentence_initial = first_word is None or first_word.start() >= m.start()
            if sentence_initial and self.lower_forms.get(word.lower(), 0):
                continue  # a sentence-initial common word
            out.append(m)
        return out

    def _needs_ner(self, word: str) -> bool:
        seen = self.scheduled[word]
        return seen < SEEN_ENOUGH or (seen < SEEN_UNTAGGED and not self.as_entity_start[word])

    def __call__(self, doc: Doc, sentences: list[tuple[int, int]], starts: list[int], text: str | None = None
                 ) -> list[Span]:
        """Set ``doc.ents`` on a chunk doc, given its :func:`sentence_bounds` and :func:`token_starts`; return them
        (sorted), so the caller need not read ``doc.ents`` back. ``text``: the doc's text, if the caller has it
        (``Doc.text`` rebuilds the string from every token on each access)."""
        import bisect

        text = doc.text if text is None else text
        need: list[tuple[int, int]] = []
        cands: list[re.Match[str]] = []
        for sent_start, sent_end in sentences:
            found = self._candidates(text, starts[sent_start], starts[sent_end])
            if not found:
                continue
            cands += found
            windows: list[tuple[int, int]] = []
            for m in found:
                if not self._needs_ner(m.group()):
                    continue
                i = bisect.bisect_right(starts, m.start()) - 1
                a, b = max(i - NER_WINDOW, sent_start), min(i + NER_WINDOW + 1, sent_end)
                if windows and a <= windows[-1][1]:
                    windows[-1] = (windows[-1][0], b)
                else:
                    windows.append((a, b))
            for a, b in windows:
                s, e = strip_chars(text, starts[a], starts[b])
                self.scheduled.update(m.group() for m in found if s <= m.start() < e)
                if need and not text[need[-1][1] : s].strip():
                    need[-1] = (need[-1][0], e)
                else:
                    need.append((s, e))
        self.words += len(doc)
        ents: list[Span] = []
        covered = bytearray(len(text) + 1)
        parts = (self.nlp.make_doc(text[s:e]) for s, e in need)
        for (s, _e), part in zip(need, self.ner.pipe(parts, batch_size=self.batch_size), strict=True):  # type: ignore[attr-defined]
            self.ner_words += len(part)
            for ent in part.ents:
                span = doc.char_span(s + ent.start_char, s + ent.end_char, label=ent.label_, alignment_mode="expand")
                if span is None:
                    continue
                ents.append(span)
                covered[span.start_char : span.end_char] = b"\x01" * (span.end_char - span.start_char)
                first = _CAPITALISED.match(ent.text)
                if first is not None:
                    self.as_entity_start[first.group()] += 1
                    self.known.setdefault(first.group(), {}).setdefault(ent.text, Counter())[ent.label_] += 1
        ents.extend(self._propagate(doc, text, cands, covered))
        ents.sort(key=lambda e: e.start)
        doc.set_ents(ents, default="outside")
        return ents

    def _propagate(self, doc: Doc, text: str, cands: list[re.Match[str]], covered: bytearray) -> Iterator[Span]:
        for m in cands:
            word, pos = m.group(), m.start()
            forms = self.known.get(word)
            if not forms or covered[pos] or PROPAGATE_SHARE * self.scheduled[word] > self.as_entity_start[word]:
                continue
            for form, labels in sorted(forms.items(), key=lambda kv: -len(kv[0])):
                end = pos + len(form)
                if text.startswith(form, pos) and not _WORD_CHAR.match(text, end) and not any(covered[pos:end]):
                    span = doc.char_span(pos, end, label=labels.most_common(1)[0][0], alignment_mode="expand")
                    if span is not None:
                        covered[span.start_char : span.end_char] = b"\x01" * (span.end_char - span.start_char)
                        yield span
                    break

    @property
    def ner_share(self) -> float:
        """The share of the work's tokens that NER read."""
        return self.ner_words / self.words if self.words else 0.0
