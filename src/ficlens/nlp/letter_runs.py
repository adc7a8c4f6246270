"""Where words and phrases occur in a long text, found from an index of its letter runs instead of a scan per term.

A word or phrase held between non-letters is made of whole letter runs of the text, one after another ("death
eaters" is the run "death", a space, the run "eaters"). The text's runs (``[a-z]+``) are indexed once with numpy:
each by a key (its first seven letters and its length), sorted by key. A term's occurrences are then the runs of
its rarest letter run whose neighbouring runs have the keys of its other runs, each checked byte by byte: the same
occurrences a scan finds, at the cost of a lookup. Offsets are those of the text's UTF-8 bytes (a term's bytes
occur in the text's bytes exactly where the term occurs in the text).
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
import numpy.typing as npt

_LETTER_RUN = re.compile(rb"[a-z]+")
_IS_LETTER = bytes(1 if ord("a") <= i <= ord("z") else 0 for i in range(256))
_KEY_LETTERS = 7  # letters of a run in its key; the eighth byte holds its length (capped at 255)
_MASKS = np.array([(1 << (8 * k)) - 1 for k in range(_KEY_LETTERS + 1)], dtype=np.uint64)


@lru_cache(maxsize=16)
def _run_table(chars: str) -> bytes:
    """A byte table marking the characters of ``chars`` "a" and every other byte " "."""
    assert chars.isascii()
    return bytes(ord("a") if chr(i) in chars else ord(" ") for i in range(256))


def count_runs(text: str, chars: str) -> int:
    """How many runs of the ASCII characters ``chars`` the text holds (``len(re.findall("[chars]+", text))``),
    counted on its UTF-8 bytes without making a string per run (no byte of another character is ASCII)."""
    marked = text.encode("utf-8", "surrogatepass").translate(_run_table(chars))
    return marked.count(b" a") + marked.startswith(b"a")


def run_key(run: bytes) -> int:
    """The index key of a letter run (see the module doc): equal runs have equal keys."""
    return int.from_bytes(run[:_KEY_LETTERS], "little") | (min(len(run), 255) << (8 * _KEY_LETTERS))


def is_letter(byte: int) -> bool:
    return ord("a") <= byte <= ord("z")


class LetterRuns:
    """The letter runs of a lower-cased text, indexed for lookup (see the module doc)."""

    def __init__(self, raw: bytes) -> None:
        self.raw = raw
        letters = np.frombuffer(raw.translate(_IS_LETTER), dtype=np.int8)
        edges = np.diff(letters, prepend=np.int8(0), append=np.int8(0))
        self.starts: npt.NDArray[np.intp] = np.flatnonzero(edges == 1)
        lengths = np.flatnonzero(edges == -1) - self.starts
        padded = np.frombuffer(raw + bytes(8), dtype=np.uint8)
        windows = np.lib.stride_tricks.as_strided(padded, shape=(len(raw), 8), strides=(1, 1), writeable=False)
        first = windows[self.starts].view("<u8").ravel()  # each run's first eight bytes
        self.keys = ((first & _MASKS[np.minimum(lengths, _KEY_LETTERS)])
                     | (np.minimum(lengths, 255).astype(np.uint64) << np.uint64(8 * _KEY_LETTERS)))
        self.order = np.argsort(self.keys, kind="stable")  # runs of one key stay in text order
        self.sorted_keys = self.keys[self.order]
        self._spans: dict[bytes, tuple[int, int]] = {}

    def _span(self, run: bytes) -> tuple[int, int]:
        """Where the runs with ``run``'s key lie in key order (found once per run)."""
        span = self._spans.get(run)
        if span is None:
            key = np.uint64(run_key(run))
            span = self._spans[run] = (int(self.sorted_keys.searchsorted(key, side="left")),
                                       int(self.sorted_keys.searchsorted(key, side="right")))
        return span

    def candidates(self, runs: list[bytes]) -> list[int]:
        """Offsets, in order, where the letter runs ``runs`` (one or more) start as consecutive runs of the text by
        key: every place they occur as whole runs, and perhaps a few more (two long runs may share a key)."""
        spans = [self._span(r) for r in runs]
        rarest = min(range(len(runs)), key=lambda k: spans[k][1] - spans[k][0])
        lo, hi = spans[rarest]
        if lo == hi:
            return []
        first = self.order[lo:hi] - rarest  # index of the run of runs[0]
        first = first[(first >= 0) & (first + len(runs) <= len(self.keys))]
        for k, run in enumerate(runs):
            if k != rarest:
                first = first[self.keys[first + k] == np.uint64(run_key(run))]
        return self.starts[first].tolist()


def letter_runs_of(term: bytes) -> list[tuple[int, bytes]]:
    """The letter runs of a term with their offsets in it."""
    return [(m.start(), m.group()) for m in _LETTER_RUN.finditer(term)]
