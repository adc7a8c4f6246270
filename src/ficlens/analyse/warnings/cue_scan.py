"""Which labels' cues occur in a text, for every label in one pre-filtered pass (speed only: results are unchanged).

A label's ``any_cue`` is the alternation of its cue patterns (``\\b(?:c1|c2|...)\\b``, each cue ``\\b(?:ci)\\b``), so
one :class:`~.prefilter.CueFinder` over every label's cues tells both which cues occur in a passage and where each
label's ``any_cue`` matches in a whole work. :func:`evidence_reader` uses it to give the lexicon evidence of a text
for any label: ``read_cues`` runs only for labels with a cue present, over only the cues present (a cue that does
not occur adds no hit), which is what made scoring every passage for all 33 labels slow.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ficlens.analyse.warnings.context import NO_EVIDENCE, LexiconEvidence, read_cues
from ficlens.analyse.warnings.labels import LABELS
from ficlens.analyse.warnings.lexicon import LEXICONS, Cue, LabelLexicon
from ficlens.analyse.warnings.prefilter import BUILD_AFTER, CueFinder

EvidenceFn = Callable[[str], LexiconEvidence]  # label -> the lexicon evidence of one text
_OPEN, _CLOSE = r"\b(?:", r")\b"


def _inner(pattern: re.Pattern[str]) -> str | None:
    text = pattern.pattern
    return text[len(_OPEN) : -len(_CLOSE)] if text.startswith(_OPEN) and text.endswith(_CLOSE) else None


def is_alternation_of_cues(lexicon: LabelLexicon) -> bool:
    """Whether ``lexicon.any_cue`` is exactly the alternation of its cue patterns (so it matches only where one of
    its cues does, and so only where one of their literal prefixes occurs)."""
    inners = [_inner(cue.pattern) for cue in lexicon.cues]
    if not inners or any(i is None or cue.pattern.flags != lexicon.any_cue.flags
                         for i, cue in zip(inners, lexicon.cues, strict=True)):
        return False
    return lexicon.any_cue.pattern == _OPEN + "|".join(i for i in inners if i is not None) + _CLOSE


class LexiconScan:
    """Every label's cues (LABELS order) behind one :class:`~.prefilter.CueFinder`; a label whose ``any_cue`` is not
    the plain alternation of its cues is still scanned right, with its own ``finditer``. ``store``: the name under
    which the built pre-filter is kept between processes (:mod:`.prefilter_store`), None for none."""

    def __init__(self, lexicons: list[LabelLexicon], build_after: int = BUILD_AFTER, store: str | None = None) -> None:
        self.lexicons = lexicons
        self.cues: list[tuple[int, Cue]] = []  # (lexicon index, cue) of each finder pattern
        groups: list[tuple[re.Pattern[str], range]] = []
        for n, lexicon in enumerate(lexicons):
            first = len(self.cues)
            self.cues += [(n, cue) for cue in lexicon.cues]
            members = range(first, len(self.cues)) if is_alternation_of_cues(lexicon) else range(0)
            groups.append((lexicon.any_cue, members))
        # (Adding the figures of speech here, to skip reading them where none occurs, was slower: some begin with
        # very common words, "a", "so", "and", and made the pre-filter stop far more often.)
        self.finder = CueFinder([cue.pattern for _n, cue in self.cues], groups, build_after, store)

    def label_spans(self, norm: str) -> list[list[tuple[int, int]]]:
        """Each lexicon's ``any_cue.finditer`` spans over the normalized text ``norm``."""
        return self.finder.group_spans(norm)

    def present_cues(self, norm: str) -> dict[str, tuple[Cue, ...]]:
        """Per label, its cues that occur in the normalized text ``norm`` (lexicon order); labels without any cue
        there are left out."""
        cues: dict[int, list[Cue]] = {}
        for k in sorted(self.finder.present(norm)):
            n, cue = self.cues[k]
            cues.setdefault(n, []).append(cue)
        return {self.lexicons[n].label: tuple(kept) for n, kept in cues.items()}


@lru_cache(maxsize=1)
def lexicon_scan() -> LexiconScan:
    """The scan of every label's lexicon, in LABELS order, built once per process."""
    return LexiconScan([LEXICONS[label] for label in LABELS], store="lexicons")


def prepare() -> None:
    """Build (or read back, :mod:`.prefilter_store`) the lexicons' pre-filter now rather than on the first long
    text (~0.5 s to build): for a long-running
    process or a benchmark's warm-up, which should not time it as part of its first work."""
    lexicon_scan().finder.build()


def evidence_reader(norm: str) -> EvidenceFn:
    """Lexicon evidence of the normalized text ``norm`` for any label, each computed once: exactly ``read_cues``'s,
    with the cues that do not occur skipped."""
    present = lexicon_scan().present_cues(norm)
    cache: dict[str, LexiconEvidence] = {}

    def evidence(label: str) -> LexiconEvidence:
        found = cache.get(label)
        if found is None:
            cues = present.get(label)
            found = NO_EVIDENCE if cues is None else read_cues(norm, LEXICONS[label], normalized=True, cues=cues)
            cache[label] = found
        return found

    return evidence
