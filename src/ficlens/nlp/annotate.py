"""The full profile's annotation layers, each run only as far as it is needed.

Measured on en_core_web_sm (see docs/scale.md), the cost of the stock pipeline is dominated by NER (~45 %), the
rule-based attribute ruler + lemmatizer (~25 %) and the parser (~15 %). So the full profile:

- runs tok2vec + tagger + senter (its own tiny CNN) over all text for POS tags and sentence boundaries;
- fills ``pos``/``morph``/``lemma`` from a per-process memo keyed by (word, tag): the attribute ruler and the
  lemmatizer run once per new (word, tag) pair, on a small side document, not on every token;
- runs NER only on sentences holding a capitalised word not yet seen :data:`SEEN_ENOUGH` times by NER, and
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

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

SEEN_ENOUGH = 2  # a capitalised word read by NER this many times needs no more NER
PROPAGATE_SHARE = 0.1  # propagate a name if NER tagged at least this share of the times it read it
MEMO_MAX = 400_000  # (word, tag) pairs kept before the memo is cleared
_LOWER_WORD = re.compile(r"\b[a-z][a-z'\u2019]*\b")
_SEPARATOR = "|"


class TokenAttrs:
    """pos/morph/lemma per (orth, tag), computed by the model's attribute ruler and lemmatizer once per pair."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.ruler = nlp.get_pipe("attribute_ruler")
        self.lemmatizer = nlp.get_pipe("lemmatizer")
        self.memo: dict[tuple[int, int], tuple[int, str, int]] = {}

    def __call__(self, doc: Doc) -> Doc:
        missing: dict[tuple[int, int], Token] = {}
        for tok in doc:
            key = (tok.orth, tok.tag)
            if key not in self.memo and key not in missing:
                missing[key] = tok
        if missing:
            self._learn(list(missing.values()))
        memo = self.memo
        for tok in doc:
            pos, morph, lemma = memo[(tok.orth, tok.tag)]
            tok.pos = pos
            tok.set_morph(morph)  # type: ignore[attr-defined]
            tok.lemma = lemma
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
            self.memo[(tok.orth, tok.tag)] = (stok.pos, str(stok.morph) or "_", stok.lemma)


def tag_docs(nlp: Language, attrs: TokenAttrs, docs: Iterable[Doc], batch_size: int) -> Iterator[Doc]:
    """tok2vec + tagger + senter over a stream of tokenised docs; then memoised pos/morph/lemma."""
    stream: Iterable[Doc] = docs
    for name in ("tok2vec", "tagger", "senter"):
        stream = nlp.get_pipe(name).pipe(stream, batch_size=batch_size)  # type: ignore[attr-defined]
    for doc in stream:
        attrs(doc)
        doc.tensor = doc.tensor[:0]  # free tok2vec output
        yield doc


class SelectiveNer:
    """NER where a new name may be, exact-match propagation of known names everywhere else. One per work."""

    def __init__(self, nlp: Language, text: str, batch_size: int = 16) -> None:
        self.ner = nlp.get_pipe("ner")
        self.batch_size = batch_size
        self.lower_forms = Counter(_LOWER_WORD.findall(text))
        self.scheduled: Counter[str] = Counter()  # capitalised word -> times sent to NER
        self.as_entity_start: Counter[str] = Counter()  # capitalised word -> times NER began an entity on it
        self.known: dict[str, dict[tuple[str, ...], Counter[str]]] = {}  # first word -> words -> labels
        self.ner_words = 0
        self.words = 0

    def _candidates(self, sent: Span) -> list[str]:
        out: list[str] = []
        for tok in sent:
            t = tok.text
            if not t[:1].isupper() or t == "I":
                continue
            if tok.i == sent.start and self.lower_forms.get(t.lower(), 0):
                continue  # a sentence-initial common word
            out.append(t)
        return out

    def __call__(self, doc: Doc) -> Doc:
        """Set ``doc.ents`` on a chunk doc whose sentences are already set."""
        from spacy.tokens import Span

        need: list[tuple[int, int]] = []
        rest: list[Span] = []
        for sent in doc.sents:
            cands = self._candidates(sent)
            if any(self.scheduled[c] < SEEN_ENOUGH for c in cands):
                self.scheduled.update(cands)
                if need and need[-1][1] == sent.start:
                    need[-1] = (need[-1][0], sent.end)
                else:
                    need.append((sent.start, sent.end))
            if cands:
                rest.append(sent)
        self.words += len(doc)
        ents: list[Span] = []
        parts = [doc[s:e].as_doc() for s, e in need]
        for (s, _e), part in zip(need, self.ner.pipe(parts, batch_size=self.batch_size), strict=True):  # type: ignore[attr-defined]
            self.ner_words += len(part)
            for ent in part.ents:
                ents.append(Span(doc, s + ent.start, s + ent.end, label=ent.label_))
                first = ent[0].text
                if first[:1].isupper():
                    self.as_entity_start[first] += 1
                    words = tuple(t.text for t in ent)
                    self.known.setdefault(first, {}).setdefault(words, Counter())[ent.label_] += 1
        covered = {i for ent in ents for i in range(ent.start, ent.end)}
        for sent in rest:
            ents.extend(self._propagate(doc, sent, covered))
        doc.set_ents(sorted(ents, key=lambda e: e.start), default="outside")
        return doc

    def _propagate(self, doc: Doc, sent: Span, covered: set[int]) -> Iterator[Span]:
        from spacy.tokens import Span

        i = sent.start
        while i < sent.end:
            first = doc[i].text
            forms = None if i in covered else self.known.get(first)
            if forms and PROPAGATE_SHARE * self.scheduled[first] <= self.as_entity_start[first]:
                for words, labels in sorted(forms.items(), key=lambda kv: -len(kv[0])):
                    n = len(words)
                    span_words = tuple(t.text for t in doc[i : i + n])
                    if i + n <= sent.end and span_words == words and covered.isdisjoint(range(i, i + n)):
                        yield Span(doc, i, i + n, label=labels.most_common(1)[0][0])
                        i += n
                        break
                else:
                    i += 1
            else:
                i += 1

    @property
    def ner_share(self) -> float:
        """The share of the work's tokens that NER read."""
        return self.ner_words / self.words if self.words else 0.0
