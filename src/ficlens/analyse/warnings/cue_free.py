"""Passages holding no cue of a label that a learned passage scorer reads as that label: the way past the cue gate.

The cue path (:mod:`.classifier`, :mod:`.aggregate`) judges a passage for a label only when one of the label's listed
cues occurs in it, so a boy shut in a cupboard and denied meals, told without the word "abuse", is never read. Here
a learned scorer reads every passage of a full analysis for every label; a passage that holds no cue of the label at
all (before context reading, so a negated or hypothetical cue still vetoes: "he didn't hit him" stays a "no") counts
for the label when its score reaches the label's bar in :data:`BARS`. How many such passages warn a work is the
work-level decision's business (:func:`~.work_decision.warns`).

The scorer is an interface (:data:`PassageScorer`): any function from passages (and the labels whose cues occur in
each) to an ``(n, len(LABELS))`` array of scores in [0, 1], one column per label of :data:`~.labels.LABELS`. The
default is the passage reader of :mod:`.reader` (:func:`reader_scorer`); another scorer (a fine-tuned encoder) needs
its own bars, chosen the same way.

The bars are chosen out of sample (``eval/warnings_cue_free_bars.py``): per label, on the reader's out-of-fold
scores of its training passages (a reader retrained without the real works, so the dev works are unseen), the lowest
score at which cue-free passages of other content and ordinary prose pass at most a set rate. A label absent from
:data:`BARS` has no cue-free path (its passages are too rare, or its out-of-fold scores never separate).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

import numpy as np

from ficlens.analyse.warnings.labels import LABELS
from ficlens.analyse.warnings.reader import PassageReader

PassageScorer = Callable[[Sequence[str], Sequence[Collection[str]]], np.ndarray]

# label -> the passage reader's score a cue-free passage needs (eval/warnings_cue_free_bars.py writes this block)
BARS: dict[str, float] = {}


def reader_scorer(reader: PassageReader) -> PassageScorer:
    """The passage reader as a :data:`PassageScorer` (a label the reader was not trained on scores 0)."""

    def score(texts: Sequence[str], cues: Sequence[Collection[str]]) -> np.ndarray:
        return label_columns(reader, reader.score_many(list(texts), [set(c) for c in cues]))

    return score


def label_columns(reader: PassageReader, scores: np.ndarray) -> np.ndarray:
    """The reader's ``scores`` (one column per reader label) as one column per label of :data:`LABELS`."""
    out = np.zeros((scores.shape[0], len(LABELS)), dtype=np.float32)
    for j, label in enumerate(reader.labels):
        out[:, LABELS.index(label)] = scores[:, j]
    return out


def cue_free_passages(column: np.ndarray, cued: Collection[int], bar: float) -> list[tuple[int, float]]:
    """(passage index, score) of the passages scored ``bar`` or more in ``column`` (one score per passage) that are
    not among the ``cued`` ones (those holding a cue of the label), best first."""
    found = [(i, float(column[i])) for i in np.flatnonzero(column >= bar).tolist() if i not in cued]
    return sorted(found, key=lambda item: (-item[1], item[0]))
