"""Which fandom(s) a text belongs to, from the character names it uses and its vocabulary (the fandom KB).

The decision is a log-likelihood ratio per fandom: "a work of this fandom" against "any other work" (original
fiction or another fandom). A name form the text uses (at least ``MIN_USES`` times, or once as a full name) that
may name a character of the fandom contributes ``log(p / b)``:

- ``p``: how often works of the fandom feature that character (its works / the fandom's works, shrunk towards 0
  for small fandoms by ``PRIOR_WORKS`` pseudo-works), so a fandom's main characters count and its minor ones
  barely do; never below the form's background rate, since works of the fandom use a name at least as often
  as any work does (a minor character's "Katie" is no evidence *against* Harry Potter);
- ``b``: how likely the same form is in a work outside the fandom: the share of all KB works whose characters of
  *other* fandoms the form may name (the works-weighted IDF of the form across fandoms), floored by a
  background rate per shape of form (``BACKGROUND_*``): a lone first or one-word name ("Jo", "Meg", "Amelia",
  "Castiel") is something any story may use; a surname less so; a name of two or more words rarely.

Each KB character counts once (its best form), each form supports one character per fandom; the text's main name,
when it is a rare given name of one fandom's character ("Renko"), is weighed against the chance that a story
gives its lead that name (``BACKGROUND_MAIN``), not that it uses it. The fandom's distinctive vocabulary adds, per
term the text uses, ``log(VOCAB_PRESENCE / background)`` with the background of a coined term ("chakra",
"Gensokyo") or of one made of common English words ("upside down"), shared among the fandoms that list it and
capped at ``VOCAB_CAP`` in all. A fandom qualifies with ``MIN_CHARACTERS`` characters of positive evidence, or one
beside its vocabulary (``VOCAB_SUPPORT``), beside two more characters named whose common given names are no
evidence by themselves ("Dudley", "Vernon"), or as the text's main name; without that vocabulary, only where the
forms that may name its characters carry ``LEAD_SHARE`` of the text's KB name uses (a few passing given names
among a text's others are chance, not its fandom's people). The score reported is
``sigmoid(LLR - THRESHOLD)``: 0.5 is the detection boundary. Crossover fandoms are taken greedily (forms explained
by a fandom already taken are removed) and need a full name of their own and a margin of ``SECONDARY_MARGIN``.

A text longer than REFERENCE_CHARS is weighed as that many texts (:func:`text_scale`): its chance rates scale, a form
or term counts as used only at ``MIN_USES`` per reference length unless it names a lead (``LEAD_SHARE`` of the name
uses), and a fandom whose vocabulary it never uses loses ``log(VOCAB_ABSENT)`` per reference length beyond the
first (at most ``ABSENT_LENGTHS``): a novel's passing "Apollo" or "Lancelot" names no fandom.

When no fandom qualifies by its characters (a work led by original characters, or one whose canon characters the
KB lacks), or the one that does has no vocabulary in the text and less evidence, its vocabulary alone may name one:
``VOCAB_ONLY_TERMS`` distinct coined terms of one fandom ("Hawkbrother", "bondbird", "ekele"), or ``REPEATED_TERMS``
that are no places each used ``MIN_USES`` times ("Pokemon" and "Chespin"), more than any other fandom has, and a
vocabulary log-ratio of at least ``THRESHOLD``. A term's forms are one term (:func:`same_term`: a plural and its
singular, "the X" and "X", a place and its people or adjective, "Kryta" and "Krytan"); a term counts with its
plural ("mesmers"). Its places, which may be real ones, count only beside one coined term that is no place, and
then ``PLACE_TERMS_EXTRA`` more terms are needed unless that term is used ``MIN_USES`` times: a game's world
("tauren" with "Orgrimmar", "Stormwind" and "Azeroth", or "tauren" 3 times in "Stormwind" and "Ironforge") names
it, a novel's real towns do not. Measured, no LitBank excerpt uses more than one coined term of any one fandom, nor
does any of the 23 PDNC novels use two of one fandom twice each, and no fan work more than one of a fandom not its
own.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from ficlens.analyse.cast.given_names import given_name_gender
from ficlens.knowledge import load_kb
from ficlens.knowledge.common_words import is_common_word
from ficlens.knowledge.fandom_kb import AliasHit, FandomEntry, FandomKB, alias_key, fold_marks
from ficlens.nlp.letter_runs import LetterRuns, is_letter, letter_runs_of

BACKGROUND_FULL = 3e-4  # a form of two or more words: "Sherlock Holmes"
BACKGROUND_SURNAME = 3e-3  # a one-word form that is a KB character's surname: "Stilinski"
BACKGROUND_SINGLE = 1e-2  # any other one-word form (first name, one-word name, alias): "Castiel", "Obi-Wan"
BACKGROUND_GIVEN = 5e-2  # a one-word form that is a common English given name: "Emma", "Jack", "Edward"
PRIOR_WORKS = 20
MIN_USES = 2
ONCE_WEIGHT = 0.5  # a one-word form used fewer than MIN_USES times: half its log-ratio (see FandomEvidence.positive)
MIN_CHARACTERS = 2
VOCAB_PRESENCE = 0.2  # share of a fandom's works that use a given term of its vocabulary
VOCAB_BACKGROUND_COINED = 1e-2  # ... and of other works, for a term with a word outside common English ("Gensokyo")
VOCAB_BACKGROUND_COMMON = 1e-1  # ... for a term made of common English words ("upside down", "twice")
VOCAB_CAP = 6.0  # terms of one fandom are not independent evidence: their sum is capped
VOCAB_SUPPORT = 1.0  # vocabulary that lets one named character qualify a fandom
VOCAB_MAX_FANDOMS = 3
BACKGROUND_MAIN = 1e-4  # the text's main name (SOLE_SHARE of its name uses) being a given rare form by chance
SOLE_SHARE = 0.5
SOLE_MIN = 10
THRESHOLD = 5.0  # nats; chosen on LitBank half A, the founding examples and the synthetic passages (see docs)
SECONDARY_MARGIN = 3.0
MAX_FANDOMS = 3
DOMINANT_SHARE = 0.2  # a crossover fandom with one character only: that character's share of the name uses
DOMINANT_MIN = 5  # ... and its uses at least
VOCAB_ONLY_TERMS = 3  # distinct coined terms of one fandom that name it when no fandom's characters do
REPEATED_TERMS = 2  # ... or distinct coined terms that are no places, each used MIN_USES times
PLACE_TERMS_EXTRA = 1  # ... more terms needed where some of them are its places (beside one term that is not)
REFERENCE_CHARS = 50_000  # the length of text the rates above stand for (see text_scale)
VOCAB_ABSENT = 0.25  # chance that a fan work of REFERENCE_CHARS uses no term of its fandom's vocabulary (see llr)
ABSENT_LENGTHS = 2.0  # ... counted over at most this many reference lengths beyond the first
LEAD_SHARE = 0.1  # a character whose forms carry this share of the text's name uses: one of its leads (text_scale)
CANON_SHARE = 2 / 3  # a sub-canon's share of the sub-canon evidence (names and terms) that names it (specific_tag)
CANON_MIN = 3  # ... and its uses at least


@dataclass(slots=True)
class FandomEvidence:
    """Why a fandom scored what it did: per KB character the best log-ratio and the form that gave it."""

    fandom: str
    characters: dict[str, tuple[float, str]] = field(default_factory=dict)
    vocab: float = 0.0
    full_name: bool = False
    named: set[str] = field(default_factory=set)  # characters named by a form used MIN_USES times or in full
    dominant: bool = False  # one of its characters carries DOMINANT_SHARE of the text's name uses, named in full
    main: bool = False  # the text's main name is a rare form of one of its characters (see _main_name)
    scale: float = 1.0  # the text's length in REFERENCE_CHARS (text_scale)
    no_vocabulary: bool = False  # the text was read for the fandom's vocabulary and uses none of it
    share: float = 1.0  # the share of the text's KB name uses whose forms may name its characters (see qualified)

    @property
    def positive(self) -> int:
        """Characters with positive evidence from a form used MIN_USES times or in full (one-use forms add their
        weight to the sum, but a fandom needs MIN_CHARACTERS such characters)."""
        return sum(1 for name, (llr, _) in self.characters.items() if llr > 0 and name in self.named)

    @property
    def companions(self) -> int:
        """Characters named (MIN_USES times or in full) whose evidence is not against the fandom: a common given
        name ("Dudley", 40 times) adds nothing to the sum, but a fandom's second character named is no chance."""
        return sum(1 for name, (llr, _) in self.characters.items() if llr >= 0 and name in self.named)

    @property
    def supported(self) -> int:
        """Characters with positive evidence, named once or more."""
        return sum(1 for llr, _ in self.characters.values() if llr > 0)

    @property
    def qualified(self) -> bool:
        """Enough characters: MIN_CHARACTERS named with positive evidence, or one of them beside the fandom's own
        vocabulary (VOCAB_SUPPORT), beside two more characters named, as the text's main name, or beside a dominant
        lead and another named once; and, without that vocabulary, its characters' forms carry LEAD_SHARE of the
        text's KB name uses: a work is about its fandom's people, so names that pass by among a text's other
        names ("Jane", "Kitty" and "Anne" twice or so beside "Elizabeth" 54 times and "Darcy" 13: no queens of
        Six) are chance."""
        if self.share < LEAD_SHARE and self.vocab < VOCAB_SUPPORT * self.scale:
            return False
        return self.positive >= MIN_CHARACTERS or (self.positive >= 1 and (
            self.companions > MIN_CHARACTERS or self.vocab >= VOCAB_SUPPORT * self.scale or self.main
            or (self.supported >= MIN_CHARACTERS and self.dominant)))

    @property
    def llr(self) -> float:
        """The characters' and the vocabulary's log-ratios; in a text longer than REFERENCE_CHARS that uses none of
        the fandom's vocabulary, less ``log(VOCAB_ABSENT)`` per reference length beyond the first: a fan work
        that long would most likely use some of it (measured: 19 of 78 dev works, ~20k characters each, use none
        of their fandom's terms; a shorter text's rates already hold that chance)."""
        extra = min(self.scale - 1.0, ABSENT_LENGTHS)
        absent = extra * math.log(VOCAB_ABSENT) if self.no_vocabulary and extra > 0.0 else 0.0
        return sum(llr for llr, _ in self.characters.values()) + self.vocab + absent

    @property
    def forms(self) -> set[str]:
        return {form for _, form in self.characters.values()}


