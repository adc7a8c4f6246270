"""Light coreference: genders of the cast from the pronouns that follow their names, then third-person pronouns
and descriptors ("the boy", "the teen wolf", "the brunette") resolved to the most recent compatible character.

Rules, not a model: a pronoun goes to the most recently mentioned character of its gender (one of unknown gender
if none); a descriptor goes to the most recent compatible character not already named earlier in its sentence
("the doctor" / "the captain" to the character titled Dr. / Captain when there is one).
Narration only: mentions inside quotations neither resolve nor move the focus.
"""

from __future__ import annotations

import bisect
import re
from operator import itemgetter

from ficlens.analyse.cast.model import Cluster, Mention
from ficlens.analyse.cast.roles import acts_after
from ficlens.analyse.cast.vocabulary import DESCRIPTOR_NOUNS, SPOUSES, TITLE_NOUNS, YOUNG_NOUNS, noun_gender
from ficlens.analyse.dialogue import QuoteSpan, quote_at, quote_index
from ficlens.nlp.document import TextSpan

MALE = {"he", "him", "his", "himself"}
REFLEXIVES = frozenset({"himself", "herself"})
FEMALE = {"she", "her", "hers", "herself"}
OBJECT_PRONOUNS = {"him"}
# The leading lookaheads (first letters) only speed the scan up (GUARDED_PATTERNS below).
_PRONOUN = re.compile(r"(?=[HhSs])\b(?:[Hh]e|[Hh]im|[Hh]is|[Hh]imself|[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)\b")
SUBJECT_PRONOUNS = {"he", "she"}
_DESCRIPTOR = re.compile(r"(?=[TtHh][hie])\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]his|[Tt]hat)[ \t]+"
                         r"(?:[a-z][a-z\-]*[ \t]+){0,2}?(" + "|".join(sorted(DESCRIPTOR_NOUNS)) + r")\b")
# Words that open a clause inside another: its subject is no main subject ("how Matt had died").
_SUBORDINATE = re.compile(r"\b(?:how|that|whether|if|why|because|though|although|until|unless|whom?)\s+$",
                          re.IGNORECASE)
# The patterns whose leading lookahead only speeds the scan up (tests/analyse/test_regex_guards.py: no match changes).
GUARDED_PATTERNS: tuple[re.Pattern[str], ...] = (_PRONOUN, _DESCRIPTOR)
FOCUS_WINDOW = 1500  # characters: how far back a pronoun looks for its antecedent


def _gender_of(word: str) -> str | None:
    """The gender of a pronoun or a descriptor noun."""
    w = word.lower()
    if w in MALE:
        return "m"
    if w in FEMALE:
        return "f"
    return noun_gender(w)


def vote_genders(text: str, sentences: list[TextSpan], mentions: list[Mention], clusters: list[Cluster],
                 quotes: list[QuoteSpan]) -> None:
    """The first third-person pronoun after a name in narration (before any other name) votes for its gender."""
    starts_q = quote_index(quotes)
    ordered = sorted((m for m in mentions if not m.in_quote), key=lambda m: m.start)
    starts = [m.start for m in ordered]
    sent_ends = [s.end for s in sentences]
    for k, m in enumerate(ordered):
        j = bisect.bisect_left(sent_ends, m.end)
        limit = sentences[min(j + 1, len(sentences) - 1)].end if sentences else len(text)
        limit = min(limit, m.end + 300)
        nxt = starts[k + 1] if k + 1 < len(starts) else len(text)
        limit = min(limit, nxt)
        qn = bisect.bisect_left(starts_q, m.end)
        if qn < len(quotes):
            limit = min(limit, quotes[qn].start)  # dialogue in between breaks the link
        for pm in _PRONOUN.finditer(text, m.end, limit):
            if quote_at(quotes, starts_q, pm.start()) is not None:
                continue
            if pm.group().lower() in OBJECT_PRONOUNS:
                continue  # "Emma took him in her arms": an object is most often someone else
            g = _gender_of(pm.group())
            if g:
                clusters[m.cluster].gender_votes[g] += 1
            break


