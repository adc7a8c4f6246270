"""Joint decoding of each exchange: the speakers of a run of neighbouring quotes chosen together.

The ranker (ranker.py) scores each quote's candidates with features that read the speakers of the quotes around
it (``NEIGHBOUR_FEATURES``: the previous speaker, the one before it when the turns alternate, the next speakers).
``rerank`` reads them from the pipeline's speakers, two in three of them right. ``joint_rerank`` instead reads
them from the hypothesis: over each exchange (quotes at most ``NEAR_PARAGRAPHS`` paragraphs apart), the sum of
the ranker's logits of the chosen candidates, each computed with the chosen neighbours, is maximised by a
second-order Viterbi search (every neighbour feature joins at most three consecutive quotes). Quotes the ranker
does not decide (explicit and sure same-paragraph tags) keep their speaker and anchor the search, and so do the
tags naming a role the ranker reconsiders, each given its best candidate alone (as ``rerank``); ``coupling``
scales the neighbour features' weights. Pure numpy; the weights are the ranker's own.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from ficlens.analyse.speakers.ranker import (
    FEATURES,
    FIRST_SHARE,
    KEPT_RULES,
    NEIGHBOUR_FEATURES,
    RECENT,
    RECENT_FEATURES,
    STACKED,
    FeatureReader,
    Ranker,
    candidate_table,
    first_pass,
    restacked,
    role_speakers,
)
from ficlens.analyse.speakers.rules import Attributor, Found

JOINT = False  # whether speakers.attribute decodes jointly by default
# RECENT_FEATURES are read from the hypothesis by the beam search alone
COUPLING = 1.0
BEAM = 0  # 0: second-order Viterbi over the neighbour features; N: a beam of N that also reads RECENT_FEATURES
EMISSION = "logit"

Array = npt.NDArray[np.float64]


@dataclass
class _Slot:
    """One quote of an exchange: its candidates, their logits without the neighbour features, and what the
    neighbour features need (whether the ranker decides it, its pronoun's gender agreement per candidate)."""

    qi: int
    cands: list[int | None]
    static: Array
    decided: bool
    gender_match: Array
    gendered: bool


def _index(name: str) -> int:
    return FEATURES.index(name)


def joint_rerank(at: Attributor, found: Found, ranker: Ranker, rules: Found | None = None,
                 coupling: float = COUPLING, emission: str = EMISSION, beam: int = BEAM,
                 stacked: bool = STACKED) -> Found:
    """``found`` with the speakers of the quotes the ranker ``decides`` chosen jointly over each exchange (rule
    "ranker" where the speaker changed); a quote with no candidate keeps its speaker. ``emission``: each chosen
    candidate adds its logit ("logit") or its log-probability ("probability", exact only for a ranker with no
    weight on the next speakers' features). ``beam``: search with a beam of that width, the speakers of the
    earlier quotes (``RECENT_FEATURES``) read from the hypothesis too. With ``stacked``, a stacked ranker's
    logits are mixed as ``rerank`` mixes them: its first stage's (the pipeline's speakers as the other quotes')
    weighs ``FIRST_SHARE``, and the second stage's, whose other-quote features ``rerank`` reads from the first
    stage's picks, reads them from the hypothesis (the recent speakers from the first stage's picks in Viterbi);
    without, the first stage alone, its neighbour features read from the hypothesis."""
    reader = FeatureReader(at, found, rules, ranker.addressee)
    roles = role_speakers(at)
    table = candidate_table(reader, roles)
    joined = ranker.second if stacked and ranker.second is not None else None
    share = FIRST_SHARE if joined is not None else 0.0
    second_rows = restacked(reader, table, first_pass(reader, table, ranker)) if joined is not None else table
    searched = joined or ranker
    w_first = np.array(ranker.weights, dtype=float)
    w = np.array(searched.weights, dtype=float)
    names = NEIGHBOUR_FEATURES + (RECENT_FEATURES if beam else ())
    hood = np.array([_index(n) for n in names])
    w_static = w.copy()
    w_static[hood] = 0.0
    slots: list[_Slot] = []
    for qi, hit in enumerate(found):
        if qi in table and hit[2] in KEPT_RULES:  # a role's tag ("said the old man"): its best candidate alone
            cands, rows = table[qi]
            own = np.array(rows, dtype=float) @ w_first * share + \
                np.array(second_rows[qi][1], dtype=float) @ w * (1.0 - share)
            slots.append(_Slot(qi, [cands[int(np.argmax(own))]], np.zeros(1), False, np.zeros(1), False))
        elif qi in table:
            cands, rows = table[qi]
            first = np.array(rows, dtype=float)
            static = (1.0 - share) * (searched.bias + np.array(second_rows[qi][1], dtype=float) @ w_static)
            if share:
                static += share * (ranker.bias + first @ w_first)
            gender = reader.pronoun_gender(qi)
            slots.append(_Slot(qi, list(cands), static, True, first[:, _index("gender_match")],
                               gender in ("m", "f")))
        else:
            slots.append(_Slot(qi, [hit[0]], np.zeros(1), False, np.zeros(1), False))
    out = list(found)
    weights = {n: coupling * (1.0 - share) * searched.weights[_index(n)] for n in names}
    start = 0
    for end in range(1, len(slots) + 1):
        if end == len(slots) or not reader.near(end - 1, end):
            if any(s.decided for s in slots[start:end]):
                run = slots[start:end]
                picked = _beam(run, reader, weights, emission, out, beam) if beam else \
                    _decode(run, reader, weights, emission)
                for slot, k, z in picked:
                    if slot.cands[k] != found[slot.qi][0]:
                        out[slot.qi] = (slot.cands[k], round(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))), 4),
                                        "ranker")
            start = end
    return out