_WORD = re.compile(r"[a-z][a-z'\-]+")
_LETTERS = re.compile(r"[a-z]+")
INDEX_FROM = 100_000  # characters: a shorter text is scanned, its index costing more than it saves


class TextWords:
    """A text's lower-cased words (``_WORD``) and its phrases ("death eaters", "s.h.i.e.l.d."), each counted when
    first asked: what a fandom's vocabulary is looked up in. A word counts where the text's words
    (``_WORD.findall``) hold it; a phrase, where it stands between non-letters (occurrences that overlap a counted
    one are not counted). A text of ``index_from`` characters or more is read through an index of its letter runs
    (``LetterRuns``: on a 1M-word work ~4x faster than scanning), a shorter one by scanning; the counts are the
    same."""

    def __init__(self, text: str, index_from: int = INDEX_FROM) -> None:
        self.text = text.lower()
        self._indexed = len(self.text) >= index_from
        self._runs: LetterRuns | None = None
        self._counts: dict[str, int] = {}
        self._words: Counter[str] | None = None  # a short text's words, runs and pairs of runs (see _scanned)
        self._letter_runs: set[str] | None = None
        self._run_pairs: set[tuple[str, str]] = set()

    def get(self, term: str, default: int = 0) -> int:
        n = self._counts.get(term)
        if n is None:
            n = self._counts[term] = self._count(term)
        return n or default

    def _count(self, term: str) -> int:
        if not self._indexed:
            return self._scanned(term)
        raw_term = term.encode("utf-8", "surrogatepass")
        runs = letter_runs_of(raw_term)
        if not runs:
            return _count_by_scan(self.text, term)  # no letter to look up (no word is such a term)
        if self._runs is None:
            self._runs = LetterRuns(self.text.encode("utf-8", "surrogatepass"))
        bounded = _word_bounded if _WORD.fullmatch(term) else _phrase_bounded
        raw, n, counted_to = self._runs.raw, 0, 0
        for start in self._runs.candidates([run for _, run in runs]):
            at = start - runs[0][0]
            end = at + len(raw_term)
            if at >= counted_to and raw.startswith(raw_term, at) and bounded(raw, at, end):
                n, counted_to = n + 1, end
        return n

    def letter_runs(self) -> set[str]:
        """The text's distinct letter runs ("hawkbrothers", "s", "ekele"): where a term's first run is looked up."""
        if self._letter_runs is None:
            runs = _LETTERS.findall(self.text)
            self._letter_runs = set(runs)
            if not self._indexed:  # a short text's phrases are looked up by their pairs of runs (_scanned)
                self._run_pairs = set(zip(runs, runs[1:], strict=False))
        return self._letter_runs

    def _scanned(self, term: str) -> int:
        """The count of a short text (same as the index's): words counted once; a phrase found by ``str.find``
        unless a pair of its letter runs never stands side by side in the text (most phrases are absent)."""
        if _WORD.fullmatch(term):
            if self._words is None:
                self._words = Counter(_WORD.findall(self.text))
            return self._words.get(term, 0)
        letter_runs = self.letter_runs()
        parts = _LETTERS.findall(term)
        if len(parts) > 1:
            if not all(pair in self._run_pairs for pair in zip(parts, parts[1:], strict=False)):
                return 0
        elif not all(part in letter_runs for part in parts):
            return 0
        return _count_by_scan(self.text, term)