def resolve(text: str, paragraphs: list[TextSpan], sentences: list[TextSpan], mentions: list[Mention],
            clusters: list[Cluster], quotes: list[QuoteSpan]) -> list[Mention]:
    """Pronoun and descriptor mentions in narration, each credited to a character (and counted on it)."""
    starts_q = quote_index(quotes)
    # (start, kind's rank: names first, end, kind, value), sorted stably by start and rank
    events: list[tuple[int, int, int, str, str]] = []
    for pm in _PRONOUN.finditer(text):
        if quote_at(quotes, starts_q, pm.start()) is None:
            events.append((pm.start(), 1, pm.end(), "pronoun", pm.group()))
    named = {m.start for m in mentions}  # "the old man" may be a role's name mention (roles.py)
    for dm in _DESCRIPTOR.finditer(text):
        if quote_at(quotes, starts_q, dm.start()) is None and dm.start() not in named:
            events.append((dm.start(), 2, dm.end(), "descriptor", dm.group(1)))
    for m in mentions:
        if not m.in_quote:
            events.append((m.start, 0, m.end, "name", str(m.cluster)))
    events.sort(key=itemgetter(0, 1))
    sent_starts = [s.start for s in sentences]
    history: list[tuple[int, int]] = []  # (position, cluster id), most recent last
    subjects: set[int] = set()  # positions in ``history`` of mentions that are the subject of a verb
    owners: dict[str, tuple[int, int]] = {}  # noun class -> (position, cluster) of its last use
    out: list[Mention] = []
    for start, _, end, kind, value in events:
        if kind == "name":
            nid = int(value)
            if _is_subject(text, start, end, value):
                subjects.add(start)
            if clusters[nid].role:  # "the small boy", "the old man": their noun names them
                owners[_noun_class(clusters[nid].name.rsplit(" ", 1)[-1])] = (start, nid)
            history.append((start, nid))
            continue
        gender = _gender_of(value)
        si = bisect.bisect_right(sent_starts, start) - 1
        sent_start = sentences[si].start if si >= 0 else 0
        cid = _reflexive(history, clusters, gender, sent_start) if value.lower() in REFLEXIVES else None
        if cid is not None:
            pass
        elif kind == "pronoun":
            local_from = _previous_sentence_with_mention(history, sent_start, sent_starts)
            cid = _pick_local(history, clusters, gender, local_from, sent_start, subjects)
            if cid is None:
                cid = _pick(history, clusters, gender, start, None)
        else:
            cid = _descriptor(value, start, sent_start, history, clusters, owners)
        if cid is None:
            continue
        out.append(Mention(start, end, cid, "pronoun" if kind == "pronoun" else "descriptor"))
        clusters[cid].resolved += 1
        if _is_subject(text, start, end, value):
            subjects.add(start)
        history.append((start, cid))
    return out


def _reflexive(history: list[tuple[int, int]], clusters: list[Cluster], gender: str | None,
               sent_start: int) -> int | None:
    """"himself" / "herself": the last character of its gender named earlier in its own sentence ("John feels
    himself smile and hears himself ask" is John), else the usual pick."""
    for p, cid in reversed(history[-12:]):
        if p < sent_start:
            break
        if gender is None or clusters[cid].gender in (gender, None):
            return cid
    return None


def _descriptor(noun: str, start: int, sent_start: int, history: list[tuple[int, int]], clusters: list[Cluster],
                owners: dict[str, tuple[int, int]]) -> int | None:
    """The character a descriptor at ``start`` stands for: a spouse ("his wife"), a titled character ("the
    doctor"), the one the same kind of descriptor stood for just before ("the child"), else the most recent
    character that fits and is not named earlier in the sentence. Records it in ``owners``."""
    gender = _gender_of(noun)
    cid = _spouse(noun, start, history, clusters)
    if cid is None:
        cid = _titled(history, clusters, noun)
    if cid is None:
        cid = _owner(owners.get(_noun_class(noun)), history, clusters, gender, start, sent_start)
    if cid is None:
        cid = _pick(history, clusters, gender, start, sent_start)
    if cid is not None:
        owners[_noun_class(noun)] = (start, cid)
    return cid


def _spouse(noun: str, start: int, history: list[tuple[int, int]], clusters: list[Cluster]) -> int | None:
    """"his wife" / "her husband": the one titled character of the other gender with the surname of the owner
    (the "his" just resolved at ``start``): Mr. Bennet's wife is Mrs. Bennet (half A: P&P's "fatigued with the
    raptures of his wife. ... said she")."""
    want = SPOUSES.get(noun.lower())
    if want is None or not history or history[-1][0] != start:
        return None
    return spouse_of(clusters[history[-1][1]], want, clusters)


