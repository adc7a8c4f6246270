"""Who says each quotation: explicit ("Stiles said", "said the parson"), anaphoric ("he said" through coref),
the paragraph's actor (a character acting in the same paragraph speaks its dialogue), and turn-taking in an
exchange (a bare quote goes to the other party of the last two speakers, never to someone it addresses).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ficlens.analyse.cast import Cast, Mention
from ficlens.analyse.dialogue import QuoteSpan
from ficlens.nlp.document import TextSpan

NARRATOR = -1
_SPEECH_VERB_TEXT = """
said says say saying asked asks ask asking replied replies reply answered answers cried cries shouted shouts
yelled yells screamed screams whispered whispers murmured murmurs muttered mutters mumbled mumbles called calls
continued continues added adds began begins started starts exclaimed exclaims demanded demands insisted insists
told tells snapped snaps growled growls hissed hisses sighed sighs laughed laughs grunted grunts groaned groans
moaned moans breathed breathes stammered stammers stuttered stutters admitted admits agreed agrees argued argues
explained explains suggested suggests offered offers interrupted interrupts protested protests repeated repeats
returned returns retorted retorts responded responds observed observes remarked remarks declared declares
announced announces whimpered whimpers sobbed sobs squeaked squeaks teased teases joked jokes pleaded pleads
begged begs warned warns ordered orders commanded commands inquired inquires enquired enquires rejoined rejoins
resumed resumes echoed echoes roared roars bellowed bellows drawled drawls purred purrs chuckled chuckles
snorted snorts scoffed scoffs huffed huffs grumbled grumbles mused muses wondered wonders thought thinks promised
promises confessed confesses assured assures corrected corrects countered counters chimed piped sang sings
went cut put spoke speaks urged urges ventured ventures persisted persists pursued concluded concludes
exclaimed gasped gasps shrieked shrieks screeched wailed wails sneered sneers smiled smiles grinned grins
"""
SPEECH_VERBS = frozenset(_SPEECH_VERB_TEXT.split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
_FIRST_PERSON = re.compile(r"^\W*(?:I)\b")
AFTER_CHARS = 90
BEFORE_CHARS = 160


@dataclass(frozen=True, slots=True)
class Attribution:
    quote: QuoteSpan
    cluster: int | None  # NARRATOR for the first-person narrator
    score: float
    rule: str  # explicit, anaphoric, actor, turn-taking, paragraph, none


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _has_speech_verb(segment: str, limit: int = 4) -> bool:
    return any(w in SPEECH_VERBS for w in _words(segment)[:limit])


class _Attributor:
    def __init__(self, text: str, paragraphs: list[TextSpan], cast: Cast) -> None:
        self.text = text
        self.paragraphs = paragraphs
        self.cast = cast
        self.quotes = cast.quotes
        self.by_para: dict[int, list[int]] = {}
        for qi, q in enumerate(self.quotes):
            self.by_para.setdefault(q.para, []).append(qi)
        self.para_starts = [p.start for p in paragraphs]

    def narrative(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.cast.mentions_in(start, end) if not m.in_quote]

    def after_span(self, qi: int) -> tuple[int, int]:
        q = self.quotes[qi]
        para = self.paragraphs[q.last_para]
        end = para.end
        if qi + 1 < len(self.quotes) and self.quotes[qi + 1].start < end:
            end = self.quotes[qi + 1].start
        return q.end, min(end, q.end + AFTER_CHARS)

    def before_span(self, qi: int) -> tuple[int, int]:
        q = self.quotes[qi]
        para = self.paragraphs[q.para]
        start = para.start
        if qi > 0 and self.quotes[qi - 1].end > start:
            start = self.quotes[qi - 1].end
        return max(start, q.start - BEFORE_CHARS), q.start

    def explicit_after(self, qi: int) -> tuple[int, float, str] | None:
        s, e = self.after_span(qi)
        seg = self.text[s:e]
        cut = re.search(r"[.!?;]", seg)
        clause_end = s + (cut.start() if cut else len(seg))
        mentions = self.narrative(s, clause_end)
        if _FIRST_PERSON.match(seg) and _has_speech_verb(seg[seg.index("I") + 1:], 2):
            return NARRATOR, 0.9, "explicit"
        if mentions:
            m = mentions[0]
            lead = self.text[s:m.start]
            tail = self.text[m.end:clause_end]
            lead_words = _words(lead)
            rule = "explicit" if m.kind == "name" else "anaphoric"
            if len(lead_words) <= 2 and (_has_speech_verb(tail, 2) or any(w in SPEECH_VERBS for w in lead_words)):
                return m.cluster, 0.95 if m.kind == "name" else 0.85, rule
            if not lead_words:
                return m.cluster, 0.75, "actor"
        return None

    def explicit_before(self, qi: int) -> tuple[int, float, str] | None:
        s, e = self.before_span(qi)
        seg_start = s
        seg = self.text[s:e]
        cut = max(seg.rfind(". "), seg.rfind("! "), seg.rfind("? "))
        if cut >= 0:
            seg_start = s + cut + 2
        mentions = self.narrative(seg_start, e)
        if not mentions:
            if re.search(r"(?:^|[\s,;])I\s+(?:\w+ly\s+)?(?:" + "|".join(("said", "asked", "replied", "cried",
                                                                         "answered")) + r")\b", self.text[seg_start:e]):
                return NARRATOR, 0.85, "explicit"
            return None
        for m in mentions:
            if _has_speech_verb(self.text[m.end:e], 3):
                return m.cluster, 0.9 if m.kind == "name" else 0.8, "explicit"
        return mentions[0].cluster, 0.7, "actor"

    def paragraph_actor(self, qi: int) -> tuple[int, float, str] | None:
        """A character mentioned in the narration of the quote's paragraph(s)."""
        q = self.quotes[qi]
        para = self.paragraphs[q.para]
        last = self.paragraphs[q.last_para]
        mentions = self.narrative(para.start, last.end)
        if mentions:
            return mentions[0].cluster, 0.6, "paragraph"
        return None

    def addressed(self, qi: int) -> set[int]:
        q = self.quotes[qi]
        return {m.cluster for m in self.cast.mentions_in(q.start, q.end) if m.kind == "name"}