def _phrase_bounded(raw: bytes, at: int, end: int) -> bool:
    """Between non-letters."""
    return (at == 0 or not is_letter(raw[at - 1])) and (end == len(raw) or not is_letter(raw[end]))


_WORD_MARKS = b"'-"


def _word_bounded(raw: bytes, at: int, end: int) -> bool:
    """One of the text's words: no word character after it, no letter before it (apostrophes and hyphens before
    the first letter are no part of a word)."""
    if end < len(raw) and (is_letter(raw[end]) or raw[end] in _WORD_MARKS):
        return False
    before = at - 1
    while before >= 0 and raw[before] in _WORD_MARKS:
        before -= 1
    return before < 0 or not is_letter(raw[before])


def _count_by_scan(text: str, term: str) -> int:
    """Occurrences of ``term`` in ``text`` between non-letters, found by scanning."""
    n, at = 0, text.find(term)
    while at >= 0:
        end = at + len(term)
        if not (at and "a" <= text[at - 1] <= "z") and not (end < len(text) and "a" <= text[end] <= "z"):
            n += 1
            at = text.find(term, end)
        else:
            at = text.find(term, at + 1)
    return n


# The text's word counts (lower-cased words; a plain mapping may hold phrases too), or a function that counts them
# when first asked (see score_fandoms).
Counts = Mapping[str, int] | TextWords
WordCounts = Counts | Callable[[], Counts]


