"""The relations analyser: pairings among the main characters, romantic ("/") or platonic (" & "), with evidence.

Sentences where both characters are mentioned (by name, pronoun or descriptor) are read for romantic cues
(kissing, proposals, "boyfriend", sex) and platonic ones (friendship, family). A romance needs strong romantic
cues; weak ones ("lips", "bed") only add to them, and proximity alone is nothing. Intimacy (a blush, a racing
heart, hands held: INTIMATE) is counted apart, for the learned scorer. The fandom KB's known pairings
add a prior; a couple of the fandom needs only a strong cue (or weak ones worth one), and a couple of the canon
(marked in the fandom files: James Potter/Lily Evans Potter, Clark Kent/Lois Lane) is romantic wherever the two
share sentences and the text gives no platonic evidence (its family words are of its kin); a popular pairing of the
fans never makes a pairing on its own. A unit that says the contact was forced gives no romantic evidence, and a
character who never speaks in a work of known speakers (:func:`offstage`) pairs only by cue words. A score is 0.5
at the evidence threshold of its kind and approaches 1 as the evidence grows past it. Tags are ordered as AO3
orders them: the KB's most common ordering of the pair where many works write it, else alphabetically by name as
written. Where the shipped learned pair scorer is on (:mod:`ficlens.analyse.pair_scorer`), it decides from the
pair's facts (:func:`pair_table`, the rules' decision among them) which pairs are tagged and their type, within
the hard rules (:func:`may_be_romantic`, the off-stage rule, the second-romance rule, the consent stage).
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from ficlens.analyse import pair_scorer
from ficlens.analyse.analysis import Analysis
from ficlens.analyse.cast.model import Cast, Cluster
from ficlens.analyse.cast.narrator import FIRST_PERSON, narrator_of
from ficlens.analyse.cast.originals import ORIGINAL
from ficlens.analyse.cast.reader import READER
from ficlens.analyse.dialogue import QuoteSpan, quote_at, quote_index
from ficlens.analyse.relation_groups import GROUP_CONVERSATIONS, Turn, talking_groups
from ficlens.knowledge import load_kb
from ficlens.knowledge.fandom_kb import bare_name
from ficlens.nlp.document import Document, TextSpan
from ficlens.report import Relationship, Span, Warning

FIND: Literal["find"] = "find"  # a narrator argument: look for the first-person narrator (narrator_of) here
Narrator = int | None | Literal["find"]

# Romantic evidence between two people: each strong cue counts 1, each weak cue (also said of friends, or of
# things: "lips thinned", "went to bed") WEAK_CUE; a romance needs strong cues worth STRONG_MIN, whatever the rest.
# Each pattern's "(?=[...])" lists the first letters of its words: the same matches, found faster (the engine
# tries the alternatives only at those letters). tests/analyse/test_regex_guards.py checks the lists against the words.
ROMANTIC_STRONG = re.compile(
    r"\b(?=[abcdefghiklmnopstw])(?:kiss\w*|sexual(?:ly)?|(?:been|got|getting) together|"
    r"lovers?|boyfriends?|girlfriends?|husbands?|wife|wives|married|marry|marriage|spouses?|fianc(?:e|é|ee|ée)s?|"
    r"newlyweds?|honeymoon|anniversary|betrothed|courting|courtship|soul ?mates?|"
    r"propos(?:e|ed|es|al|ing)|engaged|engagement|wedding|dating|(?:on a|first|our|their) date|a date with|date night|"
    r"in love|love you|loved him|loved her|love him|love her|my love|beloved|fell for|falling for|attracted to|"
    r"in a relationship|sex|slept with|sleeping with|make love|made love|making love|making out|made out|"
    r"crush|flirt\w*|hickeys?|arousal|aroused|orgasm\w*|sweetheart|snog\w*|smooch\w*|"
    r"lovemaking|love ?bites?|seduc\w*|(?:broke|break|breaking|broken) up with|cheat(?:ed|ing)? on (?:him|her|me|you)|"
    r"ask(?:ed|ing)? (?:him|her|me|you) out)\b", re.IGNORECASE)
ROMANTIC_WEAK = re.compile(r"\b(?=[bcdehijlmnrtu])(?:lips?|bed|naked|moan\w*|cuddl\w*|embrac\w*|caress\w*|mate|mates|"
                           r"bond|bonding|romantic|romance|blush\w*|nuzzl\w*|thrust\w*|cock|darling|babe|honey|"
                           r"jealous\w*|desire\w*|lust\w*|heart ?beat|relationship|intima\w+|undress\w*)\b",
                           re.IGNORECASE)
PLATONIC = re.compile(r"\b(?=[abcdfgmnpstu])(?:friends?|friendship|best friend|buddy|buddies|bro|brother|sister|"
                      r"brothers|sisters|siblings?|twins?|dad|father|mom|mum|mother|son|daughter|family|cousin|uncle|"
                      r"aunt|grand(?:father|mother|son|daughter|pa|ma)|nephew|niece|pal|mate's|"
                      r"teammates?|partner in crime|comrades?)\b", re.IGNORECASE)
# Intimacy between two people that names no romance: the body's answer to the other (a blush, a racing heart, a
# caught breath), hands held, a face cupped, a bed of theirs. Rare between friends and strangers, common between the
# lovers of a slow-burn story that never says "kiss" (dev candidate pairs with such a cue in a unit the two share:
# romantic 45 %, platonic 15 %, untagged 8 %). Kept apart from the romantic cues: a feature of the learned scorer and,
# worth INTIMATE_MIN, what makes a romance possible without a romantic word (:func:`may_be_romantic`).
INTIMATE = re.compile(
    r"\b(?=[bcfhilopst])(?:blush\w*|flush(?:ed|ing)|"
    r"heart (?:raced|racing|races|pounded|pounding|pounds|skipped|skips|fluttered|flutters|stuttered|stutters|"
    r"hammered|hammering|swelled|ached|aches)|pulse (?:quickened|jumped|raced|racing)|butterflies|"
    r"breath (?:caught|hitched|hitches)|(?:cheeks|face) (?:heat\w*|warm\w*|burn\w*|redden\w*)|"
    r"(?:held|holds?|holding) (?:his|her|their) hands?|hand in hand|(?:holding|held) hands|"
    r"(?:laced|intertwined|interlaced|twined) (?:their |his |her )?fingers|fingers (?:laced|intertwined|interlaced)|"
    r"snuggl\w*|cuddl\w*|(?:stroked|strokes|stroking|brushed|brushes|brushing) (?:his|her) (?:hair|cheek|face|lips)|"
    r"(?:cupped|cups|cupping) (?:his|her) (?:face|cheek|cheeks|jaw)|(?:their|our) (?:bed|bedroom)|same bed|"
    r"shar(?:e|ed|es|ing) (?:a|the|his|her) bed)\b", re.IGNORECASE)
# Touch and care between two people that names no romance: a hug, a hand squeezed, an arm put around someone, a
# head rested on a shoulder, comfort given, wounds tended. Friends, family and lovers touch; strangers and rivals
# rarely do: a feature of the learned scorer (how close the two are), never a romantic cue.
TOUCH = re.compile(
    r"\b(?:hug(?:s|ged|ging)?|(?:squeez|pat|touch|stroke|rubb?)\w* (?:his|her|their) (?:hands?|shoulders?|arms?|back|"
    r"head|knee|neck)|(?:wrap|put|puts|putting|threw|throw|sling|slung|drap|hook)\w* (?:an |his |her |their )?arms? "
    r"(?:around|round|over)|(?:rest|lean|lay|laid|pillow)\w* (?:his|her|their) head|lean\w* (?:against|into|on) "
    r"(?:him|her|them)|clung to|cling\w* to|held (?:him|her|them) (?:close|tight)|(?:hold|holds|holding) (?:him|her|"
    r"them) (?:close|tight)|comfort\w*|console\w*|soothe\w*|tend\w* (?:to )?(?:his|her|their) (?:wounds?|injur\w+)|"
    r"bandag\w*|carr(?:y|ied|ies|ying) (?:him|her|them))\b", re.IGNORECASE)
# Sexual contact without consent: a unit that says so gives no romantic evidence, whatever its cue words.
FORCED = re.compile(r"\b(?:rap(?:e|ed|es|ing|ist|ists)|forced (?:himself|herself|themselves|a kiss)|"
                    r"forc\w* (?:him|her|them) (?:to|into|down)|against (?:his|her|their|my|your) will|"
                    r"without (?:his|her|their|my|your) consent|(?:didn't|did not|never|couldn't|could not) consent|"
                    r"non-?con\w*|molest\w*|sexual(?:ly)? assault\w*)\b", re.IGNORECASE)
KIN = re.compile(r"(?:brother|sister|brothers|sisters|siblings?|twins?|dad|father|mom|mum|mother|son|daughter|"
                 r"family|cousin|uncle|aunt|grand\w+|nephew|niece)", re.IGNORECASE)  # PLATONIC's family words
GUARDED_PATTERNS: tuple[re.Pattern[str], ...] = (ROMANTIC_STRONG, ROMANTIC_WEAK, PLATONIC, INTIMATE)
WEAK_CUE = 0.3
STRONG_MIN = 1.0
INTIMATE_MIN = 1.0  # intimacy cues between two (see INTIMATE) that make a romance possible without a romantic word
TOP_CHARACTERS = 8
MIN_COOCCURRENCE = 2
MIN_NAMES = 2  # a partner is named at least this often
COUPLE_SHARE = 0.01  # a known couple of the fandom: romantic in this share of its works at least
SPEAKING_WORK = 20  # attributed quotes from which a work's silent characters are talked about, not on its stage
SCENE_MIN = 4  # sentences shared by a pair with no cue words that is still a pairing (see _scene_partners)
SCENE_SHARE = 0.125  # a friendship shares at least this part of the sentences the work's most present pair shares
ROMANTIC_MIN = 2.0
PLATONIC_MIN = 1.0
KB_PRIOR = 1.0
KB_ORDER_WORKS = 20  # works of a tag from which its order is AO3's (see ao3_tag)
MAX_EVIDENCE = 3
QUOTED_CUE = 0.4
UNKNOWN_PAIR_FACTOR = 2.0  # a pairing the KB never saw needs this much more evidence
LEARNED_ROMANCE_MARGIN = 0.5  # romantic-minus-platonic log-odds of the learned scorer from which weak cues suffice
# (see _learned_romance; chosen on the AO3 silver set: scripts/silver_relations.py --margins)
SECONDARY_SHARE = 0.5  # a second romance of a character needs half the evidence of its strongest one (or to be a
# side of a triad: a polyamorous story's romances are all its own, not talk about someone's lover)


@dataclass(slots=True)
class PairEvidence:
    together: int = 0
    romantic: float = 0.0
    romantic_strong: float = 0.0
    platonic: float = 0.0
    kin: float = 0.0  # the family words' part of ``platonic``
    close: float = 0.0  # the strong romantic cues of the sentences the two share (``romantic_strong`` less paragraphs)
    intimate: float = 0.0  # intimacy cues (INTIMATE), weighted as the romantic ones
    forced: int = 0  # units naming both that say sexual contact was forced
    touch: float = 0.0  # touch and care cues (TOUCH) of the sentences both are in
    scenes: int = 0  # scenes (chapters cut at scene breaks: :func:`scenes`) both are in
    scene_share: float = 0.0  # ``scenes`` over the scenes either one is in
    romantic_spans: list[tuple[float, TextSpan]] = field(default_factory=list)
    platonic_spans: list[tuple[float, TextSpan]] = field(default_factory=list)


def _name_key(name: str) -> tuple[bool, str]:
    """AO3 authors order a tag's names alphabetically as written, given name first ("Arthur Pendragon/Merlin",
    "Harry Potter & Pansy Parkinson"); "Character/Reader": the reader last."""
    return (name == READER, name.lower())


def ao3_tag(people: Sequence[Cluster], kind: str, fandoms: list[str]) -> str:
    """The tag as AO3 writes it: the KB's most common ordering where KB_ORDER_WORKS works at least write it (a tag
    of a few works is one author's order), else alphabetical by name; the names without
    their disambiguators, the most common one put after the whole tag ("Finn/Poe Dameron/Rey (Star Wars)")."""
    names = [c.name for c in people]
    kb = load_kb()
    for fandom in fandoms:
        tags = kb.relationship_tags(fandom, names, kind)
        if tags and tags[0][1] >= KB_ORDER_WORKS:
            return tags[0][0]
    sep = "/" if kind == "/" else " & "
    kept = [n if n.endswith(ORIGINAL) else bare_name(n) for n in names]  # "(Original Character)" stays on its name
    qualifiers = [q for n, k in zip(names, kept, strict=True) if (q := n[len(k):].strip())]
    ordered = sorted(kept, key=_name_key)
    return sep.join(ordered) + (f" {max(qualifiers, key=qualifiers.count)}" if qualifiers else "")


TITLE_USE = re.compile(r"[ \t]+[A-Z]")  # "Uncle Bob": a kinship word as a title names a third person
# "his", "her", "their", "Draco's", "the twins'", with up to two words between ("his late father", "her big sister")
POSSESSOR = re.compile(r"(?:\b(?:his|her|their|my|your|our)|\w(?:['’]s|s['’]))(?:\s+[a-z-]+){0,2}\s+$",
                       re.IGNORECASE)


def _counts(pattern: re.Pattern[str], text: str, m: re.Match[str], start: int) -> bool:
    """Whether a cue word names a bond between the characters of its unit. A platonic word written as a title before
    a name names a third person ("Uncle Bob", "Sister Mary"), and so does a family word of someone's ("his father",
    "Draco's mother": the possessor's relative, rarely the other one of the pair) unless the relative's name
    follows ("her sister Tish", "his brother Dean"). A romantic word before a name is its object ("kissed Harry",
    "married Bill"), never a title."""
    if pattern is not PLATONIC:
        return True
    named = TITLE_USE.match(text, m.end()) is not None
    if not KIN.fullmatch(m.group()):
        return not named
    possessed = POSSESSOR.search(text, max(start, m.start() - 24), m.start()) is not None
    return named if possessed else not named


def _family_member(text: str, unit: TextSpan) -> bool:
    """Whether a sentence names someone's relative ("Her father hugs her tight and kisses her hair", "his mother's
    embrace"): its affection is the family's, whoever the pronouns were resolved to."""
    return any(POSSESSOR.search(text, max(unit.start, m.start() - 24), m.start()) is not None
               and TITLE_USE.match(text, m.end()) is None
               for m in PLATONIC.finditer(text, unit.start, unit.end) if KIN.fullmatch(m.group()))


