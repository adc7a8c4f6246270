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
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ficlens.analyse.speakers import FALLBACK_CHARS, NARRATOR, Attributor, Found

ARTIFACT = Path(__file__).resolve().parents[1] / "models" / "speaker-ranker.json"
RERANKED_RULES = frozenset({"none", "focus", "turn-taking", "paragraph", "actor", "anaphoric"})
GUESS_RULES = ("focus", "turn-taking", "paragraph", "actor", "anaphoric")
FEATURES = (
    *(f"pick_{r}" for r in GUESS_RULES),
    "prev1", "prev2", "prev1_tagged", "prev2_tagged", "next1_tagged", "next2_tagged",
    "addressed_here", "addressed_prev", "recency", "in_paragraph", "first_in_paragraph", "mentions",
    "dominance", "narrator",
)
SURE_RULES = frozenset({"explicit"})


@dataclass(frozen=True, slots=True)
class Ranker:
    weights: tuple[float, ...]
    bias: float

    def score(self, features: list[float]) -> float:
        z = self.bias + sum(w * x for w, x in zip(self.weights, features, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=1)
def load_ranker(path: str | None = None) -> Ranker | None:
    """The shipped ranker, or None when its file is missing (the rules' answers stand)."""
    p = Path(path) if path else ARTIFACT
    if not p.exists():
        return None
    data = json.loads(p.read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES:
        return None  # a ranker for another feature set: ignore it rather than misread it
    return Ranker(tuple(float(w) for w in data["weights"]), float(data["bias"]))


def write_ranker(path: Path, weights: list[float], bias: float, note: str) -> None:
    payload = {"features": list(FEATURES), "weights": [round(w, 5) for w in weights], "bias": round(bias, 5),
               "note": note}
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

    def candidates(self, qi: int) -> dict[int, list[float]]:
        at, q = self.at, self.at.quotes[qi]
        pick, _, rule = self.found[qi]
        window = at.narrative(max(0, q.start - FALLBACK_CHARS), q.start)
        para, last = at.paragraphs[q.para], at.paragraphs[q.last_para]
        in_para = [m.cluster for m in at.narrative(para.start, last.end)]
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
        out: dict[int, list[float]] = {}
        for c in pool:
            f = [float(c == pick and rule == r) for r in GUESS_RULES]
            f += [float(neighbours[-1][0] == c), float(neighbours[-2][0] == c)]
            f += [float(neighbours[s][0] == c and neighbours[s][1]) for s in (-1, -2, 1, 2)]
            seen = last_seen.get(c)
            f += [float(c in addressed_here), float(c in addressed_prev),
                  1.0 / (1.0 + (q.start - seen) / 200.0) if seen is not None else 0.0,
                  float(c in in_para), float(bool(in_para) and in_para[0] == c), math.log1p(counts[c]),
                  self.dominance.get(c, 0.0), float(c == NARRATOR)]
            out[c] = f
        return out


def rerank_quotes(at: Attributor, found: Found, ranker: Ranker) -> None:
    """Replace the guessed speakers (not those a tag names) by the ranker's best candidate."""
    feats = QuoteFeatures(at, list(found))  # features read the rules' answers, not the ranker's
    for qi, (_, _, rule) in enumerate(found):
        if rule not in RERANKED_RULES:
            continue
        scored = {c: ranker.score(f) for c, f in feats.candidates(qi).items()}
        if not scored:
            continue
        best = max(scored, key=lambda c: (scored[c], -c))
        found[qi] = (best, round(min(scored[best], 0.8), 4), "ranker")
