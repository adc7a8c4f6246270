"""A literal pre-filter for the lexicons' word-initial alternations: every label's ``finditer`` matches, ~5x faster.

A cue pattern ``\\b(?:punch(?:ed)?|kick(?:ed)? him|...)\\b`` costs Python's regex engine a ``\\b`` test at every
character and a try of every alternative at every word start, and there are 33 labels: ~0.5 s per 100,000 words.
But each alternative begins with a literal prefix ("punch", "kick him", "the rope", ...). :class:`CueFinder` puts
every label's prefixes into one trie-shaped regex, finds at every word start the longest prefix there (a zero-width
look-ahead, so a hit never hides the start of the next word), and runs a label's full pattern, with ``match``, only
where one of its prefixes occurs and where its ``finditer`` would look next. Every match of a pattern begins with
one of its prefixes at a word start, so the matches found are exactly ``finditer``'s
(``tests/test_warnings_prefilter.py`` checks it). Prefixes run over spaces and punctuation as long as the pattern
is literal there (a group's alternatives are carried on while there are at most :data:`MAX_PREFIXES`): a cue such
as "the rope" is tried where "the rope" occurs, not at every "the". When the prefixes cannot be read off a pattern
(an alternative begins with a category such as ``\\w`` or a non-word character), that pattern is scanned with
plain ``finditer``.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

# The stdlib's own regex parser (stable since 3.11, untyped); any surprise in its output means "no prefilter".
sre: Any = importlib.import_module("re._constants")
sre_parser: Any = importlib.import_module("re._parser")

MIN_PREFIX = 1  # a one-letter word ("a woman's place") is still cheaper to pre-filter than to scan for
MAX_CLASS = 4  # a character class of at most this many literals is expanded into the prefixes
MAX_PREFIXES = 16  # a group's alternatives are carried on into what follows while there are at most this many
_WORD_CHAR = re.compile(r"\w")


def _seq_prefixes(items: Any) -> set[str] | None:
    """Literal strings one of which begins every match of the parsed sequence ``items`` (None: cannot tell)."""
    found = _seq(items)
    return None if found is None else found[0]


def _seq(items: Any) -> tuple[set[str], bool] | None:
    """(prefixes, whether they are the whole of every match) of the parsed sequence ``items``."""
    out = {""}
    for idx, (op, av) in enumerate(items):
        if op is sre.LITERAL:
            out = {p + chr(av) for p in out}
            continue
        if op is sre.IN and len(av) <= MAX_CLASS and all(o is sre.LITERAL for o, _ in av):
            out = {p + chr(a) for p in out for _, a in av}
            continue
        whole = False
        subs: set[str] | None = None
        if op is sre.SUBPATTERN:
            inner = _seq(av[3])
            subs, whole = (None, False) if inner is None else inner
        elif op is sre.BRANCH:
            alts = [_seq(alt) for alt in av[1]]
            if all(a is not None for a in alts):
                subs = set().union(*(a[0] for a in alts if a is not None))
                whole = all(a is not None and a[1] for a in alts)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] == 0:  # "(?:just )?a woman": either part may begin
            first, rest = _seq(av[2]), _seq(items[idx + 1 :])
            if first is not None and rest is not None:
                subs = first[0] | rest[0]
        if subs is None or "" in subs:
            return out, False  # stop extending here; what is collected so far still begins every match
        out = {p + q for p in out for q in subs}
        if not whole or len(out) > MAX_PREFIXES:
            return out, False
    return out, True


def literal_prefixes(pattern: str) -> set[str] | None:
    """Literal prefixes, each beginning with at least :data:`MIN_PREFIX` word characters, one of which begins
    every match of ``pattern``,
    which must begin with ``\\b`` (outside any group or alternation; look-arounds after it are skipped); None when
    the pattern is not so anchored or its prefixes cannot be read off."""
    try:
        items = list(sre_parser.parse(pattern))
        if not items or items[0] != (sre.AT, sre.AT_BOUNDARY):
            return None  # "\\bfoo|bar" is not anchored: "bar" may match inside a word
        items = items[1:]
        while items and items[0][0] is sre.ASSERT:
            items = items[1:]
        found = _seq_prefixes(items)
    except Exception:  # noqa: BLE001  (an internal, untyped API: on any surprise, no prefilter)
        return None
    if not found:
        return None
    for prefix in found:
        if next((i for i, ch in enumerate(prefix) if not _WORD_CHAR.match(ch)), len(prefix)) < MIN_PREFIX:
            return None
    # A prefix that extends another is redundant: wherever it occurs, the shorter one does too.
    return {p for p in found if not any(p[:j] in found for j in range(1, len(p)))}


def trie_regex(words: set[str]) -> str:
    """An alternation of ``words`` shaped as a trie (``ab(?:c|d)?``) that matches the longest of them present."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        ends = "" in node
        parts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 and not ends else "(?:" + "|".join(parts) + ")"
        return body + "?" if ends else body

    return emit(trie)


class CueFinder:
    """Each pattern's ``finditer`` match spans over one text, all patterns found in one pre-filter pass.

    Patterns whose prefixes cannot be read (see :func:`literal_prefixes`) or that do not begin with ``\\b`` are
    scanned with plain ``finditer``.
    """

    def __init__(self, patterns: list[re.Pattern[str]]) -> None:
        self.patterns = patterns
        self.plain: list[int] = []
        self.owners: dict[str, list[int]] = {}  # literal prefix -> the patterns it begins
        for k, pattern in enumerate(patterns):
            prefixes = literal_prefixes(pattern.pattern)
            if prefixes is None:
                self.plain.append(k)
                continue
            for prefix in prefixes:
                self.owners.setdefault(prefix, []).append(k)
        flags = patterns[0].flags if patterns else 0
        self.trigger = re.compile(r"(?<!\w)(?=(" + trie_regex(set(self.owners)) + "))", flags) if self.owners else None

    def spans(self, text: str) -> list[list[tuple[int, int]]]:
        out: list[list[tuple[int, int]]] = [[] for _ in self.patterns]
        for k in self.plain:
            out[k] = [m.span() for m in self.patterns[k].finditer(text)]
        if self.trigger is None:
            return out
        owners = self.owners
        last = [0] * len(self.patterns)  # where each pattern's finditer would look next
        for hit in self.trigger.finditer(text):
            start, word = hit.start(), hit.group(1)
            # Every prefix present here lies on the trie path of the longest one, ``word``.
            ks = {k for j in range(MIN_PREFIX, len(word) + 1) for k in owners.get(word[:j], ())}
            for k in ks:
                if start < last[k]:
                    continue
                m = self.patterns[k].match(text, start)
                if m is not None:
                    out[k].append(m.span())
                    last[k] = m.end()
        return out
