# ruff: noqa: E501  (tables of patterns)
"""Age cues: is a character under 18 in this text? (docs/taxonomy.md: judged from the text — a stated age, school,
"kid", "teenager"; the same character can be 19 in one work and 16 in another.)"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ficlens.analyse.warnings.labels.fragments import NUM_MINOR
from ficlens.analyse.warnings.lexicon import normalize
from ficlens.analyse.warnings.prefilter import CueFinder

if TYPE_CHECKING:
    from ficlens.analyse.cast.model import Cast
    from ficlens.nlp.document import TextSpan

_I = 0  # patterns run on normalize()d (lower-case) text
_NOT_AGE = r"(?! (?:minutes?|hours?|days?|weeks?|months?|times?|dollars?|bucks|percent|miles|feet|inches|o'clock|of|more|other))"
_BE = r"(?:i'm|i am|he's|he is|she's|she is|they're|they are|you're|you are|was|were|turned|turning|just turned|only|aged?)"
# "[2-9]\d" spelled out digit by digit so the pre-filter can read its literal prefixes (a class of 8 is too wide)
ADULT_NUM = r"(?:eighteen|nineteen|twenty|twenty-\w+|thirty\w*|forty\w*|fifty\w*|1[89]|2\d|3\d|4\d|5\d|6\d|7\d|8\d|9\d)"

MINOR_CUES: tuple[tuple[re.Pattern[str], float], ...] = (
    (re.compile(rf"\b{_BE} {NUM_MINOR}\b{_NOT_AGE}|\b{NUM_MINOR}[- ]years?[- ]old\b|\b{NUM_MINOR}th birthday\b|"
                rf"\b{NUM_MINOR} ?(?:yo|y/o|yrs? old)\b", _I), 0.8),
    (re.compile(r"\b(?:underage|jailbait|minor in possession)\b", _I), 0.8),
    (re.compile(r"\b(?:high ?school|middle school|junior high|secondary school|prep school)\b", _I), 0.5),
    (re.compile(r"\bschool\b(?! of)", _I), 0.25),
    (re.compile(r"\b(?:teenager|teenagers|teenaged|adolescent|adolescence)\b", _I), 0.45),
    (re.compile(r"\b(?:teen|teens)\b(?! wolf)", _I), 0.3),
    (re.compile(r"\b(?:freshman|sophomore|homework|detention|curfew)\b", _I), 0.2),
    (re.compile(r"\b(?:kid|kid's|kids)\b", _I), 0.1),
    (re.compile(r"\b(?:child|child's)\b", _I), 0.15),
    # a school year: "a fifth-year", "the sixth-years", "in her fourth year" (at a university it is an adult's:
    # see NOT_SCHOOL_YEAR), and school grades, "tenth grade", "Year 9"
    (re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh)[- ]years?\b"
                r"(?! (?:of|anniversary|in a row|running|since|after|later|ago|old)\b)", _I), 0.3),
    # (the grades' digits spelled out, as in ADULT_NUM, so that the pre-filter reads its prefixes: with the classes
    # "[6-9]th", "1[0-3]" it was scanned plainly, ~0.2 s CPU of a 1M-word work)
    (re.compile(r"\b(?:sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|6th|7th|8th|9th|10th|11th|12th) grade(?:rs?)?\b|"
                r"\byear (?:6|7|8|9|10|11|12|13)\b(?! (?:of|old|anniversary)\b)", _I), 0.5),
)
SCHOOL_YEAR = 9  # the index of the school-year cue in MINOR_CUES
ADULT_AGE = re.compile(rf"\b(?:{_BE} {ADULT_NUM}\b{_NOT_AGE}|{ADULT_NUM}[- ]years?[- ]old\b)", _I)
# The minor cues and ADULT_AGE, found in one pre-filtered pass (ADULT_AGE scanned on its own was 40% of read_age on
# 300-word works). Built at once (build_after=0): for these few patterns the pre-filter costs ~2 ms to build, and
# scanning a long work plainly ~10 ms per pattern.
_MINOR_FINDER = CueFinder([*(pattern for pattern, _ in MINOR_CUES), ADULT_AGE], build_after=0)
NOT_SCHOOL = re.compile(r"\b(?:graduate|law|med|medical|grad|night|art|film|business|nursing) school\b", _I)
# A university's or a job's years: "a third-year medical student", "second-year associate at the firm".
NOT_SCHOOL_YEAR = re.compile(r"\b(?:universit\w*|college|uni|undergrad\w*|med|medical|law|grad|graduate|phd|doctoral|"
                             r"residents?|residency|associates?|apprentices?|cadets?|recruits?|nursing|campus)\b", _I)


@dataclass(frozen=True, slots=True)
class AgeEvidence:
    minor: float  # in [0, 1]: how strongly the text places a character under 18
    adult_stated: bool
    spans: tuple[tuple[int, int], ...]  # where the strongest minor cues are


Spans = tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class AgeCues:
    """Where a text's age cues are: each minor cue kind's match spans (MINOR_CUES order; "law school" and the like
    dropped) and ADULT_AGE's. Found once per work and passed to :func:`read_age` and :func:`character_ages` (the
    warnings' ``WorkScanner`` holds them): nothing is cached between texts."""

    minor: tuple[Spans, ...]
    adult: Spans

    @classmethod
    def find(cls, folded: str) -> AgeCues:
        """The age cues of ``folded`` (normalize()d text)."""
        found = _MINOR_FINDER.spans(folded)  # each pattern's finditer spans, in one pre-filtered pass (speed only)
        found[3] = [(s, e) for s, e in found[3] if not NOT_SCHOOL.search(folded[max(0, s - 12) : e])]
        found[SCHOOL_YEAR] = [(s, e) for s, e in found[SCHOOL_YEAR]
                              if not NOT_SCHOOL_YEAR.search(folded[max(0, s - 60) : e + 60])]
        return cls(tuple(tuple(spans) for spans in found[: len(MINOR_CUES)]), tuple(found[len(MINOR_CUES)]))


