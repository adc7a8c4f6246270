"""The shapes of the hand-written warnings data: a row of the label table and another sense of a cue word.

Plain frozen records, no behaviour: :mod:`.table` fills :class:`Label` rows, the label modules fill
:class:`OtherSense` records, and the readers (:mod:`..lexicon`, :mod:`..archive`, :mod:`..freeforms`) act on them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final, Literal

if TYPE_CHECKING:  # the lexicons import this module, and need not load the report's models
    from ficlens.report import Severity

# AO3's four archive warnings (docs/taxonomy.md), as the rules of :mod:`..archive` raise them.
GRAPHIC_VIOLENCE: Final = "Graphic Depictions Of Violence"
MAJOR_CHARACTER_DEATH: Final = "Major Character Death"
RAPE_NON_CON: Final = "Rape/Non-Con"
UNDERAGE_SEX: Final = "Underage Sex"


@dataclass(frozen=True, slots=True)
class Label:
    """One content-warning label of docs/taxonomy.md and what it leads to beyond its own warning."""

    name: str  # the label, as in ``warnings[].label`` ("suicide")
    freeform: str  # the AO3 additional tag its warning raises ("Suicidal Thoughts")
    # a tag in place of ``freeform`` at a severity: (("mentioned", "Past Suicide Attempt"),)
    freeform_by_severity: tuple[tuple[Severity, str], ...] = ()
    # more specific freeform tags, by the cue text that carried a passage: ((regex, tag), ...), read case-insensitively
    freeform_by_cue: tuple[tuple[str, str], ...] = ()
    archive_warnings: tuple[str, ...] = ()  # the archive warnings its findings can raise (the rules: :mod:`..archive`)
    rating: Literal["E", "M", "T"] | None = None  # the least rating its warning raises at any severity
    # the least rating it raises when depicted on the page (not only mentioned) with a score of at least 0.6
    rating_if_depicted: Literal["M"] | None = None
    hurt: bool = False  # counts as the hurt of Hurt/Comfort
    trained: bool = False  # has labelled passages in shared/data/passages (a trained model scores it)


@dataclass(frozen=True, slots=True)
class OtherSense:
    """Another sense of a cue word, told by what surrounds it: a cue overlapping ``words`` has its weight multiplied
    by ``factor`` when ``context`` occurs in the cue's sentence ("bitch" next to "puppies" is a dog: 0; in a joke it
    is teasing: 0.5). Both are lists of regex alternatives, matched as whole words on normalized text."""

    words: Sequence[str]
    context: Sequence[str]
    factor: float
    scope: int = 0  # 0: the cue's sentence; else this many characters either side of the cue (a joke set up earlier)
    absent: bool = False  # the factor applies when ``context`` does NOT occur (a heart that stops, with no animal near)