class FamilySentences:
    """The sentences of a text that name someone's relative (:func:`_family_member`), looked up by offset."""

    def __init__(self, text: str, sentences: Sequence[TextSpan]) -> None:
        self.spans = [(s.start, s.end) for s in sentences if _family_member(text, s)]
        self.starts = [start for start, _ in self.spans]

    def __contains__(self, offset: object) -> bool:
        if not isinstance(offset, int):
            return False
        i = bisect.bisect_right(self.starts, offset) - 1
        return i >= 0 and offset < self.spans[i][1]


def _cue_words(pattern: re.Pattern[str], text: str, unit: TextSpan, quotes: list[QuoteSpan],
               starts: list[int], family: FamilySentences | None = None) -> list[tuple[str, float]]:
    """The cue words of a unit that count (:func:`_counts`), each with its value: those inside dialogue (talk about
    someone) count for less than narration; none in a sentence of ``family`` (a relative's affection)."""
    return [(m.group(), 1.0 if quote_at(quotes, starts, m.start()) is None else QUOTED_CUE)
            for m in pattern.finditer(text, unit.start, unit.end)
            if _counts(pattern, text, m, unit.start) and (family is None or m.start() not in family)]


def _cues(pattern: re.Pattern[str], text: str, unit: TextSpan, quotes: list[QuoteSpan], starts: list[int],
          family: FamilySentences | None = None) -> float:
    """The value of a unit's cue words (:func:`_cue_words`)."""
    return sum(value for _, value in _cue_words(pattern, text, unit, quotes, starts, family))


