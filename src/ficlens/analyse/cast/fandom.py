"""Which fandom(s) a text belongs to, from the character names it uses and its vocabulary (the fandom KB).

The decision is a log-likelihood ratio per fandom: "a work of this fandom" against "any other work" (original
fiction or another fandom). A name form the text uses (at least ``MIN_USES`` times, or once as a full name) that
may name a character of the fandom contributes ``log(p / b)``:

- ``p``: how often works of the fandom feature that character (its works / the fandom's works, shrunk towards 0
  for small fandoms by ``PRIOR_WORKS`` pseudo-works), so a fandom's main characters count and its minor ones
  barely do;
- ``b``: how likely the same form is in a work outside the fandom: the share of all KB works whose characters of
  *other* fandoms the form may name (the works-weighted IDF of the form across fandoms), floored by a
  background rate per shape of form (``BACKGROUND_*``): a lone first or one-word name ("Jo", "Meg", "Amelia",
  "Castiel") is something any story may use; a surname less so; a name of two or more words rarely.

Each KB character counts once (its best form), each form supports one character per fandom. A fandom needs
``MIN_CHARACTERS`` characters with positive evidence; its distinctive vocabulary (KB freeform words that are not
name parts, in at most a few fandoms) adds up to ``VOCAB_CAP``. The score reported is ``sigmoid(LLR - THRESHOLD)``:
0.5 is the detection boundary. Crossover fandoms are taken greedily (forms explained by a fandom already taken are
removed) and need a full name of their own and a margin of ``SECONDARY_MARGIN``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from ficlens.knowledge import load_kb
from ficlens.knowledge.fandom_kb import AliasHit, FandomKB, alias_key

BACKGROUND_FULL = 3e-4  # a form of two or more words: "Sherlock Holmes"
BACKGROUND_SURNAME = 3e-3  # a one-word form that is a KB character's surname: "Stilinski"
BACKGROUND_SINGLE = 1e-2  # any other one-word form (first name, one-word name, alias): "Jo", "Castiel"
PRIOR_WORKS = 20
MIN_USES = 2
MIN_CHARACTERS = 2
VOCAB_WEIGHT = 0.25
VOCAB_CAP = 1.0
VOCAB_MAX_FANDOMS = 3
THRESHOLD = 5.0  # nats; chosen on LitBank half A, the founding examples and the synthetic passages (see docs)
SECONDARY_MARGIN = 3.0
MAX_FANDOMS = 3


@dataclass(slots=True)
class FandomEvidence:
    """Why a fandom scored what it did: per KB character the best log-ratio and the form that gave it."""

    fandom: str
    characters: dict[str, tuple[float, str]] = field(default_factory=dict)
    vocab: float = 0.0
    full_name: bool = False

    @property
    def positive(self) -> int:
        return sum(1 for llr, _ in self.characters.values() if llr > 0)

    @property
    def llr(self) -> float:
        return sum(llr for llr, _ in self.characters.values()) + self.vocab

    @property
    def forms(self) -> set[str]:
        return {form for _, form in self.characters.values()}


# The text's lower-cased word counts, or a function that counts them when first asked (see score_fandoms).
WordCounts = Mapping[str, int] | Callable[[], Mapping[str, int]]


def _counted(word_counts: WordCounts) -> Mapping[str, int]:
    return word_counts() if callable(word_counts) else word_counts


def score_fandoms(name_counts: dict[str, int], word_counts: WordCounts) -> list[tuple[str, float]]:
    """Fandoms detected, best first, each with a score in (0, 1) that is >= 0.5 (see the module doc). The word
    counts may be given as a function, called only when some fandom has enough characters for its vocabulary to
    count: most works never need them (counting them was ~2% of --fast's time on 1,000 short works)."""
    return [(e.fandom, round(_sigmoid(e.llr - THRESHOLD), 4)) for e in detect(name_counts, word_counts)]


def detect(name_counts: dict[str, int], word_counts: WordCounts) -> list[FandomEvidence]:
    """The evidence of each detected fandom, best first."""
    remaining = dict(name_counts)
    out: list[FandomEvidence] = []
    while remaining and len(out) < MAX_FANDOMS:
        taken = {e.fandom for e in out}
        candidates = [e for e in evidence(remaining, word_counts if not out else {}).values()
                      if e.fandom not in taken and e.positive >= MIN_CHARACTERS]
        if not candidates:
            break
        best = max(candidates, key=lambda e: e.llr)
        need = THRESHOLD + (SECONDARY_MARGIN if out else 0.0)
        if best.llr < need or (out and not best.full_name):
            break
        out.append(best)
        for form in best.forms:
            remaining.pop(form, None)
    return out


def evidence(name_counts: dict[str, int], word_counts: WordCounts) -> dict[str, FandomEvidence]:
    """Per fandom that some form may name a character of: the log-ratio evidence of the text's forms."""
    kb = load_kb()
    out: dict[str, FandomEvidence] = {}
    for form, count in name_counts.items():
        full = " " in form.strip()
        if count < MIN_USES and not full:
            continue
        hits = kb.lookup(form)
        if not hits:
            continue
        for fandom, hit in _best_hit_per_fandom(hits).items():
            llr = math.log(_presence(kb, hit) / _background(kb, form, hit))
            e = out.setdefault(fandom, FandomEvidence(fandom))
            key = hit.character.name
            if key not in e.characters or llr > e.characters[key][0]:
                e.characters[key] = (llr, form)
            if hit.kind == "full" and full:
                e.full_name = True
    for e in out.values():
        if e.positive >= MIN_CHARACTERS:
            e.vocab = _vocab_evidence(kb, e.fandom, _counted(word_counts))
    return out


def _best_hit_per_fandom(hits: list[AliasHit]) -> dict[str, AliasHit]:
    best: dict[str, AliasHit] = {}
    for h in hits:  # lookup() sorts by kind, then works: the first hit per fandom is its best reading
        best.setdefault(h.character.fandom, h)
    return best


def _presence(kb: FandomKB, hit: AliasHit) -> float:
    """Share of the fandom's works that feature the character, shrunk for small fandoms."""
    works = kb.fandoms[hit.character.fandom].works
    return min(hit.character.works, works) / (works + PRIOR_WORKS)


def _background(kb: FandomKB, form: str, hit: AliasHit) -> float:
    """How likely the form is in a work outside the fandom (see the module doc)."""
    floor = BACKGROUND_FULL if " " in form.strip() else BACKGROUND_SURNAME if hit.kind == "last" else BACKGROUND_SINGLE
    return max(floor, _other_fandom_share(kb, alias_key(form), hit.character.fandom))


def _other_fandom_share(kb: FandomKB, key: str, fandom: str) -> float:
    """Share of all KB works in which a character of another fandom goes by the form (an IDF across fandoms)."""
    per_fandom = _form_works(key)
    return (sum(per_fandom.values()) - per_fandom.get(fandom, 0)) / max(kb.total_works, 1)


@lru_cache(maxsize=8192)
def _form_works(key: str) -> dict[str, int]:
    """fandom -> works of its most common character that the form may name."""
    kb = load_kb()
    per_fandom: dict[str, int] = {}
    for h in kb.lookup(key):
        f = h.character.fandom
        per_fandom[f] = max(per_fandom.get(f, 0), min(h.character.works, kb.fandoms[f].works))
    return per_fandom


def _vocab_evidence(kb: FandomKB, fandom: str, word_counts: Mapping[str, int]) -> float:
    entry = kb.fandoms[fandom]
    name_parts = {t.lower() for c in entry.characters for t in c.replace("|", " ").split()}
    s = 0.0
    for word in entry.vocab:
        n = word_counts.get(word, 0)
        shared = len(kb.fandoms_with_word(word))
        if n and word not in name_parts and shared <= VOCAB_MAX_FANDOMS:
            s += VOCAB_WEIGHT * math.log1p(n) / shared
    return min(s, VOCAB_CAP)


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))
