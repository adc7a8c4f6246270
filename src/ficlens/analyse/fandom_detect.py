"""Which fandom(s) a text belongs to, from the character names it uses and its vocabulary (the fandom KB)."""

from __future__ import annotations

import math
from collections import Counter, defaultdict

from ficlens.knowledge import load_kb

KIND_WEIGHT = {"full": 1.0, "alt": 0.8, "first": 0.6, "last": 0.4}
VOCAB_WEIGHT = 0.25
SCALE = 3.0
MIN_SCORE = 0.5
MAX_FANDOMS = 3
SECONDARY_MIN_SCORE = 0.85  # a crossover fandom: a high score and a character named in full


def score_fandoms(name_counts: dict[str, int], word_counts: Counter[str]) -> list[tuple[str, float]]:
    """Fandoms with a score in [0, 1), best first; only those above ``MIN_SCORE``.

    Each name form votes for the fandoms whose characters it may name, by log(1 + uses) times the share of that
    alias's works that fall in the fandom; each KB character counts once. Words of the fandom's vocabulary add a
    little. At least two characters named by two different forms, or one full name, must match. Fandoms are
    taken greedily: the forms the best fandom explains are removed before the next one is scored; a crossover
    fandom needs names of its own, one of them in full, and a higher score.
    """
    remaining = dict(name_counts)
    out: list[tuple[str, float]] = []
    while remaining and len(out) < MAX_FANDOMS:
        scores, explained, full = _score(remaining, word_counts if not out else Counter())
        for fandom, _ in out:
            scores.pop(fandom, None)
        if not scores:
            break
        best, score = max(scores.items(), key=lambda x: x[1])
        if score < MIN_SCORE or (out and (score < SECONDARY_MIN_SCORE or not full[best])):
            break
        out.append((best, round(score, 4)))
        for form in explained[best]:
            remaining.pop(form, None)
    return out


def _score(name_counts: dict[str, int], word_counts: Counter[str]
           ) -> tuple[dict[str, float], dict[str, set[str]], dict[str, bool]]:
    kb = load_kb()
    per_char: dict[str, dict[str, float]] = defaultdict(dict)
    full_match: dict[str, bool] = defaultdict(bool)
    forms_matched: dict[str, set[str]] = defaultdict(set)
    for form, count in name_counts.items():
        hits = kb.lookup(form)
        if not hits:
            continue
        total = sum(h.character.works for h in hits)
        for h in hits:
            weight = KIND_WEIGHT[h.kind] * math.log1p(count) * h.character.works / total
            chars = per_char[h.character.fandom]
            key = h.character.name.split(" | ")[0]
            chars[key] = max(chars.get(key, 0.0), weight)
            forms_matched[h.character.fandom].add(form)
            if h.kind == "full" and " " in form:
                full_match[h.character.fandom] = True
    scores: dict[str, float] = {}
    for fandom, chars in per_char.items():
        if (len(chars) < 2 or len({f.lower() for f in forms_matched[fandom]}) < 2) and not full_match[fandom]:
            continue
        s = sum(chars.values())
        entry = kb.fandoms[fandom]
        for word in entry.vocab:
            n = word_counts.get(word, 0)
            if n:
                s += VOCAB_WEIGHT * math.log1p(n) / len(kb.fandoms_with_word(word))
        scores[fandom] = 1.0 - math.exp(-s / SCALE)
    return scores, forms_matched, full_match
