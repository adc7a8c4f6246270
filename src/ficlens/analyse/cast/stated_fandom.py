"""The fandom an author's note states: "I do NOT own Harry Potter!", "my first Naruto fic", "a Supernatural/Teen Wolf
crossover".

The cast builder reads no name in an author's note (:mod:`ficlens.analyse.cast.author_notes`: reviewers, book
titles and the canon's author are no characters), so a work whose story names its canon's people too rarely for
:func:`~ficlens.analyse.cast.fandom.detect` (a first chapter led by an original character, a canon the KB knows
few names of) loses the one line where its author names the fandom. This module reads that line: a title of a KB
fandom (its AO3 tag or an umbrella tag, less qualifiers and authors: "Harry Potter - J. K. Rowling" is "Harry
Potter", "Teen Wolf (TV)" is "Teen Wolf"), written as in the tag, inside a note and in one of the forms that state
a fandom:

- owned or disowned: "own", "owns", "owned", "belongs to", "property of", "rights to" before the title ("I don't
  own any of the Naruto characters", "I own nothing of Sherlock");
- named as the work's canon: the title followed by "fic", "fanfic", "fanfiction", "fandom", "crossover", "AU",
  "universe", "characters", "story" or "belongs" ("my first Naruto fic", "Harry Potter belongs to J.K.R.").

A title that stands for two KB fandoms ("Avatar") is left unread. The notes' fandoms are reported after those the
story's names and words detect (a crossover the story shows only one side of), or alone where the story detects
none; they never displace a detection (see :func:`~ficlens.analyse.cast.build.build_cast`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ficlens.analyse.cast.fandom import MAX_FANDOMS
from ficlens.knowledge import load_kb
from ficlens.nlp.spans import TextSpan

MIN_TITLE_LETTERS = 4  # shorter titles ("IT", "K") are too easily words
MAX_TITLE_WORDS = 8
STATED_SCORE = 0.5  # a stated fandom's score: the detection boundary (no evidence from the story)
_QUALIFIER = re.compile(r"\s*\([^()]*\)")
_LATIN = re.compile(r"[A-Za-z]")
_OWNED = re.compile(r"\b(?=[bopr])(?:own(?:s|ed)?|belongs? to|property of|rights to)\s+"
                    r"(?:(?:any|all|none|nothing)\s+(?:of\s+)?)?(?:the\s+)?", re.IGNORECASE)
_NAMED = re.compile(r"(?:'s)?\s+(?=[abcfsu])(?:fan ?fic\w*|fics?|fandom|crossover|AU|universe|characters?|story|"
                    r"stories|belongs?)(?![\w'])", re.IGNORECASE)
GUARDED_PATTERNS: tuple[re.Pattern[str], ...] = (_OWNED, _NAMED)  # see tests/analyse/test_regex_guards.py
_JOINED = re.compile(r"\s*(?:/|&|\bx\b|\band\b)\s*$")  # "Supernatural/Teen Wolf crossover": the title before
_TRAILING = "!?.,;:'\""
_WORD = re.compile(r"[^\s/&]+")


def titles_of(tag: str) -> list[str]:
    """The titles an AO3 fandom tag names its canon by: each " | " part less its qualifiers and its " - " tail
    (author, "All Media Types", "Fandom"), less a leading "The", in Latin letters, at least MIN_TITLE_LETTERS of
    them: "Harry Potter - J. K. Rowling" -> ["Harry Potter"]; "NARUTO | ナルト" -> ["NARUTO", "Naruto"]."""
    out: list[str] = []
    for part in tag.split(" | "):
        title = _QUALIFIER.sub("", part).split(" - ")[0].strip()
        if title.startswith("The "):
            title = title[4:]
        if sum(1 for c in title if c.isalpha()) < MIN_TITLE_LETTERS or not _LATIN.search(title):
            continue
        out.append(title)
        if title.isupper():
            out.append(title.title())
    return out


@lru_cache(maxsize=1)
def _title_index() -> dict[str, str]:
    """Title -> its one KB fandom, from every KB fandom and umbrella tag; titles of two fandoms left out."""
    kb = load_kb()
    owners: dict[str, set[str]] = {}
    for tag, fandom in [*((f, f) for f in kb.fandoms), *kb.umbrella.items()]:
        for title in titles_of(tag):
            owners.setdefault(title, set()).add(fandom)
    return {title: next(iter(fs)) for title, fs in owners.items() if len(fs) == 1}


def _title_at_start(words: list[str], index: dict[str, str]) -> str | None:
    """The fandom of the longest title that ``words`` open with."""
    for k in range(min(len(words), MAX_TITLE_WORDS), 0, -1):
        phrase = " ".join(words[:k])
        fandom = index.get(phrase) or index.get(phrase.rstrip(_TRAILING))
        if fandom is not None:
            return fandom
    return None


def _titles_before(text: str, end: int, index: dict[str, str], lo: int) -> list[str]:
    """The fandoms of the longest title that ends at ``end`` (not before ``lo``), and of the titles joined to it by
    "/", "&", "x" or "and" before it."""
    words = _WORD.findall(text, max(lo, end - 160), end)
    if end < len(text) and (text[end].isalnum() or text[end] == "'"):
        return []
    for k in range(min(len(words), MAX_TITLE_WORDS), 0, -1):
        phrase = " ".join(words[-k:])
        fandom = index.get(phrase)
        if fandom is None:
            continue
        start = text.rfind(words[-k], lo, end)
        if start > lo and (text[start - 1].isalnum() or text[start - 1] == "'"):
            continue
        joined = _JOINED.search(text, max(lo, start - 6), start) if start > lo else None
        return [fandom, *(_titles_before(text, joined.start(), index, lo) if joined else [])]
    return []


def stated_fandoms(text: str, notes: list[TextSpan]) -> list[str]:
    """The KB fandoms that the author's ``notes`` of ``text`` state (see the module doc), in order of first
    statement."""
    if not notes:
        return []
    index = _title_index()
    out: list[str] = []
    for span in notes:
        found: list[tuple[int, str]] = []
        for m in _OWNED.finditer(text, span.start, span.end):
            words = _WORD.findall(text, m.end(), min(span.end, m.end() + 160))
            fandom = _title_at_start(words[:MAX_TITLE_WORDS], index)
            if fandom is not None:
                found.append((m.start(), fandom))
        for m in _NAMED.finditer(text, span.start, span.end):
            found.extend((m.start(), f) for f in reversed(_titles_before(text, m.start(), index, span.start)))
        for _, fandom in sorted(found, key=lambda item: item[0]):
            if fandom not in out:
                out.append(fandom)
    return out


def with_stated(detected: list[tuple[str, float]], stated: list[str]) -> list[tuple[str, float]]:
    """The story's detected fandoms (name, score), then the notes' ``stated`` fandoms it did not detect, at the
    detection boundary's score (0.5), up to MAX_FANDOMS in all."""
    names = {name for name, _ in detected}
    extra = [(name, STATED_SCORE) for name in stated if name not in names]
    return [*detected, *extra][:max(len(detected), MAX_FANDOMS)]
