"""The work-level decision: does the whole work get a warning, given the scores of its passages?

A passage score is the classifier's decision score (its threshold mapped to 0.5), trained with balanced classes, so
its odds ``s / (1 - s)`` read as a likelihood ratio for "this passage holds the content", not as a probability for
a passage of a real work, most of which do not. Each supporting passage's posterior combines that likelihood ratio
with a prior that depends on how many passages the work has (:func:`prior_for`)::

    q(s) = prior * odds(s) / (prior * odds(s) + 1 - prior)

and the work's probability is the noisy-or of the :data:`TOP` highest posteriors::

    P(work) = 1 - prod(1 - q_i)   over the TOP best supporting passages

A warning is raised when ``P(work) >= 0.5`` and at least one passage is positive (its evidence; no evidence, no
warning). Supporting passages are the label's candidate passages where a cue of the cue gate's weight survived its
context (:func:`~.classifier.has_strong_cue`), positive or not: a work that speaks of "anxiety", "broke down" and
"self-esteem issues" in three places is consistent, one "lost the battle" is not.

Length. The more passages a work has, the more chances one of them has to score high by accident (a look-elsewhere
effect), so the prior odds fall as ``N0 / passages`` (Bonferroni-like: the score a lone passage needs rises with the
number read), from 1 (a lone positive passage warns, as a passage does in ``classify-passages``) for a work of at
most :data:`N0` passages (a scene of ~500 words) to the floor ``(1 - STRONG) / STRONG`` at ~50 passages (~1,200
words) and beyond: from there on one passage scoring :data:`STRONG` = 0.7 or more warns by itself, and weaker
positives need support from other passages (two positives of 0.5; or one of 0.59 with two cue-bearing passages of
0.45 and 0.40). The floor is what keeps long works from being penalised: the bar for one strong passage does not
keep rising with length, so real content in a novel is not lost; and only the :data:`TOP` best passages combine,
so a long work cannot reach a warning from the sheer number of its weak mentions either (a noisy-or over all
passages tends to 1 as the work grows). The count that matters is of passages read, not of the label's candidate
passages: a stray cue in a long work is exactly the lone candidate of its label.

Two passages. In a work of more than :data:`N0` passages a warning rests on at least :data:`LONE` = 2 supporting
passages (positive or cue-bearing): a passage is about a paragraph, content a reader wants to be told of is told
over more than one, and a lone passage in a long work is where the look-elsewhere effect bites hardest (on the real
works' dev split, 11 of the 13 lone-passage warnings were false: one "war" said in passing, a "Suicide Curse"),
unless that passage scores :data:`SURE` = 0.99 or more (a model sure of it: a slur or a lynching named on the page;
on the dev split the lone false ones scored 0.98 at most, the lone racism passages 0.99-1.0; chosen there).

Consistency without a positive (``consistent``: the caller says the label's score is a trained model's reading of a
passage with a cue in it, not the cue weight itself). :data:`CONSISTENT` = 3 or more supporting passages each scoring
:data:`CONSISTENT_AT` or more warn even when none of them reaches the passage threshold: three separate mentions of
deaths ("his parents were murdered", "her grave", "how he died") that the model reads as uncertain one by one are a
theme of the work. For a label the lexicon alone scores, three passages holding the same weak cue are one reading
repeated, so they do not count.

Cue-free passages. A passage holding no cue of the label that a learned scorer reads as the label
(:mod:`.cue_free`: its score passed the label's bar, chosen out of sample) is weaker evidence than a cue read in
context: the scorer has seen the label's content written many ways but cannot read a negation or a joke the way the
context rules do. So, when the cue path does not warn, cue-free passages warn only as :data:`CUE_FREE_ALONE` or more
of them; a lone cue-free passage never does, not even beside a cue-bearing passage (measured on the real works' dev
split out of fold: that rule added 3 false pairs for 1 true one). Their scores join the noisy-or.

The constants are set from the definition above (a passage scored 0.55-0.7 is weak alone), not fitted: there are
no work-level labels to fit them, nor per-label priors, on. See docs/warnings.md for what it changed on LitBank.
"""

from __future__ import annotations

from collections.abc import Iterable

STRONG = 0.7  # in a work of ~50 passages or more, a passage scoring this much warns on its own
N0 = 20  # up to this many passages, a lone positive passage warns
TOP = 3  # how many supporting passages combine
WARN_AT = 0.5
LONE = 2  # supporting passages a warning needs in a work of more than N0 passages
SURE = 0.99  # ... unless one passage scores this much: a model sure of it (a slur said on the page)
CONSISTENT = 3  # supporting passages of a modelled label that warn with none positive
CONSISTENT_AT = 0.25  # the model score each of them needs
CUE_FREE_ALONE = 2  # cue-free passages (no cue of the label, a learned score over its bar) that warn by themselves
_EPS = 1e-6


def prior_for(passages: int) -> float:
    """The prior that a supporting passage holds the content, in a work of ``passages`` passages: odds N0/passages,
    between 1 (short works) and (1 - STRONG) / STRONG (long ones)."""
    floor = (1.0 - STRONG) / STRONG
    odds = min(1.0, max(floor, N0 / max(passages, 1)))
    return odds / (1.0 + odds)


def passage_posterior(score: float, prior: float) -> float:
    """The probability that a passage with decision ``score`` holds the content, under ``prior``."""
    s = min(max(score, _EPS), 1.0 - _EPS)
    odds = prior * s / (1.0 - s)
    return odds / (odds + 1.0 - prior)


def work_probability(scores: Iterable[float], prior: float) -> float:
    """Noisy-or of the posteriors of the :data:`TOP` best supporting passage scores (0 when there are none)."""
    best = sorted(scores, reverse=True)[:TOP]
    miss = 1.0
    for score in best:
        miss *= 1.0 - passage_posterior(score, prior)
    return round(1.0 - miss, 4)


def warns(positive: Iterable[float], support: Iterable[float], passages: int, consistent: bool = False,
          cue_free: Iterable[float] = ()) -> float | None:
    """The work-level score of a label in a work of ``passages`` passages, or None when it is not warned:
    ``positive`` are the scores of the positive passages, ``support`` those of the other supporting passages
    (cue-bearing, below the threshold); ``consistent``: the scores are a trained model's, so :data:`CONSISTENT`
    supporting passages warn without a positive one; ``cue_free``: the scores of the passages without a cue of the
    label that a learned scorer put over the label's bar (:data:`CUE_FREE_ALONE` of them warn when the cue path does
    not)."""
    positive, support, cue_free = list(positive), list(support), list(cue_free)
    score = _cue_path(positive, support, passages, consistent)
    if score is not None or not cue_free:
        return score
    if len(cue_free) < CUE_FREE_ALONE:
        return None
    return max(work_probability([*positive, *support, *cue_free], prior_for(passages)), WARN_AT)


def _cue_path(positive: list[float], support: list[float], passages: int, consistent: bool) -> float | None:
    """:func:`warns` on the cue-bearing passages alone."""
    if passages > N0 and len(positive) + len(support) < LONE and max(positive, default=0.0) < SURE:
        return None
    probability = work_probability([*positive, *support], prior_for(passages))
    if not positive:
        if consistent and sum(score >= CONSISTENT_AT for score in support) >= CONSISTENT:
            return max(probability, WARN_AT)
        return None
    return probability if probability >= WARN_AT else None
