"""English words common in ordinary prose ("even", "will", "heavy", "thing"), built by
``scripts/build_common_words.py`` into ``common_words.txt.gz`` and loaded lazily once per process."""

from __future__ import annotations

import gzip
from functools import lru_cache
from importlib import resources

WORDS_FILE = "common_words.txt.gz"


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """The lower-case common words; empty when the shipped list is missing."""
    path = resources.files("ficlens.knowledge") / WORDS_FILE
    if not path.is_file():
        return frozenset()
    return frozenset(gzip.decompress(path.read_bytes()).decode("utf-8").split())


def is_common_word(text: str) -> bool:
    """Whether ``text`` is one common English word, however capitalised ("Even", "WILL")."""
    return text.lower() in common_words()