def _counted(word_counts: WordCounts) -> Counts:
    return word_counts() if callable(word_counts) else word_counts


def score_fandoms(name_counts: dict[str, int], word_counts: WordCounts) -> list[tuple[str, float]]:
    """Fandoms detected, best first, each with a score in (0, 1) that is >= 0.5 (see the module doc). The word
    counts may be given as a function, called once (a :class:`TextWords` counts a word only when first asked: most
    works never need their words counted, which was ~2% of --fast's time on 1,000 short works)."""
    return [(e.fandom, round(_sigmoid(e.llr - THRESHOLD), 4)) for e in detect(name_counts, word_counts)]


def detect(name_counts: dict[str, int], word_counts: WordCounts) -> list[FandomEvidence]:
    """The evidence of each detected fandom, best first."""
    remaining = _case_folded(name_counts)
    total = sum(remaining.values())
    word_counts = _counted(word_counts)
    scale = text_scale(word_counts)
    out: list[FandomEvidence] = []
    first_round: dict[str, FandomEvidence] = {}  # every fandom's evidence from all the names (what _siblings reads)
    while remaining and len(out) < MAX_FANDOMS:
        taken = {e.fandom for e in out}
        scored = evidence(remaining, word_counts if not out else {}, total, scale)
        first_round = first_round or scored
        candidates = [e for e in scored.values()
                      if e.fandom not in taken and (e.qualified or (out and e.dominant))]
        if not candidates:
            break
        best = max(candidates, key=lambda e: e.llr)
        need = THRESHOLD + (SECONDARY_MARGIN if out and not best.dominant else 0.0)
        if best.llr < need or (out and not best.full_name):
            break
        out.append(best)
        for form in best.forms:
            remaining.pop(form, None)
    if out and len(out) < MAX_FANDOMS:
        out += _siblings(out, first_round)
    first = out[0] if out else None
    if first is None or first.vocab == 0.0:  # see _vocabulary_only
        by_vocabulary = _vocabulary_only(word_counts, scale)
        if by_vocabulary is not None and (first is None or by_vocabulary.llr > first.llr):
            out = [by_vocabulary, *(e for e in out if e.fandom != by_vocabulary.fandom
                                    and (e is not first or e.llr >= THRESHOLD + SECONDARY_MARGIN))]
    return out


