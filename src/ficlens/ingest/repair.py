"""Text repair, done as a file is decoded and so before anything computes an offset into its text.

Two repairs, each named in the report (``meta.repaired``) when it changed something:

- ``"cp1252 bytes"``: a file that is UTF-8 but for a few stray bytes (one curly quote pasted from a Windows editor)
  is read as UTF-8, and only its invalid bytes as cp1252 (:func:`utf8_with_stray_bytes`). A whole-file guess would
  read every one of its UTF-8 characters wrongly ("didn‚Äôt").
- ``"mojibake"``: UTF-8 that was once read as cp1252 or Mac Roman and saved again ("didnâ€™t") is put back by
  ``ftfy``'s encoding repair (:func:`repair_mojibake`), and nothing else of ``ftfy``: curly quotes, ligatures,
  full-width letters, line breaks, control characters and Unicode normalisation stay as the author wrote them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from ficlens.work_meta import WorkMeta

if TYPE_CHECKING:
    from ftfy import TextFixerConfig

    from ficlens.work import Work

CP1252_BYTES: Final = "cp1252 bytes"
MOJIBAKE: Final = "mojibake"


def _byte_as_cp1252(byte: int) -> str:
    """One byte as cp1252 reads it; the five bytes cp1252 leaves undefined as Latin-1 does (as browsers do)."""
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


#: ``surrogateescape`` turns an invalid byte B into the code point U+DC00+B: this table turns it into B's cp1252
#: character.
_ESCAPED_TO_CP1252: Final = {0xDC00 + byte: _byte_as_cp1252(byte) for byte in range(0x80, 0x100)}


def utf8_with_stray_bytes(data: bytes) -> str | None:
    """``data`` read as UTF-8 with each invalid byte read as cp1252, when it is mostly UTF-8: it has more valid
    non-ASCII UTF-8 characters than invalid bytes. None when it is not (a cp1252 or Latin-1 file, whose accented
    letters are all invalid UTF-8), or when it is valid UTF-8 throughout (nothing to repair)."""
    text = data.decode("utf-8", errors="surrogateescape")
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    stray = len(text.encode("utf-8", errors="surrogateescape")) - len(text.encode("utf-8", errors="ignore"))
    if stray == 0 or non_ascii - stray < stray:
        return None
    return text.translate(_ESCAPED_TO_CP1252)


#: The single-byte code pages UTF-8 is misread through (those ftfy undoes).
_MISREAD_AS: Final = ("latin-1", "cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1257", "iso8859_2",
                      "mac_roman", "cp437")


def _mojibake_pattern() -> re.Pattern[str]:
    """What every mojibake of UTF-8 holds: a lead byte's character followed by a continuation byte's, as one of
    ``_MISREAD_AS`` reads them; or a C1 control (cp1252 misread as Latin-1). A cheap test before ftfy's own
    (``ftfy.badness.is_bad`` takes 7 s over 20 MB of text)."""
    leads = {bytes([b]).decode(e, errors="ignore") for e in _MISREAD_AS for b in range(0xC2, 0xF5)} - {""}
    follows = {bytes([b]).decode(e, errors="ignore") for e in _MISREAD_AS for b in range(0x80, 0xC0)} - {""}
    return re.compile(f"[\x80-\x9f]|[{re.escape(''.join(sorted(leads)))}][{re.escape(''.join(sorted(follows)))}]")


_MOJIBAKE_PAIR: Final = _mojibake_pattern()
_CONFIG: TextFixerConfig | None = None


def _config() -> TextFixerConfig:
    """ftfy's encoding repair alone (ftfy, ~30 ms to import, is imported when non-ASCII text first needs it)."""
    global _CONFIG
    if _CONFIG is None:
        from ftfy import TextFixerConfig

        _CONFIG = TextFixerConfig(
            unescape_html=False, remove_terminal_escapes=False, fix_encoding=True, restore_byte_a0=True,
            replace_lossy_sequences=True, decode_inconsistent_utf8=True, fix_c1_controls=False,
            fix_latin_ligatures=False, fix_character_width=False, uncurl_quotes=False, fix_line_breaks=False,
            fix_surrogates=False, remove_control_chars=False, normalization=None, explain=False)
    return _CONFIG


def repair_mojibake(text: str) -> str:
    """``text`` with its mojibake put back ("didnâ€™t" → "didn’t"); the same string when it has none.

    ftfy repairs a text line by line, so only the lines that hold one of mojibake's character pairs are given to
    it: nested quotes ("’”") hold such a pair too, and a whole 1M-word work through ftfy costs ~1.5 s."""
    if text.isascii() or _MOJIBAKE_PAIR.search(text) is None:  # most files never import ftfy
        return text
    from ftfy import fix_text

    config, pieces, done, changed = _config(), [], 0, False
    for match in _MOJIBAKE_PAIR.finditer(text):
        if match.start() < done:  # on a line already given to ftfy
            continue
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.end())
        end = len(text) if end < 0 else end + 1
        fixed = fix_text(text[start:end], config)
        changed = changed or fixed != text[start:end]
        pieces += [text[done:start], fixed]
        done = end
    return "".join(pieces) + text[done:] if changed else text


def record_repairs(work: Work, repairs: list[str]) -> None:
    """Name ``repairs`` in the work's ``meta.repaired`` (each once; no meta is made when there are none)."""
    if not repairs:
        return
    work.meta = work.meta if work.meta is not None else WorkMeta()
    work.meta.repaired.extend(r for r in repairs if r not in work.meta.repaired)
