"""Reader-insert works: a story told to "you" ("You walk in. He looks up at you."), the reader named "Y/N".

Such a work's protagonist is the reader, whom AO3 tags "Reader" (pairings "Character/Reader"). A work is read as a
reader insert when it writes the "Y/N" placeholder (also "(y/n)", "Y/N's") at least MIN_MARKS times, or when "you"
is the narration's person: at least MIN_YOU uses of you/your/yourself outside the quotes, YOU_SHARE of the words
there. The reader's mentions are those placeholders (names) and the narration's you-words (named too: they are
how the text names the reader). A character of such a work that the story names only inside quotes, called there
(a vocative) CALLS_FOR_THE_READER times or more, is the reader too: the name the others give "you" ("“Good
morning, Anon.”"; the narration never names the reader, only "you").
"""

from __future__ import annotations

import re

from ficlens.analyse.cast.model import Cast, Cluster, Mention
from ficlens.analyse.dialogue import QuoteSpan, quote_at, quote_index, vocatives
from ficlens.nlp.letter_runs import count_runs

READER = "Reader"
MIN_MARKS = 2
MIN_YOU = 10  # a drabble of 300 words told to "you" has 15-20 (classic novels: under 4% of narration)
YOU_SHARE = 0.04
CALLS_FOR_THE_READER = 2
PLACEHOLDER = re.compile(r"\b[Yy]/[Nn]\b")
# The leading lookahead only speeds the scan up (tests/analyse/test_regex_guards.py: no match changes).
YOU = re.compile(r"(?=[Yy])\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
GUARDED_PATTERNS: tuple[re.Pattern[str], ...] = (YOU,)
WORD_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'"  # a narration word: a run of these


def reader_spans(text: str, cast: Cast) -> list[tuple[int, int, bool]]:
    """The reader's mentions (start, end, in a quote) when the work is a reader insert, else none."""
    starts = quote_index(cast.quotes)
    marks = [(start, end, quote_at(cast.quotes, starts, start) is not None) for start, end in placeholders(text)]
    you = [(m.start(), m.end(), False) for m in YOU.finditer(text) if quote_at(cast.quotes, starts, m.start()) is None]
    second_person = len(you) >= MIN_YOU and len(you) >= YOU_SHARE * narration_words(text, cast.quotes)
    if len(marks) < MIN_MARKS and not second_person:
        return []
    return sorted(marks + (you if second_person else []))


def narration_words(text: str, quotes: list[QuoteSpan]) -> int:
    """About how many words the narration (the text outside ``quotes``) holds: the text's words, in the share of its
    characters that no quote holds; at least 1."""
    quoted = sum(q.end - q.start for q in quotes)
    return max(1, round(count_runs(text, WORD_CHARS) * (1 - quoted / max(len(text), 1))))


def placeholders(text: str) -> list[tuple[int, int]]:
    """The spans of ``PLACEHOLDER``'s matches, found from the text's slashes (a scan in C for "/" instead of a try
    of the pattern at every character)."""
    found: list[tuple[int, int]] = []
    at = text.find("/")
    while at >= 0:
        if (0 < at < len(text) - 1 and text[at - 1] in "Yy" and text[at + 1] in "Nn"
                and not _word_char(text, at - 2) and not _word_char(text, at + 2)):
            found.append((at - 1, at + 2))
        at = text.find("/", at + 1)
    return found


def _word_char(text: str, i: int) -> bool:
    """Whether ``text[i]`` is a word character of the regex engine's ``\\b`` (none outside the text)."""
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")


def with_reader(text: str, cast: Cast) -> Cast:
    """The cast with a "Reader" character for a reader-insert work (see the module doc); else the cast itself.
    Clusters named by the placeholder ("Y/N") are the reader."""
    spans = reader_spans(text, cast)
    if not spans:
        return cast
    placeholder = {c.id for c in cast.clusters if PLACEHOLDER.fullmatch(c.name.strip("()"))}
    reader = Cluster(len(cast.clusters), READER)
    called = called_reader(text, cast) - placeholder
    taken = {(m.start, m.end) for m in cast.mentions if m.cluster not in placeholder}
    mentions = [m if m.cluster not in called else Mention(m.start, m.end, reader.id, m.kind, m.in_quote)
                for m in cast.mentions if m.cluster not in placeholder]
    reader.names = sum(m.cluster == reader.id and m.kind == "name" for m in mentions)
    for start, end, in_quote in spans:
        if (start, end) not in taken:
            mentions.append(Mention(start, end, reader.id, "name", in_quote))
            reader.names += 1
    reader.forms[READER] = reader.names
    clusters = [c if c.id not in placeholder | called else _emptied(c) for c in cast.clusters] + [reader]
    return Cast(clusters, mentions, cast.quotes, cast.fandoms, cast.anonymous_after, cast.anonymous_before)


def called_reader(text: str, cast: Cast) -> set[int]:
    """The named clusters (no role, none the KB knows) whose every name mention lies inside a quote and that are
    called there CALLS_FOR_THE_READER times or more: in a reader insert, names the others give the reader."""
    starts = quote_index(cast.quotes)
    named: dict[int, list[Mention]] = {}
    for m in cast.mentions:
        if m.kind == "name":
            named.setdefault(m.cluster, []).append(m)
    out: set[int] = set()
    for c in cast.clusters:
        ms = named.get(c.id, [])
        if c.role or c.kb is not None or not ms or not all(m.in_quote for m in ms):
            continue
        if vocatives(text, cast.quotes, starts, ((m.start, m.end) for m in ms),
                     CALLS_FOR_THE_READER) >= CALLS_FOR_THE_READER:
            out.add(c.id)
    return out


def _emptied(cluster: Cluster) -> Cluster:
    cluster.names = cluster.resolved = 0
    return cluster