def narrator_says(text: str, cast: Cast, narrator: int | None) -> list[int]:
    """The offsets of the narration's first-person words (I, me, my …; not inside quotes) of a work told by a named
    narrator (:func:`ficlens.analyse.cast.narrator.narrator_of`): each a mention of the narrator for the pairings.
    Bella Swan telling her story says "I" and is named only by the others: without them she shares no sentence
    with the people she tells of."""
    if narrator is None:
        return []
    starts = quote_index(cast.quotes)
    return [m.start() for m in FIRST_PERSON.finditer(text) if quote_at(cast.quotes, starts, m.start()) is None]


def collect(doc: Document, cast: Cast, top: list[Cluster],
            same: Mapping[int, int] | None = None, narrator: int | None = None) -> dict[tuple[int, int], PairEvidence]:
    """Evidence per pair of ``top`` characters; ``same`` maps a cluster to the one it is the same person as (its
    mentions count for that one); ``narrator``: the first-person narrator's cluster, present wherever the narration
    says "I" (:func:`narrator_says`). Intimacy cues of a unit the narrator is in only as "I" count for none of its
    pairs: "my heart raced", "I blushed" are the teller's own body, told all through the story."""
    ids = {c.id for c in top}
    same = same or {}
    pairs: dict[tuple[int, int], PairEvidence] = defaultdict(PairEvidence)
    text = doc.text
    quotes = cast.quotes
    starts = quote_index(quotes)
    family = FamilySentences(text, doc.sentences)
    teller = same.get(narrator, narrator) if narrator is not None else -1
    said = narrator_says(text, cast, teller if teller in ids else None)

    def present_in(unit: TextSpan) -> tuple[set[int], bool]:
        """The characters of ``ids`` in a unit (the narrator where its narration says "I") and whether the
        narrator is there only as "I"."""
        found = {same.get(m.cluster, m.cluster) for m in cast.mentions_in(unit.start, unit.end)}
        told = teller not in found and bisect.bisect_left(said, unit.start) < bisect.bisect_left(said, unit.end)
        if told:
            found.add(teller)
        return found & ids, told

    for units in (doc.sentences, doc.paragraphs):
        weight = 1.0 if units is doc.sentences else 0.5
        for unit in units:
            found, told = present_in(unit)
            present = sorted(found)
            if len(present) < 2:
                continue
            touch = _cues(TOUCH, text, unit, quotes, starts) if units is doc.sentences else 0.0
            strong = _cues(ROMANTIC_STRONG, text, unit, quotes, starts, family)
            rom = strong + WEAK_CUE * _cues(ROMANTIC_WEAK, text, unit, quotes, starts, family)
            intimate = _cues(INTIMATE, text, unit, quotes, starts, family)
            forced = FORCED.search(text, unit.start, unit.end) is not None
            if forced:  # a kiss forced on someone is no romance
                strong = rom = intimate = 0.0
            words = _cue_words(PLATONIC, text, unit, quotes, starts)
            pla = sum(value for _, value in words)
            kin = sum(value for word, value in words if KIN.fullmatch(word))
            for i, a in enumerate(present):
                for b in present[i + 1:]:
                    ev = pairs[(a, b)]
                    if units is doc.sentences:
                        ev.together += 1
                        ev.close += min(strong, 3) / (len(present) - 1)
                        ev.touch += min(touch, 3) / (len(present) - 1)
                    ev.forced += forced
                    share = weight / (len(present) - 1)
                    if not (told and teller in (a, b)):
                        ev.intimate += share * min(intimate, 3)
                    if rom:
                        ev.romantic += share * min(rom, 3)
                        ev.romantic_strong += share * min(strong, 3)
                        ev.romantic_spans.append((rom * weight, unit))
                    if pla:
                        ev.platonic += share * min(pla, 3)
                        ev.kin += share * min(kin, 3) * min(pla, 3) / pla
                        ev.platonic_spans.append((pla * weight, unit))
    _scene_overlap(pairs, [present_in(scene)[0] for scene in scenes(doc)])
    return pairs