def attribute(text: str, paragraphs: list[TextSpan], cast: Cast) -> list[Attribution]:
    """A speaker (or None) for every quotation of the cast's text, in order."""
    at = _Attributor(text, paragraphs, cast)
    found: list[tuple[int | None, float, str]] = []
    for qi in range(len(at.quotes)):
        hit = at.explicit_after(qi) or at.explicit_before(qi)
        found.append(hit if hit else (None, 0.0, "none"))
    # Quotes of one paragraph share its speaker.
    for qis in at.by_para.values():
        known = [found[i] for i in qis if found[i][0] is not None]
        if known:
            best = max(known, key=lambda x: x[1])
            for i in qis:
                if found[i][0] is None:
                    found[i] = (best[0], min(best[1], 0.8), "paragraph")
    for qi in range(len(at.quotes)):
        if found[qi][0] is None:
            hit = at.paragraph_actor(qi)
            if hit:
                found[qi] = hit
    # Turn-taking: an unattributed quote in a run of dialogue paragraphs.
    for qi in range(len(at.quotes)):
        if found[qi][0] is not None:
            continue
        guess = _turn_taking(at, found, qi)
        if guess is not None:
            found[qi] = guess
    return [Attribution(q, *found[i]) for i, q in enumerate(at.quotes)]


def _turn_taking(at: _Attributor, found: list[tuple[int | None, float, str]], qi: int) -> tuple[int, float, str] | None:
    q = at.quotes[qi]
    prev: list[int] = []  # speakers of the previous dialogue paragraphs, most recent first
    para = q.para
    j = qi - 1
    while j >= 0 and len(prev) < 2:
        pj = at.quotes[j]
        if pj.last_para < para - 1 - len(prev):  # a gap: the exchange is over
            break
        spk = found[j][0]
        if pj.para != para and spk is not None and (not prev or spk != prev[-1]):
            prev.append(spk)
        j -= 1
    addressed = at.addressed(qi)
    if len(prev) == 2:
        for cand in (prev[1], prev[0]):  # the other party, unless this quote addresses them
            if cand not in addressed:
                return cand, 0.6 if cand == prev[1] else 0.5, "turn-taking"
    if prev:
        vocatives = at.addressed(qi - 1) - {prev[0]} if qi > 0 else set()
        if len(vocatives) == 1:
            return next(iter(vocatives)), 0.55, "turn-taking"
    return None


def quote_index(quotes: list[QuoteSpan]) -> list[int]:
    return [q.start for q in quotes]


def quote_at(quotes: list[QuoteSpan], starts: list[int], pos: int) -> int | None:
    i = bisect.bisect_right(starts, pos) - 1
    return i if i >= 0 and quotes[i].start <= pos < quotes[i].end else None
