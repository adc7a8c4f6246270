"""Text that XML 1.0 can hold: a work's text may carry control characters or lone surrogates that no XML document
(an Atom feed, an EPUB page) may contain; they are dropped, everything else is kept as it is."""

from __future__ import annotations

import re

_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: str) -> str:
    """``text`` without the characters XML 1.0 forbids (NUL and other C0 controls, lone surrogates, U+FFFE/F)."""
    return _NOT_XML.sub("", text)
