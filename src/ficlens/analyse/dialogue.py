"""Where the dialogue is: quotation spans in a text, from its punctuation alone.

Handles straight and curly double quotes, a quote left open at a paragraph end and reopened at the next paragraph's
start (one speech over several paragraphs), single-quote house styles (‘…’ and '…' when the text has no double
quotes), nested quotes (kept inside the outer one) and em-dash dialogue (a paragraph opening with a dash).
"""

from __future__ import annotations

from dataclasses import dataclass

from ficlens.nlp.document import TextSpan

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
STRAIGHT = '"'
DASHES = "—―"


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A quotation [start, end) including its quote marks; ``para`` is the index of its first paragraph."""

    start: int
    end: int
    para: int
    last_para: int


def _style(text: str) -> str:
    doubles = text.count('"') + sum(text.count(c) for c in DOUBLE_OPEN + DOUBLE_CLOSE)
    if doubles >= 2:
        return "double"
    if text.count("‘") >= 2:
        return "curly-single"
    if text.count(" '") >= 2:
        return "straight-single"
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


def find_quotes(text: str, paragraphs: list[TextSpan]) -> list[QuoteSpan]:
    """Every quotation of the text, in order."""
    style = _style(text)
    marks = set(DOUBLE_OPEN + DOUBLE_CLOSE + STRAIGHT) if style == "double" else {"‘", "’", "'"}
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
        while i < para.end:
            ch = text[i]
            if ch in marks:
                if open_at is None:
                    if _opens(text, i, style):
                        open_at, open_para = i, pi
                elif _closes(text, i, style) and not (ch in DOUBLE_OPEN and style == "double"):
                    out.append(QuoteSpan(open_at, i + 1, open_para, pi))
                    open_at = None
                elif style == "double" and ch in DOUBLE_OPEN:  # a new opening: the old one was never closed
                    out.append(QuoteSpan(open_at, _trim_end(text, open_at, i), open_para, pi))
                    open_at, open_para = i, pi
            i += 1
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
