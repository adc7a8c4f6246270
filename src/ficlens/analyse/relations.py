"""The relations analyser: pairings among the main characters, romantic ("/") or platonic (" & "), with evidence.

Sentences where both characters are mentioned (by name, pronoun or descriptor) are read for romantic cues
(kissing, proposals, "boyfriend", sex) and platonic ones (friendship, family). A romance needs strong romantic
cues; weak ones ("lips", "bed") only add to them, and proximity alone is nothing. The fandom KB's known pairings
add a prior but never make a pairing on their own. A score is 0.5 at the evidence threshold of its kind and
approaches 1 as the evidence grows past it. Tags are ordered as AO3 orders them: the KB's most common ordering
of the pair, else alphabetically by surname.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field

from ficlens.analyse.analysis import Analysis
from ficlens.analyse.cast.model import Cast, Cluster
from ficlens.analyse.dialogue import QuoteSpan, quote_at, quote_index
from ficlens.knowledge import load_kb
from ficlens.nlp.document import Document, TextSpan
from ficlens.report import Relationship, Span

# Romantic evidence between two people: each strong cue counts 1, each weak cue (also said of friends, or of
# things: "lips thinned", "went to bed") WEAK_CUE; a romance needs strong cues worth STRONG_MIN, whatever the rest.
# Each pattern's "(?=[...])" lists the first letters of its words: the same matches, found faster (the engine
# tries the alternatives only at those letters). tests/analyse/test_regex_guards.py checks the lists against the words.
ROMANTIC_STRONG = re.compile(
    r"\b(?=[abcdefghiklmopstw])(?:kiss\w*|lovers?|boyfriends?|girlfriends?|husband|wife|married|marry|marriage|"
    r"propos(?:e|ed|es|al|ing)|engaged|engagement|wedding|dating|(?:a|on|first|the|our|their) date|in love|love you|"
    r"loved him|loved her|love him|love her|sex|slept with|sleeping with|make love|made love|making out|made out|"
    r"crush|flirt\w*|hickeys?|arousal|aroused|orgasm\w*|sweetheart)\b", re.IGNORECASE)
ROMANTIC_WEAK = re.compile(r"\b(?=[bcdelmnrt])(?:lips?|bed|naked|moan\w*|cuddl\w*|embrac\w*|caress\w*|mate|mates|"
                           r"bond|bonding|romantic|blush\w*|nuzzl\w*|thrust\w*|cock|darling)\b", re.IGNORECASE)
PLATONIC = re.compile(r"\b(?=[abcdfmpstu])(?:friends?|friendship|best friend|buddy|buddies|bro|brother|sister|"
                      r"brothers|sisters|dad|father|mom|mum|mother|son|daughter|family|cousin|uncle|aunt|pal|mate's|"
                      r"teammates?|partner in crime|comrades?)\b", re.IGNORECASE)
GUARDED_PATTERNS: tuple[re.Pattern[str], ...] = (ROMANTIC_STRONG, ROMANTIC_WEAK, PLATONIC)
WEAK_CUE = 0.3
STRONG_MIN = 1.0
TOP_CHARACTERS = 8
MIN_COOCCURRENCE = 2
ROMANTIC_MIN = 2.0
PLATONIC_MIN = 1.0
KB_PRIOR = 1.0
MAX_EVIDENCE = 3
QUOTED_CUE = 0.4
UNKNOWN_PAIR_FACTOR = 2.0  # a pairing the KB never saw needs this much more evidence
SECONDARY_SHARE = 0.5  # a second romance of a character needs half the evidence of its strongest one


@dataclass(slots=True)
class PairEvidence:
    together: int = 0
    romantic: float = 0.0
    romantic_strong: float = 0.0
    platonic: float = 0.0
    romantic_spans: list[tuple[float, TextSpan]] = field(default_factory=list)
    platonic_spans: list[tuple[float, TextSpan]] = field(default_factory=list)


def _surname_key(name: str) -> tuple[str, str]:
    toks = name.split(" | ")[0].split()
    return (toks[-1].lower() if toks else "", name.lower())


def ao3_tag(a: Cluster, b: Cluster, kind: str, fandoms: list[str]) -> str:
    """The pair's tag as AO3 writes it: the KB's most common ordering, else alphabetical by surname."""
    names = [a.name, b.name]
    kb = load_kb()
    for fandom in fandoms:
        tags = kb.relationship_tags(fandom, names, kind)
        if tags:
            return tags[0][0]
    sep = "/" if kind == "/" else " & "
    return sep.join(sorted(names, key=_surname_key))


def _cues(pattern: re.Pattern[str], text: str, unit: TextSpan, quotes: list[QuoteSpan], starts: list[int]) -> float:
    """Cue words in a unit; those inside dialogue (talk about someone) count for less than narration."""
    return sum(1.0 if quote_at(quotes, starts, m.start()) is None else QUOTED_CUE
               for m in pattern.finditer(text, unit.start, unit.end))


def collect(doc: Document, cast: Cast, top: list[Cluster]) -> dict[tuple[int, int], PairEvidence]:
    ids = {c.id for c in top}
    pairs: dict[tuple[int, int], PairEvidence] = defaultdict(PairEvidence)
    text = doc.text
    quotes = cast.quotes
    starts = quote_index(quotes)
    for units in (doc.sentences, doc.paragraphs):
        weight = 1.0 if units is doc.sentences else 0.5
        for unit in units:
            present = sorted({m.cluster for m in cast.mentions_in(unit.start, unit.end)} & ids)
            if len(present) < 2:
                continue
            strong = _cues(ROMANTIC_STRONG, text, unit, quotes, starts)
            rom = strong + WEAK_CUE * _cues(ROMANTIC_WEAK, text, unit, quotes, starts)
            pla = _cues(PLATONIC, text, unit, quotes, starts)
            for i, a in enumerate(present):
                for b in present[i + 1:]:
                    ev = pairs[(a, b)]
                    if units is doc.sentences:
                        ev.together += 1
                    share = weight / (len(present) - 1)
                    if rom:
                        ev.romantic += share * min(rom, 3)
                        ev.romantic_strong += share * min(strong, 3)
                        ev.romantic_spans.append((rom * weight, unit))
                    if pla:
                        ev.platonic += share * min(pla, 3)
                        ev.platonic_spans.append((pla * weight, unit))
    return pairs


def _evidence(text: str, spans: list[tuple[float, TextSpan]]) -> list[Span]:
    best = sorted(spans, key=lambda x: (-x[0], x[1].start))
    out: list[Span] = []
    seen: list[TextSpan] = []
    for score, span in best:
        if any(s.start <= span.start < s.end or span.start <= s.start < span.end for s in seen):
            continue
        seen.append(span)
        out.append(Span.of(text, span.start, span.end, min(1.0, score / 3)))
        if len(out) >= MAX_EVIDENCE:
            break
    return out


def find_relationships(doc: Document, cast: Cast) -> list[Relationship]:
    top = [c for c in cast.ranked()[:TOP_CHARACTERS] if c.names > 0]
    fandoms = [f for f, _ in cast.fandoms]
    kb = load_kb()
    out: list[Relationship] = []
    found: list[tuple[int, int, str, float, float, list[tuple[float, TextSpan]]]] = []
    for (a_id, b_id), ev in collect(doc, cast, top).items():
        if ev.together < MIN_COOCCURRENCE:
            continue
        a, b = cast.clusters[a_id], cast.clusters[b_id]
        rom_prior = pla_prior = 0.0
        rom_needed = ROMANTIC_MIN
        if a.kb is not None and b.kb is not None:
            for fandom in fandoms:
                r, p = kb.pair_works(fandom, a.name, b.name)
                rom_prior += KB_PRIOR * math.log1p(r) / 5
                pla_prior += KB_PRIOR * math.log1p(p) / 5
            if rom_prior == 0:
                rom_needed *= UNKNOWN_PAIR_FACTOR
        rom = ev.romantic + (rom_prior if ev.romantic > 0 else 0.0)
        pla = ev.platonic + (pla_prior if ev.platonic > 0 else 0.0)
        if ev.romantic_strong >= STRONG_MIN and rom >= rom_needed and rom >= 0.6 * pla:
            found.append((a_id, b_id, "/", rom, rom_needed, ev.romantic_spans))
        if pla >= PLATONIC_MIN:
            found.append((a_id, b_id, "&", pla, PLATONIC_MIN, ev.platonic_spans))
    strongest: dict[int, float] = defaultdict(float)
    for a_id, b_id, kind, value, _, _ in found:
        if kind == "/":
            strongest[a_id] = max(strongest[a_id], value)
            strongest[b_id] = max(strongest[b_id], value)
    romantic = {(a_id, b_id) for a_id, b_id, kind, value, _, _ in found
                if kind == "/" and value >= SECONDARY_SHARE * max(strongest[a_id], strongest[b_id])}
    for a_id, b_id, kind, value, needed, spans in found:
        if (kind == "/") != ((a_id, b_id) in romantic):
            continue  # a romance too weak beside the main one, or the friendship of a romantic pair
        a, b = cast.clusters[a_id], cast.clusters[b_id]
        score = round(1.0 - 0.5 ** (value / needed), 4)  # 0.5 at the threshold, 0.75 at twice it …
        out.append(Relationship(tag=ao3_tag(a, b, kind, fandoms), kind="romantic" if kind == "/" else "platonic",
                                score=score, evidence=_evidence(doc.text, spans)))
    out.sort(key=lambda r: (r.kind != "romantic", -r.score))
    return out


def run(analysis: Analysis) -> None:
    """Fill ``report.relationships``."""
    analysis.report.relationships = find_relationships(analysis.doc, analysis.cast)
