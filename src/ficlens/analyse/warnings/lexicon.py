"""Per-label cue lexicons, compiled from the hand-written data of :mod:`.labels`: the cheap first stage of the
passage classifier.

Each label has weighted cue patterns (evidence that the content is there), patterns that mark explicit or gory
telling (severity ``graphic``) and figures of speech that cancel an overlapping cue ("dying of embarrassment",
"dead end"). Weights are hand-set evidence strengths in [0, 1], combined by noisy-or in :mod:`.context`; they were
written from docs/taxonomy.md's definitions and the dataset authors' keyword lists, not fitted to labelled data.
The words themselves live in one module per label (``labels/<label>.py``); this module only compiles them.
Matching runs on :func:`normalize`-d text: lower-cased, curly apostrophes folded to ``'``, same length (so
offsets hold); patterns are compiled without IGNORECASE, which makes Python's regex engine about 2.5x faster.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from importlib import import_module
from types import ModuleType
from typing import cast

from ficlens.analyse.warnings import labels
from ficlens.analyse.warnings.labels import LABELS
from ficlens.analyse.warnings.labels.schema import OtherSense

_FLAGS = 0  # patterns are lower-case and run on normalize()d text
_APOSTROPHES = (("\u2019", "'"), ("\u2018", "'"), ("\u02bc", "'"), ("\u201c", '"'), ("\u201d", '"'))


def fold(text: str) -> str:
    """Curly quotes to straight ones; the result has the same length as ``text``."""
    for curly, straight in _APOSTROPHES:  # five str.replace passes are ~10x faster than one str.translate
        if curly in text:
            text = text.replace(curly, straight)
    return text


def normalize(text: str) -> str:
    """Folded and lower-cased, character for character (a character whose lower case is longer stays as is)."""
    folded = fold(text)
    low = folded.lower()
    if len(low) == len(folded):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in folded)


class LazyPattern:
    """A regex compiled on first use, standing in for the ``re.Pattern`` it compiles to (``pattern`` and ``flags``
    are read without compiling). Every cue and every label's ``any_cue`` is one: the ~1,000 cues cost ~0.12 s to
    compile and the 33 alternations of every label's cues ~0.13 s, most of the lexicons' import, yet a work compiles
    only the cues that the pre-filter finds a candidate for (:mod:`.prefilter` never needs the alternations), and a
    command that reads no text (``ficlens list``, ``--version``, the web library) compiles none. The first
    ``search``, ``match`` or ``finditer`` compiles the pattern and puts the compiled pattern's own methods in their
    place, so matching costs no more than on the ``re.Pattern`` (the pre-filter calls ``match`` in its hot loop)."""

    __slots__ = ("pattern", "_flags", "_compiled", "search", "match", "finditer")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None
        self.search: Callable[..., re.Match[str] | None] = lambda *args: self._compile().search(*args)
        self.match: Callable[..., re.Match[str] | None] = lambda *args: self._compile().match(*args)
        self.finditer: Callable[..., Iterator[re.Match[str]]] = lambda *args: self._compile().finditer(*args)

    @property
    def flags(self) -> int:
        """The compiled pattern's flags (as ``re.Pattern.flags``), read without compiling the pattern unless it
        begins with inline flags (a global ``(?i)`` may stand only there)."""
        if self._compiled is None and not self.pattern.startswith("(?"):
            return re.compile("", self._flags).flags  # what re.compile adds to the flags given (re.UNICODE)
        return self._compile().flags

    def adopt(self, compiled: re.Pattern[str]) -> None:
        """Take ``compiled`` (this pattern, compiled elsewhere: :mod:`.prefilter_store` keeps the cues' code) as
        the compiled pattern, unless already compiled; a pattern of other source or flags is refused."""
        if self._compiled is None:
            if (compiled.pattern, compiled.flags) != (self.pattern, self.flags):
                raise ValueError(f"not the compiled form of {self!r}")
            self._bind(compiled)

    def _compile(self) -> re.Pattern[str]:
        """The compiled pattern, compiled on the first call, which also binds its methods in place of the
        compiling ones."""
        if self._compiled is None:
            return self._bind(re.compile(self.pattern, self._flags))
        return self._compiled

    def _bind(self, compiled: re.Pattern[str]) -> re.Pattern[str]:
        self._compiled = compiled
        self.search, self.match, self.finditer = compiled.search, compiled.match, compiled.finditer
        return compiled

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (LazyPattern, re.Pattern)):
            return (self.pattern, self.flags) == (other.pattern, other.flags)  # compiles: flags as re's
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.pattern)

    def __reduce__(self) -> tuple[type[LazyPattern], tuple[str, int]]:
        return LazyPattern, (self.pattern, self._flags)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern[:40]!r}..., {self._flags})"


def _lazy(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled (with the lexicons' flags) on first use; it quacks as the ``re.Pattern`` it becomes
    (search, match, finditer, pattern, flags), which is all the lexicons' readers use."""
    return cast("re.Pattern[str]", LazyPattern(pattern, _FLAGS))


@dataclass(frozen=True, slots=True)
class Cue:
    pattern: re.Pattern[str]
    weight: float


@dataclass(frozen=True, slots=True)
class Sense:
    """Another sense of a cue word (:class:`~.labels.schema.OtherSense`, compiled): a cue overlapping ``word`` has
    its weight multiplied by ``factor`` when ``context`` occurs in the cue's sentence ("bitch" next to "puppies" is a
    dog: 0; in a joke it is teasing: 0.5)."""

    word: re.Pattern[str]
    context: re.Pattern[str]
    factor: float
    scope: int = 0  # 0: the cue's sentence; else this many characters either side of the cue (a joke set up earlier)
    absent: bool = False  # the factor applies when ``context`` does NOT occur (a heart that stops, with no animal near)


@dataclass(frozen=True, slots=True)
class LabelLexicon:
    label: str
    cues: tuple[Cue, ...]
    graphic: re.Pattern[str] | None
    figurative: re.Pattern[str] | None
    intent_counts: bool  # a wish, plan or threat is itself the content (suicide ideation), so modals don't cancel
    any_cue: re.Pattern[str]
    senses: tuple[Sense, ...] = ()
    habitual: bool = False  # told as a habit ("she'd scream at him for hours"): "would" and "'d" do not halve a cue
    spoken: re.Pattern[str] | None = None  # words whose use is the content (slurs): a hypothetical does not halve them


def _words(alternatives: Sequence[str]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", _FLAGS)


def label_data(label: str) -> ModuleType:
    """The module of hand-written data of ``label``: ``labels/<label, with - as _>.py``."""
    return import_module(f"{labels.__name__}.{label.replace('-', '_')}")


def _sense(other: OtherSense) -> Sense:
    return Sense(_words(other.words), _words(other.context), other.factor, other.scope, other.absent)


def compile_lexicon(label: str) -> LabelLexicon:
    """``label``'s lexicon, compiled from its data module (see :mod:`.labels` for the names it may define)."""
    data = label_data(label)
    cues: dict[str, float] = data.CUES
    graphic: list[str] = getattr(data, "GRAPHIC", [])
    figurative: list[str] = getattr(data, "FIGURATIVE", [])
    return LabelLexicon(
        label=label,
        cues=tuple(Cue(_lazy(r"\b(?:" + pattern + r")\b"), weight) for pattern, weight in cues.items()),
        graphic=_words(graphic) if graphic else None,
        figurative=_words(figurative) if figurative else None,
        intent_counts=getattr(data, "INTENT_COUNTS", False),
        any_cue=_lazy(r"\b(?:" + "|".join(cues) + r")\b"),
        senses=tuple(_sense(other) for other in getattr(data, "SENSES", ())),
        habitual=getattr(data, "HABITUAL", False),
        spoken=_words(data.SPOKEN) if getattr(data, "SPOKEN", None) else None,
    )


LEXICONS: dict[str, LabelLexicon] = {label: compile_lexicon(label) for label in LABELS}


