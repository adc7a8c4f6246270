"""Whom each quotation is spoken to: a small learned scorer over the people near a quote.

For every quotation the candidates are the speakers the pipeline gave its neighbours (``NEIGHBOURS`` quotes either
side), the characters it calls (vocatives and the tag's addressee, ``Attributor.addressed``) and the characters
of the narration before it (last mentioned first, ``RECENT_PEOPLE`` of them), and the first-person narrator where
"I said" tags quotes. Each candidate gets the ``FEATURES`` vector below and a logistic scorer gives the
probability that the quote is spoken to it. The scorer is fitted by scripts/train_speakers.py on the PDNC
training novels' addressee column and shipped inside the speaker ranker's weights (``Ranker.addressee``); the
ranker reads the probabilities as features (a quote's speaker is not its addressee, and in an exchange the one
spoken to answers: ``ranker.ADDRESSEE_FEATURES``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ficlens.analyse.dialogue import QuoteSpan
from ficlens.analyse.speakers.rules import NARRATOR, Attributor, Found

NEIGHBOURS = 2  # quotes either side whose speakers are candidates
RECENT_PEOPLE = 4  # the characters last mentioned in the narration before a quote that are candidates
WINDOW = 1500  # characters of narration before a quote read for its candidates
NEAR_PARAGRAPHS = 1  # a neighbour quote this many paragraphs away or fewer belongs to the same exchange
FEATURES = (
    "vocative", "tag_addressee", "speaker_here", "prev_speaker", "prev_same_paragraph", "prev2_speaker",
    "next_speaker", "next_same_paragraph", "called_before", "named_inside", "you_prev_speaker", "in_paragraph",
    "object_mention", "recency_first", "recency_second", "mentioned_before", "prominence", "narrator",
    "other_party",
)
_YOU = re.compile(r"\b(?:you|your|yours|yourself|thee|thou|thy)\b")  # on the lower-cased quote
# a word right before a mention that makes it the one acted on ("turned to Emma", "looked at him")
_OBJECT_WORDS = frozenset({"to", "at", "toward", "towards", "upon", "on", "with", "addressed", "asked", "told",
                           "answered", "thanked", "begged", "assured", "interrupted", "reminded", "urged"})
_LOOK_BACK = 20  # characters before a mention read for the word that governs it


def acted_on(text: str, start: int) -> bool:
    """Whether the word before the mention starting at ``start`` makes it the one acted on ("turned to Emma",
    "asked him")."""
    words = text[max(0, start - _LOOK_BACK):start].split()
    return bool(words) and words[-1].strip(",;:—–-\"'“”‘’()").lower() in _OBJECT_WORDS


def same_exchange(quotes: Sequence[QuoteSpan], qi: int, other: int, gap: int = NEAR_PARAGRAPHS) -> bool:
    """Whether quote ``other`` is in quote ``qi``'s exchange: each quote from one to the other at most ``gap``
    paragraphs after the one before it."""
    if not 0 <= other < len(quotes):
        return False
    a, b = sorted((qi, other))
    return all(quotes[k + 1].para - quotes[k].last_para <= gap for k in range(a, b))


@dataclass(frozen=True)
class AddresseeModel:
    """A logistic scorer over ``FEATURES``: the probability that a quote is spoken to a candidate."""

    weights: tuple[float, ...]
    bias: float

    def score(self, row: Sequence[float]) -> float:
        z = self.bias + sum(w * x for w, x in zip(self.weights, row, strict=True) if x)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> dict[str, object]:
        return {"features": list(FEATURES), "weights": [round(w, 6) for w in self.weights],
                "bias": round(self.bias, 6)}


class AddresseeReader:
    """The addressee candidates of each quote of a text and their feature vectors, the other quotes' speakers
    read from ``found`` (the pipeline's)."""

    def __init__(self, at: Attributor, found: Found) -> None:
        self.at = at
        self.found = found
        self.first_person = sum(1 for c, _, r in found if c == NARRATOR and r == "explicit") >= 2
        self.top = max((c.prominence for c in at.cast.clusters), default=1.0) or 1.0
        self._recency: dict[int, list[int]] = {}

    def near(self, qi: int, other: int) -> bool:
        return same_exchange(self.at.quotes, qi, other)

    def speaker(self, qi: int, other: int) -> int | None:
        return self.found[other][0] if self.near(qi, other) else None

    def recency(self, qi: int) -> list[int]:
        """The characters of the narration before quote ``qi`` (within WINDOW), last mentioned first."""
        if qi not in self._recency:
            q = self.at.quotes[qi]
            out: list[int] = []
            for m in reversed(self.at.narrative(max(0, q.start - WINDOW), q.start)):
                if m.cluster not in out:
                    out.append(m.cluster)
            self._recency[qi] = out
        return self._recency[qi]

    def candidates(self, qi: int) -> list[int]:
        picks: list[int | None] = [self.speaker(qi, qi + d) for d in range(-NEIGHBOURS, NEIGHBOURS + 1) if d]
        picks += sorted(self.at.addressed(qi))
        picks += self.recency(qi)[:RECENT_PEOPLE]
        if self.first_person:
            picks.append(NARRATOR)
        out: list[int] = []
        for c in picks:
            if c is not None and c not in out:
                out.append(c)
        return out

    def features(self, qi: int, cands: Sequence[int]) -> list[list[float]]:
        """One ``FEATURES`` vector per candidate of quote ``qi``."""
        at, q = self.at, self.at.quotes[qi]
        called = at.addressed(qi)
        tagged = at.tag_addressees(qi) if called else set()  # the tag's addressees are among those addressed
        called = called - tagged
        here = self.found[qi][0]
        prev, prev2, nxt = (self.speaker(qi, qi + d) for d in (-1, -2, 1))
        prev_same = qi > 0 and at.quotes[qi - 1].last_para == q.para
        next_same = qi + 1 < len(at.quotes) and at.quotes[qi + 1].para == q.last_para
        called_before = at.addressed(qi - 1) if qi > 0 and self.near(qi, qi - 1) else set()
        inside = {m.cluster for m in at.cast.mentions_in(q.start, q.end) if m.kind == "name"} - called - tagged
        you = _YOU.search(at.text[q.start:q.end].lower()) is not None
        p = at.paragraphs[q.para]
        paragraph = at.narrative(p.start, at.paragraphs[q.last_para].end)
        in_paragraph = {m.cluster for m in paragraph}
        objects = {m.cluster for m in paragraph if self.acted_on(m.start)}
        recency = self.recency(qi)
        parties = {c for c in (prev, prev2) if c is not None}
        out: list[list[float]] = []
        for c in cands:
            cluster = None if c == NARRATOR else at.cast.clusters[c]
            row = {
                "vocative": c in called, "tag_addressee": c in tagged, "speaker_here": c == here,
                "prev_speaker": c == prev and not prev_same, "prev_same_paragraph": c == prev and prev_same,
                "prev2_speaker": c == prev2 and c != prev, "next_speaker": c == nxt and not next_same,
                "next_same_paragraph": c == nxt and next_same, "called_before": c in called_before,
                "named_inside": c in inside, "you_prev_speaker": you and c == prev and not prev_same,
                "in_paragraph": c in in_paragraph, "object_mention": c in objects,
                "recency_first": bool(recency) and recency[0] == c,
                "recency_second": len(recency) > 1 and recency[1] == c,
                "mentioned_before": c in recency,
                "prominence": cluster.prominence / self.top if cluster else 0.0,
                "narrator": c == NARRATOR,
                "other_party": c != here and c in parties and len(parties - {here}) == 1,
            }
            out.append([float(row[name]) for name in FEATURES])
        return out

    def acted_on(self, start: int) -> bool:
        """Whether the word before a mention makes it the one acted on ("turned to Emma", "asked him")."""
        return acted_on(self.at.text, start)

    def table(self) -> dict[int, tuple[list[int], list[list[float]]]]:
        """Every quote's candidates and their feature vectors (quotes with a candidate)."""
        out: dict[int, tuple[list[int], list[list[float]]]] = {}
        for qi in range(len(self.at.quotes)):
            cands = self.candidates(qi)
            if cands:
                out[qi] = (cands, self.features(qi, cands))
        return out


Probabilities = dict[int, dict[int, float]]  # quote -> candidate -> probability it is spoken to


def addressee_probabilities(at: Attributor, found: Found, model: AddresseeModel) -> Probabilities:
    """For every quote, the probability ``model`` gives each of its candidates of being spoken to."""
    table = AddresseeReader(at, found).table()
    return {qi: {c: model.score(row) for c, row in zip(cands, rows, strict=True)}
            for qi, (cands, rows) in table.items()}
