"""Where the dialogue is: quotation spans in a text, from its punctuation alone.

Handles straight and curly double quotes, a quote left open at a paragraph end and reopened at the next paragraph's
start (one speech over several paragraphs), single-quote house styles (‘…’ and '…' when the text has no double
quotes), nested quotes (kept inside the outer one) and em-dash dialogue (a paragraph opening with a dash).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Set
from dataclasses import dataclass

from ficlens.nlp.document import TextSpan

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
STRAIGHT = '"'
DASHES = "—―"
_DOUBLE_MARKS = re.compile("[" + re.escape(DOUBLE_OPEN + DOUBLE_CLOSE + STRAIGHT) + "]")
_SINGLE_MARKS = re.compile("[‘’']")
# An apostrophe at the text's start or after a space or "([—-", before a word character. The quote comes first
# in the pattern (the lookbehind checks the character before it), so the engine scans for it quickly.
STRAIGHT_SINGLE_OPEN = re.compile(r"'(?<![^\s(\[—-]')(?=\w)")

_SPEECH_VERB_TEXT = """
said says say saying asked asks ask asking replied replies reply answered answers cried cries shouted shouts
yelled yells screamed screams whispered whispers murmured murmurs muttered mutters mumbled mumbles called calls
continued continues added adds began begins started starts exclaimed exclaims demanded demands insisted insists
told tells snapped snaps growled growls hissed hisses sighed sighs laughed laughs grunted grunts groaned groans
moaned moans breathed breathes stammered stammers stuttered stutters admitted admits agreed agrees argued argues
explained explains suggested suggests offered offers interrupted interrupts protested protests repeated repeats
returned returns retorted retorts responded responds observed observes remarked remarks declared declares
announced announces whimpered whimpers sobbed sobs squeaked squeaks teased teases joked jokes pleaded pleads
begged begs warned warns ordered orders commanded commands inquired inquires enquired enquires rejoined rejoins
resumed resumes echoed echoes roared roars bellowed bellows drawled drawls purred purrs chuckled chuckles
snorted snorts scoffed scoffs huffed huffs grumbled grumbles mused muses wondered wonders thought thinks promised
promises confessed confesses assured assures corrected corrects countered counters chimed piped sang sings
went cut put spoke speaks urged urges ventured ventures persisted persists pursued concluded concludes
exclaimed gasped gasps shrieked shrieks screeched wailed wails sneered sneers smiled smiles grinned grins
ejaculated queried queries hazarded interposed interposes faltered falters blurted interpreted howled howls panted
expostulated remonstrated assented objected objects acknowledged conceded concedes commented comments
asserted asserts interjected interjects opined opines fumed fumes quavered quavers
"""
SPEECH_VERBS = frozenset(_SPEECH_VERB_TEXT.split())
# Speech verbs that are as often verbs of moving or gesturing: followed by a direction or "as" (an adverb may come
# between) they tell no speech ("I returned to the window", "I laughed incredulously as Holmes leaned back", "She
# began to cry").
DUAL_VERBS = frozenset({"returned", "returns", "turned", "went", "put", "cut", "began", "begins", "started",
                        "starts", "continued", "continues", "laughed", "laughs", "smiled", "smiles", "grinned",
                        "sighed", "added"})
# verbs of going or beginning that take an -ing word for what is done: "went hunting", "began wrapping"
_ASPECT_VERBS = frozenset({"went", "began", "begins", "started", "starts"})
_NOT_SPEECH_NEXT = frozenset({"to", "into", "towards", "toward", "from", "across", "through", "back", "away", "as",
                              "out", "down", "over", "round", "around"})


WORD_RUN = re.compile(r"[A-Za-z][A-Za-z'’\-]*")  # a word with its apostrophes and hyphens


_TITLE = r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord|Master|Captain|Uncle|Aunt|Madam|Madame|Monsieur)\.?\s*)?"
_VOCATIVE_OPENER = re.compile(r"(?:[,;—]|\bdear|\bmy|\boh|\bO)\s*" + _TITLE + "$", re.IGNORECASE)
_QUOTE_OPENING = re.compile(r"\W*" + _TITLE)
_SENTENCE_OPENER = re.compile(r"[.!?…][ \t]+" + _TITLE + "$")


def is_vocative(text: str, quote_start: int, start: int, end: int) -> bool:
    """Whether the name at [start, end) inside the quote opening at ``quote_start`` addresses someone: it opens the
    quote or follows a comma or "dear" / "my" / "oh" (a title allowed between), and punctuation or the quote's end
    follows ("Stiles, wait", "..., Lizzy?", "My dear Watson!"); or it opens a later sentence with a comma after it
    ("... near the mine. Cas, how sure are you?")."""
    before = text[max(quote_start, start - 20):start]
    after = text[end:end + 2]
    opened = bool(_QUOTE_OPENING.fullmatch(text, quote_start, start) or _VOCATIVE_OPENER.search(before))
    if not opened and after.startswith(",") and _SENTENCE_OPENER.search(before):
        return True  # a name opening a later sentence of the quote, then a comma: "... the old mine. Cas, how sure?"
    return opened and (not after or after[0] in ",.!?…”\"'’—-")


def lower_words(text: str) -> list[str]:
    """The words of ``text``, lower-cased (apostrophes and hyphens kept inside a word)."""
    return [w.lower() for w in WORD_RUN.findall(text)]


def speech_verb_at(words: list[str], i: int) -> bool:
    """Whether lower-cased ``words[i]`` is a speech verb used for speech: not a dual verb (DUAL_VERBS) followed,
    after at most one adverb, by a direction or "as", nor "went", "began" or "started" followed by an -ing word."""
    if words[i] not in SPEECH_VERBS:
        return False
    if words[i] not in DUAL_VERBS:
        return True
    rest = words[i + 1:i + 3]
    if rest and rest[0].endswith("ly") and len(rest) > 1:
        rest = rest[1:]
    if rest and words[i] in _ASPECT_VERBS and rest[0].endswith("ing"):
        return False  # "she went hunting about", "began wrapping itself up"
    return not rest or rest[0] not in _NOT_SPEECH_NEXT


SPEECH_PARTICIPLES = frozenset({
    "saying", "remarking", "adding", "asking", "replying", "answering", "exclaiming", "crying", "observing",
    "announcing", "whispering", "muttering", "calling", "continuing", "repeating", "shouting", "murmuring",
    "declaring"})
LEAD_IN_TAIL = 7  # words of manner or address after a lead-in's speech verb
# a phrase of manner: "in a small and quiet voice", "with a nod", "in her gentlest tones"; passed over wherever it
# stands in a lead-in's tail ("called out in a trembling voice to its children")
_MANNER = re.compile(r"\b(?:in|with)\s+(?:a|an|the|his|her|its|their|my|our|your)\s+(?:[a-z]+[,\s]+){0,4}?"
                     r"(?:voice|voices|tone|tones|whisper|manner|monotone|undertone|accent|way)\b[\s,:—–-]*")
# the one spoken to, after the verb: "saying to her daughter", "called out to its children"
_ADDRESSED = re.compile(r"\bto\s+(?:the|a|an|his|her|its|their|my|our|your)\s+(?:[a-z]+\s+)?[a-z]+\b[\s,:—–-]*")
_TAIL_WORD = re.compile(r"[A-Za-z](?:[A-Za-z'’]|-(?=[A-Za-z]))*")  # no dash after a word: "said to her--"
_AS_FOLLOWS = re.compile(r"\bas\s+follows[\s,:—–-]*$")  # "Miss Alan began as follows: “…”"
_LEAD_IN_TAIL_WORDS = frozenset({"out", "aloud", "again", "up", "at", "length", "once", "to", "in", "a", "an",
    "the", "his", "her", "its", "their", "my", "voice", "tone", "whisper", "manner", "low", "loud", "trembling",
    "angry", "him", "them", "me", "us", "itself", "himself", "herself", "themselves", "children", "soon",
    "afterwards", "then", "now"})


def loose_lead_in_verb(text: str, start: int, end: int) -> int | None:
    """Where the speech verb of a lead-in ``text[start:end]`` stands when words of manner or address follow it
    ("called out in a trembling voice to its children, “…”", "saying rather nervously: “…”", "observing to Mrs.
    Norris “…”"): the last speech verb of the clause with at most LEAD_IN_TAIL words after it, each an adverb, a
    name or a word of ``_LEAD_IN_TAIL_WORDS``; phrases of manner and of address are passed over whatever their
    words ("said in a small and quiet voice “…”", "was repeating in a high American monotone “…”", "saying to her
    daughter “…”"), and so is "as follows" ending the clause. None when there is none."""
    follows = _AS_FOLLOWS.search(text, start, end)
    stop = follows.start() if follows else end
    manner = [(m.start(), m.end()) for pattern in (_MANNER, _ADDRESSED) for m in pattern.finditer(text, start, stop)]
    words = [w for w in _TAIL_WORD.finditer(text, start, stop)
             if not any(s <= w.start() < e for s, e in manner)]
    for k in range(len(words) - 1, max(-1, len(words) - 2 - LEAD_IN_TAIL), -1):
        word = words[k].group()
        lowered = [w.group().lower() for w in words[k:k + 3]]
        if word in SPEECH_PARTICIPLES or (word in SPEECH_VERBS and speech_verb_at(lowered, 0)):
            return words[k].start()
        if not (word[0].isupper() or word.endswith("ly") or word.lower() in _LEAD_IN_TAIL_WORDS):
            return None
    return None


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A quotation [start, end) including its quote marks; ``para`` is the index of its first paragraph."""

    start: int
    end: int
    para: int
    last_para: int


def _style(text: str) -> str:
    """The house style of the dialogue: double quotes, or single ones (curly or straight), whichever dominates."""
    doubles = text.count('"') + sum(text.count(c) for c in DOUBLE_OPEN + DOUBLE_CLOSE)
    curly_single = text.count("‘")
    straight_single = len(STRAIGHT_SINGLE_OPEN.findall(text))
    singles = max(curly_single, straight_single)
    if singles >= 2 and singles > doubles:
        return "curly-single" if curly_single >= straight_single else "straight-single"
    return "double"


def _opens(text: str, i: int, style: str) -> bool:
    ch = text[i]
    if style == "double":
        return ch in DOUBLE_OPEN or ch == STRAIGHT
    if style == "curly-single":
        return ch == "‘"
    # straight single: an apostrophe at a word start only
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return ch == "'" and (prev.isspace() or prev in "([—-") and not nxt.isspace()


def _closes(text: str, i: int, style: str) -> bool:
    ch = text[i]
    if style == "double":
        return ch in DOUBLE_CLOSE or ch == STRAIGHT
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if style == "curly-single":
        return ch == "’" and not nxt.isalpha()
    prev = text[i - 1] if i > 0 else " "
    return ch == "'" and not prev.isspace() and not nxt.isalpha()


def _starts_with_quote(text: str, para: TextSpan, style: str) -> bool:
    return para.end > para.start and _opens(text, para.start, style)


def quote_index(quotes: list[QuoteSpan]) -> list[int]:
    """The quotes' starts, in order: the index :func:`quote_at` searches."""
    return [q.start for q in quotes]


def quote_at(quotes: list[QuoteSpan], starts: list[int], pos: int) -> int | None:
    """The index of the quote (of ``quotes``, in text order; ``starts``: :func:`quote_index`) that holds offset
    ``pos``, or None when ``pos`` is in narration."""
    i = bisect.bisect_right(starts, pos) - 1
    return i if i >= 0 and quotes[i].start <= pos < quotes[i].end else None


def vocatives(text: str, quotes: list[QuoteSpan], starts: list[int], spans: Iterable[tuple[int, int]],
              enough: int) -> int:
    """How many of ``spans`` (a name's uses) are vocatives inside a quote (:func:`is_vocative`), counted up to
    ``enough``."""
    found = 0
    for s, e in spans:
        i = quote_at(quotes, starts, s)
        if i is not None and is_vocative(text, quotes[i].start, s, e):
            found += 1
            if found >= enough:
                break
    return found


def find_quotes(text: str, paragraphs: list[TextSpan]) -> list[QuoteSpan]:
    """Every quotation of the text, in order."""
    style = _style(text)
    marks = _DOUBLE_MARKS if style == "double" else _SINGLE_MARKS
    out: list[QuoteSpan] = []
    open_at: int | None = None
    open_para = 0
    for pi, para in enumerate(paragraphs):
        i = para.start
        if open_at is not None:  # a speech continued from the previous paragraph: skip its reopening mark
            i += 1
        elif text[para.start] in DASHES:
            end = _dash_quote_end(text, para)
            out.append(QuoteSpan(para.start, end, pi, pi))
            continue
        for mark in marks.finditer(text, i, para.end):  # only the quote marks, not every character
            i, ch = mark.start(), mark.group()
            if open_at is None:
                if _opens(text, i, style):
                    open_at, open_para = i, pi
            elif _closes(text, i, style) and not (ch in DOUBLE_OPEN and style == "double"):
                out.append(QuoteSpan(open_at, i + 1, open_para, pi))
                open_at = None
            elif style == "double" and ch in DOUBLE_OPEN:  # a new opening: the old one was never closed
                out.append(QuoteSpan(open_at, _trim_end(text, open_at, i), open_para, pi))
                open_at, open_para = i, pi
        if open_at is not None:
            nxt = paragraphs[pi + 1] if pi + 1 < len(paragraphs) else None
            if nxt is None or not _starts_with_quote(text, nxt, style):
                out.append(QuoteSpan(open_at, para.end, open_para, pi))
                open_at = None
    return [q for q in out if q.end - q.start > 2]


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start + 1 and text[end - 1].isspace():
        end -= 1
    return end


def _dash_quote_end(text: str, para: TextSpan) -> int:
    """Em-dash dialogue: the speech runs to the next dash that follows a space (narration), else to the end."""
    i = para.start + 1
    while i < para.end:
        if text[i] in DASHES and text[i - 1].isspace():
            return _trim_end(text, para.start, i)
        i += 1
    return para.end


_ROLE = r"([a-z][a-z\-]+)"
_ROLE_END = r"(?=[ \t]*(?:[,.;:!?—\"”]|with\b|who\b|of\b|in\b|$))"
_ROLE_AFTER_VERB = re.compile(r"(\w+)[ \t]+the[ \t]+(?:[a-z][a-z\-]*[ \t]+){0,2}?" + _ROLE + _ROLE_END)
_ROLE_BEFORE_VERB = re.compile(r"\b[Tt]he[ \t]+(?:[a-z][a-z\-]*[ \t]+){0,2}?" + _ROLE
                               + r"[ \t]+(?:[a-z]+ly[ \t]+)?(\w+)\b")


def speaking_roles(text: str, quotes: list[QuoteSpan], exclude: Set[str]) -> set[str]:
    """Head nouns of unnamed speakers in the dialogue tags right after quotes: "said the parson", "the old man
    replied" -> parson, man."""
    roles: set[str] = set()
    for q in quotes:
        window = text[q.end:q.end + 60]
        m = _ROLE_AFTER_VERB.match(window.lstrip(" ,"))
        if m and m.group(1).lower() in SPEECH_VERBS:
            roles.add(m.group(2))
        m2 = _ROLE_BEFORE_VERB.match(window.lstrip(" ,"))
        if m2 and m2.group(2).lower() in SPEECH_VERBS:
            roles.add(m2.group(1))
    return {r for r in roles if r not in exclude and not r.endswith("ly") and len(r) > 2}