# A paragraph of marks only ("* * *", "~~~", "---"), matched whole on the stripped paragraph. One mark, then marks or
# spaces: no nested repeat, so a long rule of dashes glued to a paragraph's words (AO3's .txt export) fails at once
# (the nested "[^\w\s]+(?:\s*[^\w\s]+)*" took minutes there, trying every split of the dashes).
SCENE_BREAK = re.compile(r"[^\w\s]\W*")


def scenes(doc: Document) -> list[TextSpan]:
    """The work's scenes: its text cut at chapter starts and at scene breaks (a paragraph of marks only)."""
    text = doc.text
    cuts = {ch.start for ch in doc.work.chapters}
    cuts.update(para.start for para in doc.paragraphs if SCENE_BREAK.fullmatch(text[para.start:para.end].strip()))
    bounds = sorted(c for c in cuts if 0 < c < len(text))
    return [TextSpan(start, end) for start, end in itertools.pairwise([0, *bounds, len(text)]) if end > start]


def _scene_overlap(pairs: Mapping[tuple[int, int], PairEvidence], present: Sequence[set[int]]) -> None:
    """Each pair's scenes shared and their share of the scenes either one is in (``present``: who each scene
    holds)."""
    for (a, b), ev in pairs.items():
        either = sum(1 for p in present if a in p or b in p)
        ev.scenes = sum(1 for p in present if a in p and b in p)
        ev.scene_share = ev.scenes / either if either else 0.0


def _evidence(text: str, spans: list[tuple[float, TextSpan]]) -> list[Span]:
    best = sorted(spans, key=lambda x: (-x[0], x[1].start))
    out: list[Span] = []
    seen: list[TextSpan] = []
    for score, span in best:
        if any(s.start <= span.start < s.end or span.start <= s.start < span.end for s in seen):
            continue
        seen.append(span)
        out.append(Span.of(text, span.start, span.end, min(1.0, score / 3)))
        if len(out) >= MAX_EVIDENCE:
            break
    return out


@dataclass(slots=True)
class Candidate:
    """A pairing (or a triad) that passed its kind's threshold, before the romances are compared."""

    people: tuple[int, ...]
    kind: str  # "/" or "&"
    value: float
    needed: float
    spans: list[tuple[float, TextSpan]]
    faint: bool = False  # a romance of scene partners read from faint cues: kept only where neither has another
    side: bool = False  # a romance short of its threshold: kept only as the third side of a triad (see _triads)
    learned: bool = False  # the learned scorer's (valued by its tag probability)
    shown: float = 0.0  # where set, the evidence ratio its score shows instead of value / needed (see _learned)


def _name_words(name: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z0-9]+", bare_name(name.split(" | ")[0]).lower()) if len(w) > 1)


def same_person(a: Cluster, b: Cluster) -> bool:
    """Two clusters that are one person under two names: one KB character; the same words in another order
    ("Midoriya Izuku", "Izuku Midoriya"); or a name not in the KB whose words are all in the other's ("Zia",
    "Zia Ayn"), titles kept ("Mr. Zuckerberg" is not "Mark Zuckerberg")."""
    if a.kb is not None and b.kb is not None:
        return a.kb.name == b.kb.name and a.kb.fandom == b.kb.fandom
    wa, wb = _name_words(a.name), _name_words(b.name)
    if not wa or not wb:
        return False
    return wa == wb or ((a.kb is None and wa <= wb) or (b.kb is None and wb <= wa))


def pairing_cast(cast: Cast) -> tuple[list[Cluster], dict[int, int]]:
    """The characters pairings are read for (the top TOP_CHARACTERS named at least MIN_NAMES times: a singer
    named once is nobody's partner) and, for each other cluster that is the same person as one of them, that one."""
    ranked = [c for c in cast.ranked() if c.names > 0]
    top: list[Cluster] = []
    same: dict[int, int] = {}
    for c in ranked:
        twin = next((t for t in top if same_person(t, c)), None)
        if twin is not None:
            same[c.id] = twin.id
        elif len(top) < TOP_CHARACTERS and c.names >= MIN_NAMES:
            top.append(c)
    return top, same


def _pair_works(a: Cluster, b: Cluster, fandoms: list[str]) -> list[tuple[int, int, int]]:
    """Per detected fandom, the pair's (romantic, platonic) works in the KB's relationship tags and the fandom's
    works; nothing unless both are KB characters."""
    if a.kb is None or b.kb is None:
        return []
    kb = load_kb()
    return [(*kb.pair_works(fandom, a.name, b.name), kb.fandoms[fandom].works) for fandom in fandoms]


def _priors(works: list[tuple[int, int, int]]) -> tuple[float, float]:
    """The KB's prior for the pair: log-scaled works of its romantic and platonic tags in the detected fandoms."""
    return (sum(KB_PRIOR * math.log1p(r) / 5 for r, _, _ in works),
            sum(KB_PRIOR * math.log1p(p) / 5 for _, p, _ in works))


def _canon_couple(a: Cluster, b: Cluster, fandoms: list[str]) -> bool:
    """Whether the two KB characters are a couple in the canon of one of the fandoms (James Potter/Lily Evans Potter,
    Clark Kent/Lois Lane; not a popular pairing of two canon enemies)."""
    if a.kb is None or b.kb is None:
        return False
    kb = load_kb()
    return any(kb.canon_couple(fandom, a.name, b.name) for fandom in fandoms)