def _siblings(taken: list[FandomEvidence], scored: dict[str, FandomEvidence]) -> list[FandomEvidence]:
    """Fandoms that share character tags with a detected one (a book and its show: "A Song of Ice and Fire" and
    "Game of Thrones (TV)") and that the text's names, all of them, detect as well as that one, within
    SECONDARY_MARGIN: the names cannot tell the two canons apart, and AO3's authors often tag both (on the AO3
    silver set of scripts/fandom_silver.py, 38 of the 58 works tagged with either of those two tag both). Only
    beside a fandom detected already, so a text given no fandom stays so. ``scored``: every fandom's evidence from all
    the text's names and words (:func:`detect`'s first round)."""
    names = {e.fandom: set(load_kb().fandoms[e.fandom].characters) for e in taken}
    out: list[FandomEvidence] = []
    for e in sorted(scored.values(), key=lambda e: -e.llr):
        if len(taken) + len(out) >= MAX_FANDOMS:
            break
        if e.fandom in names or not e.qualified or e.llr < THRESHOLD:
            continue
        own = set(load_kb().fandoms[e.fandom].characters)
        if any(own & shared and e.llr >= t.llr - SECONDARY_MARGIN for t in taken for shared in [names[t.fandom]]):
            out.append(e)
    return out


def text_scale(word_counts: WordCounts) -> float:
    """How many texts of REFERENCE_CHARS the text is worth, at least 1 (1 when only its word counts are known).

    The rates of the module doc (a character's share of its fandom's works, a form's or a term's background) are
    chances per work; a novel is many works' worth of text, so it meets a given name, a surname or a coined word
    by chance far more often, and a fandom's own works name their characters more often too. Over a text of
    ``scale`` such works, a rate r becomes ``1 - (1 - r) ** scale`` (:func:`scaled`), and a form or term counts as
    used (MIN_USES) only at ``MIN_USES * scale`` uses: a novel's passing "Apollo", "Lancelot" or "John" is no
    fandom's character named."""
    if not callable(word_counts) and not isinstance(word_counts, TextWords):
        return 1.0
    words = _counted(word_counts)
    return max(1.0, len(words.text) / REFERENCE_CHARS) if isinstance(words, TextWords) else 1.0


def scaled(rate: float, scale: float) -> float:
    """The chance of an event of chance ``rate`` per reference text in a text of ``scale`` reference texts."""
    return rate if scale <= 1.0 else 1.0 - (1.0 - rate) ** scale


def _case_folded(name_counts: Mapping[str, int]) -> dict[str, int]:
    """The name counts with a form written in capitals ("STEPHEN", a heading or a shout) counted as the same form
    in title case, so it is read as the given name it is."""
    out: dict[str, int] = defaultdict(int)
    for form, n in name_counts.items():
        out[form.title() if form.isupper() and len(form) > 1 else form] += n
    return dict(out)


def _vocabulary_only(word_counts: WordCounts, scale: float = 1.0) -> FandomEvidence | None:
    """The fandom whose vocabulary alone the text uses: VOCAB_ONLY_TERMS distinct coined terms of it (a term's
    forms are one, see :func:`same_term`; places count beside a term that is no place, PLACE_TERMS_EXTRA more
    terms then needed) or REPEATED_TERMS distinct terms that are no places, each used MIN_USES times; more terms
    than any other fandom has, worth THRESHOLD (see the module doc). Asked also when the fandom found by its
    characters has no vocabulary in the text: a fandom that the vocabulary names with more evidence is then put
    first, and the other kept only as a crossover (SECONDARY_MARGIN more), so a game's work whose only named
    characters' given names are those of another canon ("Blue" and "Noah" beside "Pokemon", "Pokedex" and
    "Charizard") is read by its vocabulary. A term counts with its plural (:func:`term_uses`)."""
    words = _counted(word_counts)
    runs = words.letter_runs() if isinstance(words, TextWords) else {
        run for key in words for run in _LETTERS.findall(key)}
    index = _coined_terms()
    found: dict[str, list[tuple[str, int, bool]]] = defaultdict(list)
    seen: set[tuple[str, str]] = set()
    for run in runs:
        for term, fandom, is_place in (*index.get(run, ()), *index.get(_singular(run), ())):
            n = term_uses(words, term) if (term, fandom) not in seen else 0
            seen.add((term, fandom))
            if n:
                found[fandom].append((term, n, is_place))
    tallies = {fandom: TermTally.of(terms, MIN_USES * scale) for fandom, terms in found.items()}
    counted = {fandom: tally.counted for fandom, tally in tallies.items()}
    ranked = sorted(counted.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]) or not tallies[ranked[0][0]].names_fandom:
        return None
    fandom = ranked[0][0]
    e = FandomEvidence(fandom, vocab=_vocab_evidence(load_kb(), fandom, words, scale))
    return e if e.llr >= THRESHOLD else None


