# ruff: noqa: E501  (tables of patterns)
"""Age cues: is a character under 18 in this text? (TAXONOMY.md: judged from the text — a stated age, school,
"kid", "teenager"; the same character can be 19 in one work and 16 in another.)"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ficlens.analyse.warnings.lexicon import NUM_MINOR, normalize
from ficlens.analyse.warnings.prefilter import CueFinder

_I = 0  # patterns run on normalize()d (lower-case) text
_NOT_AGE = r"(?! (?:minutes?|hours?|days?|weeks?|months?|times?|dollars?|bucks|percent|miles|feet|inches|o'clock|of|more|other))"
_BE = r"(?:i'm|i am|he's|he is|she's|she is|they're|they are|you're|you are|was|were|turned|turning|just turned|only|aged?)"
ADULT_NUM = r"(?:eighteen|nineteen|twenty|twenty-\w+|thirty\w*|forty\w*|fifty\w*|1[89]|[2-9]\d)"

MINOR_CUES: tuple[tuple[re.Pattern[str], float], ...] = (
    (re.compile(rf"\b{_BE} {NUM_MINOR}\b{_NOT_AGE}|\b{NUM_MINOR}[- ]years?[- ]old\b|\b{NUM_MINOR}th birthday\b", _I), 0.8),
    (re.compile(r"\b(?:underage|jailbait|minor in possession)\b", _I), 0.8),
    (re.compile(r"\b(?:high ?school|middle school|junior high|secondary school|prep school)\b", _I), 0.5),
    (re.compile(r"\bschool\b(?! of)", _I), 0.25),
    (re.compile(r"\b(?:teenager|teenagers|teenaged|adolescent|adolescence)\b", _I), 0.45),
    (re.compile(r"\b(?:teen|teens)\b(?! wolf)", _I), 0.3),
    (re.compile(r"\b(?:freshman|sophomore|homework|detention|curfew)\b", _I), 0.2),
    (re.compile(r"\b(?:kid|kid's|kids)\b", _I), 0.1),
    (re.compile(r"\b(?:child|child's)\b", _I), 0.15),
)
ADULT_AGE = re.compile(rf"\b{_BE} {ADULT_NUM}\b{_NOT_AGE}|\b{ADULT_NUM}[- ]years?[- ]old\b", _I)
_MINOR_FINDER = CueFinder([pattern for pattern, _ in MINOR_CUES])
NOT_SCHOOL = re.compile(r"\b(?:graduate|law|med|medical|grad|night|art|film|business|nursing) school\b", _I)


@dataclass(frozen=True, slots=True)
class AgeEvidence:
    minor: float  # in [0, 1]: how strongly the text places a character under 18
    adult_stated: bool
    spans: tuple[tuple[int, int], ...]  # where the strongest minor cues are


def read_age(text: str) -> AgeEvidence:
    """Noisy-or over the kinds of minor cue found (each kind once); a stated adult age with no stated minor age
    weakens it (an adult at college may still say "kid")."""
    folded = normalize(text)
    miss = 1.0
    spans: list[tuple[float, tuple[int, int]]] = []
    stated_minor = False
    found = _MINOR_FINDER.spans(folded)  # each pattern's finditer spans, in one pre-filtered pass (speed only)
    for i, (_pattern, weight) in enumerate(MINOR_CUES):
        matches = [(s, e) for s, e in found[i] if not (i == 3 and NOT_SCHOOL.search(folded[max(0, s - 12) : e]))]
        if not matches:
            continue
        stated_minor = stated_minor or i == 0
        miss *= 1.0 - weight
        spans.append((weight, matches[0]))
    adult = bool(ADULT_AGE.search(folded))
    minor = 1.0 - miss
    if adult and not stated_minor:
        minor *= 0.3
    best = tuple(span for _, span in sorted(spans, key=lambda p: -p[0])[:3])
    return AgeEvidence(round(minor, 4), adult, best)
