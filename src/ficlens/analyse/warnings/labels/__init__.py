"""The content-warning labels of docs/taxonomy.md and everything hand-written about them, as behaviour-free data.

- :mod:`.table`: one :class:`~.schema.Label` row per label (freeform tag, archive warnings, rating, Hurt/Comfort,
  trained model), in docs/taxonomy.md's order; :data:`LABELS` and :data:`TRAINED_LABELS` are read from it.
- one module per label, named after it with ``-`` as ``_`` (``suicide.py``, ``sexual_assault.py``): the words of the
  label, which :mod:`..lexicon` compiles. Constants only:

  ``CUES`` (required), ``dict[str, float]``: cue pattern -> weight, in reading order. A pattern is regex source
  matched as whole words on normalized (lower-cased, straight-quoted) text; its weight is a hand-set evidence strength
  in [0, 1], combined by noisy-or. A cue that says the content outright weighs 0.5-0.85; the typical things of a topic
  (the midwife and the bump, the receipts and the car keys, the vet's injection) weigh 0.2-0.45 and prove nothing
  alone: a passage is positive when two of them meet (0.3 and 0.3 give 0.51) or one meets a stronger cue.
  ``GRAPHIC``, ``list[str]``: patterns that make a present cue ``graphic`` (gore, explicit sex).
  ``FIGURATIVE``, ``list[str]``: figures of speech that cancel an overlapping cue ("dying of embarrassment").
  ``SENSES``, ``tuple[OtherSense, ...]``: other senses of a cue word, told by its surroundings.
  ``INTENT_COUNTS = True``: a wish, plan or threat is itself the content (suicidal ideation): modals do not halve.
  ``HABITUAL = True``: the content is mostly told as a habit ("he'd lock her in"): "would" and "'d" do not halve.
  ``SPOKEN``, ``list[str]``: cue words whose use is itself the content (slurs): a hypothetical clause ("he would
  take the word of that mudblood") does not halve them; negation still drops them.
- :mod:`.fragments`: phrase fragments several labels share (grammar, figures of speech of death, gore, animals).

The order of :data:`LABELS` is the order of the lexicon features that the trained models in ``ficlens/models`` read.
"""

from __future__ import annotations

from ficlens.analyse.warnings.labels.schema import Label
from ficlens.analyse.warnings.labels.table import BY_NAME, TABLE

__all__ = ["BY_NAME", "LABELS", "TABLE", "TRAINED_LABELS", "Label", "check_label"]

LABELS: tuple[str, ...] = tuple(row.name for row in TABLE)

# The labels with labelled passages in shared/data/passages/train.jsonl (Wiegmann et al. 2024), alphabetical.
TRAINED_LABELS: tuple[str, ...] = tuple(sorted(row.name for row in TABLE if row.trained))


def check_label(label: str) -> str:
    """The label itself if docs/taxonomy.md knows it, else a :class:`~ficlens.errors.UsageError`."""
    from ficlens.errors import UsageError

    if label not in LABELS:
        raise UsageError(f"unknown warning label {label!r}; known labels: {', '.join(LABELS)}")
    return label
