"""Context rules: what a cue means where it stands.

A cue found by :mod:`.lexicon` is read in its clause: negated ("he didn't hit him") it is dropped; inside a figure of
speech ("dying of embarrassment") it is dropped; hypothetical or a threat ("if", "would", "going to") it counts half,
except for labels where the wish or plan is itself the content (suicidal ideation); told in the past or as a memory
it makes the severity ``mentioned``; explicit or gory telling makes it ``graphic``. For labels whose content is
usually told as a habit (abuse: "he'd lock her in"), "would" and "'d" are not taken as hypothetical.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ficlens.analyse.warnings.lexicon import Cue, LabelLexicon, Sense, normalize

_I = 0  # every pattern here runs on normalize()d (lower-case) text
CLAUSE_BREAK = re.compile(r"[.!?;:\u2026\"\n]|\bbut\b|--|\u2014", _I)
NEGATION = re.compile(r"(?:\b(?:not|never|no|nobody|none|without|hardly|barely|neither|nor|didn|don|doesn|won|"
                      r"wasn|weren|couldn|wouldn|shouldn|isn|aren|refused to|stopped \w+ from)\b|n't)"
                      r"[^\w,]*(?:\w+[^\w,]+){0,2}$", _I)  # not past a comma: "couldn't speak, and he didn't care"
_HYPOTHETICAL_CORE = (r"if|could (?:have|be)|could've|might|maybe|perhaps|whether|what if|as if|as though|"
                      r"wish(?:ed)?|imagin\w*|pretend\w*|dream\w*|going to|gonna|about to|threat\w*|(?:for )?fear of|"
                      r"afraid of|lest|(?:i|you|he|she|we|they)'ll|will|should|probably|like (?:a|an|the|some)|"
                      r"resembl\w*|(?:the )?semblance of|akin to")
HYPOTHETICAL = re.compile(r"\b(?:" + _HYPOTHETICAL_CORE + r"|would|(?:i|you|he|she|we|they)'d)\b", _I)
# For labels told as a habit ("she'd scream at him for hours", "he would lock her in"), "would" and "'d" mark the past
# habit, not a hypothetical: the other markers still halve.
HYPOTHETICAL_HABIT = re.compile(r"\b(?:" + _HYPOTHETICAL_CORE + r")\b", _I)
# "he'd opened", "she'd been": "'d" before a past participle is "had", no hypothetical.
PLUPERFECT_D = re.compile(r"'d(?= (?:been|had|gone|done|seen|made|known|left|lost|found|told|said|thought|felt|kept|"
                          r"heard|got|gotten|come|become|begun|worn|torn|grown|thrown|drawn|shown|flown|sworn|held|"
                          r"brought|bought|caught|taught|fought|slept|wept|meant|sent|spent|built|burnt|learnt|struck|"
                          r"stuck|hung|sung|drunk|won|fed|fled|led|bled|met|sat|lit|slid|stood|understood|paid|laid|sold|"
                          r"dealt|taken|given|eaten|broken|spoken|woken|driven|hidden|forgotten|chosen|stolen|written|"
                          r"fallen|beaten|bitten|ridden|risen|frozen|forgiven|shaken|mistaken|"
                          r"(?!(?:need|feed|bleed|breed|speed|proceed|succeed|exceed|heed)\b)\w+ed)\b)", _I)
PAST = re.compile(r"\b(?:had (?:been |just |once )?\w+(?:ed|en|d)|remember\w*|memor(?:y|ies)|years? ago|used to|"
                  r"back when|since the day|flashback\w*|(?:the|that) (?:first|last) time|once|thought about how|"
                  r"thinking of|reminded of|long ago|ago)\b", _I)
# A negated "stop" keeps what follows going: "it wouldn't stop bleeding", "he couldn't stop shaking".
NOT_STOPPING = re.compile(r"(?:n't|\bnot|\bnever) (?:\w+ )?(?:stop|stopped|quit|cease|ceased)\W*$", _I)
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


NO_EVIDENCE = LexiconEvidence(0.0, (), False)  # what a text without any cue of the label gives


def hypothetical_before(text: str, pos: int, clause: str, habitual: bool = False) -> bool:
    """Whether ``clause`` (the clause that leads up to ``pos`` in ``text``) marks what follows as hypothetical; a
    pluperfect "'d" ("he'd opened") does not, and for a ``habitual`` label neither do "would" and "'d"."""
    ahead = clause + text[pos : pos + 20]
    clause = PLUPERFECT_D.sub("'x", ahead)[: len(clause)]
    return bool((HYPOTHETICAL_HABIT if habitual else HYPOTHETICAL).search(clause))


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
    its ``sentence`` (or, for a sense with a ``scope``, within that many characters of the cue), or, for an ``absent``
    sense, does not find there: 1.0 when none applies."""
    factor = 1.0
    for sense in senses:
        words = sense.word.finditer(folded, max(0, span[0] - LOOKBACK), span[1] + LOOKBACK)
        if not any(_overlaps(w.span(), [span]) for w in words):
            continue
        where = folded[max(0, span[0] - sense.scope) : span[1] + sense.scope] if sense.scope else sentence
        if bool(sense.context.search(where)) != sense.absent:
            factor *= sense.factor
    return factor


def read_cues(text: str, lexicon: LabelLexicon, normalized: bool = False,
              cues: Sequence[Cue] | None = None) -> LexiconEvidence:
    """Every cue of ``lexicon`` in ``text`` read in context; each cue pattern counts once (its strongest use).
    Pass ``normalized=True`` when ``text`` is already :func:`~.lexicon.normalize`-d, and ``cues`` when a pre-filter
    already knows which of the lexicon's cues occur in it (only those are read; the same evidence)."""
    folded = text if normalized else normalize(text)
    if cues is None:
        if not lexicon.any_cue.search(folded):
            return NO_EVIDENCE
        cues = lexicon.cues
    figurative = [m.span() for m in lexicon.figurative.finditer(folded)] if lexicon.figurative else []
    hits: list[CueHit] = []
    for cue in cues:
        best: CueHit | None = None
        for m in cue.pattern.finditer(folded):
            if _overlaps(m.span(), figurative):
                continue
            before = clause_before(folded, m.start())
            if NEGATION.search(before) and not NOT_STOPPING.search(before):
                continue
            weight = cue.weight
            if not lexicon.intent_counts and hypothetical_before(folded, m.start(), before, lexicon.habitual):
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