@dataclass(frozen=True, slots=True)
class TermTally:
    """A fandom's coined terms that a text uses, each term's forms taken as one ("Kryta" and "Krytan",
    "death eater" and "death eaters"): the uses of each term that is no place, and of each place."""

    terms: tuple[int, ...]
    places: tuple[int, ...]
    min_uses: float = MIN_USES  # uses that make a term repeated (MIN_USES, scaled by the text's length)

    @classmethod
    def of(cls, found: list[tuple[str, int, bool]], min_uses: float = MIN_USES) -> TermTally:
        """From (term, uses, whether a place) per vocabulary entry found; a term with a form that is a place is a
        place."""
        groups: list[tuple[list[str], int, bool]] = []
        for term, n, is_place in sorted(found):
            for i, (forms, uses, place) in enumerate(groups):
                if any(same_term(term, form) for form in forms):
                    groups[i] = (forms + [term], uses + n, place or is_place)
                    break
            else:
                groups.append(([term], n, is_place))
        return cls(tuple(uses for _, uses, place in groups if not place),
                   tuple(uses for _, uses, place in groups if place), min_uses)

    @property
    def counted(self) -> int:
        """Distinct terms; places only beside a term that is no place, less PLACE_TERMS_EXTRA unless that term is
        used min_uses times ("tauren" 3 times with "Stormwind" and "Ironforge": a game's people in its cities)."""
        if not self.terms:
            return 0
        extra = 0 if any(n >= self.min_uses for n in self.terms) else PLACE_TERMS_EXTRA
        return len(self.terms) + (len(self.places) - extra if self.places else 0)

    @property
    def names_fandom(self) -> bool:
        """Enough terms to name the fandom without its characters."""
        return self.counted >= VOCAB_ONLY_TERMS or sum(n >= self.min_uses for n in self.terms) >= REPEATED_TERMS


def term_uses(words: Counts, term: str) -> int:
    """The text's uses of a vocabulary term and of its plural ("Mesmer": "mesmers" too; "death eater": "death
    eaters"), where the term ends in no "s"."""
    return words.get(term, 0) + (words.get(term + "s", 0) if not term.endswith("s") else 0)


def specific_tag(fandom: str, character_names: Mapping[str, int], words: WordCounts) -> str:
    """The most specific AO3 tag the text supports within a detected fandom: the file's sub-canon
    (:class:`~ficlens.knowledge.fandom_kb.Canon`: "Stargate SG-1" in the Stargate file) whose own characters'
    name uses (``character_names``: KB character tag -> the text's name uses) and vocabulary uses carry
    ``CANON_SHARE`` of all sub-canons' and at least ``CANON_MIN``; else the fandom's own tag. Jack O'Neill, Daniel
    and the Goa'uld make "Stargate SG-1"; Sheppard, McKay and the Wraith "Stargate Atlantis"; a Pokemon chapter of
    exploration teams and Treasure Town "Pokemon Mystery Dungeon"."""
    entry = load_kb().fandoms.get(fandom)
    if entry is None or not entry.canons:
        return fandom
    counted = _counted(words)
    support = {canon.tag: sum(n for name, n in character_names.items() if name in canon.characters)
               + sum(term_uses(counted, term) for term in canon.vocab) for canon in entry.canons}
    tag, best = max(support.items(), key=lambda item: item[1])
    return tag if best >= CANON_MIN and best >= CANON_SHARE * sum(support.values()) else fandom


def _singular(run: str) -> str:
    """A letter run less a plural's "s" ("mesmers"): where a plural's term is looked up."""
    return run[:-1] if run.endswith("s") and len(run) > MIN_STEM else ""


@lru_cache(maxsize=1)
def _coined_terms() -> dict[str, tuple[tuple[str, str, bool], ...]]:
    """The KB's coined vocabulary terms by their first letter run: (term, fandom, whether it is one of the
    fandom's places) for each term that is no word of the fandom's character names and listed by at most
    VOCAB_MAX_FANDOMS fandoms."""
    kb = load_kb()
    index: dict[str, list[tuple[str, str, bool]]] = defaultdict(list)
    for fandom, entry in kb.fandoms.items():
        parts: set[str] | None = None  # the name words, made only for a fandom with a one-word coined term
        for term in entry.vocab:
            if len(kb.fandoms_with_word(term)) > VOCAB_MAX_FANDOMS or not _is_coined(term):
                continue
            if " " not in term:
                parts = _name_parts(entry) if parts is None else parts
                if term in parts:
                    continue
            index[_LETTERS.findall(term)[0]].append((term, fandom, alias_key(term) in entry.places))
    return {run: tuple(terms) for run, terms in index.items()}


