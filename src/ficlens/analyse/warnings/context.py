"""Context rules: what a cue means where it stands.

A cue found by :mod:`.lexicon` is read in its clause: negated ("he didn't hit him") it is dropped; inside a figure of
speech ("dying of embarrassment") it is dropped; hypothetical or a threat ("if", "would", "going to") it counts half,
except for labels where the wish or plan is itself the content (suicidal ideation); told in the past or as a memory
it makes the severity ``mentioned``; explicit or gory telling makes it ``graphic``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ficlens.analyse.warnings.lexicon import LabelLexicon, Sense, normalize

_I = 0  # every pattern here runs on normalize()d (lower-case) text
CLAUSE_BREAK = re.compile(r"[.!?;:\u2026\"\n]|\bbut\b|--|\u2014", _I)
NEGATION = re.compile(r"(?:\b(?:not|never|no|nobody|none|without|hardly|barely|neither|nor|didn|don|doesn|won|"
                      r"wasn|weren|couldn|wouldn|shouldn|isn|aren|refused to|stopped \w+ from)\b|n't)"
                      r"\W*(?:\w+\W+){0,2}$", _I)
HYPOTHETICAL = re.compile(r"\b(?:if|would|could (?:have|be)|could've|might|maybe|perhaps|whether|what if|as if|"
                          r"as though|wish(?:ed)?|imagin\w*|pretend\w*|dream\w*|going to|gonna|about to|threat\w*|"
                          r"(?:for )?fear of|afraid of|lest|"
                          r"(?:i|you|he|she|we|they)'(?:ll|d)|will|should|probably|like (?:a|an|the|some)|resembl\w*|"
                          r"(?:the )?semblance of|akin to)\b", _I)
PAST = re.compile(r"\b(?:had (?:been |just |once )?\w+(?:ed|en|d)|remember\w*|memor(?:y|ies)|years? ago|used to|"
                  r"back when|since the day|flashback\w*|(?:the|that) (?:first|last) time|once|thought about how|"
                  r"thinking of|reminded of|long ago|ago)\b", _I)
SHAME = re.compile(r"\b(?:embarrass\w*|humiliat\w*|mortif\w*|fucked up|screwed up|so stupid|idiot)\b", _I)
LOOKBACK = 80


@dataclass(frozen=True, slots=True)
class CueHit:
    start: int
    end: int
    weight: float
    past: bool


@dataclass(frozen=True, slots=True)
class LexiconEvidence:
    score: float  # noisy-or of the kept cue weights, in [0, 1]
    hits: tuple[CueHit, ...]
    graphic: bool

    @property
    def mentioned_only(self) -> bool:
        counted = [h for h in self.hits if h.weight >= 0.2]
        return bool(counted) and all(h.past for h in counted)


def clause_before(text: str, pos: int) -> str:
    """The text of the clause that leads up to ``pos`` (at most LOOKBACK characters)."""
    window = text[max(0, pos - LOOKBACK) : pos]
    cut = 0
    for m in CLAUSE_BREAK.finditer(window):
        cut = m.end()
    return window[cut:]


def sentence_around(text: str, start: int, end: int) -> str:
    left = max(text.rfind(ch, 0, start) for ch in ".!?\n")
    rights = [i for i in (text.find(ch, end) for ch in ".!?\n") if i >= 0]
    return text[left + 1 : min(rights) if rights else len(text)]


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in spans)


def sense_factor(senses: tuple[Sense, ...], folded: str, span: tuple[int, int], sentence: str) -> float:
    """The product of the factors of the other senses (:class:`~.lexicon.Sense`) that the cue at ``span`` takes in
    its ``sentence``: 1.0 when none applies."""
    factor = 1.0
    for sense in senses:
        words = sense.word.finditer(folded, max(0, span[0] - LOOKBACK), span[1] + LOOKBACK)
        if any(_overlaps(w.span(), [span]) for w in words) and sense.context.search(sentence):
            factor *= sense.factor
    return factor


def read_cues(text: str, lexicon: LabelLexicon, normalized: bool = False) -> LexiconEvidence:
    """Every cue of ``lexicon`` in ``text`` read in context; each cue pattern counts once (its strongest use).
    Pass ``normalized=True`` when ``text`` is already :func:`~.lexicon.normalize`-d."""
    folded = text if normalized else normalize(text)
    if not lexicon.any_cue.search(folded):
        return LexiconEvidence(0.0, (), False)
    figurative = [m.span() for m in lexicon.figurative.finditer(folded)] if lexicon.figurative else []
    hits: list[CueHit] = []
    for cue in lexicon.cues:
        best: CueHit | None = None
        for m in cue.pattern.finditer(folded):
            if _overlaps(m.span(), figurative):
                continue
            before = clause_before(folded, m.start())
            if NEGATION.search(before):
                continue
            weight = cue.weight
            if not lexicon.intent_counts and HYPOTHETICAL.search(before):
                weight *= 0.5
            sentence = sentence_around(folded, m.start(), m.end())
            if lexicon.intent_counts and SHAME.search(sentence):
                weight *= 0.5
            if lexicon.senses:
                weight *= sense_factor(lexicon.senses, folded, m.span(), sentence)
                if weight <= 0.0:
                    continue
            hit = CueHit(m.start(), m.end(), weight, bool(PAST.search(sentence)))
            if best is None or hit.weight > best.weight:
                best = hit
        if best is not None:
            hits.append(best)
    miss = 1.0
    for hit in hits:
        miss *= 1.0 - hit.weight
    graphic = bool(lexicon.graphic and hits and lexicon.graphic.search(folded))
    return LexiconEvidence(round(1.0 - miss, 4), tuple(sorted(hits, key=lambda h: h.start)), graphic)
