"""Plain text: decode bytes in whatever common encoding they use, and nothing else.

The decoded text is the work's text unchanged but for the repairs of :mod:`ficlens.ingest.repair` (stray cp1252
bytes in UTF-8, mojibake), which happen here, before any offset is computed: a byte-order mark is dropped; newlines
are not normalised, so report offsets index the file's own characters.
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass

from ficlens.errors import InputError
from ficlens.ingest.repair import CP1252_BYTES, utf8_with_stray_bytes
from ficlens.ingest.title_line import title_line
from ficlens.work import Work, is_blank

# Longest marks first: the UTF-32 LE mark begins with the UTF-16 LE one.
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# What a Western (cp1252) reading of English-language prose plausibly contains beyond ASCII.
_WESTERN_PUNCT = set("‘’‚“”„–—…•€£¥©®™«»°·§¶¡¿ ×÷ºª´¨¸†‡‰‹›")
_SAMPLE_CHARS = 65_536
_MAX_CONTROL_SHARE = 0.02
_TEXT_CONTROLS = set("\t\n\r\f\v\x1b")

NOT_TEXT = "not a text, HTML, EPUB or zip file (its bytes do not decode as text in any common encoding)"


@dataclass(frozen=True, slots=True)
class Decoded:
    """A file's text and what was repaired in decoding it (:mod:`ficlens.ingest.repair`'s names)."""

    text: str
    repairs: tuple[str, ...] = ()


def decode(data: bytes, source: str) -> Decoded:
    """Decode a file's bytes: a BOM if there is one, else UTF-8, else UTF-8 with its few stray bytes read as
    cp1252, else cp1252 where that reads as Western prose, else the encoding charset-normalizer detects."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return Decoded(_checked(data[len(bom):].decode(encoding), source))
            except UnicodeDecodeError as exc:
                raise InputError(source, f"starts with a {encoding} byte-order mark but is not valid {encoding}: "
                                         f"byte {exc.start + len(bom)}") from exc
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        return Decoded(_checked(utf16, source))
    try:
        return Decoded(_checked(data.decode("utf-8"), source))
    except UnicodeDecodeError:
        pass
    mostly_utf8 = utf8_with_stray_bytes(data)
    if mostly_utf8 is not None:
        return Decoded(_checked(mostly_utf8, source), (CP1252_BYTES,))
    western = _plausible_cp1252(data)
    if western is not None:
        return Decoded(_checked(western, source))
    import charset_normalizer  # imported here: ~15 ms, and only text that is neither UTF-8 nor cp1252 needs it

    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise InputError(source, NOT_TEXT)
    return Decoded(_checked(str(best), source))


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark: Latin-script text has a zero byte in every other position."""
    sample = data[:4096]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    encoding = "utf-16-le" if odd > 0.3 * half and even < 0.05 * half else \
        "utf-16-be" if even > 0.3 * half and odd < 0.05 * half else None
    if encoding is None or len(data) % 2:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _plausible_cp1252(data: bytes) -> str | None:
    """The cp1252 reading when every non-ASCII character in it is a letter or Western punctuation.

    charset-normalizer ranks single-byte code pages poorly on short texts (it calls a curly apostrophe in cp1252
    "big5"); a cp1252 reading that yields only letters and typographic punctuation is the one a reader meant.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    for ch in set(text):
        if ch.isascii():
            continue
        if ch not in _WESTERN_PUNCT and not unicodedata.category(ch).startswith("L"):
            return None
    return text


def _checked(text: str, source: str) -> str:
    """Refuse binary data that happened to decode: text has almost no control characters. The C1 controls
    (U+0080-U+009F) are not counted: mojibake holds them ("â€\x9d" was a closing quote) and is repaired next."""
    sample = text[:_SAMPLE_CHARS]
    controls = sum(1 for ch in sample
                   if unicodedata.category(ch) == "Cc" and ch not in _TEXT_CONTROLS and not "\x80" <= ch <= "\x9f")
    if sample and controls / len(sample) > _MAX_CONTROL_SHARE:
        raise InputError(source, NOT_TEXT.replace("do not decode as text in any common encoding",
                                                  "look like binary data"))
    return text


def read_text(text: str, source: str) -> Work:
    """A plain-text work: the decoded text as is, one chapter, no metadata."""
    if is_blank(text):
        raise InputError(source, "contains no text (only whitespace)")
    return Work(text=text, source=source, format="text", title=title_line(text))