def _pair_terms(run: list[_Slot], j: int, reader: FeatureReader,
                weights: dict[str, float]) -> tuple[Array, Array]:
    """The neighbour features' logits added when quote ``j`` of the run joins the two before it, as arrays over
    (candidate of j-2, candidate of j-1, candidate of j): those of quote j's own score (the speakers before it),
    and those of the quotes before it (the speakers after them); a missing quote has the one candidate None."""
    cur = run[j]
    prev = run[j - 1] if j >= 1 else None
    prev2 = run[j - 2] if j >= 2 else None
    c2 = np.array(prev2.cands if prev2 else [None], dtype=object)
    c1 = np.array(prev.cands if prev else [None], dtype=object)
    c0 = np.array(cur.cands, dtype=object)
    eq10 = (c1[:, None] == c0[None, :]) & (c0[None, :] != None)  # noqa: E711 - elementwise
    eq20 = (c2[:, None] == c0[None, :]) & (c0[None, :] != None)  # noqa: E711
    eq21 = c2[:, None] == c1[None, :]
    own = np.zeros((len(c2), len(c1), len(c0)))
    terms = np.zeros((len(c2), len(c1), len(c0)))
    q = reader.at.quotes
    if cur.decided and prev is not None:
        same = q[prev.qi].last_para == q[cur.qi].para
        w_prev = weights["prev_same_paragraph" if same else "prev_other_paragraph"]
        w_prev += weights["gender_prev_speaker"] if cur.gendered else 0.0
        own += (w_prev * eq10)[None, :, :]
    if cur.decided and prev2 is not None and reader.near(cur.qi, prev2.qi):
        alternates = eq20[:, None, :] & ~(c1[None, :, None] == c0[None, None, :])
        w_alt = weights["prev2_alternates"] + weights["gender_alternates"] * cur.gender_match[None, None, :]
        own += w_alt * alternates
    if prev is not None and prev.decided:
        terms += (weights["next_speaker"] * eq10)[None, :, :]
    if prev2 is not None and prev2.decided and reader.near(prev2.qi, cur.qi):
        alternates = eq20[:, None, :] & ~eq21[:, :, None]
        terms += weights["next2_alternates"] * alternates
    return own, terms


def _decode(run: list[_Slot], reader: FeatureReader, weights: dict[str, float],
            emission: str = "logit") -> list[tuple[_Slot, int, float]]:
    """The best candidate of every quote of the run and its logit without the neighbour features, by
    second-order Viterbi."""
    # best[a, b]: the best total with quote j-1 at candidate a and quote j at candidate b
    best = np.zeros((1, 1))
    back: list[npt.NDArray[np.int64]] = []
    for j, slot in enumerate(run):
        own, after = _pair_terms(run, j, reader, weights)
        if slot.decided:
            own = own + slot.static[None, None, :]
            own = -np.logaddexp(0.0, -own) if emission == "probability" else own
        total = best[:, :, None] + own + after
        back.append(np.argmax(total, axis=0))
        best = np.max(total, axis=0)
    b, c = np.unravel_index(int(np.argmax(best)), best.shape)
    picks = [0] * len(run)
    picks[-1] = int(c)
    if len(run) > 1:
        picks[-2] = int(b)
    for j in range(len(run) - 1, 1, -1):
        picks[j - 2] = int(back[j][picks[j - 1], picks[j]])
    return _picked(run, picks)


def _beam(run: list[_Slot], reader: FeatureReader, weights: dict[str, float], emission: str, out: Found,
          width: int) -> list[tuple[_Slot, int, float]]:
    """The best candidate of every quote of the run and its logit without the neighbour features, by a beam
    search of ``width`` hypotheses whose earlier speakers (``out`` before the run) also give the recent-speaker
    features."""
    first = run[0].qi
    beams: list[tuple[float, tuple[int, ...]]] = [(0.0, ())]
    for j, slot in enumerate(run):
        own, after = _pair_terms(run, j, reader, weights)
        earlier = reader.recent_quotes(slot.qi) if slot.decided else []
        grown: list[tuple[float, tuple[int, ...]]] = []
        for total, picks in beams:
            a, b = (picks[-2] if j >= 2 else 0), (picks[-1] if j >= 1 else 0)
            z = own[a, b].copy()
            if slot.decided:
                speakers = [run[k - first].cands[picks[k - first]] if k >= first else out[k][0] for k in earlier]
                for ci, c in enumerate(slot.cands):
                    n = speakers.count(c)
                    z[ci] += weights["recent_speaker"] * (n > 0) + weights["recent_turns"] * n / RECENT
                z = z + slot.static
                z = -np.logaddexp(0.0, -z) if emission == "probability" else z
            z = total + z + after[a, b]
            grown += [(float(z[ci]), (*picks, ci)) for ci in range(len(slot.cands))]
        grown.sort(key=lambda h: -h[0])
        beams = grown[:width]
    best = beams[0][1]
    return _picked(run, list(best))


def _picked(run: list[_Slot], picks: list[int]) -> list[tuple[_Slot, int, float]]:
    """Each quote of the run with the index of its chosen candidate and that candidate's logit without the
    neighbour features (0 for a quote the ranker does not decide)."""
    return [(slot, k, float(slot.static[k]) if slot.decided else 0.0) for slot, k in zip(run, picks, strict=True)]