def _popular_couple(works: list[tuple[int, int, int]]) -> bool:
    """Whether the pair is a couple of one of the fandoms: romantic in at least COUPLE_SHARE of its works, and
    more often romantic than platonic (James Potter/Lily Evans Potter; not a rare pairing of two canon names)."""
    return any(r > p and r >= COUPLE_SHARE * n for r, p, n in works)


def _scene_partners(pairs: Mapping[tuple[int, int], PairEvidence]) -> set[tuple[int, int]]:
    """Pairs that share at least SCENE_MIN sentences and are, for one of the two, the partner it shares most with."""
    best: dict[int, int] = defaultdict(int)
    for (a, b), ev in pairs.items():
        best[a] = max(best[a], ev.together)
        best[b] = max(best[b], ev.together)
    return {(a, b) for (a, b), ev in pairs.items()
            if ev.together >= SCENE_MIN and ev.together >= min(best[a], best[b])}


FORM_OF_ADDRESS = frozenset({"mr", "mrs", "ms", "miss", "lord", "lady", "sir", "dame", "madam", "master", "mistress"})


def _surname(c: Cluster) -> str | None:
    """The last word of a given name and surname, lower-cased ("Delacour" of "Fleur Delacour"), else None: a name
    of one word, or one after a form of address ("Lord Eldridge", "Lady Eldridge": as likely husband and wife)."""
    words = bare_name(c.name.split(" | ")[0]).split()
    if len(words) < 2 or words[0].lower().rstrip(".") in FORM_OF_ADDRESS:
        return None
    return words[-1].lower()


def _kin_named(a: Cluster, b: Cluster) -> bool:
    """Whether the two share a surname: a family (siblings, a parent and child) or a married couple."""
    sa = _surname(a)
    return sa is not None and sa == _surname(b)


def offstage(cast: Cast, top: Sequence[Cluster], narrator: int | None = None) -> set[int]:
    """The characters of ``top`` who never speak in a work whose speakers are known (SPEAKING_WORK attributed quotes
    at least): the dead, the absent and the historical, talked about by those on stage (Voldemort in a story of his
    legend, the parents of an orphan). Sharing sentences with them makes no pairing: only cue words do. The
    first-person ``narrator`` is always on stage: its quotes are the narrator's ("I said"), not its name's."""
    if sum(c.quotes for c in cast.clusters) < SPEAKING_WORK:
        return set()
    return {c.id for c in top if c.quotes == 0 and c.id != narrator}


def exchanges(turns: Sequence[tuple[int, int, int | None]]) -> Counter[tuple[int, int]]:
    """Per pair of speakers, how often one answers the other: a quote by one right after a quote by the other in the
    same or the next paragraph. ``turns``: (first paragraph, last paragraph, speaker) of each quote in text order,
    None (or a negative id: the narrator) where nobody is known."""
    out: Counter[tuple[int, int]] = Counter()
    for (_, last, a), (first, _, b) in itertools.pairwise(turns):
        if a is not None and b is not None and a >= 0 and b >= 0 and a != b and first - last <= 1:
            out[(min(a, b), max(a, b))] += 1
    return out


def addresses(cast: Cast, speech: Sequence[Turn]) -> Counter[tuple[int, int]]:
    """Per pair of characters, how often one names the other in a quotation of theirs ("Ron, look!", "Where's
    Draco?"): the one speaks to or of the other. ``speech``: each quotation with its speaker (None, or a negative
    id for the narrator, where nobody is known)."""
    out: Counter[tuple[int, int]] = Counter()
    for quote, speaker in speech:
        if speaker is None or speaker < 0:
            continue
        for other in {m.cluster for m in cast.mentions_in(quote.start, quote.end) if m.kind == "name"} - {speaker}:
            out[(min(speaker, other), max(speaker, other))] += 1
    return out


@dataclass(slots=True)
class PairFacts:
    """What the analyser knows of one pair of the pairing cast sharing MIN_COOCCURRENCE sentences at least: its
    evidence, the KB's priors and the features the learned scorer reads (:mod:`ficlens.analyse.pair_scorer`)."""

    a: Cluster
    b: Cluster
    ev: PairEvidence
    works: list[tuple[int, int, int]]
    rom_prior: float
    pla_prior: float
    canon: bool
    scene: bool
    silent: bool
    most: int  # the shared sentences of the work's most present pair
    values: dict[str, float] = field(default_factory=dict)
    ruled: list[Candidate] = field(default_factory=list)  # the hand rules' pairings of the pair (with ``values``)

    @property
    def people(self) -> tuple[int, int]:
        return (self.a.id, self.b.id)


def pair_table(doc: Document, cast: Cast, talks: Mapping[tuple[int, int], int] | None = None,
               features: bool = True, named: Mapping[tuple[int, int], int] | None = None,
               narrator: Narrator = FIND) -> list[PairFacts]:
    """The facts of every pair of the pairing cast that shares MIN_COOCCURRENCE sentences at least. ``talks``: the
    exchanges between speakers (:func:`exchanges`), each counted as a sentence the two share: a conversation is
    written in quotes and pronouns, so the two are rarely named in one sentence. ``features``: fill each pair's
    ``values`` for the learned scorer (the hand rules' decision among them); the hand rules alone read none.
    ``named``: how often one of a pair names the other in a quotation (:func:`addresses`), a feature. ``narrator``:
    the cluster of a first-person narrator (:func:`~ficlens.analyse.cast.narrator.narrator_of`, looked for when
    FIND)."""
    top, same = pairing_cast(cast)
    fandoms = [f for f, _ in cast.fandoms]
    if narrator == FIND:
        narrator = narrator_of(doc.text, cast)
    narrator = same.get(narrator, narrator) if narrator is not None else None
    pairs = collect(doc, cast, top, same, narrator)
    ids = {c.id for c in top}
    answered: Counter[tuple[int, int]] = Counter()
    for (x, y), n in (talks or {}).items():
        x, y = same.get(x, x), same.get(y, y)
        if x != y and x in ids and y in ids:
            pairs[(min(x, y), max(x, y))].together += n
            answered[(min(x, y), max(x, y))] += n
    silent = offstage(cast, top, narrator)
    scenes = {pair for pair in _scene_partners(pairs) if not silent.intersection(pair)}
    most = max((ev.together for ev in pairs.values()), default=0)
    out: list[PairFacts] = []
    for (a_id, b_id), ev in pairs.items():
        if ev.together < MIN_COOCCURRENCE:
            continue
        a, b = cast.clusters[a_id], cast.clusters[b_id]
        works = _pair_works(a, b, fandoms)  # the KB looked up once per pair
        rom_prior, pla_prior = _priors(works)
        out.append(PairFacts(a, b, ev, works, rom_prior, pla_prior, _canon_couple(a, b, fandoms),
                             (a_id, b_id) in scenes, bool(silent.intersection((a_id, b_id))), most))
    if not features:
        return out
    spoken: Counter[tuple[int, int]] = Counter()
    for (x, y), n in (named or {}).items():
        x, y = same.get(x, x), same.get(y, y)
        if x != y:
            spoken[(min(x, y), max(x, y))] += n
    _describe(out, top, answered, spoken)
    for f in out:
        f.ruled = _ruled(f)
    ruled = pairings([c for f in out for c in f.ruled])
    kinds = {(c.people, c.kind) for c in ruled if len(c.people) == 2}
    for f in out:
        f.values["rules_romantic"] = float((f.people, "/") in kinds)
        f.values["rules_platonic"] = float((f.people, "&") in kinds)
    return out


