"""Name forms in a text: capitalised word runs with an optional title, judged for being a person's name.

Works without any tagger (fast mode): a run of capitalised words is a name candidate unless its words are ordinary
words of this text (seen lower-cased more often than capitalised mid-sentence) or function words. spaCy's PERSON
entities (full mode) and the fandom knowledge base add evidence; other entity labels (places, organisations)
take it away.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from ficlens.analyse.cast.given_names import given_name_gender
from ficlens.analyse.cast.vocabulary import ADDRESS_TITLES, NEUTRAL_TITLES, TITLES
from ficlens.nlp.spans import Entity
from ficlens.nlp.stop_words import STOP_WORDS

_CAPITALISED_NEUTRAL = tuple(sorted(t.capitalize() for t in NEUTRAL_TITLES))
INTERJECTIONS = {"oh", "hey", "yeah", "yes", "no", "okay", "ok", "well", "please", "sorry", "god", "damn", "hell",
                 "fuck", "shit", "uh", "um", "hmm", "wow", "dude", "man", "thanks", "hi", "hello", "bye", "ah", "aw",
                 "ugh", "huh", "whoa", "o", "jesus", "christ", "lord", "sure", "fine", "good", "great", "right", "wait",
                 "look", "listen", "stop", "come", "let", "maybe", "just", "really", "seriously", "shut", "thank",
                 "alright", "whatever", "nope", "yep", "mm", "mmm", "geez", "gosh", "crap", "boy", "dear", "love",
                 "baby", "honey", "sweetheart", "babe", "dad", "mom", "mum", "mommy", "daddy", "papa", "mama",
                 "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
                 "march", "april", "june", "july", "august", "september", "october", "november", "december",
                 "english", "chapter", "part", "epilogue", "prologue", "end", "ok.", "i'm", "i'll", "i've", "i'd",
                 "tv", "omg", "lol", "esq", "esquire",
                 # sentence adverbs that open a run before a name ("Later Soo Lin ran")
                 "later", "soon", "meanwhile", "suddenly", "finally", "afterwards", "afterward", "tonight", "today",
                 "tomorrow", "yesterday", "once", "again", "still", "instead", "perhaps", "eventually", "slowly",
                 "quickly", "quietly", "gently", "carefully", "immediately", "together",
                 # oaths and exclamations of other languages that fan fiction writes ("Merde.", "Kuso!")
                 "merde", "mierda", "dios", "sacrebleu", "scheisse", "scheiße", "verdammt", "kuso", "chikusho",
                 "chikushou", "baka", "sugoi", "kawaii", "nani", "yare", "arigatou", "gomen", "gomenasai", "blyat",
                 "cyka", "cazzo", "porca", "caramba", "bollocks", "blimey", "bloody"}
NON_PERSON_LABELS = {"GPE", "LOC", "ORG", "FAC", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT", "LANGUAGE", "DATE",
                     "TIME", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL", "PERCENT", "LAW"}

_CAP = r"[A-Z][\w'’]*(?:-[\w'’]+)*"  # "Obi-Wan", "Hokage-sama"; a dash after a name is no part of it ("Rey--")
_ABBREV_TITLE = r"(?:Mr|Mrs|Ms|Mme|Mlle|Dr|Prof|Capt|Lt|Sgt|Rev|St)\.[ \t]*"
# (?=[A-Z]) first: every run starts with a capital, and a leading character set lets the engine skip to candidates.
# a run opens after a dash between words ("months--Mrs. Herriton said"), never inside a hyphenated word ("Obi-Wan")
_RUN = re.compile(rf"(?=[A-Z])(?<![\w'’])(?<![\w'’]-)(?:{_ABBREV_TITLE})?{_CAP}"
                  rf"(?:[ \t]+(?:(?:de|van|von|da|del|le|la|di)[ \t]+)?(?:{_ABBREV_TITLE})?{_CAP})*")
# "the Sheriff" (not "the Reverend Mr. Kronborg": a name after the title makes it no bare title); the leading
# lookahead: a fast scan, as for _RUN
_THE_TITLE = re.compile(r"(?=[Tt]he[ \t])\b[Tt]he[ \t]+([A-Z][a-z]+)\b(?![ \t]+[A-Z])")
# A title at the end of a hard-wrapped line, its name opening the next ("her mother-in-law, Mrs.\nHerriton"): the
# line break is read as a space (the same length: every offset stays).
_TITLE_WORDS = sorted((t.capitalize() for t in TITLES if t.isalpha()), key=len, reverse=True)
# (The leading lookahead, a capital, lets the engine skip to where a title may start: ~3x faster over a long work.)
_WRAPPED_TITLE = re.compile(r"(?=[A-Z])\b(?:" + "|".join(_TITLE_WORDS) + r")\.?[ \t]*(\n)(?=[ \t]*[A-Z])")
# The patterns whose leading lookahead only speeds the scan up (tests/analyse/test_regex_guards.py: no match changes).
GUARDED_PATTERNS: tuple[re.Pattern[str], ...] = (_RUN, _THE_TITLE, _WRAPPED_TITLE)
_LOWER_WORD = re.compile(r"(?<![\w'’])[a-z][a-z'’\-]*")
_NON_SPACE = re.compile(r"\S+")
_GERUND = re.compile(r"[A-Z][a-z]{2,}ing")  # "Studying", "Letting", "Kidnapping": a clause's verb, no name
_SENT_END = set(".!?\"“”‘’'—–:…*#>(")


@dataclass(slots=True)
class NameForm:
    """One distinct name form (title kept apart) and where it occurs."""

    tokens: tuple[str, ...]
    title: str | None
    spans: list[tuple[int, int]] = field(default_factory=list)
    mid_sentence: int = 0  # occurrences not at a sentence start
    person_votes: int = 0
    other_votes: int = 0

    @property
    def text(self) -> str:
        return " ".join(self.tokens)

    @property
    def key(self) -> tuple[str | None, tuple[str, ...]]:
        return (self.title, self.tokens)


def normalise_title(title: str) -> str:
    t = title.rstrip(".")
    return {"Mister": "Mr", "Doctor": "Dr"}.get(t, t)


_CLITIC = re.compile(r"['’](?:s|ll|d|ve|re|m)$")  # "Stiles's", "Tony'll", "Derek'd": the name is before it


def _strip_possessive(token: str) -> str:
    """``token`` without a final 's or ' (either apostrophe), or a contracted verb ("Tony'll" is Tony)."""
    clitic = _CLITIC.search(token)
    if clitic and clitic.start() > 0:
        return token[:clitic.start()]
    if token.endswith(("'", "’")):
        return token[:-1]
    return token


def _owner_first(tokens: list[re.Match[str]]) -> list[re.Match[str]]:
    """The tokens of a capitalised run up to its first possessive: "Gildea's London flat" names Gildea, not "Gildea
    London"; "Stiles's Jeep" names Stiles."""
    for k, t in enumerate(tokens[:-1]):
        if _strip_possessive(t.group()) != t.group():
            return tokens[:k + 1]
    return tokens


