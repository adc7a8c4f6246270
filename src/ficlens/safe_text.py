"""Names and text made safe to print, store and serialise.

A file name on Linux is bytes: it may not be UTF-8 (Python hands those bytes over as lone surrogates, which cannot
be encoded, stored in SQLite or written as UTF-8 JSON) and it may hold a newline or a terminal escape sequence.
Titles, tags and summaries come from the files themselves and may hold the same. Two forms:

- :func:`display_path` (and :func:`escape_controls`): the one stable form of a name, used for printing, storing,
  ids and JSON. Undecodable bytes become ``\\xNN``, control characters visible escapes (``\\n``, ``\\x1b``,
  ``\\u202e``); printable text, backslashes included, is left as it is. The form is idempotent.
- :func:`printable` and :func:`one_line`: prose for a terminal. Escape sequences (colours, cursor moves, window
  titles, hyperlinks) are removed with their parameters, other controls dropped; :func:`printable` keeps line
  breaks and tabs, :func:`one_line` folds all whitespace to single spaces (titles, tags, one-line messages).
"""

from __future__ import annotations

import json
import os
import re
from typing import Any

_SURROGATE_BYTES = range(0xDC80, 0xDD00)  # where surrogateescape puts an undecodable byte 0x80-0xFF
# Bidirectional overrides, embeddings and isolates (they reorder what a terminal shows: "Trojan Source").
_BIDI = "\u202a-\u202e\u2066-\u2069"
_CONTROL = re.compile(f"[\x00-\x1f\x7f-\x9f\u2028\u2029{_BIDI}\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# A terminal escape sequence with its parameters: CSI (colours, cursor), OSC (titles, hyperlinks; ended by BEL or
# ST), DCS/SOS/PM/APC strings, and the two-character escapes. Each part is one character class run, so matching
# stays linear in the length of the text.
_ESCAPE_SEQUENCE = re.compile(
    "(?:\x1b\\[|\x9b)[0-?]*[ -/]*[@-~]?"
    "|(?:\x1b[]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\\\|\x9c)?"
    "|\x1b[ -/]*[0-~]?"
)
_LINE_BREAK = re.compile("\r\n?|[\u2028\u2029\x85\x0b\x0c]")
_DROPPED = re.compile(f"[\x00-\x08\x0e-\x1f\x7f-\x9f{_BIDI}]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _escape_one(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if char in _NAMED:
        return _NAMED[char]
    if code in _SURROGATE_BYTES:
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def escape_controls(text: str) -> str:
    """``text`` with every undecodable byte and control character as a visible escape (see the module doc)."""
    return _CONTROL.sub(_escape_one, text)


def display_path(path: str | bytes | os.PathLike[str] | os.PathLike[bytes]) -> str:
    """The one safe, stable form of a file name: valid UTF-8, one line, no terminal controls."""
    return escape_controls(os.fsdecode(path))


def _surrogate_to_byte(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code - 0xDC00:02x}" if code in _SURROGATE_BYTES else "\ufffd"


def printable(text: str) -> str:
    """``text`` for a terminal: escape sequences removed, line breaks as ``\\n``, other controls dropped, lone
    surrogates shown as ``\\xNN`` (or U+FFFD)."""
    text = _ESCAPE_SEQUENCE.sub("", text)
    text = _LINE_BREAK.sub("\n", text)
    text = _DROPPED.sub("", text)
    return _LONE_SURROGATE.sub(_surrogate_to_byte, text)


def one_line(text: str) -> str:
    """:func:`printable`, with every run of whitespace (line breaks included) as one space."""
    return " ".join(printable(text).split())


def printable_tree(value: Any) -> Any:
    """A JSON-like value (dicts, lists, strings, numbers) with :func:`printable` applied to every string."""
    if isinstance(value, str):
        return printable(value)
    if isinstance(value, dict):
        return {key: printable_tree(item) for key, item in value.items()}
    if isinstance(value, list):
        return [printable_tree(item) for item in value]
    return value


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def utf8_json(text: str) -> str:
    """JSON text (``json.dumps(..., ensure_ascii=False)``) made encodable as UTF-8: a lone surrogate inside a
    string becomes its ``\\uXXXX`` escape, which every JSON reader turns back into the same string."""
    return _LONE_SURROGATE.sub(_json_escape, text)


def json_line(value: Any) -> str:
    """``value`` as one line of UTF-8-safe JSON (non-ASCII kept as it is)."""
    return utf8_json(json.dumps(value, ensure_ascii=False))
