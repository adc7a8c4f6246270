"""Unnamed characters known by a role: "said the doctor", "the old man replied", "The stranger stopped".

A role is a noun phrase "the [modifiers] NOUN" that stands for a person the text does not name. It becomes a role
character (cast.py) when it speaks at least once — the subject of a dialogue tag next to a quote ("said the
parson", "the old man replied") — or acts repeatedly (``MIN_ACTS`` times the subject of a verb: "The doctor bent
down", "the nurse came back"). Person nouns that usually stand for a named character (coref.py's descriptors:
"the boy", "the werewolf", "the brunette") need more: occupation-like ones ("the doctor", "the stranger") qualify
like any role; generic ones ("man", "woman", "boy", "girl", "lady" ...) only with a describing modifier ("the old
man", "the little girl"), never a comparative or ordinal ("the younger boy", "the other man", "the first man").

Mentions cluster by head noun ("the doctor", "the old doctor"); a generic noun keeps its modifier ("the old man"
apart from "the young man"). "the doctor" / "the captain" never becomes a role when a character is titled Dr. /
Captain (coref.py credits it to that character). A role the text equates with one named character by
apposition ("the artist himself, Basil Hallward", "Basil Hallward, the painter,") is that character's
(appositive_links). Heads that name no person ("said the voice", "the crowd shouted") are no roles.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from ficlens.analyse.coref import FEMALE_NOUNS, MALE_NOUNS, TITLE_NOUNS
from ficlens.analyse.dialogue import SPEECH_VERBS
from ficlens.nlp.stop_words import STOP_WORDS

MIN_ACTS = 3
NOT_PERSONS = frozenset({"voice", "voices", "crowd", "others", "rest", "door", "wind", "clock", "bell", "letter"})
# Descriptor nouns that are roles of their own (an occupation, a stranger), unlike appearance words ("the
# brunette"), comparatives ("the taller") or kinds ("the werewolf") that fan fiction uses for its named characters.
ROLE_DESCRIPTORS = frozenset({"doctor", "captain", "stranger", "newcomer", "soldier", "detective", "hunter"})
# Generic person nouns: a role only with a describing modifier ("the old man").
GENERIC = frozenset({"man", "woman", "boy", "girl", "lady", "gentleman", "child", "kid", "youth", "fellow"})
_NOT_MODIFIERS = frozenset({"other", "first", "second", "third", "last", "same", "next", "former", "latter", "only",
                            "two", "three", "both", "whole", "very", "new", "poor", "dear", "good", "great"})
_ACT = re.compile(r"[ \t]+(?:[a-z]+ly[ \t]+)?([a-z]+)\b")
_ACT_VERB_TEXT = """was had came went took looked stood sat felt saw shook made gave turned put ran held knew
thought got began seemed rose laughed smiled nodded left kept told walked stopped bent opened closed answered said
cried asked replied paused"""
_ACT_VERBS = frozenset(_ACT_VERB_TEXT.split())
_THE = re.compile(r"(?=[Tt]he[ \t])\b[Tt]he[ \t]+")  # the leading lookahead lets the engine skip to "[Tt]he"
_WORDS = re.compile(r"([a-z][a-z\-]*)(?:[ \t]+([a-z][a-z\-]*))?(?:[ \t]+([a-z][a-z\-]*))?")
_TAG_AFTER = re.compile(r"[ \t,]*(?:([a-z]+)[ \t]+)?(?=[Tt]he[ \t])")
_TAG_BEFORE = re.compile(r"\b[Tt]he[ \t]+(?:[a-z][a-z\-]*[ \t]+){1,3}?(?:[a-z]+ly[ \t]+)?([a-z]+)[ \t]*[,:]?[ \t]*$")


@dataclass(frozen=True, slots=True)
class RoleMention:
    start: int
    end: int
    label: str  # "the doctor", "the old man"
    gender: str | None  # from the noun ("man" m, "lady" f), else None


def role_label(modifiers: list[str], noun: str, speaking: set[str]) -> str | None:
    """The role a phrase "the <modifiers> <noun>" names, or None: a ``speaking`` noun (a head seen in dialogue
    tags that is no descriptor, such as "parson"), a role descriptor, or a generic noun with a describing
    modifier just before it."""
    if noun in speaking or noun in ROLE_DESCRIPTORS:
        return f"the {noun}"
    if noun in GENERIC and modifiers:
        mod = modifiers[-1]
        if mod in _NOT_MODIFIERS or mod in STOP_WORDS or mod.endswith(("er", "est", "ly")) or len(mod) < 3:
            return None
        return f"the {mod} {noun}"
    return None


def noun_gender(noun: str) -> str | None:
    return "m" if noun in MALE_NOUNS or noun == "fellow" else "f" if noun in FEMALE_NOUNS else None


def acts_after(text: str, end: int) -> bool:
    """Whether the mention ending at ``end`` is the subject of a verb: a past tense, a speech verb or a common
    verb of doing follows (an adverb allowed between: "The doctor slowly bent down", "Emma cried")."""
    act = _ACT.match(text, end)
    return bool(act) and (act.group(1) in _ACT_VERBS or act.group(1) in SPEECH_VERBS  # type: ignore[union-attr]
                          or act.group(1).endswith("ed"))  # type: ignore[union-attr]


def phrase_at(text: str, pos: int, speaking: set[str]) -> tuple[int, str, str] | None:
    """The role phrase whose words start at ``pos`` (just after "the"): (end, label, head noun), or None. The head
    is the first of up to three words that names a role; a possessive head ("the doctor's wife") is none."""
    m = _WORDS.match(text, pos)
    if not m:
        return None
    words = [w for w in m.groups() if w]
    for i, noun in enumerate(words):
        label = role_label(words[:i], noun, speaking)
        if label is not None:
            end = m.start(i + 1) + len(noun)
            if text[end:end + 1] in ("'", "’"):
                return None
            return end, label, noun
    return None


def tagged_roles(text: str, quote_ends: list[int], quote_starts: list[int], speaking: set[str]) -> set[str]:
    """Role labels that are the subject of a dialogue tag right after a quote ("said the old man", "the doctor
    replied") or right before one ("The old man said:")."""
    out: set[str] = set()
    for end in quote_ends:
        m = _TAG_AFTER.match(text, end, end + 40)
        if not m:
            continue
        the = _THE.match(text, m.end())
        hit = phrase_at(text, the.end(), speaking) if the else None
        if hit is None:
            continue
        verb = _ACT.match(text, hit[0])
        if (m.group(1) or "") in SPEECH_VERBS or (verb is not None and verb.group(1) in SPEECH_VERBS):
            out.add(hit[1])
    for start in quote_starts:
        b = _TAG_BEFORE.search(text, max(0, start - 60), start)
        if b and b.group(1) in SPEECH_VERBS:
            hit = phrase_at(text, _THE.match(text, b.start()).end(), speaking)  # type: ignore[union-attr]
            if hit:
                out.add(hit[1])
    return out


def find_roles(text: str, speaking: set[str], quote_ends: list[int], quote_starts: list[int], titled: set[str],
               in_quote: Callable[[int], bool]) -> list[RoleMention]:
    """The role mentions of ``text`` in narration (``in_quote`` tells a position inside a quotation). ``speaking``:
    head nouns of dialogue-tag subjects that are no descriptors; ``titled``: lower-cased titles the cast uses (a
    Dr. makes "the doctor" his)."""
    tagged = tagged_roles(text, quote_ends, quote_starts, speaking)
    found: list[tuple[int, int, str, str]] = []
    acts: Counter[str] = Counter()
    for the in _THE.finditer(text):
        hit = phrase_at(text, the.end(), speaking)
        if hit is None or in_quote(the.start()):
            continue
        end, label, noun = hit
        if any(t in titled for t in TITLE_NOUNS.get(noun, ())):
            continue
        found.append((the.start(), end, label, noun))
        if acts_after(text, end):
            acts[label] += 1
    keep = {label for _, _, label, noun in found if noun in speaking or label in tagged or acts[label] >= MIN_ACTS}
    return [RoleMention(s, e, label, noun_gender(noun)) for s, e, label, noun in found if label in keep]


_ROLE_THEN_NAME = re.compile(r"(?:[ \t]+(?:himself|herself))?,[ \t]+")
_NAME_THEN_ROLE = re.compile(r",[ \t]+")


def appositive_links(text: str, roles: list[RoleMention], names: list[tuple[int, int, int]]) -> dict[str, int]:
    """Roles the text equates with a named character by apposition: "the artist himself, Basil Hallward",
    "Basil Hallward, the painter,". ``names``: (start, end, character) of name mentions. A role linked to two
    characters is linked to none."""
    by_start = {s: c for s, _, c in names}
    by_end = {e: c for _, e, c in names}
    role_at = {r.start: r for r in roles}
    links: dict[str, set[int]] = {}
    for r in roles:
        m = _ROLE_THEN_NAME.match(text, r.end)
        if m and m.end() in by_start:
            links.setdefault(r.label, set()).add(by_start[m.end()])
    for end, c in by_end.items():
        m = _NAME_THEN_ROLE.match(text, end)
        if m and m.end() in role_at:
            links.setdefault(role_at[m.end()].label, set()).add(c)
    return {label: next(iter(cs)) for label, cs in links.items() if len(cs) == 1}
