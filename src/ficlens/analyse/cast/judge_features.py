"""What the learned name judge reads of one name candidate: a vector of ``FEATURES``.

A candidate is a name form the cast found (names.py) with its uses (name_judge.Uses), the fandom KB's evidence and
the hand rules' verdicts. The features are shares of its uses (so a long novel and a short chapter read alike) and
flags: how often and how widely it is written, whether it opens sentences or stands mid-sentence, speaks in tags,
acts, owns things, is followed by a personal pronoun, stands after a place preposition, an article or "the", in a
quoted title or a credit, inside dialogue only; its shape (words, a title, a plural or gentilic ending, capitals);
the KB's word (a character of the detected fandom, of any fandom, a main one, a place, group or term); a usual given
name or common English word; the spaCy votes; and the hand rules' verdicts (no name, no person, accepted).
Word lists enter only as features here: the learned weights decide how much each counts.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from ficlens.analyse.cast.given_names import given_name_gender
from ficlens.analyse.cast.name_judge import Uses, not_a_person
from ficlens.analyse.cast.names import NameForm
from ficlens.analyse.cast.vocabulary import (
    ADDRESS_WORDS,
    HONORIFIC_SUFFIXES,
    HONORIFICS,
    INFORMAL_WORDS,
    KIN_STEMS,
    KIN_WORDS,
    TITLES,
)
from ficlens.knowledge.common_words import is_common_word

FEATURES = (
    "bias_free", "log_uses", "spread", "first_pos", "mid_share", "initial_share", "quoted_share",
    "person_votes", "other_votes", "no_votes", "tags", "tag_any", "subjects", "possessive", "pronoun_after",
    "it_after", "vocative", "lower_elsewhere", "places", "directions", "settings", "nouns", "the", "quoted_title",
    "epithet", "cited",
    "team", "alone", "declared", "words", "titled", "honorific", "plural", "gentilic", "capitals", "hyphen",
    "one_letter", "given_name", "common_word", "kb_known", "kb_any", "kb_main", "kb_place", "kb_term",
    "rule_not_name", "rule_not_person", "rule_accept", "part_uses", "contraction", "inflected", "address_word",
)
_PERSON_PRONOUN = re.compile(r"[\s,;:\"”’'—–.!?]+(?:\S+\s+){0,4}?(he|she|his|her|him|himself|herself)\b", re.I)
_THING_PRONOUN = re.compile(r"[\s,;:\"”’'—–.!?]+(?:\S+\s+){0,4}?(it|its|itself)\b", re.I)
_GENTILIC = re.compile(r"(?:ian|ish|ese|ans)$")
_LOWER_WORD = re.compile(r"(?<![\w'’])[a-z][a-z'’\-]*")
_CALL_BEFORE = re.compile(r"[\"“‘,][ \t]*\Z")
_CALL_AFTER = re.compile(r"[ \t]*[,!?.…]*[\"”’]|[ \t]*[,!?]")
# a word's contraction ending ("You've", "Can't", "D'you", "Ma'am"); a name's apostrophe takes a capital ("O'Brien")
_CONTRACTION = re.compile(r"\w['’](?:t|ve|ll|re|d|m|am|all|you|n|mon|mere|em)$", re.I)
_INFLECTED = re.compile(r"\w{3,}(?:ed|ing|ly)$")
_ADDRESS = KIN_WORDS | ADDRESS_WORDS | KIN_STEMS | TITLES


def is_contraction(word: str) -> bool:
    """A word that is a contraction of speech ("You've", "Can't", "Wanna", "C'mon"), not a name."""
    return bool(_CONTRACTION.search(word)) or word.lower().replace("’", "'") in INFORMAL_WORDS


def is_address_word(form_text: str) -> bool:
    """A form that is a title, rank, kin word or Japanese word of address, alone or with an honorific suffix
    ("Sensei", "Tou-san", "Major", "Father", "Nii-chan"): it names whoever is so addressed, not one person."""
    parts = form_text.replace("-", " ").split()
    if len(parts) == 2 and parts[1].lower() in HONORIFIC_SUFFIXES:
        parts = parts[:1]
    return len(parts) == 1 and parts[0].lower() in _ADDRESS


def lower_word_counts(text: str) -> Counter[str]:
    """How often each word of ``text`` is written in lower case ("bug", "dark", "transfer"): read once per text by
    the caller and handed to :func:`candidate_features`."""
    return Counter(_LOWER_WORD.findall(text))


@dataclass(frozen=True, slots=True)
class Signals:
    """What the cast already knows of a candidate besides its text: the KB's word and the hand rules' verdicts."""

    kb_known: bool  # a character of the detected fandom
    kb_any: bool  # a name of some KB character
    kb_main: bool  # a main character of some KB fandom (build._main_kb_name)
    kb_place: bool  # a place or group of some KB fandom
    kb_term: bool  # a vocabulary word of some KB fandom
    rule_not_name: bool  # the hand rules' "no name" (build._not_a_name, or a KB group epithet)
    rule_accept: bool  # the hand rules accept it
    part_uses: int = 0  # a run of words: the uses of its first or last word written alone, the more used ("Riversong")


def candidate_features(text: str, form: NameForm, uses: Uses, signals: Signals, in_quote: list[bool],
                       lower: Mapping[str, int]) -> list[float]:
    """The feature vector (in ``FEATURES`` order) of ``form`` in ``text``; ``in_quote[i]``: whether its i-th span is
    inside dialogue; ``lower``: :func:`lower_word_counts` of ``text``."""
    n = max(1, len(form.spans))
    length = max(1, len(text))
    word = form.tokens[0] if form.tokens else ""
    single = len(form.tokens) == 1 and form.title is None
    deciles = {10 * s // length for s, _ in form.spans}
    possessive = sum(text[e:e + 2] in ("'s", "’s") for _, e in form.spans)
    pronoun = sum(bool(_PERSON_PRONOUN.match(text, e, e + 60)) for _, e in form.spans)
    thing = sum(bool(_THING_PRONOUN.match(text, e, e + 40)) for _, e in form.spans)
    votes = form.person_votes + form.other_votes
    # called in dialogue: a quote mark or comma before, a comma, stop or quote mark after ("“Whisper, wait!”")
    calls = sum(q and bool(_CALL_BEFORE.search(text, max(0, s - 3), s)) and bool(_CALL_AFTER.match(text, e, e + 4))
                for (s, e), q in zip(form.spans, in_quote, strict=True))
    lowered = lower.get(word.lower(), 0) if single else 0
    values = {
        "bias_free": 1.0,
        "log_uses": math.log1p(len(form.spans)),
        "spread": len(deciles) / 10,
        "first_pos": form.spans[0][0] / length if form.spans else 1.0,
        "mid_share": form.mid_sentence / n,
        "initial_share": (n - form.mid_sentence) / n,
        "quoted_share": sum(in_quote) / n,
        "person_votes": form.person_votes / n,
        "other_votes": form.other_votes / n,
        "no_votes": float(votes == 0),
        "tags": min(1.0, uses.tags / n * 4),
        "tag_any": float(uses.tags > 0),
        "subjects": uses.subjects / n,
        "possessive": possessive / n,
        "pronoun_after": pronoun / n,
        "it_after": thing / n,
        "vocative": calls / n,
        "lower_elsewhere": lowered / (lowered + n),
        "places": uses.places / n,
        "directions": uses.directions / n,
        "settings": uses.settings / n,
        "nouns": uses.nouns / n,
        "the": uses.the / n,
        "quoted_title": uses.quoted / n,
        "epithet": uses.epithet / n,
        "cited": uses.cited / n,
        "team": uses.team / n,
        "alone": uses.alone / n,
        "declared": float(uses.declared > 0),
        "words": min(3, len(form.tokens)) / 3,
        "titled": float(form.title is not None),
        "honorific": float(form.title is not None and form.title.lower() in HONORIFICS),
        "plural": float(single and word.endswith("s") and not word.endswith("ss")),
        "gentilic": float(single and bool(_GENTILIC.search(word))),
        "capitals": float(len(word) > 1 and word.isupper()),
        "hyphen": float("-" in form.text),
        "one_letter": float(single and len(word) == 1),
        "given_name": float(given_name_gender(word) is not None),
        "common_word": float(single and is_common_word(word)),
        "kb_known": float(signals.kb_known),
        "kb_any": float(signals.kb_any),
        "kb_main": float(signals.kb_main),
        "kb_place": float(signals.kb_place),
        "kb_term": float(signals.kb_term),
        "rule_not_name": float(signals.rule_not_name),
        "rule_not_person": float(not_a_person(form, uses)),
        "rule_accept": float(signals.rule_accept),
        "part_uses": math.log1p(signals.part_uses),
        "contraction": float(single and is_contraction(word)),
        "inflected": float(single and bool(_INFLECTED.fullmatch(word)) and given_name_gender(word) is None),
        "address_word": float(form.title is None and is_address_word(form.text)),
    }
    return [values[name] for name in FEATURES]