def _combine(kinds: dict[int, tuple[int, int]], adult: bool) -> AgeEvidence:
    """Noisy-or over the kinds of minor cue found (each kind once, at its first span); a stated adult age with no
    stated minor age weakens it (an adult at college may still say "kid")."""
    miss = 1.0
    for i in kinds:
        miss *= 1.0 - MINOR_CUES[i][1]
    minor = 1.0 - miss
    if adult and 0 not in kinds:
        minor *= 0.3
    best = tuple(span for i, span in sorted(kinds.items(), key=lambda p: (-MINOR_CUES[p[0]][1], p[1]))[:3])
    return AgeEvidence(round(minor, 4), adult, best)


def read_age(text: str, cues: AgeCues | None = None) -> AgeEvidence:
    """The age cues of a whole text, whoever they are about (see :func:`character_ages` for the linked reading);
    ``cues``: the text's, when already found."""
    cues = cues if cues is not None else AgeCues.find(normalize(text))
    return _combine({i: spans[0] for i, spans in enumerate(cues.minor) if spans}, bool(cues.adult))


NO_AGE = AgeEvidence(0.0, False, ())
_INDEFINITE = re.compile(r"(?:^|(?<!\S)(\S+)\s+)(?:(a|an|some|any)|many|most|few|several|other|two|three|four|five|all)"
                         r"\s+(?:[\w'-]+,?\s+){0,2}$")
_COPULA = re.compile(r"(?:is|was|am|are|were|be|been|being|become|became|'s|just|only|still|such|like|as)$")
_PLURAL = re.compile(r"s$|^teens$|^children$")
_PRONOUN_SUBJECT = re.compile(r"^(?:he|she|they|you)\b")
_FIRST_PERSON = re.compile(r"^i\b")


