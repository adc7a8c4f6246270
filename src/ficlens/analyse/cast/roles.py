"""Unnamed characters known by a role: "said the doctor", "the old man replied", "The stranger stopped".

A role is a noun phrase "the [modifiers] NOUN" that stands for a person the text does not name. It becomes a role
character (build.py) when it speaks at least once — the subject of a dialogue tag next to a quote ("said the
parson", "the old man replied") — or acts repeatedly (``MIN_ACTS`` times the subject of a verb: "The doctor bent
down", "the nurse came back"). Person nouns that usually stand for a named character (coref.py's descriptors:
"the boy", "the werewolf", "the brunette") need more: occupation-like ones ("the doctor", "the stranger") qualify
like any role; generic ones ("man", "woman", "boy", "girl", "lady" ...) only with a describing modifier ("the old
man", "the little girl"), never a comparative or ordinal ("the younger boy", "the other man", "the first man").

Mentions cluster by head noun ("the doctor", "the old doctor"); a generic noun keeps its modifier ("the old man"
apart from "the young man"); one described by what it wears or carries is a role labelled by the whole phrase ("the
gentleman in the white waistcoat"). "the doctor" / "the captain" never becomes a role when a character is titled
Dr. / Captain (coref.py credits it to that character). A role the text equates with one named character by
apposition ("the artist himself, Basil Hallward", "Basil Hallward, the painter,") is that character's
(appositive_links), and so is a generic role the narration writes as a modifier before one character's name ("the
old man" / "old Mr. Emerson": modifier_links). Heads that name no person ("said the voice", "the crowd shouted") are
no roles.

Tag subjects beyond "the" phrases (tag_subjects): a demonstrative descriptor or one with an owner ("drawled this
newcomer" joins "the newcomer", "said the child's nurse") is a role too, and a "the" phrase dialogue.speaking_roles
misses ("continued the undertaker solemnly", "the prima donna sang") adds its head to the speaking nouns; an
anonymous subject ("said one", "said another", "somebody exclaimed", "cried one of the women", "called a voice
from the darkness") is a one-off speaker that build.anonymous_speakers gives a cluster of its own per tag (LitBank
half A, aligned: roles and heads 627 -> 633 quotes of 840, anonymous speakers 633 -> 642). Possessive descriptors ("said
her sister", "cried his wife", "said his step-son") are left to coreference and spouse_tag: as roles they cost 34
quotes on half A, as most name a named character ("her mother" is Mrs. Bennet, "my sister-in-law" is Rose).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cache
from typing import Literal, Protocol

from ficlens.analyse.cast.given_names import given_name_gender
from ficlens.analyse.cast.vocabulary import (
    DESCRIPTOR_NOUNS,
    GENERIC,
    NEUTRAL_TITLES,
    NOT_PERSONS,
    ROLE_DESCRIPTORS,
    TITLE_NOUNS,
    TITLES,
    noun_gender,
    title_gender,
)
from ficlens.analyse.dialogue import SPEECH_VERBS, WORD_RUN, loose_lead_in_verb
from ficlens.nlp.stop_words import STOP_WORDS

MIN_ACTS = 3
TagKind = Literal["anonymous", "role", "head", "title"]
NOT_MODIFIERS = frozenset({"other", "first", "second", "third", "last", "same", "next", "former", "latter", "only",
                            "two", "three", "both", "whole", "very", "new", "poor", "dear", "good", "great"})
_ACT = re.compile(r"[ \t]+(?:[a-z]+ly[ \t]+)?([a-z]+)\b")
_ACT_VERB_TEXT = """was had came went took looked stood sat felt saw shook made gave turned put ran held knew
thought got began seemed rose laughed smiled nodded left kept told walked stopped bent opened closed answered said
cried asked replied paused sprang spoke threw drew flung caught broke struck fell sank swung wrote lay led
sent brought bought found heard meant wore won woke blew grew tore swore shut hit lit"""
_ACT_VERBS = frozenset(_ACT_VERB_TEXT.split())
_THE = re.compile(r"(?=[Tt]he[ \t])\b[Tt]he[ \t]+")  # the leading lookahead lets the engine skip to "[Tt]he"
# The patterns whose leading lookahead only speeds the scan up (tests/analyse/test_regex_guards.py: no match changes).
GUARDED_PATTERNS: tuple[re.Pattern[str], ...] = (_THE,)
_WORDS = re.compile(r"([a-z][a-z\-]*)(?:[ \t]+([a-z][a-z\-]*))?(?:[ \t]+([a-z][a-z\-]*))?")
# A generic noun described by what it wears or carries: "the gentleman in the white waistcoat", "the man with the
# wooden leg" (the phrase is the role's label; a possessive object, "the girl in his arms", describes nobody new;
# nor does a word of time, "cried the child in a moment").
_WEARING = re.compile(r"[ \t]+(?:in|with)[ \t]+(?:the|a|an)[ \t]+(?:([a-z][a-z\-]*)[ \t]+)?([a-z]+)\b(?![\-'’])")


def _described_by_wear(label: str) -> bool:
    """Whether a role label is a generic noun described by what it wears ("the gentleman in the white waistcoat"):
    written once, such a phrase mostly describes a named character in passing ("said the man with the basket")."""
    words = label.split()
    return len(words) > 3 and words[2] in ("in", "with")
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
        if mod in NOT_MODIFIERS or mod in STOP_WORDS or mod.endswith(("er", "est", "ly")) or len(mod) < 3:
            return None
        return f"the {mod} {noun}"
    return None


def is_generic_role(label: str) -> bool:
    """Whether a role label is a generic person noun with its describing modifier ("the old man", "the young
    girl"): a description that may stand for any named character of its gender and age."""
    words = label.split()
    return len(words) == 3 and words[2] in GENERIC


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
        if label is None and not i and noun in GENERIC:
            worn = _WEARING.match(text, m.start(1) + len(noun))
            if worn and worn.group(1) not in NOT_MODIFIERS and worn.group(2) not in _NOT_SPEAKERS:
                return worn.end(), f"the {noun} {' '.join(worn.group().split())}", noun
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
        the_at = b.start() if b and b.group(1) in SPEECH_VERBS else None
        far = far_lead_in(text, start) if the_at is None else None
        if far is not None and (far.group("det") or "").lower() == "the":
            the_at = far.start("subj")  # "the old gentleman rose lumberingly and said “…”"
        if the_at is not None:
            hit = phrase_at(text, _THE.match(text, the_at).end(), speaking)  # type: ignore[union-attr]
            if hit:
                out.add(hit[1])
    return out


def find_roles(text: str, speaking: set[str], quote_ends: list[int], quote_starts: list[int], titled: set[str],
               in_quote: Callable[[int], bool], subjects: list[TagSubject] | None = None,
               name_words: AbstractSet[str] = frozenset()) -> list[RoleMention]:
    """The role mentions of ``text`` in narration (``in_quote`` tells a position inside a quotation). ``speaking``:
    head nouns of dialogue-tag subjects that are no descriptors; ``titled``: lower-cased titles the cast uses (a
    Dr. makes "the doctor" his). ``subjects``: ``tag_subjects`` of the same quotes when the caller has them already
    (the cast reads them for its anonymous speakers too), else found here. A title said as a name in a tag ("said
    the Colonel") is a role where no character bears it: no title of ``titled`` nor a word of ``name_words`` (the
    lower-cased words of the cast's names)."""
    if subjects is None:
        subjects = tag_subjects(text, quote_ends, quote_starts)
    heads = {t.role.label.split()[-1] for t in subjects if t.kind == "head"}
    # words of time or manner name nobody ("said the master at length" is no "the length" speaking)
    speaking = (speaking | (heads - NOT_ROLE_HEADS)) - _NOT_SPEAKERS
    tagged = tagged_roles(text, quote_ends, quote_starts, speaking)
    found: list[tuple[int, int, str, str]] = []
    acts: Counter[str] = Counter()
    # phrase_at names a role only where one of its words is one of these: most phrases after "the" hold none, and
    # are passed over on their words alone (the same roles; ~60,000 "the" in a 1M-word work)
    heads_any = speaking | ROLE_DESCRIPTORS | GENERIC
    for the in _THE.finditer(text):
        words = _WORDS.match(text, the.end())
        if words is None or heads_any.isdisjoint(words.groups()):
            continue
        hit = phrase_at(text, the.end(), speaking)
        if hit is None or in_quote(the.start()):
            continue
        end, label, noun = hit
        if any(t in titled for t in TITLE_NOUNS.get(noun, ())):
            continue
        found.append((the.start(), end, label, noun))
        if acts_after(text, end):
            acts[label] += 1
    seen = Counter(label for _, _, label, _ in found)
    keep = {label for _, _, label, noun in found if (noun in speaking or label in tagged or acts[label] >= MIN_ACTS)
            and (seen[label] >= 2 or not _described_by_wear(label))}
    roles = [RoleMention(s, e, label, noun_gender(noun)) for s, e, label, noun in found if label in keep]
    starts = {r.start for r in roles}
    return roles + [t.role for t in subjects if t.role.start not in starts and (
        t.kind == "role" or t.kind == "title" and t.role.label.split()[-1].lower() not in titled | name_words)]


_ROLE_THEN_NAME = re.compile(r"(?:[ \t]+(?:himself|herself))?,[ \t]+")
_NAME_THEN_ROLE = re.compile(r",[ \t]+")
# what ends a name in apposition after a role: "the painter, Basil Hallward, ..." (not a clause it opens: "his last
# interview with the hostess, Winterbourne was among the guests")
_APPOSED_END = re.compile(r"[ \t]*(?:[,.;:!?)—\"”]|$)")


def apposed(text: str, roles: list[RoleMention], names: list[tuple[int, int, int]]) -> list[tuple[RoleMention, int]]:
    """The role mentions the text equates with a named character by apposition, each with that character: "the
    artist himself, Basil Hallward,", "Basil Hallward, the painter,". ``names``: (start, end, character) of name
    mentions."""
    by_start = {s: (e, c) for s, e, c in names}
    after_name = {m.end(): c for _, e, c in names if (m := _NAME_THEN_ROLE.match(text, e))}
    out: list[tuple[RoleMention, int]] = []
    for r in roles:
        m = _ROLE_THEN_NAME.match(text, r.end)
        if m and m.end() in by_start:
            end, c = by_start[m.end()]
            if _APPOSED_END.match(text, end):
                out.append((r, c))
                continue
        if r.start in after_name:
            out.append((r, after_name[r.start]))
    return out


def appositive_links(text: str, roles: list[RoleMention], names: list[tuple[int, int, int]],
                     genders: Callable[[], CharacterGenders] | None = None) -> dict[str, int]:
    """Roles the text equates with one named character over the whole text: by apposition ("the artist himself,
    Basil Hallward", "Basil Hallward, the painter,"; a role apposed to two characters is neither's, nor to one of
    the other gender), else modifier_links, else scene_links. ``names``: (start, end, character) of name mentions;
    ``genders``: character_genders of these names, when the caller has it."""
    known = genders or cache(lambda: character_genders(text, names))  # read once, by whichever link needs it first
    links: dict[str, set[int]] = {}
    for r, c in apposed(text, roles, names):
        g = known().gender.get(c) if r.gender else None
        if g is None or g == r.gender:
            links.setdefault(r.label, set()).add(c)
    found = {label: next(iter(cs)) for label, cs in links.items() if len(cs) == 1}
    for label, c in modifier_links(text, roles, names, known).items():
        found.setdefault(label, c)
    for label, c in scene_links(text, roles, names, known).items():
        found.setdefault(label, c)
    return found


SCENE_WINDOW = 400  # characters before a role's mention where the named characters present are read
MIN_SCENE_VOTES = 3  # mentions of a role whose scene holds one named character of its gender and age
SCENE_GAP = 3000  # mentions of a role farther apart than this are in different scenes
_YOUNG = frozenset({"young", "little"})
_MARRIED_TITLES = frozenset({"mrs", "madame", "mme", "lady"})
# a title just before a name mention whose span leaves it out: "Mr. Bumble"
_TITLE_BEFORE = re.compile(r"\b([A-Z][a-z]{1,8})\.?[ \t\n]+$")
# a capitalised word and the word after it, which may itself open the next match: "said Mr. Bumble"
_TITLED_WORD = re.compile(r"\b([A-Z][a-z]{1,8})\.?[ \t\n]+(?=([A-Z][\w-]*))")


@dataclass(frozen=True, slots=True)
class CharacterGenders:
    """What the name mentions tell of each named character: ``gender`` ("m"/"f", where the titles and given names
    of its mentions agree, at least two thirds of them) and ``married`` (written once with "Mrs.", "Madame")."""

    gender: dict[int, str]
    married: set[int]


def _mention_title(text: str, start: int, end: int) -> str | None:
    """The title of the name mention ``text[start:end]``: its first word ("Mr. Emerson") or the word just before
    it ("Mr." of a mention "Bumble")."""
    title = _leading_title(text[start:end])
    if title is None:
        before = _TITLE_BEFORE.search(text, max(0, start - 12), start)
        title = before.group(1) if before and before.group(1).lower() in TITLES else None
    return title


def character_genders(text: str, names: list[tuple[int, int, int]]) -> CharacterGenders:
    """The gender of each named character from all its name mentions, not one: "Bumble" written once as "Mr.
    Bumble" is a man wherever he is written "Bumble" (a scene with him and Oliver holds two men); a character
    whose narration never titles it ("Winterbourne") takes the title the text writes before its name elsewhere, in
    dialogue too ("Mr. Winterbourne"), unless the name is itself a title ("the General" is no woman for "Madame
    General", his wife)."""
    votes: dict[int, Counter[str]] = {}
    married: set[int] = set()
    for start, end, c in names:
        title = _mention_title(text, start, end)
        if title and title.lower().rstrip(".") in _MARRIED_TITLES:
            married.add(c)
        g = title_gender(title) if title else given_name_gender(text[start:end])
        if g:
            votes.setdefault(c, Counter())[g] += 1
    untitled: dict[int, set[str]] = {}
    for start, end, c in names:
        if c not in votes and " " not in text[start:end].strip() and text[start:end].strip().lower() not in TITLES:
            untitled.setdefault(c, set()).add(text[start:end].strip())
    if untitled:
        titled: dict[str, Counter[str]] = {}
        for m in _TITLED_WORD.finditer(text):
            g = title_gender(m.group(1)) if m.group(1).lower() in TITLES else None
            if g:
                titled.setdefault(m.group(2), Counter())[g] += 1
        for c, forms in untitled.items():
            for form in forms:
                votes.setdefault(c, Counter()).update(titled.get(form, {}))
    gender = {}
    for c, v in votes.items():
        if not v:
            continue
        g, n = v.most_common(1)[0]
        if 3 * n >= 2 * sum(v.values()):
            gender[c] = g
    for c, g in _pronoun_genders(text, names, set(gender)).items():
        gender.setdefault(c, g)
    return CharacterGenders(gender, married)


_PRONOUN = re.compile(r"\b(?:(he|his|him|himself)|(she|her|hers|herself))\b", re.IGNORECASE)
PRONOUN_REACH = 150  # characters after a name's verb where the pronoun that takes it up is read
MIN_PRONOUN_VOTES = 2


def _pronoun_genders(text: str, names: list[tuple[int, int, int]], skip: set[int]) -> dict[int, str]:
    """The gender of characters no title or given name tells (a surname alone, "Syme"; a title of no gender,
    "Professor de Worms"), from the pronouns that take them up: the first "he"/"she" after a name that is a
    verb's subject ("Syme walked on; he ..."), before any other name and outside quotes; MIN_PRONOUN_VOTES
    votes, two thirds agreeing. ``skip``: characters already voted on."""
    votes: dict[int, Counter[str]] = {}
    ordered = sorted(names)
    for i, (_, end, c) in enumerate(ordered):
        if c in skip:
            continue
        stop = min(end + PRONOUN_REACH, ordered[i + 1][0] if i + 1 < len(ordered) else len(text))
        for mark in ('"', "“", "”"):
            at = text.find(mark, end, stop)
            stop = at if at >= 0 else stop
        m = _PRONOUN.search(text, end, stop)
        if m:
            votes.setdefault(c, Counter())["m" if m.group(1) else "f"] += 1
    out: dict[int, str] = {}
    for c, v in votes.items():
        g, n = v.most_common(1)[0]
        if n >= MIN_PRONOUN_VOTES and 3 * n >= 2 * sum(v.values()):
            out[c] = g
    return out


def scene_links(text: str, roles: list[RoleMention], names: list[tuple[int, int, int]],
                genders: Callable[[], CharacterGenders] | None = None) -> dict[str, int]:
    """Generic roles the narration uses for the one named character of their gender and age in the scene ("the
    young girl" written just after Daisy's name): each mention of the role votes for the named character of its
    gender named within SCENE_WINDOW characters before it, when there is exactly one (the character's gender from
    all its mentions, character_genders; a young woman's role is no "Mrs." or "Madame"; a name written after the
    role, "said the old man; 'his name is George'", introduces someone else). A role with MIN_SCENE_VOTES votes,
    at least two thirds of them for one character and none of its mentions after two such characters, is that
    character's ("the young lady" and "the young girl" may both be hers; a character two roles of different ages
    would claim, "the young man" and "the old man", is neither's). ``genders``: character_genders of these names,
    when the caller has it."""
    by_label: dict[str, list[RoleMention]] = {}
    for r in roles:
        if is_generic_role(r.label) and r.gender:
            by_label.setdefault(r.label, []).append(r)
    if not by_label:
        return {}
    known = genders() if genders else character_genders(text, names)
    people = sorted(names)
    starts = [s for s, _, _ in people]
    links: dict[str, int] = {}
    for label, mentions in by_label.items():
        votes: Counter[int] = Counter()
        for r in mentions:
            present = present_of_gender(r, people, starts, known)
            if len(present) > 1:
                votes.clear()
                break
            votes.update(present)
        if votes:
            c, n = votes.most_common(1)[0]
            if n >= MIN_SCENE_VOTES and 3 * n >= 2 * sum(votes.values()):
                links[label] = c
    ages: dict[int, set[bool]] = {}
    for label, c in links.items():
        ages.setdefault(c, set()).add(label.split()[1] in _YOUNG)
    return {label: c for label, c in links.items() if len(ages[c]) == 1}


def present_of_gender(r: RoleMention, people: list[tuple[int, int, int]], starts: list[int],
                      known: CharacterGenders) -> set[int]:
    """The named characters of the gender of role mention ``r`` written within SCENE_WINDOW characters before it
    (a young woman's role is no "Mrs." or "Madame"). ``people``: name mentions (start, end, character) in text
    order, ``starts`` their starts."""
    young = r.gender == "f" and r.label.split()[1] in _YOUNG
    window = people[bisect_left(starts, r.start - SCENE_WINDOW):bisect_left(starts, r.start)]
    return {c for _, _, c in window if known.gender.get(c) == r.gender and not (young and c in known.married)}


class Span(Protocol):
    """Anything written at [start, end) of the text: a role mention, a cast mention."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


def role_scenes(mentions: Sequence[Span]) -> list[tuple[int, int]]:
    """The (start, end) spans of the scenes a role's mentions fall in: mentions in text order, a new scene where
    the next is more than SCENE_GAP characters on."""
    spans: list[tuple[int, int]] = []
    for r in sorted(mentions, key=lambda r: r.start):
        if spans and r.start - spans[-1][1] <= SCENE_GAP:
            spans[-1] = (spans[-1][0], r.end)
        else:
            spans.append((r.start, r.end))
    return spans


def _holds_in_most_scenes(mentions: list[RoleMention], starts: list[int]) -> bool:
    """Whether a character named at ``starts`` is named within SCENE_GAP characters of more than half of the
    scenes of a role's ``mentions``: "the young man" used for several young men over a novel (one at a station,
    another at a concert) is none of them."""
    scenes = role_scenes(mentions)
    starts = sorted(starts)
    held = sum(bisect_left(starts, s - SCENE_GAP) < bisect_left(starts, e + SCENE_GAP + 1) for s, e in scenes)
    return 2 * held > len(scenes)


# a describing word before a name in narration, a title allowed between: "old Mr. Emerson", "young Robert Lebrun",
# "Young Wilcox" opening a sentence
_MODIFIED_NAME = re.compile(r"\b([A-Za-z][a-z]+)[ \t\n]+(?:([A-Z][a-z]{1,8})\.?[ \t\n]+)?$")


def modified_names(text: str, roles: list[RoleMention], names: list[tuple[int, int, int]],
                   genders: Callable[[], CharacterGenders] | None = None) -> dict[str, list[tuple[int, int]]]:
    """The names the narration writes with the modifier of a generic role, by role label: (position, character)
    of "old Mr. Emerson" for "the old man", of "young Robert Lebrun" for "the young man" (the gender of the title,
    else of the character from all its mentions, must be the noun's: "young Thomas" is no "young girl"). A
    character written with the modifiers of two roles ("old Mr. Emerson", "young Mr. Emerson": father and son
    under one name) is left out of both. ``genders``: character_genders of these names, when the caller has it."""
    by_mod: dict[str, list[RoleMention]] = {}
    for r in roles:
        if is_generic_role(r.label):
            by_mod.setdefault(r.label.split()[1], []).append(r)
    if not by_mod:
        return {}
    known = genders or cache(lambda: character_genders(text, names))
    hits: dict[str, list[tuple[int, int]]] = {}
    for start, end, c in names:
        m = _MODIFIED_NAME.search(text, max(0, start - 30), start)
        mod = m.group(1).lower() if m else ""
        title = m.group(2) if m else None
        if m is None or mod not in by_mod or (title and title.lower() not in TITLES):
            continue
        title = title or _leading_title(text[start:end])
        gender = title_gender(title) if title else known().gender.get(c)
        for label in {r.label for r in by_mod[mod] if r.gender == gender}:
            hits.setdefault(label, []).append((start, c))
    claimed = Counter(c for found in hits.values() for c in {c for _, c in found})
    return {label: [(pos, c) for pos, c in found if claimed[c] == 1] for label, found in hits.items()}


def modifier_links(text: str, roles: list[RoleMention], names: list[tuple[int, int, int]],
                   genders: Callable[[], CharacterGenders] | None = None) -> dict[str, int]:
    """Roles of a generic noun the text equates with a named character by their modifier (modified_names: "the
    old man" is the character written "old Mr. Emerson"). Only one-to-one links: a modifier written before two
    characters' names, or a character written with the modifiers of two roles, links nothing; nor does a role
    whose scenes mostly lack the character ("the young man" at a station beside "young Wilcox" and at a concert,
    another young man, later: _holds_in_most_scenes). ``genders``: character_genders of these names, when the
    caller has it."""
    found: dict[str, int] = {}
    for label, hits in modified_names(text, roles, names, genders).items():
        cs = {c for _, c in hits}
        c = next(iter(cs), None)
        if c is not None and len(cs) == 1 and _holds_in_most_scenes(
                [r for r in roles if r.label == label], [s for s, _, k in names if k == c]):
            found[label] = c
    return found


def _leading_title(name: str) -> str | None:
    """The title a name mention opens with ("Mr. Emerson" -> "Mr"), or None."""
    first = name.split(maxsplit=1)[0].rstrip(".") if name.strip() else ""
    return first if first.lower() in TITLES and " " in name.strip() else None


# Dialogue-tag subjects that no name, pronoun or "the" role phrase covers: a demonstrative descriptor or one with
# an owner ("drawled this newcomer", "said the child's nurse"), an anonymous speaker ("said one", "said another",
# "somebody exclaimed", "cried one of the women", "called a voice from the darkness"); and "the" phrases that
# dialogue.speaking_roles misses ("continued the undertaker solemnly", "the prima donna sang").
_PERSON_WORD = r"[a-z][a-z\-]*"
# no article, owner or preposition is a modifier: "that the boy said", "said the master at length"
_MOD = r"(?!(?:the|an?|his|her|my|our|their|this|that|of|and|at|in|on|with|to|from|for|by)\b)" + _PERSON_WORD
# A head noun: no adverb ("the undertaker solemnly", "one kid even put").
_HEAD = r"(?!(?:(?!reply|ally|bully)[a-z]+ly|even|still|then|now|just|again|too|also|only|soon)\b)" + _PERSON_WORD


def _owned(group: str) -> str:
    """An optional owner before the head: "the child's nurse", "my brother's wife", "a girl's voice"."""
    return r"(?:(?P<" + group + r">" + _PERSON_WORD + r")['’]s[ \t]+)?"


_MODS = r"(?:" + _MOD + r"[ \t]+){0,2}"  # greedy: "came a harsh reply" is no "harsh" + adverb
_NP_END = (r"(?=[ \t]*(?:[,.;:!?—\"”()]|$|(?:with|who|whose|of|in|from|at|to|as|and|on|for|after|before|"
           r"behind|across|through)\b|[a-z]+ly\b|[a-z]+ing\b))")
_SUBJECT = (
    r"(?P<subj>(?P<anon>(?:[Ss]ome|[Aa]ny)(?:body|one)(?:[ \t]+else)?"
    r"|(?:[Oo]ne|[Ee]ach|[Ss]ome|[Tt]he[ \t]+[a-z]+est)[ \t]+of[ \t]+(?:the|them|us|these|those|his|her|their|my|our)"
    r"(?:[ \t]+" + _MODS + _HEAD + r")?"  # "one of the young fellows"; not "one of them significantly"
    r"|(?:[Aa]n?|[Oo]ne|[Aa]nother)[ \t]+" + _owned("aowner") + _MODS + r"(?P<anoun>" + _HEAD + r")"
    r"|[Oo]ne|[Aa]nother)"
    r"|(?P<det>[Tt]his|[Tt]hat|[Tt]he)[ \t]+" + _owned("owner") + _MODS
    + r"(?P<noun>" + _HEAD + r")"
    r"|(?P<cdet>[Tt]he|[Aa]n?|[Oo]ne)[ \t]+(?P<cmods>" + _MODS + r")(?P<cnoun>[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?))"
)
# Speech verbs of tags: dialogue.SPEECH_VERBS and "queried" ("queried the youngest of the gang").
TAG_VERBS = SPEECH_VERBS | {"queried", "queries"}
_VERB = r"(?P<verb>" + "|".join(sorted(TAG_VERBS, key=len, reverse=True)) + r")\b"
_SUBJECT_LAST = re.compile(r"[ \t,]*" + _VERB + r"(?:[ \t]+(?:up|out|forth))?[ \t]+(?:" + _SUBJECT + r")" + _NP_END)
_VOICES = frozenset({"voice", "reply", "answer", "cry", "shout", "whisper"})
# "came a voice from the landing": a verb of arrival tags a quote only with a voice for subject (_voice_tag)
_VOICE_CAME = re.compile(r"[ \t,]*(?P<verb>came|floated|drifted|sounded|rang[ \t]+out)[ \t]+(?P<subj>(?P<anon>[Aa]n?"
                         r"[ \t]+" + _owned("aowner") + r"(?:" + _MOD + r"[ \t]+)?(?P<anoun>"
                         + "|".join(sorted(_VOICES)) + r")))\b")
_SUBJECT_FIRST = re.compile(r"[ \t,]*(?:" + _SUBJECT + r")[ \t]+(?:[a-z]+ly[ \t]+)?" + _VERB)
# A tag before its quote starts a clause: after punctuation, a paragraph start or a conjunction, not an object
# ("released a shallow exhale, saying").
_CLAUSE_START = r"(?:^|(?<=\n)|(?<=[.!?;:,—”\"] )|(?<=\b[Aa]nd )|(?<=\b[Tt]hen )|(?<=\b[Bb]ut )|(?<=\b[Ww]hen ))"
_SUBJECT_BEFORE = re.compile(_CLAUSE_START + r"(?:" + _SUBJECT + r")[ \t]+(?:[a-z]+ly[ \t]+)?" + _VERB
                             + r"[ \t]*[,:—]?[ \t]*$")
# A lead-in whose speech verb stands far from its subject ("a Canary called out in a trembling voice to its children,
# “…”", "an old Crab took the opportunity of saying to her daughter “…”", "the old gentleman rose lumberingly and
# said “…”"): the subject opens a clause of the quote's sentence and a verb follows it.
FAR_LEAD_IN = 200  # characters before a quote where such a lead-in is read
FAR_LEAD_IN_WORDS = 12  # words at most between its subject and its speech verb
_LEAD_IN_BREAK = re.compile(r"[.!?;:](?=\s)|[“”\"]")  # a sentence or a quote ends: the lead-in starts after it
_ACTING = r"(?=[ \t]+(?:[a-z]+ly[ \t]+)?(?:" + "|".join(sorted(_ACT_VERBS | SPEECH_VERBS, key=len, reverse=True)) \
    + r"|[a-z]+ed)\b)"
_CLAUSE_SUBJECT = re.compile(_CLAUSE_START + r"(?:" + _SUBJECT + r")" + _ACTING)
_PLACE = re.compile(r"\b(?:at|on|in|of|from|into|across|towards?|near|upon)[ \t]+(?:the[ \t]+)?[A-Z][A-Za-z'’\-]*")
_OTHER_SUBJECTS = frozenset({"he", "she", "they", "i", "we", "you", "who", "which", "that", "it"})


def far_lead_in(text: str, quote_start: int) -> re.Match[str] | None:
    """The subject of a lead-in sentence that runs into the quote opening at ``quote_start`` with a speech verb
    far from its subject (a match of _SUBJECT, see FAR_LEAD_IN), or None: the speech verb is the lead-in's last,
    words of manner or address after it (dialogue.loose_lead_in_verb); the subject is the last one opening a
    clause before the verb, a verb right after it; between the two stand at most FAR_LEAD_IN_WORDS words, no
    capitalised word but a place after a preposition (a name, someone else who may be speaking: "the Rabbit
    noticed Alice, as she went hunting about, and called out"; "a policeman on the Embankment spoke to him, and
    said" is the policeman's) and no pronoun that opens a clause of its own ("a man came in as he said")."""
    lo = max(0, quote_start - FAR_LEAD_IN)
    breaks = list(_LEAD_IN_BREAK.finditer(text, lo, quote_start))
    if breaks:
        lo = breaks[-1].end()
    verb = loose_lead_in_verb(text, lo, quote_start)
    if verb is None:
        return None
    found = None
    for m in _CLAUSE_SUBJECT.finditer(text, lo, quote_start):  # the verb after the subject may be the speech verb
        if m.end("subj") <= verb:
            found = m
    if found is None:
        return None
    between = WORD_RUN.findall(_PLACE.sub(" of ", text[found.end("subj"):verb]))
    if len(between) > FAR_LEAD_IN_WORDS or any(w[0].isupper() or w.lower() in _OTHER_SUBJECTS for w in between):
        return None
    return found


# Heads that are no speaking role of their own (also build.py's exclusions for dialogue.speaking_roles).
NOT_ROLE_HEADS = DESCRIPTOR_NOUNS | GENERIC | NOT_PERSONS | set(STOP_WORDS) | SPEECH_VERBS
# Words after an article that name no speaker ("said a moment later", "said a few words").
_NOT_SPEAKERS = frozenset({"moment", "minute", "minutes", "while", "second", "time", "little", "bit", "few", "word",
                           "words", "last", "length", "once", "thing", "good", "great", "deal", "later", "more"})
# Of those, the words that describe a person before its noun ("said a little girl", "a great lubberly fellow").
_DESCRIBING = frozenset({"little", "good", "great"})


@dataclass(frozen=True, slots=True)
class TagSubject:
    """The subject of one dialogue tag that names no character. ``kind``: "anonymous" for a one-off speaker ("said
    one"), "role" for a descriptor role ("the child's nurse"), "head" for a "the" phrase whose head noun
    find_roles then takes for a speaking role ("the prima donna sang"), "title" for a title said as a name ("said
    the Colonel"), a role only where no character bears the title. ``anchors``: the ends (tag after) or starts
    (tag before) of the quotes it tags; a tag between two quotes ("...," somebody exclaimed, "...") tags both."""

    role: RoleMention
    kind: TagKind
    anchors: tuple[int, ...]


def _singular(noun: str) -> str:
    return noun[:-3] + "man" if noun.endswith("men") else noun[:-1] if noun.endswith("s") else noun


def _subject_role(m: re.Match[str], counter: Counter[str]) -> tuple[RoleMention, TagKind] | None:
    """The role a tag subject ``m`` (a match of _SUBJECT) names and whether it is anonymous, or None: an anonymous
    speaker gets a label of its own (a fresh speaker per tag: "another #2"); a descriptor the label of its owner
    and head noun ("the child's nurse"; a demonstrative joins the "the" role of its head: "this newcomer" ->
    "the newcomer")."""
    start, end = m.span("subj")
    if m.groupdict().get("cnoun"):
        return _creature_role(m)
    if m.group("anon"):
        owner, head = m.group("aowner"), m.group("anoun")
        phrase = " ".join(m.group("anon").lower().split())
        words = phrase.split()
        if (words[-1] in _NOT_SPEAKERS or _NOT_SPEAKERS.intersection(words[:-1]) - _DESCRIBING
                or (head in NOT_PERSONS and head not in _VOICES)):
            return None
        counter[phrase] += 1
        noun = owner if head in _VOICES and owner else head or phrase.split()[-1]
        return RoleMention(start, end, f"{phrase} #{counter[phrase]}", noun_gender(_singular(noun))), "anonymous"
    det, noun, owner = m.group("det").lower(), m.group("noun"), m.group("owner")
    if noun in _NOT_SPEAKERS or noun in _VOICES or (noun in NOT_ROLE_HEADS and noun not in ROLE_DESCRIPTORS):
        return None  # no person, or a descriptor coref gives a named character ("this boy", "the boy's mother")
    if noun.endswith("s") and not noun.endswith("ss"):
        return None  # a group ("cried the ladies") is no one speaker
    kind: TagKind = "head" if det == "the" and not owner else "role"  # "the [modifiers] noun": find_roles' rules
    return RoleMention(start, end, f"the {owner}'s {noun}" if owner else f"the {noun}", noun_gender(noun)), kind


def _creature_role(m: re.Match[str]) -> tuple[RoleMention, TagKind] | None:
    """A capitalised noun the cast formed no name of, with an article, as a tag's subject ("said the Eaglet", "a
    Canary called out", "said the young Crab"): a speaking role labelled "the [modifiers] Noun", one character
    for every tag of the same label. The mention starts at the noun, so a cast name written there ("said the
    Lory", the Lory being a character) keeps the tag. A title ("said the Colonel") is a "title" subject: the role
    "the Colonel" where no character bears that title (find_roles), else the titled character's (the tag rules'
    unlisted_name_tag)."""
    noun = m.group("cnoun")
    low = noun.lower()
    mods = " ".join(m.group("cmods").split())
    if low in NEUTRAL_TITLES and not mods and m.group("cdet").lower() == "the":
        return RoleMention(m.start("cnoun"), m.end("cnoun"), f"the {noun}", None), "title"
    if low in TITLES or low in TITLE_NOUNS or low in NOT_PERSONS or low in _NOT_SPEAKERS or low in STOP_WORDS:
        return None
    label = f"the {mods} {noun}" if mods else f"the {noun}"
    start = m.start("cnoun")
    return RoleMention(start, m.end("cnoun"), label, noun_gender(low)), "role"


def _voice_tag(text: str, end: int) -> re.Match[str] | None:
    """""Yoo-hoo!" came a voice from the landing": an unnamed voice arriving is the quote's speaker (an anonymous
    one), not the character in focus; in a first-person scene the conversation model gave it to the narrator
    (fan-fiction dev: 2 quotes)."""
    return _VOICE_CAME.match(text, end, end + 80)


def tag_subjects(text: str, quote_ends: list[int], quote_starts: list[int]) -> list[TagSubject]:
    """The dialogue tags next to quotes whose subject is no name, pronoun or "the" role phrase: demonstrative
    descriptors and anonymous speakers (see _SUBJECT), in text order."""
    tags: dict[int, tuple[re.Match[str], list[int]]] = {}  # by subject start
    for end in quote_ends:
        m = (_SUBJECT_LAST.match(text, end, end + 80) or _SUBJECT_FIRST.match(text, end, end + 80)
             or _voice_tag(text, end))
        if m:
            tags.setdefault(m.start("subj"), (m, []))[1].append(end)
    for start in quote_starts:
        b = _SUBJECT_BEFORE.search(text, max(0, start - 60), start) or far_lead_in(text, start)
        if b:
            tags.setdefault(b.start("subj"), (b, []))[1].append(start)
    counter: Counter[str] = Counter()
    out: list[TagSubject] = []
    for s in sorted(tags):
        m, anchors = tags[s]
        found = _subject_role(m, counter)
        if found:
            out.append(TagSubject(found[0], found[1], tuple(anchors)))
    return out
