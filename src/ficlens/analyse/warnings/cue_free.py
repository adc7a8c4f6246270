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

The bars are chosen on real fan fiction the scoring reader never saw (``eval/warnings_cue_free_bars.py``): per
label, with a reader trained without the real works, the lowest score that at most a set share of the dev works'
passages reach, among those holding no cue of the label (and :data:`MIN_WORDS` words or more) in works whose gold
does not carry it. Bars chosen on the reader's own training passages (written passages, novels) flood real works:
fan fiction scores far higher. A label keeps its bar only where that reader, out of fold on its labelled passages,
finds the label's cue-free content at the bar at least twice as often as it passes cue-free passages without it (so
abortion does not fire on a novel's "Sloane Square ... Victoria", nor animal cruelty on its street-cars). A label
absent from :data:`BARS` has no cue-free path; ``underage`` never has one (:data:`NO_PATH`).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

import numpy as np

from ficlens.analyse.warnings.labels import LABELS
from ficlens.analyse.warnings.reader import PassageReader

PassageScorer = Callable[[Sequence[str], Sequence[Collection[str]]], np.ndarray]

# A passage of fewer words is never cue-free evidence: a date line or a half sentence ("September 6, 1993", "Harry's
# stomach knotted and swirled, his heart pounded,") carries too little for a learned score to mean anything, and
# such passages score at the extremes (the reader's real-fiction negatives are those of 12 words or more too).
MIN_WORDS = 12

# Labels without a cue-free path. underage is sexual content *and* a minor: the reader's score does not tell a child
# mentioned from a child sexualised (two passages about a twelve-year-old's homework in a work whose sex scene is
# between adults would warn), and the age cues cannot make up for it, since a passage without the label's cues has no
# sexual cue either.
NO_PATH: frozenset[str] = frozenset({"underage"})

# label -> the passage reader's score a cue-free passage needs: the score at most 0.02% of the dev works' cue-free
# negative passages reach, scored by a reader trained without the real works (never below 0.5); only for the labels
# whose cue-free labelled passages that reader finds at that bar out of fold (3 or more, and at least twice the
# cue-free negatives it passes). Printed by `eval/warnings_cue_free_bars.py --reader R --oof O --rate 0.0002`.
BARS: dict[str, float] = {
    "pornographic-content": 0.9993, "death": 0.9954, "child-abuse": 0.9904, "mental-illness": 0.9945,
    "racism": 0.9993,
}


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


def cue_free_passages(column: np.ndarray, cued: Collection[int], bar: float, words: Sequence[int]
                      ) -> list[tuple[int, float]]:
    """(passage index, score) of the passages scored ``bar`` or more in ``column`` (one score per passage) that are
    not among the ``cued`` ones (those holding a cue of the label) and have :data:`MIN_WORDS` ``words`` or more,
    best first."""
    found = [(i, float(column[i])) for i in np.flatnonzero(column >= bar).tolist()
             if i not in cued and words[i] >= MIN_WORDS]
    return sorted(found, key=lambda item: (-item[1], item[0]))