# Endings that make another form of a term: a people or adjective ("Kryta", "Krytan"; "Valm", "Valmese"), an agent
# or an activity ("earthbender", "earthbending").
TERM_ENDINGS = ("n", "an", "ian", "ean", "ese", "ic", "ite", "i", "er", "ing")
MIN_STEM = 3
_NOT_IN_STEM = re.compile(r"[\s\-'’]")


def same_term(a: str, b: str) -> bool:
    """Whether two lower-case vocabulary terms are forms of one term, the same once "the", accents, spaces and
    hyphens, a plural's "s" and one of TERM_ENDINGS (then a final vowel) are taken off: "death eaters" and "death
    eater", "Pokémon" and "Pokemon", "Poké Ball" and "Pokeball", "Kryta" and "Krytans", "Mandalore" and
    "Mandalorian", "Krypton" and "Kryptonite", "waterbender" and "waterbending"."""
    return bool(_stems(a) & _stems(b))


@lru_cache(maxsize=16384)
def _stems(term: str) -> frozenset[str]:
    """The term without "the", accents, spaces, hyphens and apostrophes ("Poké Ball" and "Pokeball" are one), its
    singular, and those less an ending of TERM_ENDINGS and a final vowel."""
    bare = _NOT_IN_STEM.sub("", fold_marks(term).removeprefix("the "))
    forms = {bare, bare[:-1]} if bare.endswith("s") and len(bare) > MIN_STEM else {bare}
    stems = forms | {form[:-len(end)] for form in forms for end in TERM_ENDINGS
                     if form.endswith(end) and len(form) - len(end) >= MIN_STEM}
    return frozenset(stems | {stem[:-1] for stem in stems if stem[-1] in "aeiouy" and len(stem) > MIN_STEM})


def evidence(name_counts: dict[str, int], word_counts: WordCounts, total: int = 0,
             scale: float = 1.0) -> dict[str, FandomEvidence]:
    """Per fandom that some form may name a character of: the log-ratio evidence of the text's forms (``total``:
    the text's name uses, when ``name_counts`` is what is left of them; ``scale``: :func:`text_scale`)."""
    kb = load_kb()
    out: dict[str, FandomEvidence] = {}
    uses: dict[tuple[str, str], int] = defaultdict(int)  # (fandom, character) -> uses of its forms
    full_parts = _full_name_parts(kb, name_counts)
    dominant = max(DOMINANT_MIN, DOMINANT_SHARE * (total or sum(name_counts.values())))
    all_uses = total or sum(name_counts.values())
    main = _main_name(kb, name_counts, all_uses)
    form_uses: dict[str, int] = defaultdict(int)  # fandom -> the text's uses of forms that may name its characters
    for form, count in name_counts.items():
        full = " " in form.strip()
        hits = kb.lookup(form)
        if not hits:
            continue
        for fandom, hit in _best_hit_per_fandom(hits).items():
            owners = full_parts.get(alias_key(form))
            if owners and hit.character.name not in owners:
                continue  # "Bruce" beside "Bruce Wayne" is Bruce Wayne, not another fandom's Bruce
            key = hit.character.name
            uses[(fandom, key)] += count
            form_uses[fandom] += count
            weight = 1.0 if uses[(fandom, key)] >= MIN_USES * scale or full else ONCE_WEIGHT
            floor, background = (BACKGROUND_MAIN, BACKGROUND_MAIN) if form == main else _background(kb, form, hit)
            over = 1.0 if uses[(fandom, key)] >= LEAD_SHARE * all_uses else scale  # a lead: see text_scale
            llr = weight * math.log(scaled(max(_presence(kb, hit), floor), over) / scaled(background, over))
            e = out.setdefault(fandom, FandomEvidence(fandom, scale=scale))
            e.main = e.main or form == main
            if key not in e.characters or llr > e.characters[key][0]:
                e.characters[key] = (llr, form)
            if weight == 1.0:
                e.named.add(key)
            if hit.kind == "full" and full:
                e.full_name = True
    for fandom, e in out.items():
        e.share = form_uses[fandom] / all_uses if all_uses else 1.0
    for (fandom, key), n in uses.items():  # a character named in full: its share counts every form of it
        e = out[fandom]
        if key in e.characters and " " in e.characters[key][1] and n >= dominant:
            e.dominant = True
    words: Counts | None = None  # counted once, when a fandom with a named character first needs them
    for e in out.values():
        if e.positive >= 1:
            words = _counted(word_counts) if words is None else words
            e.vocab = _vocab_evidence(kb, e.fandom, words, scale)
            e.no_vocabulary = e.vocab == 0.0 and (isinstance(words, TextWords) or bool(words))
    return out