def character_ages(folded: str, cast: Cast, sentences: Sequence[TextSpan],
                   paragraphs: Sequence[TextSpan] = (), cues: AgeCues | None = None) -> dict[int, AgeEvidence]:
    """Age cues linked to the characters they are said about (cluster id -> combined evidence, noisy-or per
    character as in :func:`read_age`). A cue inside a mention ("the kid") is that mention's; a stated age
    "he's sixteen" is its subject's (the pronoun, when resolved; "I'm twelve" in a quote, the speaker named by name
    after the quote); any other cue goes to the nearest character mentioned before it in its sentence (name or resolved
    pronoun), else the nearest after it, else (no one in the sentence: "He wasn't just some teenager" with the
    pronoun unresolved, as in --fast) the last character mentioned before it in its paragraph. Cues about nobody named are dropped: an indefinite noun phrase ("a
    twelve-year-old girl", "many kids") introduces an unnamed person, and bare plurals ("teenagers") are generic.
    ``cues``: the text's, when already found (:meth:`AgeCues.find`)."""
    starts = [s.start for s in sentences]
    scope = _Scope(cast, sentences, starts, paragraphs, [p.start for p in paragraphs])
    kinds: dict[int, dict[int, tuple[int, int]]] = {}
    adult: set[int] = set()
    cues = cues if cues is not None else AgeCues.find(folded)
    for i, spans in enumerate(cues.minor):
        for start, end in spans:
            who = _link(folded, scope, start, end, stated=i == 0)
            if who is not None:
                kinds.setdefault(who, {}).setdefault(i, (start, end))
    for start, end in cues.adult:
        who = _link(folded, scope, start, end, stated=True)
        if who is not None:
            adult.add(who)
    return {who: _combine(found, who in adult) for who, found in kinds.items()}


@dataclass(frozen=True, slots=True)
class _Scope:
    cast: Cast
    sentences: Sequence[TextSpan]
    sentence_starts: list[int]
    paragraphs: Sequence[TextSpan]
    paragraph_starts: list[int]

    def around(self, pos: int, paragraph: bool = False) -> tuple[int, int]:
        spans, starts = (self.paragraphs, self.paragraph_starts) if paragraph else (self.sentences, self.sentence_starts)
        k = bisect.bisect_right(starts, pos) - 1
        return (spans[k].start, spans[k].end) if k >= 0 and pos < spans[k].end else (pos, pos)


def _link(folded: str, scope: _Scope, start: int, end: int, stated: bool) -> int | None:
    cue = folded[start:end]
    sentence = scope.around(start)
    mentions = scope.cast.mentions_in(sentence[0], sentence[1]) if sentence[0] < sentence[1] else []
    for m in mentions:
        if m.start <= start < m.end or start <= m.start < end:  # "the kid", "the sixteen-year-old", "he's"
            return m.cluster
    if stated and _PRONOUN_SUBJECT.match(cue):
        return None  # its subject pronoun was not resolved to anyone
    if stated and _FIRST_PERSON.match(cue):  # "I'm twelve," Emma said: the speaker named after the quote; a
        # pronoun speaker ("she says") is left out: coref credits it to the most salient character, not the girl
        after = [m for m in mentions if m.start >= end and not m.in_quote and m.kind == "name"]
        return after[0].cluster if after else None
    word = cue.split()[-1] if cue.split() else cue
    if not stated and _PLURAL.search(word):
        return None
    article = _INDEFINITE.search(folded[sentence[0] : start])
    if article and not (article.group(2) and _COPULA.search(article.group(1) or "")):  # not "he was a kid"
        return None
    before = [m for m in mentions if m.end <= start]
    if before:
        return before[-1].cluster
    after = [m for m in mentions if m.start >= end]
    if after:
        return after[0].cluster
    paragraph = scope.around(start, paragraph=True)
    earlier = scope.cast.mentions_in(paragraph[0], start) if paragraph[0] < start else []
    return earlier[-1].cluster if earlier else None
