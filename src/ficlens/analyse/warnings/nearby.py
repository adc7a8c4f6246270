"""Passages flagged for a raised warning below the work-level decision's level, so the reader folds them too.

Once a label warns, the question for a passage is no longer "does this alone prove the content is there" but "would a
reader who asked to be warned want it folded". A warning's spans (:func:`~.aggregate.flagged_spans`) therefore list,
after the passages its decision rests on, every passage of the work that the label's models score at a lower level:

- a candidate passage (one holding a cue of the label) that the passage decision scores :data:`NEARBY_SCORE` or more
  (the trained model's score, or the lexicon's for a label without one) although it was not positive: a weak cue
  ("blood", "shots") the gate does not count alone, or a score just under the threshold;
- in a full analysis, any passage the passage reader (:mod:`.reader`, which reads every passage without a cue gate)
  scores :data:`NEARBY_READER` or more for the label (for ``underage`` also capped by the passage's age cues, as in
  the classifier): violence told without a listed word ("Searing pain wracked his body"). ``--fast`` stays on the cue
  path (the reader is not loaded).

Both levels were chosen on the real-fanfic dev works (``eval/folds_realfic.py --split dev``) against the share of
the text they fold; see docs/warnings.md.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

from ficlens.analyse.warnings.classifier import PassageDecision
from ficlens.nlp.spans import TextSpan

NEARBY_SCORE = 0.4  # passage-decision score of a raised label's candidate passage that flags it
NEARBY_READER = 0.85  # passage-reader score of a raised label that flags a passage (full analysis)


def nearby_passages(judged: Iterable[tuple[TextSpan, PassageDecision]], passages: Sequence[TextSpan],
                    reader_column: np.ndarray | None) -> list[tuple[TextSpan, float]]:
    """(passage, score) of every passage flagged at the lower levels, in text order: the ``judged`` candidates
    scored :data:`NEARBY_SCORE` or more, and the ``passages`` whose ``reader_column`` score (one per passage; None
    without a reader) is :data:`NEARBY_READER` or more. A passage found both ways keeps the higher score."""
    found: dict[TextSpan, float] = {span: float(d.score) for span, d in judged if d.score >= NEARBY_SCORE}
    if reader_column is not None:
        for i in np.flatnonzero(reader_column >= NEARBY_READER).tolist():
            found[passages[i]] = max(found.get(passages[i], 0.0), float(reader_column[i]))
    return sorted(found.items(), key=lambda item: item[0].start)