def _at_sentence_start(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    if j < 0 or text[j] == "\n":
        return True
    if text[j] in "\"”’'" and j > 0 and not text[j - 1].isspace():
        return False  # right after a closing quote: a dialogue tag ("...," Stiles said)
    return text[j] in _SENT_END


class WordStats:
    """How often each word of the text is seen lower-cased: a capitalised word seen mostly lower-cased is no name."""

    def __init__(self, text: str) -> None:
        # The pattern treats ’ and ' alike, so folding the text first gives the same words, counted in C.
        self.lower: Counter[str] = Counter(_LOWER_WORD.findall(text.replace("’", "'")))

    def is_word(self, token: str, capitalised_mid: int) -> bool:
        low = token.lower().replace("’", "'")
        if low in STOP_WORDS or low in INTERJECTIONS or low.rstrip("s") in INTERJECTIONS:
            return True
        return self.lower[low] > max(1, capitalised_mid)


def find_name_forms(text: str, entities: list[Entity] | None = None,
                    known: Callable[[str], bool] | None = None) -> dict[tuple[str | None, tuple[str, ...]], NameForm]:
    """Every capitalised run of the text cut down to its name part, grouped by form; not yet judged.

    ``known`` tells whether a name form is a known name (the KB), which keeps it whole at a sentence start.
    """
    stats = WordStats(text)
    runs_text = join_wrapped_titles(text)
    raw: list[tuple[tuple[str, ...], tuple[int, ...], int, bool]] = []  # tokens, their offsets in the run, start
    mid_tokens: list[str] = []  # tokens of runs not at a sentence start (counted once, after the scan)
    split: dict[str, tuple[tuple[str, ...], tuple[int, ...]]] = {}  # run text -> tokens, their offsets in it
    for m in _RUN.finditer(runs_text):
        run = m.group()
        parts = split.get(run)
        if parts is None:
            found = _owner_first(list(_NON_SPACE.finditer(run)))
            parts = split[run] = (tuple(_strip_possessive(t.group()) for t in found), tuple(t.start() for t in found))
        toks, offsets = parts
        at_start = _at_sentence_start(text, m.start())
        mid_tokens.extend(toks[1:] if at_start else toks)
        raw.append((toks, offsets, m.start(), at_start))
    mid_counts = Counter(mid_tokens)
    run_counts = Counter(toks for toks, _, _, _ in raw)
    forms: dict[tuple[str | None, tuple[str, ...]], NameForm] = {}
    cuts: dict[tuple[tuple[str, ...], bool], tuple[str | None, int, int] | None] = {}  # names repeat: judge once
    for toks, offsets, start, at_start in raw:
        key = (toks, at_start)
        if key not in cuts:
            cuts[key] = _name_part(toks, at_start, stats, mid_counts, known, repeated=run_counts[toks] >= 2)
        cut = cuts[key]
        if cut is None:
            continue
        title, i, j = cut
        name = toks[i:j]
        form = forms.get((title, name))
        if form is None:
            form = forms[(title, name)] = NameForm(name, title)
        form.spans.append((start + offsets[i], start + offsets[j - 1] + len(toks[j - 1])))
        if i > 0 or not at_start or title is not None:
            form.mid_sentence += 1
    # Bare titles used as names ("the Sheriff"): a title word capitalised mid-sentence after "the".
    scan = any(t in text for t in _CAPITALISED_NEUTRAL)  # a quick test of what a match needs: the same result
    for m in _THE_TITLE.finditer(text) if scan else ():
        word = m.group(1)
        if word.lower() in NEUTRAL_TITLES:
            form = forms.setdefault((None, (word,)), NameForm((word,), None))
            if (m.start(1), m.end(1)) not in form.spans:
                form.spans.append((m.start(1), m.end(1)))
                form.mid_sentence += 1
    if entities:
        _vote(forms, entities)
    return forms


def join_wrapped_titles(text: str) -> str:
    """``text`` with the line break between a title ending a line and the name opening the next read as a space
    ("Mrs.\nHerriton" -> "Mrs. Herriton"), every offset unchanged; a blank line (a paragraph break) stays."""
    if "\n" not in text:
        return text
    parts: list[str] = []  # the text between the joined breaks, each break then read as " " (no per-character copy)
    last = 0
    for m in _WRAPPED_TITLE.finditer(text):
        start = m.start(1)
        if not (start > 0 and text[start - 1] == "\n") and text[start + 1:start + 2] != "\n":
            parts += (text[last:start], " ")
            last = start + 1
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)


