"""Text that is not the story: author's notes inside it (paragraphs that talk to the readers) and the work's or
a chapter's title written in it.

Fan fiction often carries its notes in the chapter body ("A/N: Yay! My first fanfic!", reviewer replies,
disclaimers, "Now. Review!"). Names in them (book titles, reviewers, the canon's author) are not characters.

A note block sits at a chapter's start or end: the run of paragraphs from the boundary (which has a cue) up to
the last one with a note cue, allowing one paragraph without a cue between two that have one, and holding at
least one strong cue ("A/N", "disclaimer", "review", "fanfic" …). Anywhere else, a paragraph that opens like a
note ("A/N:", "Author's note:", "Disclaimer:") is one, with the cue-bearing paragraphs right after it. A paragraph
longer than MAX_NOTE_CHARS has no cue: a chapter exported without its paragraph breaks is one long paragraph that
holds a strong cue somewhere ("fic", "review") and was blanked whole.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from itertools import islice

from ficlens.nlp.spans import TextSpan

# The lookaheads name every alternative's first letter: the same matches, but the regex engine skips ahead to
# candidate letters instead of trying each alternative at every position (2x faster on short works).
STRONG_CUES = re.compile(
    r"(?=[abdfkor])(?:\bA/N\b|\bauthor'?s'? notes?\b|\bdisclaimer\b|\breview(?:s|ers?|ing|ed)?\b|\bfan ?fic\w*|\bfic\b|"
    r"\bff\.net\b|\bkudos\b|\bR&R\b|\bown nothing\b|\bdon'?t own\b|\bone-?shot\b|\bbeta(?:'d|ed| reader)?\b)",
    re.IGNORECASE)
WEAK_CUES = re.compile(r"\b(?=[bceprtuy])(?:P\.\s?S\.|(?:chapters?|update[sd]?|updating|posted|posting|readers|"
                       r"you guys|belongs? to|thanks? (?:you )?(?:so much )?for reading|enjoy)\b)", re.IGNORECASE)
GUARDED_PATTERNS: tuple[re.Pattern[str], ...] = (STRONG_CUES, WEAK_CUES)  # see tests/analyse/test_regex_guards.py
OPENERS = re.compile(r"\s*(?:A/N|AN:|N/A|author'?s'? notes?|disclaimer)\b", re.IGNORECASE)
MAX_GAP = 1  # paragraphs without a cue allowed inside a block
MAX_BLOCK = 12  # paragraphs scanned from a chapter boundary
MAX_NOTE_CHARS = 4000  # a longer paragraph is story: an export that lost its paragraph breaks, never one note


def _cue(text: str, p: TextSpan) -> int:
    """2 for a strong note cue, 1 for a weak one, 0 for none (and for a paragraph over MAX_NOTE_CHARS)."""
    if p.end - p.start > MAX_NOTE_CHARS:
        return 0
    if STRONG_CUES.search(text, p.start, p.end) or OPENERS.match(text, p.start, p.end):
        return 2
    return 1 if WEAK_CUES.search(text, p.start, p.end) else 0


def _boundary_block(cues: Iterable[int]) -> int:
    """How many paragraphs from the start of ``cues`` form a note block (0 if none). ``cues`` is read lazily, only
    as far as the block goes (most chapters open with no cue: one paragraph read)."""
    last = -1
    strong = False
    gap = 0
    for i, cue in enumerate(islice(cues, MAX_BLOCK)):
        if i == 0 and not cue:
            break  # a block starts at the boundary
        if cue:
            if gap > MAX_GAP:
                break
            last, gap = i, 0
            strong = strong or cue == 2
        else:
            gap += 1
            if gap > MAX_GAP:
                break
    return last + 1 if strong else 0


def note_spans(text: str, paragraphs: list[TextSpan], chapters: list[tuple[int, int]] | None = None
               ) -> list[TextSpan]:
    """The paragraphs of ``text`` that are author's notes, in order. ``chapters`` = (start, end) ranges; the
    whole text is one chapter without them. Cues are read only near chapter boundaries and after openers."""
    starts = [p.start for p in paragraphs]
    notes: set[int] = set()
    cues: dict[int, int] = {}  # paragraph index -> cue (a short chapter's head and tail blocks overlap)

    def cue(i: int) -> int:
        c = cues.get(i)
        if c is None:
            c = cues[i] = _cue(text, paragraphs[i])
        return c

    for start, end in chapters or [(0, len(text))]:
        lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        if lo >= hi:
            continue
        head = _boundary_block(cue(i) for i in range(lo, min(hi, lo + MAX_BLOCK)))
        tail = _boundary_block(cue(i) for i in range(hi - 1, max(lo, hi - MAX_BLOCK) - 1, -1))
        notes.update(range(lo, lo + head))
        notes.update(range(hi - tail, hi))
        i = lo
        while i < hi:  # mid-chapter notes: an opener and the cue-bearing paragraphs after it
            if OPENERS.match(text, paragraphs[i].start, paragraphs[i].end):
                notes.add(i)
                i += 1
                while i < hi and cue(i):
                    notes.add(i)
                    i += 1
                continue
            i += 1
    return [paragraphs[i] for i in sorted(notes)]


_CHAPTER_PREFIX = re.compile(r"^\s*(?:chapter|part|book)\s+[\w.]+\s*[:.\-–—]?\s*", re.IGNORECASE)


def title_spans(text: str, titles: list[str]) -> list[TextSpan]:
    """Where the work's or a chapter's title is written in the text, for titles that cannot be a name (two or more
    words, one of them lower-case: "Fire and Feather"; not "Riversong K'Vala")."""
    out: list[TextSpan] = []
    for title in titles:
        words = _CHAPTER_PREFIX.sub("", title).strip().split()
        if len(words) < 2 or not any(w[:1].islower() for w in words):
            continue
        pattern = re.compile(r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words) + r"(?!\w)")
        out.extend(TextSpan(m.start(), m.end()) for m in pattern.finditer(text))
    return out


def mask(text: str, spans: list[TextSpan]) -> str:
    """``text`` with the spans blanked out (same length, so every offset still holds)."""
    if not spans:
        return text
    parts: list[str] = []
    pos = 0
    for s in sorted(spans, key=lambda x: x.start):
        if s.end <= pos:
            continue
        s = TextSpan(max(s.start, pos), s.end)
        parts.append(text[pos:s.start])
        parts.append(re.sub(r"[^\n]", " ", text[s.start:s.end]))
        pos = s.end
    parts.append(text[pos:])
    return "".join(parts)