def spouse_of(owner: Cluster, want: str, clusters: list[Cluster]) -> int | None:
    """The one titled character of gender ``want`` other than ``owner`` with the owner's surname (Mr. Bennet's
    wife is Mrs. Bennet), or None when there is not exactly one."""
    surname = owner.name.split()[-1]
    found = [c.id for c in clusters if c.id != owner.id and c.title is not None and c.gender == want
             and c.name.split()[-1] == surname]
    return found[0] if len(found) == 1 else None


def _noun_class(noun: str) -> str:
    low = noun.lower()
    return "young" if low in YOUNG_NOUNS else low


def _owner(last: tuple[int, int] | None, history: list[tuple[int, int]], clusters: list[Cluster],
           gender: str | None, pos: int, sent_start: int) -> int | None:
    """The character the same kind of descriptor last stood for, nearby: "the child" after "a small boy came
    walking" and "The child, who was ..." is that boy again, not the man named in between (half A: Daisy Miller's
    boy, Tess's youth). Not a character named earlier in the descriptor's sentence, nor one of the other gender."""
    if last is None or pos - last[0] > FOCUS_WINDOW:
        return None
    cid = last[1]
    if gender is not None and clusters[cid].gender not in (None, gender):
        return None
    if any(c == cid and p >= sent_start for p, c in history[-12:]):
        return None
    return cid


def _titled(history: list[tuple[int, int]], clusters: list[Cluster], noun: str) -> int | None:
    """The character whose title the descriptor names ("the doctor" -> "Dr. Archie"): the most recent one, else
    the one named most often."""
    titles = TITLE_NOUNS.get(noun.lower())
    if not titles:
        return None
    titled = {c.id for c in clusters if c.title and c.title.lower().rstrip(".") in titles}
    if not titled:
        return None
    for _, cid in reversed(history[-40:]):
        if cid in titled:
            return cid
    return max(titled, key=lambda cid: clusters[cid].names)


def _is_subject(text: str, start: int, end: int, value: str) -> bool:
    """Whether the mention at ``start:end`` is the subject of a main clause's verb: "he"/"she", or a name or
    descriptor followed by a verb ("Dale made out", "The doctor slowly bent down": roles.acts_after); not the
    subject of a clause inside another ("He thought about how Matt had died": Matt is what he thinks of, and
    "He" in the next sentence is still the thinker)."""
    if _SUBORDINATE.search(text, max(0, start - 12), start):
        return False
    low = value.lower()
    if low in SUBJECT_PRONOUNS:
        return True
    return low not in MALE and low not in FEMALE and acts_after(text, end)


def _previous_sentence_with_mention(history: list[tuple[int, int]], sent_start: int, sent_starts: list[int]) -> int:
    """The start of the last sentence before the one at ``sent_start`` that mentions a character (a line of
    thought or a bare quote between two sentences about someone does not change who "he" is), or ``sent_start``
    when none is within FOCUS_WINDOW."""
    for p, _ in reversed(history[-12:]):
        if p < sent_start:
            if sent_start - p > FOCUS_WINDOW:
                break
            return sent_starts[max(0, bisect.bisect_right(sent_starts, p) - 1)]
    return sent_start


def _pick_local(history: list[tuple[int, int]], clusters: list[Cluster], gender: str | None,
                local_from: int, sent_start: int, subjects: set[int]) -> int | None:
    """Among the characters of this and the previous sentence that fit the pronoun, the first subject of this
    sentence (before the pronoun), else the first subject of the previous one: the main clause's subject, not one
    of a clause inside it ("The doctor came back ... He wrote": the doctor, not the man named in the sentence
    before; "He thought about how Matt had died. He remembered": not Matt); with no subject, the most
    prominent."""
    local = [(p, cid) for p, cid in history[-12:] if p >= local_from
             and (gender is None or clusters[cid].gender == gender)]
    for p, cid in reversed(local):
        if p in subjects:
            return cid
    best: int | None = None
    for _, cid in reversed(local):
        if best is None or clusters[cid].names > clusters[best].names:
            best = cid
    return best


def _pick(history: list[tuple[int, int]], clusters: list[Cluster], gender: str | None, pos: int,
          exclude_from: int | None) -> int | None:
    excluded: set[int] = set()
    if exclude_from is not None:
        excluded = {cid for p, cid in reversed(history[-12:]) if p >= exclude_from}
    fallback: int | None = None
    for p, cid in reversed(history[-40:]):
        if pos - p > FOCUS_WINDOW:
            break
        if cid in excluded:
            continue
        g = clusters[cid].gender
        if gender is None or g == gender:
            return cid
        if g is None and fallback is None:
            fallback = cid
    return fallback