def _name_part(toks: tuple[str, ...], at_start: bool, stats: WordStats, mid_counts: Counter[str],
               known: Callable[[str], bool] | None, repeated: bool = False) -> tuple[str | None, int, int] | None:
    """The title and the token range [i, j) of a capitalised run that make its name; None if it holds none.
    ``repeated``: the same run occurs twice or more ("Basil Hallward" opening two sentences is a full name)."""
    title: str | None = None
    i = 0
    # Drop leading words that are not names (sentence starters, interjections), keeping a title.
    while i < len(toks):
        if _is_title(toks, i):
            title, i = _titles_at(toks, i)
            break
        if stats.is_word(toks[i], mid_counts[toks[i]]):
            i += 1
            continue
        break
    if (i == 0 and at_start and len(toks) > 1 and mid_counts[toks[0]] == 0
            and not (repeated and stats.lower[toks[0].lower()] == 0)
            and not (known and known(" ".join(toks[:2])))):
        i = 1  # "Aggravated Stiles ...": a sentence-initial word before a name
    elif (i == 0 and len(toks) > 1 and mid_counts[toks[0]] < 2 and _GERUND.fullmatch(toks[0])
          and not given_name_gender(toks[0]) and not (known and known(" ".join(toks[:2])))):
        i = 1  # "“Varric…” Letting Hawke’s …", "Studying Jimin's face": a participle opening a clause before a name
    j = len(toks)
    while j > i and stats.is_word(toks[j - 1], mid_counts[toks[j - 1]]):
        j -= 1
    i = max([i, *(k for k in range(i + 1, j) if toks[k] == toks[k - 1])])  # "Thomas   Thomas Gradgrind": one name
    inner = [k for k in range(i + 1, j) if toks[k].lower().replace("’", "'") in STOP_WORDS]
    if inner and title is None:
        i = inner[-1] + 1  # a heading or a sentence before the name: "LEFT When Mary Lennox", "First I Strether"
        if _is_title(toks, i) and i + 1 < j:
            title, i = _titles_at(toks, i)  # "CHILDHOOD I Dr. Howard Archie": the title after the cut is kept
    name = toks[i:j]
    if not name or len(name) > 4 or any(len(t) < 2 and not t.isupper() for t in name):
        return None
    if all(t.lower().rstrip(".") in ADDRESS_TITLES for t in name):
        return None  # a title alone ("Dear Mr." with no name after it) is nobody
    if title is None and i > 0 and toks[i - 1].lower().rstrip(".") in TITLES:
        title = normalise_title(toks[i - 1])
    return title, i, j