def _describe(table: list[PairFacts], top: Sequence[Cluster], answered: Mapping[tuple[int, int], int],
              spoken: Mapping[tuple[int, int], int]) -> None:
    """Fill each pair's ``values``: the learned scorer's features (:data:`ficlens.analyse.pair_scorer.FEATURES`)."""
    rank = {c.id: i for i, c in enumerate(top)}
    by_together = sorted({f.ev.together for f in table}, reverse=True)
    romance: dict[int, float] = defaultdict(float)
    for f in table:
        for p in f.people:
            romance[p] = max(romance[p], f.ev.romantic)
    for f in table:
        ev = f.ev
        strongest = max(romance[f.a.id], romance[f.b.id])
        f.values = {
            "together": math.log1p(ev.together), "exchanges": math.log1p(answered.get(f.people, 0)),
            "share": ev.together / f.most if f.most else 0.0,
            "pair_rank": 1.0 / (1 + by_together.index(ev.together)), "scene": float(f.scene),
            "pairs": 1.0 / len(table),
            "strong": math.log1p(ev.romantic_strong), "close": math.log1p(ev.close),
            "weak": math.log1p(max(0.0, ev.romantic - ev.romantic_strong)), "intimate": math.log1p(ev.intimate),
            "romance_share": ev.romantic / strongest if strongest else 0.0,
            "friend": math.log1p(max(0.0, ev.platonic - ev.kin)), "kin": math.log1p(ev.kin),
            "surname": float(_kin_named(f.a, f.b)),
            "romance_balance": (ev.romantic - ev.platonic) / (ev.romantic + ev.platonic + 1.0),
            "main": float(0 in (rank[f.a.id], rank[f.b.id])),
            "names": math.log1p(min(f.a.names, f.b.names)),
            "cast_rank": 1.0 / (1 + max(rank[f.a.id], rank[f.b.id])),
            "speak": float(min(f.a.quotes, f.b.quotes) > 0), "silent": float(f.silent),
            "forced": float(ev.forced > 0), "both_kb": float(f.a.kb is not None and f.b.kb is not None),
            "prior_romantic": f.rom_prior, "prior_platonic": f.pla_prior, "canon": float(f.canon),
            "popular": float(_popular_couple(f.works)),
            "strong_min": float(ev.romantic_strong >= STRONG_MIN), "romance_min": float(ev.romantic >= ROMANTIC_MIN),
            "romance_ratio": float(ev.romantic > 0 and ev.romantic >= 0.6 * ev.platonic),
            "friend_min": float(ev.platonic >= PLATONIC_MIN), "central": float(ev.together >= SCENE_SHARE * f.most),
            "main_romance": float(strongest > 0 and ev.romantic >= SECONDARY_SHARE * strongest),
            "scenes": math.log1p(ev.scenes), "scene_share": ev.scene_share,
            "named": math.log1p(spoken.get(f.people, 0)), "touch": math.log1p(ev.touch),
        }


def candidates(doc: Document, cast: Cast, talks: Mapping[tuple[int, int], int] | None = None,
               named: Mapping[tuple[int, int], int] | None = None, narrator: Narrator = FIND) -> list[Candidate]:
    """Every pairing that passes its kind's threshold (see the module doc): the learned scorer's decisions where
    one is active (:func:`ficlens.analyse.pair_scorer.active`), else the hand rules'. ``talks``, ``named``,
    ``narrator``: see :func:`pair_table`."""
    scorer = pair_scorer.active()
    table = pair_table(doc, cast, talks, features=scorer is not None, named=named, narrator=narrator)
    if scorer is not None:
        return [c for f in table for c in _learned(f, scorer)]
    return [c for f in table for c in _ruled(f)]


def may_be_romantic(f: PairFacts) -> bool:
    """The hard rules of every romance: romantic cue words between the two (forced contact gives none: see
    :func:`collect`), intimacy cues worth INTIMATE_MIN with no family word between them (a slow burn that never
    says "kiss"), weak ones worth a strong one for a popular couple of the fandom, or a couple of the canon,
    both on the work's stage; and two who share a surname (a family, or a married couple) only a couple of the canon
    or with strong cues worth ROMANTIC_MIN ("Fleur" kissing her sister "Gabrielle Delacour" goodnight is family)."""
    if f.canon:
        return f.ev.romantic_strong > 0 or not f.silent
    if _kin_named(f.a, f.b):
        return f.ev.romantic_strong >= ROMANTIC_MIN
    return (f.ev.romantic_strong > 0 or (f.ev.romantic >= STRONG_MIN and _popular_couple(f.works))
            or (f.ev.intimate >= INTIMATE_MIN and f.ev.kin == 0))


def _learned_romance(f: PairFacts, scorer: pair_scorer.PairScorer, row: Sequence[float]) -> bool:
    """A romance the text tells in weak cues only: a pair that may not be romantic by :func:`may_be_romantic` (no
    strong romantic word between the two) is "/" where the learned scorer finds it romantic by LEARNED_ROMANCE_MARGIN
    at least (log-odds over platonic) and the text gives some romantic evidence between the two all the same (weak
    cues: lips, a bed, an embrace; or intimacy: a blush, hands held). Never for two off stage, two of one surname
    (a family), a couple of the canon (their own rules) or contact said to be forced."""
    ev = f.ev
    if f.canon or f.silent or ev.forced or _kin_named(f.a, f.b) or (ev.romantic <= 0 and ev.intimate <= 0):
        return False
    return scorer.romance_margin(row) >= LEARNED_ROMANCE_MARGIN


