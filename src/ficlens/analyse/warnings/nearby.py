"""Passages flagged for a raised warning below the work-level decision's level, so the reader folds them too.

Once a label warns, the question for a passage is no longer "does this alone prove the content is there" but "would a
reader who asked to be warned want it folded". A warning's spans (:func:`~.aggregate.flagged_spans`) therefore list,
after the passages its decision rests on, every passage of the work that the label's models score at a lower level:

- a candidate passage (one holding a cue of the label) that the passage decision scores :data:`NEARBY_SCORE` or more
  (the trained model's score, or the lexicon's for a label without one) although it was not positive: a weak cue
  ("blood", "shots") the gate does not count alone, or a score just under the threshold;
- in a full analysis, any passage the passage reader (:mod:`.reader`, which reads every passage without a cue gate)
  scores :data:`NEARBY_READER` or more for the label (for ``underage`` also capped by the passage's age cues, as in
  the classifier): violence told without a listed word ("Searing pain wracked his body");
- in a full analysis, any passage the reader scores :data:`NEARBY_KIN` or more for a *kin* label (:data:`KIN`: the
  labels of one kind of harm, where a passage of one is so often a passage of the other that a reader warned of one
  wants it folded: casualties of a battle in a work warned for death, a corpse in a work warned for violence);
  without a reader (``--fast``), a kin label's candidate passage its passage decision scores :data:`NEARBY_KIN_SCORE`
  or more stands in for the reader's kin score;
- in a full analysis, a passage next to one flagged for the label (counted, or by the rules above) that the reader
  scores :data:`NEARBY_NEXT` or more: content told over two paragraphs, the second scored a little lower.

``--fast`` stays on the cue path (the reader is not loaded). The levels were chosen on the real-fanfic dev works
(``eval/folds_realfic.py --split dev``) against the share of the text they fold; see docs/warnings.md.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

from ficlens.analyse.warnings.classifier import PassageDecision
from ficlens.nlp.spans import TextSpan

NEARBY_SCORE = 0.4  # passage-decision score of a raised label's candidate passage that flags it
NEARBY_READER = 0.85  # passage-reader score of a raised label that flags a passage (full analysis)
NEARBY_KIN = 0.95  # passage-reader score of a kin label (KIN) that flags a passage for a raised label
NEARBY_KIN_SCORE = 0.5  # passage-decision score of a kin label's candidate that flags it, without a reader
NEARBY_NEXT = 0.75  # passage-reader score of a raised label that flags a passage next to a flagged one

_HARM = ("violence", "blood", "death", "dying", "war")
KIN: dict[str, tuple[str, ...]] = {label: tuple(k for k in _HARM if k != label) for label in _HARM}
KIN.update({"abduction": ("kidnapping",), "kidnapping": ("abduction",)})  # taken by force / held for leverage


def nearby_passages(judged: Iterable[tuple[TextSpan, PassageDecision]], passages: Sequence[TextSpan],
                    reader_column: np.ndarray | None, kin_columns: Sequence[np.ndarray] = (),
                    counted: Iterable[TextSpan] = (),
                    kin_judged: Iterable[tuple[TextSpan, PassageDecision]] = ()) -> list[tuple[TextSpan, float]]:
    """(passage, score) of every passage flagged at the lower levels, in text order: the ``judged`` candidates
    scored :data:`NEARBY_SCORE` or more, the ``passages`` whose ``reader_column`` score (one per passage; None
    without a reader) is :data:`NEARBY_READER` or more or whose score in one of the ``kin_columns`` (the reader's
    scores of the label's :data:`KIN`) is :data:`NEARBY_KIN` or more, then those next to one of these or to a
    ``counted`` passage (those the decision rests on) whose ``reader_column`` score is :data:`NEARBY_NEXT` or more.
    ``kin_judged``: the kin labels' candidates, given where there is no reader: those scored
    :data:`NEARBY_KIN_SCORE` or more. A passage found several ways keeps the highest score (a kin passage: its kin
    score)."""
    found: dict[TextSpan, float] = {span: float(d.score) for span, d in judged if d.score >= NEARBY_SCORE}
    for span, d in kin_judged:
        if d.score >= NEARBY_KIN_SCORE:
            found[span] = max(found.get(span, 0.0), float(d.score))
    columns = [(column, NEARBY_KIN) for column in kin_columns]
    if reader_column is not None:
        columns.insert(0, (reader_column, NEARBY_READER))
    for column, level in columns:
        for i in np.flatnonzero(column >= level).tolist():
            found[passages[i]] = max(found.get(passages[i], 0.0), float(column[i]))
    if reader_column is not None:
        for i in next_to(passages, {*found, *counted}, reader_column >= NEARBY_NEXT):
            found.setdefault(passages[i], float(reader_column[i]))
    return sorted(found.items(), key=lambda item: item[0].start)


def next_to(passages: Sequence[TextSpan], flagged: set[TextSpan], eligible: np.ndarray) -> list[int]:
    """Indices of the ``eligible`` passages (a boolean per passage) not in ``flagged`` whose neighbour before or
    after is: one step only, so a run of eligible passages never spreads from a single flagged one."""
    marks = [p in flagged for p in passages]
    return [i for i in np.flatnonzero(eligible).tolist()
            if not marks[i] and ((i > 0 and marks[i - 1]) or (i + 1 < len(marks) and marks[i + 1]))]
