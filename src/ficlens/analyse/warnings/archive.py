"""AO3's four archive warnings and the rating, derived from the content warnings as TAXONOMY.md says."""

from __future__ import annotations

import re

from ficlens.analyse.warnings.aggregate import Finding
from ficlens.nlp.document import Document
from ficlens.report import ArchiveWarning, Character, Rating, Span, Warning

GRAPHIC_VIOLENCE_LABELS = ("violence", "blood", "dissection", "war", "death", "dying")
HEAVY_LABELS = ("sexual-assault", "child-abuse", "incest", "abuse", "self-harm", "suicide")
T_LABELS = ("violence", "death", "dying", "blood", "self-harm", "suicide", "abuse", "war", "mental-illness",
            "kidnapping", "abduction", "homophobia", "racism", "misogyny", "sexism", "transphobia", "ableism")
STRONG_LANGUAGE = re.compile(r"\b(?:fuck\w*|motherfuck\w*|shit\w*|cunt\w*|bitch\w*|asshole\w*|bastard\w*)\b", re.I)
STRONG_LANGUAGE_MIN = 3
PROMINENT = 3


def _by_label(warnings: list[Warning]) -> dict[str, Warning]:
    return {w.label: w for w in warnings}


def archive_warnings(doc: Document, warnings: list[Warning], findings: dict[str, list[Finding]],
                     characters: list[Character]) -> list[ArchiveWarning]:
    found = _by_label(warnings)
    out: list[ArchiveWarning] = []
    graphic = [w for label in GRAPHIC_VIOLENCE_LABELS if (w := found.get(label)) and w.severity == "graphic"]
    if graphic:
        best = max(graphic, key=lambda w: w.score)
        out.append(ArchiveWarning(label="Graphic Depictions Of Violence", score=best.score, evidence=best.evidence))
    death = major_character_death(doc, findings.get("death", []) + findings.get("dying", []), characters)
    if death is not None:
        out.append(death)
    assault = found.get("sexual-assault")
    if assault is not None and assault.severity != "mentioned":
        out.append(ArchiveWarning(label="Rape/Non-Con", score=assault.score, evidence=assault.evidence))
    underage = [f for f in findings.get("underage", []) if f.decision.severity != "mentioned"]
    porn = found.get("pornographic-content")
    if underage and porn is not None:
        top = max(underage, key=lambda f: f.decision.score)
        span = Span.of(doc.text, top.evidence.start, top.evidence.end, top.decision.score)
        out.append(ArchiveWarning(label="Underage Sex", score=min(top.decision.score, porn.score), evidence=[span]))
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
    return ArchiveWarning(label="Major Character Death", score=best.decision.score, evidence=[span])


def rating(doc: Document, warnings: list[Warning]) -> Rating:
    """E for explicit sex; M for graphic content, on-page sexual content or heavy themes depicted; T for violence,
    death, self-harm/suicide themes or strong language; otherwise G."""
    found = _by_label(warnings)
    porn = found.get("pornographic-content")
    if porn is not None:
        return Rating(label="E", score=porn.score, evidence=porn.evidence[:2])
    m_reasons = [w for w in warnings if w.severity == "graphic"]
    m_reasons += [w for w in warnings if w.label in HEAVY_LABELS and w.severity != "mentioned" and w.score >= 0.6]
    if (under := found.get("underage")) is not None:
        m_reasons.append(under)
    if m_reasons:
        best = max(m_reasons, key=lambda w: w.score)
        return Rating(label="M", score=best.score, evidence=best.evidence[:2])
    t_reasons = [w for w in warnings if w.label in T_LABELS]
    if t_reasons:
        best = max(t_reasons, key=lambda w: w.score)
        return Rating(label="T", score=best.score, evidence=best.evidence[:2])
    swears = list(STRONG_LANGUAGE.finditer(doc.text))
    if len(swears) >= STRONG_LANGUAGE_MIN:
        spans = [Span.of(doc.text, m.start(), m.end(), 0.6) for m in swears[:2]]
        return Rating(label="T", score=0.6, evidence=spans)
    return Rating(label="G", score=0.6 if not warnings else 0.5)