def _learned(f: PairFacts, scorer: pair_scorer.PairScorer) -> list[Candidate]:
    """The pairing the learned scorer makes of a pair, if any: tagged where its tag probability reaches the
    scorer's threshold (or where the hand rules tag it, for a scorer that keeps their tags), unless one of the two is
    off stage and no cue word pairs them; romantic where it may be (:func:`may_be_romantic`) and the scorer finds it
    likelier romantic than platonic, or it is a couple of the canon the text gives no friendship words, or where the
    scorer is sure of a romance told in weak cues (:func:`_learned_romance`). A romance
    comes with its friendship, tagged where the romance is a character's second one (:func:`pairings`). The value
    is scaled so that the score is 0.5 at the threshold; a pair kept for the rules' tag under it is scored as the
    rules score it (0.5 at least: ``shown``), so that the pairs the rules keep are not all tied at 0.5."""
    if f.silent and f.ev.romantic_strong == 0 and f.ev.platonic < PLATONIC_MIN:
        return []  # one of the two is off stage: only cue words pair them
    row = pair_scorer.vector(f.values)
    tagged = scorer.tagged(row)
    ruled = scorer.keep_rules and (f.values["rules_romantic"] > 0 or f.values["rules_platonic"] > 0)
    if tagged < scorer.threshold and not ruled:
        return []
    silent_couple = f.canon and f.ev.platonic - f.ev.kin < PLATONIC_MIN  # the text silent on a couple of the canon
    romantic = (silent_couple or scorer.romantic(row)) if may_be_romantic(f) else _learned_romance(f, scorer, row)
    needed = -math.log2(1.0 - scorer.threshold)
    value = max(needed, -math.log2(1.0 - min(tagged, 0.9999)))
    shown = 0.0
    if tagged < scorer.threshold:  # kept for the rules' tag: scored as the rules score it (0.5 at least)
        shown = max([1.0, *(c.value / c.needed for c in f.ruled if c.needed > 0)])
    friends = Candidate(f.people, "&", value, needed, f.ev.platonic_spans, learned=True, shown=shown)
    return [Candidate(f.people, "/", value, needed, f.ev.romantic_spans, learned=True, shown=shown), friends] \
        if romantic else [friends]


def _ruled(f: PairFacts) -> list[Candidate]:
    """The pairings the hand rules make of a pair (see the module doc)."""
    a, b, ev = f.a, f.b, f.ev
    a_id, b_id = f.people
    found: list[Candidate] = []
    rom_needed = ROMANTIC_MIN
    if a.kb is not None and b.kb is not None and f.rom_prior == 0:
        rom_needed *= UNKNOWN_PAIR_FACTOR
    rom = ev.romantic + (f.rom_prior if ev.romantic > 0 else 0.0)
    canon = f.canon
    platonic = ev.platonic - ev.kin if canon else ev.platonic  # a couple's family words are of their kin
    pla = platonic + (f.pla_prior if platonic > 0 else 0.0)
    scene = f.scene
    couple = canon or _popular_couple(f.works)
    if ev.romantic_strong >= STRONG_MIN and rom >= rom_needed and rom >= 0.6 * pla:
        found.append(Candidate((a_id, b_id), "/", rom, rom_needed, ev.romantic_spans))
    elif ((couple and (ev.romantic_strong > 0 or ev.romantic >= STRONG_MIN))
          or (scene and ev.romantic_strong >= STRONG_MIN and rom >= 0.6 * pla and not _kin_named(a, b))):
        # a couple of the fandom with a strong romantic cue or weak ones worth a strong one ("lips curled" alone
        # is nobody's romance), or scene partners with a kiss whose romantic cues are at least 0.6 of the
        # platonic ones (as a romance needs anywhere) and who share no surname (a sister's goodnight kiss)
        found.append(Candidate((a_id, b_id), "/", rom, min(rom, rom_needed), ev.romantic_spans))
    elif canon and pla < PLATONIC_MIN and not f.silent:
        # a text silent on a couple of the canon, both on its stage: the KB decides
        value = max(f.rom_prior, WEAK_CUE)
        found.append(Candidate((a_id, b_id), "/", value, value, ev.romantic_spans))
    elif (scene and ev.romantic_strong > 0 and rom >= 0.6 * pla and ev.kin == 0
          and not canon and not _kin_named(a, b)):
        # scene partners with a strong romantic cue between them, however faint (one in dialogue,
        # one in a shared paragraph), and no family word or surname: AO3 authors tag such a pair "/" (82 % of
        # the relationship tags of ../shared/data/ao3-meta are romantic); dropped if either has another romance
        found.append(Candidate((a_id, b_id), "/", rom, min(rom, rom_needed), ev.romantic_spans, faint=True))
    elif ev.romantic_strong >= STRONG_MIN and rom >= 0.6 * pla and ev.kin == 0 and not _kin_named(a, b):
        # strong cues short of the threshold: the third side of a triad whose two other sides are romances
        found.append(Candidate((a_id, b_id), "/", rom, min(rom, rom_needed), ev.romantic_spans, side=True))
    if ev.together < SCENE_SHARE * f.most:
        return found  # a friendship on the story's edge: authors tag the dynamics it is built on
    if pla >= PLATONIC_MIN:
        found.append(Candidate((a_id, b_id), "&", pla, PLATONIC_MIN, ev.platonic_spans))
    elif scene:  # no platonic cue words, but the two share the story's scenes
        found.append(Candidate((a_id, b_id), "&", float(ev.together), float(SCENE_MIN), ev.platonic_spans))
    return found


def _strongest(romances: Sequence[Candidate]) -> dict[int, float]:
    """Per character, the value of its strongest romance."""
    strongest: dict[int, float] = defaultdict(float)
    for c in romances:
        for p in c.people:
            strongest[p] = max(strongest[p], c.value)
    return strongest


def _third_sides(romances: list[Candidate]) -> list[Candidate]:
    """The romances, less those short of their threshold (``side``) that are no triad's third side: a side is kept
    where both its characters are lovers of one third character, each such romance a main one (SECONDARY_SHARE of
    its characters' strongest at least)."""
    full = [r for r in romances if not r.side]
    strongest = _strongest(full)
    lovers: dict[int, set[int]] = defaultdict(set)
    for r in full:
        if all(r.value >= SECONDARY_SHARE * strongest[p] for p in r.people):
            lovers[r.people[0]].add(r.people[1])
            lovers[r.people[1]].add(r.people[0])
    return full + [r for r in romances if r.side and lovers[r.people[0]] & lovers[r.people[1]]]