def _is_title(toks: tuple[str, ...], i: int) -> bool:
    """Whether ``toks[i]`` is a title with a word after it."""
    return i + 1 < len(toks) and toks[i].lower().rstrip(".") in TITLES


def _titles_at(toks: tuple[str, ...], i: int) -> tuple[str, int]:
    """The title of a run of titles starting at ``i`` and where the name after them starts: the last title before
    the name counts ("the Reverend Mr. Kronborg" is Mr. Kronborg)."""
    while _is_title(toks, i + 1) and i + 2 < len(toks):
        i += 1
    return normalise_title(toks[i]), i + 1


def _vote(forms: dict[tuple[str | None, tuple[str, ...]], NameForm], entities: list[Entity]) -> None:
    """Count spaCy's entity labels over each form's occurrences."""
    import bisect

    ents = sorted(entities, key=lambda e: e.start)
    starts = [e.start for e in ents]
    for form in forms.values():
        for s, e in form.spans:
            k = bisect.bisect_right(starts, s) - 1
            for idx in (k, k + 1):
                if 0 <= idx < len(ents) and ents[idx].start <= s < ents[idx].end or (
                        0 <= idx < len(ents) and s <= ents[idx].start < e):
                    if ents[idx].label == "PERSON":
                        form.person_votes += 1
                    elif ents[idx].label in NON_PERSON_LABELS:
                        form.other_votes += 1
                    break
