"""A small learned ranker for the speakers no dialogue tag names.

For a quote whose rule-based speaker is a guess (turn-taking, the paragraph's actor, the character in focus, an
unresolved or pronoun tag), every plausible character is scored by a logistic model over a dozen features (the
rules' own pick, the speakers of the neighbouring turns, vocatives, recency and the character's share of the
tagged quotes) and the best one speaks. The weights (src/ficlens/models/speaker-ranker.json, a few hundred bytes)
are fitted by scripts/train_speaker_ranker.py on LitBank half A only; the runtime needs nothing else.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ficlens.analyse.dialogue import SPEECH_VERBS
from ficlens.analyse.speakers import FALLBACK_CHARS, NARRATOR, Attributor, Found

ARTIFACT = Path(__file__).resolve().parents[1] / "models" / "speaker-ranker.json"
RERANKED_RULES = frozenset({"none", "focus", "paragraph", "actor", "anaphoric"})
GUESS_RULES = ("focus", "paragraph", "actor", "anaphoric")
FEATURES = (
    *(f"pick_{r}" for r in GUESS_RULES),
    "prev1", "prev2", "prev1_tagged", "prev2_tagged", "next1_tagged", "next2_tagged",
    "addressed_here", "addressed_prev", "recency", "in_paragraph", "first_in_paragraph", "mentions",
    "dominance", "narrator", "pronoun_gender", "role", "alternates_back", "alternates_ahead",
)
_PRONOUN_TAG = re.compile(r"[\s,;:—-]*(?:(he|she)\s+(?:[a-z]+ly\s+)?([a-z]+)|([a-z]+)\s+(he|she)\b)", re.IGNORECASE)

SURE_RULES = frozenset({"explicit"})


@dataclass(frozen=True, slots=True)
class Ranker:
    used: tuple[int, ...]  # indices into FEATURES of the features the model uses
    weights: tuple[float, ...]
    bias: float

    def score(self, features: list[float]) -> float:
        z = self.bias + sum(w * features[i] for w, i in zip(self.weights, self.used, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=1)
def load_ranker(path: str | None = None) -> Ranker | None:
    """The shipped ranker, or None when its file is missing or names features this code does not compute."""
    p = Path(path) if path else ARTIFACT
    if not p.exists():
        return None
    data = json.loads(p.read_text(encoding="utf-8"))
    names = list(data["features"])
    if not set(names) <= set(FEATURES) or len(names) != len(data["weights"]):
        return None
    return Ranker(tuple(FEATURES.index(n) for n in names), tuple(float(w) for w in data["weights"]),
                  float(data["bias"]))


def write_ranker(path: Path, names: list[str], weights: list[float], bias: float, note: str) -> None:
    payload = {"features": names, "weights": [round(w, 5) for w in weights], "bias": round(bias, 5), "note": note}
    path.write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")


class QuoteFeatures:
    """Candidate speakers of one document's quotes and their feature vectors (shared by runtime and training)."""

    def __init__(self, at: Attributor, found: Found) -> None:
        self.at = at
        self.found = found
        tagged = Counter(c for c, _, rule in found if c is not None and rule in SURE_RULES)
        total = sum(tagged.values())
        self.dominance = {c: n / total for c, n in tagged.items()} if total else {}
        self.first_person = tagged.get(NARRATOR, 0) >= 2

    def _turn(self, para: int) -> tuple[int | None, bool] | None:
        """The speaker of the quotes of paragraph ``para`` (None when it holds none) and whether a tag names it."""
        qis = self.at.by_para.get(para)
        if not qis:
            return None
        c, _, rule = max((self.found[i] for i in qis), key=lambda h: (h[2] in SURE_RULES, h[1]))
        return c, rule in SURE_RULES

    def _neighbours(self, qi: int) -> dict[int, tuple[int | None, bool]]:
        """Speakers of the turns one and two paragraphs before and after, within the same run of dialogue."""
        q = self.at.quotes[qi]
        out: dict[int, tuple[int | None, bool]] = {}
        for direction, origin in ((-1, q.para), (1, q.last_para)):
            for step in (1, 2):
                turn = self._turn(origin + direction * step)
                if turn is None:
                    break
                out[direction * step] = turn
        return out

    def tag_gender(self, qi: int) -> str | None:
        """"he said" / "said she" right after the quote: the speaker's gender."""
        q = self.at.quotes[qi]
        m = _PRONOUN_TAG.match(self.at.text, q.end, min(len(self.at.text), q.end + 40))
        if not m:
            return None
        pronoun, verb = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        if verb.lower() not in SPEECH_VERBS:
            return None
        return "m" if pronoun.lower() == "he" else "f"

    def candidates(self, qi: int) -> dict[int, list[float]]:
        at, q = self.at, self.at.quotes[qi]
        pick, _, rule = self.found[qi]
        window = at.narrative(max(0, q.start - FALLBACK_CHARS), q.start)
        para, last = at.paragraphs[q.para], at.paragraphs[q.last_para]
        in_para = [m.cluster for m in at.narrative(para.start, last.end) if not at.possessive(m)]
        last_seen: dict[int, int] = {}
        counts: Counter[int] = Counter()
        for m in window:
            last_seen[m.cluster] = m.end
            counts[m.cluster] += 1
        near = self._neighbours(qi)
        neighbours = {s: near.get(s, (None, False)) for s in (-2, -1, 1, 2)}
        pool = set(last_seen) | set(in_para) | {c for c, _ in neighbours.values() if c is not None}
        if pick is not None:
            pool.add(pick)
        if self.first_person:
            pool.add(NARRATOR)
        addressed_here = at.addressed(qi)
        addressed_prev = at.addressed_all(at.by_para[q.para - 1]) if -1 in near else set()
        tag_gender = self.tag_gender(qi)
        clusters = at.cast.clusters
        out: dict[int, list[float]] = {}
        for c in pool:
            gender = None if c == NARRATOR else clusters[c].gender
            if tag_gender is None:
                pronoun_gender = 0.0
            elif c == NARRATOR:
                pronoun_gender = -1.0  # "he said" is not "I"
            else:
                pronoun_gender = 1.0 if gender == tag_gender else -1.0 if gender is not None else 0.0
            f = [float(c == pick and rule == r) for r in GUESS_RULES]
            f += [float(neighbours[-1][0] == c), float(neighbours[-2][0] == c)]
            f += [float(neighbours[s][0] == c and neighbours[s][1]) for s in (-1, -2, 1, 2)]
            seen = last_seen.get(c)
            f += [float(c in addressed_here), float(c in addressed_prev),
                  1.0 / (1.0 + (q.start - seen) / 200.0) if seen is not None else 0.0,
                  float(c in in_para), float(bool(in_para) and in_para[0] == c), math.log1p(counts[c]),
                  self.dominance.get(c, 0.0), float(c == NARRATOR)]
            f += [pronoun_gender, float(c != NARRATOR and clusters[c].role),
                  float(neighbours[-2][0] == c and neighbours[-1][0] not in (c, None)),
                  float(neighbours[2][0] == c and neighbours[1][0] not in (c, None))]
            out[c] = f
        return out


def rerank_quotes(at: Attributor, found: Found, ranker: Ranker) -> None:
    """Replace the guessed speakers (not those a tag names) by the ranker's best candidate."""
    feats = QuoteFeatures(at, list(found))  # features read the rules' answers, not the ranker's
    for qi, (_, _, rule) in enumerate(found):
        if rule not in RERANKED_RULES:
            continue
        scored = {c: ranker.score(f) for c, f in feats.candidates(qi).items()}
        called = at.addressed(qi)
        if set(scored) - called:  # a quote never goes to the one it calls by name ("Stiles! Are you alright?")
            scored = {c: p for c, p in scored.items() if c not in called}
        if not scored:
            continue
        best = max(scored, key=lambda c: (scored[c], -c))
        found[qi] = (best, round(min(scored[best], 0.8), 4), "ranker")