def _main_name(kb: FandomKB, name_counts: Mapping[str, int], total: int) -> str | None:
    """The text's main name when it is a rare form of one fandom's characters: one word that is neither a common
    English given name nor a common word, used SOLE_MIN times and in SOLE_SHARE of the text's name uses, naming
    characters of one fandom only and only as the given name of their full names ("Renko" of "Usami Renko"; a
    surname or a one-word name may be anyone's: "Halsey", "Curtis"). That a story about someone else gives its
    lead such a name by chance is far less likely (BACKGROUND_MAIN) than that it uses the name at all."""
    if not name_counts:
        return None
    form, n = max(name_counts.items(), key=lambda kv: kv[1])
    if (n < max(SOLE_MIN, SOLE_SHARE * total) or " " in form.strip() or given_name_gender(form.strip())
            or is_common_word(form.strip()) or len(_form_works(alias_key(form))) != 1
            or any(h.kind != "first" for h in kb.lookup(form))):
        return None
    return form


def _full_name_parts(kb: FandomKB, name_counts: Mapping[str, int]) -> dict[str, set[str]]:
    """For each first or last word of a full name the text uses, the KB characters that full name may be."""
    out: dict[str, set[str]] = defaultdict(set)
    for form in name_counts:
        words = form.split()
        if len(words) < 2:
            continue
        names = {h.character.name for h in kb.lookup(form) if h.kind in ("full", "alt")}
        if names:
            for word in (words[0], words[-1]):
                out[alias_key(word)] |= names
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


def _background(kb: FandomKB, form: str, hit: AliasHit) -> tuple[float, float]:
    """The background rate of the form's shape, and how likely the form is in a work outside the fandom (see the
    module doc)."""
    floor = (BACKGROUND_FULL if " " in form.strip() else BACKGROUND_GIVEN if given_name_gender(form.strip())
             else BACKGROUND_SURNAME if hit.kind == "last" else BACKGROUND_SINGLE)
    return floor, max(floor, _other_fandom_share(kb, alias_key(form), hit.character.fandom))


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


def _vocab_evidence(kb: FandomKB, fandom: str, word_counts: Counts, scale: float = 1.0) -> float:
    """The log-ratio of the fandom's vocabulary the text uses: per term, ``log(VOCAB_PRESENCE / background)``
    shared among the fandoms that list it (at most VOCAB_MAX_FANDOMS), where the background is that of a coined
    term or of one made of common English words; a term used once counts ONCE_WEIGHT; the sum is capped."""
    entry = kb.fandoms[fandom]
    name_parts = _name_parts(entry)
    s = 0.0
    for word in entry.vocab:
        n = term_uses(word_counts, word)
        shared = len(kb.fandoms_with_word(word))
        if n and word not in name_parts and shared <= VOCAB_MAX_FANDOMS:
            s += (1.0 if n >= MIN_USES * scale else ONCE_WEIGHT) * _term_log_ratio(word, scale) / shared
    return min(s, VOCAB_CAP)


def _name_parts(entry: FandomEntry) -> set[str]:
    """The words of the fandom's character tags: never vocabulary evidence (one-word terms only)."""
    return {t.lower() for c in entry.characters for t in c.replace("|", " ").split()}


@lru_cache(maxsize=16384)
def _term_log_ratio(term: str, scale: float = 1.0) -> float:
    background = VOCAB_BACKGROUND_COINED if _is_coined(term) else VOCAB_BACKGROUND_COMMON
    return math.log(scaled(VOCAB_PRESENCE, scale) / scaled(background, scale))


@lru_cache(maxsize=16384)
def _is_coined(term: str) -> bool:
    """Whether the term has a word outside common English ("Gensokyo", "Chiswick"; not "upside down")."""
    runs = _LETTERS.findall(term)
    return bool(runs) and not all(is_common_word(w) for w in runs)


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))