def _triads(romances: list[Candidate]) -> list[Candidate]:
    """The romances and, for three characters each romantic with the other two, their triad ("Finn/Poe Dameron/Rey"),
    tagged beside its pairs as AO3 authors tag a polyamorous story. A romance short of its threshold is kept only as
    a triad's third side (:func:`_third_sides`)."""
    romances = _third_sides(romances)
    by_pair = {c.people: c for c in romances}
    people = sorted({p for c in romances for p in c.people})
    out: list[Candidate] = []
    used: set[tuple[int, int]] = set()
    for i, a in enumerate(people):
        for j, b in enumerate(people[i + 1:], i + 1):
            for c in people[j + 1:]:
                sides = [(a, b), (a, c), (b, c)]
                if all(s in by_pair and s not in used for s in sides):
                    used.update(sides)
                    parts = [by_pair[s] for s in sides]
                    out.append(Candidate((a, b, c), "/", min(p.value for p in parts), max(p.needed for p in parts),
                                         [x for p in parts for x in p.spans]))
    return romances + out


def _group_candidates(cast: Cast, speech: Sequence[Turn], romances: list[Candidate]) -> list[Candidate]:
    """The friendship groups of the pairing cast that talk together (analyse/relation_groups.py), less those that
    are a romance already (a triad)."""
    top, same = pairing_cast(cast)
    romantic = {c.people for c in romances}
    return [Candidate(g.people, "&", float(g.conversations), float(GROUP_CONVERSATIONS),
                      [(1.0, TextSpan(start, end)) for start, end in g.spans])
            for g in talking_groups(speech, [c.id for c in top], same) if g.people not in romantic]


def pairings(found: Sequence[Candidate]) -> list[Candidate]:
    """The pairings and triads kept of the candidates: a faint romance beside another romance out, triads made, a
    character's second romance under SECONDARY_SHARE of its strongest out (unless a triad's side), and a romantic
    pair's friendship out."""
    paired = {p for c in found if c.kind == "/" and not (c.faint or c.side) for p in c.people}
    romances = _triads([c for c in found if c.kind == "/" and not (c.faint and paired.intersection(c.people))])
    strongest = _strongest(romances)
    polyamorous = {pair for c in romances if len(c.people) > 2 for pair in itertools.combinations(c.people, 2)}
    kept = [c for c in romances
            if len(c.people) > 2 or c.people in polyamorous
            or c.value >= SECONDARY_SHARE * max(strongest[p] for p in c.people)]
    romantic = {pair for c in kept for pair in itertools.combinations(c.people, 2)}
    return kept + [c for c in found if c.kind == "&" and c.people not in romantic]  # a romance's friendship: out


def find_relationships(doc: Document, cast: Cast, talks: Mapping[tuple[int, int], int] | None = None,
                       speech: Sequence[Turn] = (), narrator: Narrator = FIND) -> list[Relationship]:
    """The pairings, triads and friendship groups of the work. ``talks``, ``narrator``: see :func:`candidates`;
    ``speech``: each quotation with its speaker, in text order (for the groups that talk together)."""
    fandoms = [f for f, _ in cast.fandoms]
    kept = pairings(candidates(doc, cast, talks, addresses(cast, speech), narrator))
    kept += _group_candidates(cast, speech, kept)
    out: list[Relationship] = []
    for c in kept:
        score = round(1.0 - 0.5 ** (c.shown or c.value / c.needed), 4)  # 0.5 at the threshold, 0.75 at twice it …
        out.append(Relationship(tag=ao3_tag([cast.clusters[i] for i in c.people], c.kind, fandoms),
                                kind="romantic" if c.kind == "/" else "platonic", score=score,
                                evidence=_evidence(doc.text, c.spans)))
    out.sort(key=lambda r: (r.kind != "romantic", -r.score))
    return out


def run(analysis: Analysis) -> None:
    """Fill ``report.relationships``."""
    turns = [(a.quote.para, a.quote.last_para, a.cluster) for a in analysis.attributions]
    speech = [(a.quote, a.cluster) for a in analysis.attributions]
    analysis.report.relationships = find_relationships(analysis.doc, analysis.cast, exchanges(turns), speech,
                                                       analysis.narrator)


ASSAULT_LABELS = frozenset({"sexual-assault"})


def assaulted_pairs(doc: Document, cast: Cast, warnings: Sequence[Warning]) -> set[frozenset[int]]:
    """Pairs of characters that sexual-assault evidence puts together: those the evidence passage itself mentions
    (by name or resolved pronoun; "he forced himself on" beside a lover named a sentence before is one person),
    or, when it mentions nobody (pronouns left unresolved, as in --fast), those of the paragraphs it falls in."""
    out: set[frozenset[int]] = set()
    for e in (e for w in warnings if w.label in ASSAULT_LABELS for e in w.evidence):
        ids = {m.cluster for m in cast.mentions_in(e.start, e.end)}
        if not ids:
            ids = {m.cluster for unit in doc.paragraphs if e.start < unit.end and unit.start < e.end
                   for m in cast.mentions_in(unit.start, unit.end)}
        out.update(frozenset(p) for p in itertools.combinations(sorted(ids), 2))
    return out


def _tag_people(tag: str, cast: Cast) -> list[set[int]]:
    """Per person of a relationship tag, the clusters that go by that name (with or without a disambiguator)."""
    parts = [bare_name(p) for p in re.split(r"/| & ", tag)]
    return [{c.id for c in cast.clusters if part in (bare_name(c.name), c.kb and bare_name(c.kb.name))}
            for part in parts]


def without_assault_romances(doc: Document, cast: Cast, relationships: list[Relationship],
                             warnings: Sequence[Warning]) -> list[Relationship]:
    """The relationships less every romance between characters that the sexual-assault evidence puts together:
    sexual contact without consent is never a romantic pairing."""
    assaulted = assaulted_pairs(doc, cast, warnings)
    if not assaulted:
        return relationships

    def assault(rel: Relationship) -> bool:
        people = _tag_people(rel.tag, cast)
        return any(frozenset((a, b)) in assaulted for x, y in itertools.combinations(people, 2) for a in x for b in y)

    return [r for r in relationships if r.kind != "romantic" or not assault(r)]


def run_consent(analysis: Analysis) -> None:
    """Drop from ``report.relationships`` the romances the warnings stage found sexual-assault evidence between."""
    report = analysis.report
    report.relationships = without_assault_romances(analysis.doc, analysis.cast, report.relationships,
                                                    report.warnings)
