"""AO3's four archive warnings and the rating, derived from the content warnings as docs/taxonomy.md says."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import islice

from ficlens.analyse.warnings.aggregate import Finding
from ficlens.analyse.warnings.archive_model import ARCHIVE_MODEL, LEARNED, archive_features
from ficlens.analyse.warnings.labels import BY_NAME, TABLE
from ficlens.analyse.warnings.labels.schema import (
    GRAPHIC_VIOLENCE,
    MAJOR_CHARACTER_DEATH,
    RAPE_NON_CON,
    UNDERAGE_SEX,
)
from ficlens.analyse.warnings.rating_model import RATING_MODEL, RATINGS, rating_features
from ficlens.nlp.document import Document
from ficlens.report import ArchiveWarning, Character, Rating, RatingLabel, Span, Warning


def _raising(archive_warning: str) -> tuple[str, ...]:
    """The labels whose findings can raise ``archive_warning`` (label table order)."""
    return tuple(row.name for row in TABLE if archive_warning in row.archive_warnings)


DEATH_LABELS = _raising(MAJOR_CHARACTER_DEATH)
# Violence itself before deaths: on a tie of scores, a passage of violence is the evidence.
GRAPHIC_VIOLENCE_LABELS = tuple(sorted(_raising(GRAPHIC_VIOLENCE), key=lambda name: name in DEATH_LABELS))
ASSAULT_LABELS = _raising(RAPE_NON_CON)
UNDERAGE_LABELS = _raising(UNDERAGE_SEX)
STRONG_LANGUAGE = re.compile(r"\b(?:fuck\w*|motherfuck\w*|shit\w*|cunt\w*|bitch\w*|asshole\w*|bastard\w*)\b", re.I)
STRONG_LANGUAGE_MIN = 3
SWEAR_STEMS = ("fuck", "motherfuck", "shit", "cunt", "bitch", "asshole", "bastard")  # STRONG_LANGUAGE's words
PROMINENT = 3
Reason = tuple[RatingLabel, list[Span], float]  # a rating above G, its deciding evidence and score


def _by_label(warnings: list[Warning]) -> dict[str, Warning]:
    return {w.label: w for w in warnings}


def _strongest(warnings: list[Warning]) -> Warning | None:
    """The first of the highest-scored ``warnings``; None when there are none."""
    return max(warnings, key=lambda w: w.score) if warnings else None


def _explicit_sex(warnings: list[Warning]) -> Warning | None:
    """The strongest warning of a label that rates a work E (explicit sex)."""
    return _strongest([w for w in warnings if BY_NAME[w.label].rating == "E"])


def archive_warnings(doc: Document, warnings: list[Warning], findings: dict[str, list[Finding]],
                     characters: list[Character]) -> list[ArchiveWarning]:
    """AO3's archive warnings: the hand rules' (:func:`rule_archive_warnings`); where a learned archive model is
    active (archive_model.py), each hand-rule warning the model learned is kept only where the model's probability
    reaches its threshold. The model never adds one: a warning needs the hand rule's passage (and, for Major
    Character Death, its prominent character) to show."""
    rule = rule_archive_warnings(doc, warnings, findings, characters)
    model = ARCHIVE_MODEL.active()
    if model is None:
        return rule
    labels = {a.label for a in rule}
    words = rough_words(doc.text)
    return [a for a in rule if a.label not in LEARNED
            or model.decide(a.label, archive_features(a.label, warnings, labels, words))[0]]


def rule_archive_warnings(doc: Document, warnings: list[Warning], findings: dict[str, list[Finding]],
                          characters: list[Character]) -> list[ArchiveWarning]:
    """The hand rules' archive warnings, each from the labels the label table maps to it (docs/taxonomy.md's rules):
    a graphic warning of violence, gore or death; a depicted death naming a prominent character; a sexual assault
    more than mentioned; underage findings more than mentioned in a work with explicit sex."""
    found = _by_label(warnings)
    out: list[ArchiveWarning] = []
    graphic = [w for label in GRAPHIC_VIOLENCE_LABELS if (w := found.get(label)) and w.severity == "graphic"]
    if (best := _strongest(graphic)) is not None:
        out.append(ArchiveWarning(label=GRAPHIC_VIOLENCE, score=best.score, evidence=best.evidence))
    death = major_character_death(doc, [f for label in DEATH_LABELS for f in findings.get(label, [])], characters)
    if death is not None:
        out.append(death)
    assaults = [w for label in ASSAULT_LABELS if (w := found.get(label)) and w.severity != "mentioned"]
    if (assault := _strongest(assaults)) is not None:
        out.append(ArchiveWarning(label=RAPE_NON_CON, score=assault.score, evidence=assault.evidence))
    underage = [f for label in UNDERAGE_LABELS for f in findings.get(label, []) if f.decision.severity != "mentioned"]
    porn = _explicit_sex(warnings)
    if underage and porn is not None:
        top = max(underage, key=lambda f: f.decision.score)
        span = Span.of(doc.text, top.evidence.start, top.evidence.end, top.decision.score)
        out.append(ArchiveWarning(label=UNDERAGE_SEX, score=min(top.decision.score, porn.score), evidence=[span]))
    return out


def major_character_death(doc: Document, findings: list[Finding], characters: list[Character]) -> ArchiveWarning | None:
    """A depicted death passage that names one of the most prominent characters. Without a characters list (the
    characters analyser found none) the prominence test cannot be made, so no Major Character Death is claimed.
    The names' pattern is compiled only when some death is more than mentioned: most works have none, and a pattern
    of names differs per work (so Python's regex cache does not help: ~350 compiles per 1,000 short works)."""
    depicted = [f for f in findings if f.decision.severity != "mentioned"]
    names = [n for c in characters[:PROMINENT] for n in [c.name, *c.aliases] if len(n) > 2]
    if not names or not depicted:
        return None
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")
    hits = [f for f in depicted if pattern.search(doc.span_text(f.evidence))]
    if not hits:
        return None
    best = max(hits, key=lambda f: f.decision.score)
    span = Span.of(doc.text, best.evidence.start, best.evidence.end, best.decision.score)
    return ArchiveWarning(label=MAJOR_CHARACTER_DEATH, score=best.decision.score, evidence=[span])


def rule_rating(doc: Document, warnings: list[Warning]) -> Rating:
    """The hand rule: E for explicit sex; M for graphic content, on-page sexual content or heavy themes depicted; T
    for violence, death, self-harm/suicide themes, a heavy theme on the page at a lower score, or strong language;
    otherwise G. Which label raises what is the label table's ``rating`` (at any severity) and
    ``rating_if_depicted`` (on the page: M at score 0.6 or more, T below)."""
    return _rule(_reasons(doc.text, warnings), warnings)


def _rule(reasons: Iterable[Reason], warnings: list[Warning]) -> Rating:
    """The hand rule's rating from its ``reasons`` (:func:`_reasons`): the first, read no further."""
    for label, evidence, score in reasons:
        return Rating(label=label, score=score, evidence=evidence)
    return Rating(label="G", score=0.6 if not warnings else 0.5)


def _reasons(text: str, warnings: list[Warning], swears: int | None = None) -> Iterator[Reason]:
    """Each rating above G that the hand rule finds a reason for (highest first), with the deciding warning's
    evidence (or the first strong-language words, ``swears`` of them in ``text``: counted here when not given and
    needed) and score; lazily, so the hand rule alone stops at its first (E before the M and T reasons are read, and
    the text is scanned for swearing only where nothing above it rates the work)."""
    if (porn := _explicit_sex(warnings)) is not None:
        yield "E", porn.evidence[:2], porn.score
    m_reasons = [w for w in warnings if w.severity == "graphic"]
    m_reasons += [w for w in warnings
                  if BY_NAME[w.label].rating_if_depicted == "M" and w.severity != "mentioned" and w.score >= 0.6]
    m_reasons += [w for w in warnings if BY_NAME[w.label].rating == "M"]
    if (best := _strongest(m_reasons)) is not None:
        yield "M", best.evidence[:2], best.score
    # A heavy theme on the page below M's score (a rape or a child's abuse told in one weak passage) is still T.
    t_reasons = [w for w in warnings if BY_NAME[w.label].rating == "T"
                 or (BY_NAME[w.label].rating_if_depicted is not None and w.severity != "mentioned")]
    if (best := _strongest(t_reasons)) is not None:
        yield "T", best.evidence[:2], best.score
    elif (strong_language_count(text) if swears is None else swears) >= STRONG_LANGUAGE_MIN:
        yield "T", [Span.of(text, m.start(), m.end(), 0.6) for m in islice(STRONG_LANGUAGE.finditer(text), 2)], 0.6


def rating(doc: Document, warnings: list[Warning]) -> Rating:
    """The rating: the calibrated model's (rating_model.py) where one is active, else the hand rule's
    (:func:`rule_rating`). Its evidence is the deciding warning's: that of the hand rule's reason for the chosen
    rating, else of its nearest reason above it, else below it (none for G)."""
    model = RATING_MODEL.active()
    if model is None:
        return rule_rating(doc, warnings)
    swears = strong_language_count(doc.text)
    reasons = list(_reasons(doc.text, warnings, swears))
    rule = _rule(reasons, warnings)
    label, score = model.decide(rating_features(rule.label, warnings, rough_words(doc.text), swears))
    if label == rule.label:
        return rule
    if label == "G":
        return Rating(label="G", score=round(score, 4))
    rank = RATINGS.index(label)
    nearest = sorted(reasons, key=lambda r: (RATINGS.index(r[0]) < rank, abs(RATINGS.index(r[0]) - rank)))
    return Rating(label=label, score=round(score, 4), evidence=nearest[0][1] if nearest else [])


def work_rating_features(text: str, warnings: list[Warning]) -> list[float]:
    """The calibrated model's features (rating_model.FEATURES) of a work's ``text`` and ``warnings``."""
    swears = strong_language_count(text)
    rule = _rule(_reasons(text, warnings, swears), warnings).label
    return rating_features(rule, warnings, rough_words(text), swears)


def strong_language_count(text: str) -> int:
    """How many words of ``text`` STRONG_LANGUAGE matches (a stem of SWEAR_STEMS where a word starts), found with
    ``str.find`` on the lower-cased text: a few ms per 100k words, where the regex takes ~60 ms (which would cost
    ``analyze --fast`` ~10%)."""
    lower = text.lower()
    count = 0
    for stem in SWEAR_STEMS:
        at = lower.find(stem)
        while at >= 0:
            count += at == 0 or not (lower[at - 1].isalnum() or lower[at - 1] == "_")
            at = lower.find(stem, at + len(stem))
    return count


def rough_words(text: str) -> int:
    """The words of ``text`` counted as its spaces and line breaks (what the rating model's rates divide by; ~1 ms
    per 100k words, where ``len(text.split())`` takes ~20)."""
    return text.count(" ") + text.count("\n") + 1
