"""A learned re-ranker of each quotation's candidate speakers: features, scoring and the shipped weights.

For every quotation the candidates are the speakers the pipeline gave it and its neighbours (two quotes either
side), the characters mentioned in the narration from ``WINDOW`` characters before it to the end of its paragraph,
and the first-person narrator in a text where "I said" tags it twice. Each candidate gets the ``FEATURES`` vector
below (the rules' and the conversation decoder's choice, the dialogue tag's subject, vocatives, the names the next
turn calls, the neighbours' speakers, gender agreement with a pronoun tag, distance and kind of the nearest mention,
the subject of the narration just before, the named character a role tag may stand for, prominence, the parity a
call or a "he"/"she" tag some turns away gives a bare exchange), a linear model scores it, and the best-scoring
candidate is the quote's speaker. The shipped model is stacked (``Ranker.second``, ``STACKED``): a second stage
scores the candidates again with the neighbours' speakers read from the first stage's picks, and each candidate's
logit is the mean of the two. Weights fitted with ``scripts/train_speakers.py --addressee`` also carry an addressee
scorer (``Ranker.addressee``, speakers/addressees.py) whose probabilities the ``ADDRESSEE_FEATURES`` read (in an
exchange the one the previous quote is spoken to answers); without one those features are 0 (the shipped weights).

The ranker decides every quote no explicit tag names, and those whose tag names a role ("said the old man"), most
often someone the text names elsewhere (``decides``); speakers.attribute applies the shipped
weights (src/ficlens/models/speaker_ranker.json), fitted by scripts/train_speakers.py on the PDNC novels outside
eval/speakers_pdnc.HELD_OUT; ``eval/speakers_pdnc.py --held-out`` measures the pipeline on those, and ``--ranker``
cross-validates the ranker by novel. No training code lives here.
"""

from __future__ import annotations

import bisect
import functools
import json
import math
import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from pathlib import Path

from ficlens.analyse.cast.model import Mention
from ficlens.analyse.dialogue import lower_words, speech_verb_at
from ficlens.analyse.speakers.addressees import FEATURES as ADDRESSEE_NAMES
from ficlens.analyse.speakers.addressees import AddresseeModel, Probabilities, acted_on, addressee_probabilities
from ficlens.analyse.speakers.conversation import tag_gender
from ficlens.analyse.speakers.rules import NARRATOR, Attributor, Found, rule_attributions
from ficlens.artifacts import read_artifact, shipped_artifact

SHIPPED_ARTIFACT = "models/speaker_ranker.json"
MODEL_PATH = Path(__file__).resolve().parents[2] / SHIPPED_ARTIFACT
WINDOW = 4000  # characters of narration before a quote whose characters are candidates
TAG_REACH = 40  # characters next to a quote where its dialogue tag stands
NEIGHBOURS = 2  # quotes either side whose speakers are candidates (and features)
RECENT = 8  # earlier quotes (within WINDOW characters) whose speakers are candidates
MAX_CANDIDATES = 10
ANCHOR_TURNS = 12  # how many turns away a sure tag still anchors the alternation of a two-party exchange
SURE_RULES = frozenset({"explicit", "same-paragraph"})
SURE_SCORE = 0.8
KEPT_RULES = frozenset({"explicit", "same-paragraph"})  # the rules' speaker stands; the ranker decides the rest
STAGE_REACH = 1500  # characters before a quote's exchange whose narration and sure tags put a character on stage
NEAR_PARAGRAPHS = 1  # a neighbour quote this many paragraphs away or fewer belongs to the same exchange
STACKED = True  # whether rerank lets a stacked ranker's second stage decide by default (Ranker.second)
FIRST_SHARE = 0.5  # the first stage's share of a stacked ranker's logit (the second stage's: the rest)

CHOICE_GROUPS = {"explicit": "choice_explicit", "anaphoric": "choice_anaphoric",
                 "same-paragraph": "choice_same_paragraph", "conversation": "choice_conversation",
                 "turn-taking": "choice_conversation"}  # any other rule: choice_weak
FEATURES = (
    "choice", "choice_explicit", "choice_anaphoric", "choice_same_paragraph", "choice_conversation", "choice_weak",
    "choice_score", "rules_choice", "rules_tagged",
    "tag_after_name", "tag_after_other", "tag_before_name", "tag_before_other",
    "vocative", "called_before", "named_inside", "recent_speaker", "recent_turns",
    "anchor_before_same", "anchor_before_other", "anchor_after_same", "anchor_after_other", "run_party",
    "prev_other_paragraph", "prev_same_paragraph", "prev2_alternates", "next_speaker", "next2_alternates",
    "gender_match", "gender_clash", "narrator", "narrator_tag",
    "in_paragraph", "first_in_paragraph", "last_mentioned", "nearness", "mentioned_before", "nearest_name",
    "nearest_pronoun", "window_mentions", "prominence",
    "rules_anaphoric", "gender_last", "gender_last_other", "gender_alternates", "gender_prev_speaker",
    "recency_first", "recency_second", "role", "stands_for_role", "narration_subject",
    "called_after", "recency_not_prev", "off_stage",
    "called_odd", "called_even", "gender_tag_even", "gender_tag_odd", "prev_acted_on",
) + ("addressee_prev", "addressee_prev_top")
# the features that read the addressee scorer's probabilities (Ranker.addressee, speakers/addressees.py): that the
# previous quote of the exchange, in an earlier paragraph, is spoken to the candidate (the one spoken to answers),
# and that the candidate is its likeliest addressee
ADDRESSEE_FEATURES = FEATURES[-2:]
# the features that read the speakers of the other quotes: the neighbours' (turn taking) and the recent ones'; a
# stacked ranker's second pass reads them from its first pass's speakers (``Ranker.second``)
NEIGHBOUR_FEATURES = ("prev_other_paragraph", "prev_same_paragraph", "prev2_alternates", "next_speaker",
                      "next2_alternates", "gender_alternates", "gender_prev_speaker")
RECENT_FEATURES = ("recent_speaker", "recent_turns")
OTHER_SPEAKER_FEATURES = NEIGHBOUR_FEATURES + RECENT_FEATURES
_SENTENCE_CUT = re.compile(r"[.!?;]")


@dataclass(frozen=True)
class Ranker:
    """A logistic scorer over ``FEATURES``; with a ``second`` stage, stacked: the second scorer reads the
    ``OTHER_SPEAKER_FEATURES`` from the speakers this one picks, and the two stages' logits are mixed
    (``rerank(..., stacked=True)``, ``stacked_scores``)."""

    weights: tuple[float, ...]
    bias: float
    second: Ranker | None = None
    addressee: AddresseeModel | None = None  # the addressee scorer the ADDRESSEE_FEATURES read

    def score(self, row: Sequence[float]) -> float:
        """The probability-like score of one candidate's feature vector."""
        return _sigmoid(self.logit(row))

    def logit(self, row: Sequence[float]) -> float:
        """The linear score of one candidate's feature vector."""
        return self.bias + sum(w * x for w, x in zip(self.weights, row, strict=True) if x)

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {"features": list(FEATURES), "weights": [round(w, 6) for w in self.weights],
                                   "bias": round(self.bias, 6)}
        if self.second is not None:
            data["second"] = {"weights": [round(w, 6) for w in self.second.weights],
                              "bias": round(self.second.bias, 6)}
        if self.addressee is not None:
            data["addressee"] = self.addressee.to_json()
        return data


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


class RankerError(ValueError):
    """A weights file that cannot be used; ``str()`` is one line naming the file and the reason."""


def load_ranker(path: Path | None = None) -> Ranker:
    """The ranker stored at ``path`` (default: the shipped weights)."""
    return read_artifact(path or MODEL_PATH, parse_ranker, RankerError)


@functools.cache
def shipped_ranker() -> Ranker | None:
    """The packaged ranker (read once per process), or None when the install lacks it."""
    return shipped_artifact(SHIPPED_ARTIFACT, parse_ranker, MODEL_PATH)


def parse_ranker(blob: bytes, path: Path) -> Ranker:
    """The ranker a weights file holds; ``path`` names it in errors."""
    try:
        data = json.loads(blob.decode("utf-8"))
        names, weights, bias = data["features"], data["weights"], data["bias"]
        second = data.get("second")
        addressee = parse_addressee(data.get("addressee"), path)
        stages = [(weights, bias)] + ([(second["weights"], second["bias"])] if second is not None else [])
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise RankerError(f"{path}: not a speaker ranker ({exc.__class__.__name__}: {exc})") from exc
    if list(names) != list(FEATURES) or any(len(w) != len(FEATURES) for w, _ in stages):
        raise RankerError(f"{path}: its features are not this ficlens's ({len(FEATURES)} features, weights "
                          f"{' and '.join(str(len(w)) for w, _ in stages)}); rebuild it with scripts/train_speakers.py")
    try:
        later = [Ranker(tuple(float(x) for x in w), float(b)) for w, b in stages[1:]]
        return Ranker(tuple(float(x) for x in weights), float(bias), later[0] if later else None, addressee)
    except (ValueError, TypeError) as exc:
        raise RankerError(f"{path}: a weight is no number ({exc})") from exc


def parse_addressee(data: object, path: Path) -> AddresseeModel | None:
    """The addressee scorer of a weights file's "addressee" block (None when it has none)."""
    if data is None:
        return None
    try:
        names, weights, bias = data["features"], data["weights"], data["bias"]  # type: ignore[index]
        model = AddresseeModel(tuple(float(x) for x in weights), float(bias))
    except (KeyError, TypeError, ValueError) as exc:
        raise RankerError(f"{path}: not an addressee scorer ({exc.__class__.__name__}: {exc})") from exc
    if list(names) != list(ADDRESSEE_NAMES) or len(model.weights) != len(ADDRESSEE_NAMES):
        raise RankerError(f"{path}: its addressee features are not this ficlens's; rebuild it with "
                          "scripts/train_speakers.py")
    return model


class FeatureReader:
    """The candidates of each quote of a text and their feature vectors, given the pipeline's attributions
    (``found``) and the rules' alone (``rules``, computed when not given); the ADDRESSEE_FEATURES read the
    probabilities ``addressee`` gives (all 0 without one)."""

    def __init__(self, at: Attributor, found: Found, rules: Found | None = None,
                 addressee: AddresseeModel | None = None) -> None:
        self.at = at
        self.found = found
        self.rules = rules if rules is not None else rule_attributions(at)
        self.spoken_to: Probabilities = addressee_probabilities(at, found, addressee) if addressee else {}
        self.first_person = sum(1 for c, _, r in found if c == NARRATOR and r == "explicit") >= 2
        self.top = max((c.prominence for c in at.cast.clusters), default=1.0) or 1.0
        self._addressed: dict[int, set[int]] = {}
        self.turn_of: dict[int, int] = {}  # quote -> its turn (at.turns)
        self.run_of: list[int] = []  # turn -> its dialogue run (turns at most NEAR_PARAGRAPHS apart)
        self.sure: list[int | None] = []  # turn -> the speaker a sure tag gives it
        self.run_start: list[int] = []  # dialogue run -> where its first quote starts
        self._stage: dict[int, tuple[int, set[int]]] = {}  # window start -> (end read to, clusters narrated)
        self._sure_cache: tuple[list[int], list[int], list[int]] | None = None
        self._gender: dict[int, str | None] = {}
        for t, qis in enumerate(at.turns):
            for qi in qis:
                self.turn_of[qi] = t
            gap = t > 0 and at.quotes[qis[0]].para - at.quotes[at.turns[t - 1][-1]].last_para > NEAR_PARAGRAPHS
            self.run_of.append(0 if t == 0 else self.run_of[-1] + int(gap))
            if len(self.run_start) == self.run_of[-1]:
                self.run_start.append(at.quotes[qis[0]].start)
            sure = [found[i] for i in qis if found[i][0] is not None and found[i][2] in SURE_RULES
                    and found[i][1] >= SURE_SCORE]
            self.sure.append(max(sure, key=lambda h: h[1])[0] if sure else None)

    def addressed(self, qi: int) -> set[int]:
        if qi not in self._addressed:
            self._addressed[qi] = self.at.addressed(qi)
        return self._addressed[qi]

    def on_stage(self, qi: int) -> set[int]:
        """The characters on stage at quote ``qi``: those the narration names or refers to, or a sure tag gives a
        quote to, from ``STAGE_REACH`` characters before its exchange (or before the quote) to the end of its
        paragraph; a character only named inside the dialogue ("What is his name?" "Bingley.") is off stage.
        The quotes of one exchange share the window's start, so its narration is read once, each quote adding the
        paragraphs after the last one read (``_narrated``); the sure tags are looked up among the quotes that have
        one (``_sure_quotes``), not read quote by quote."""
        q = self.at.quotes[qi]
        t = self.turn_of.get(qi)
        start = max(0, min(q.start, self.run_start[self.run_of[t]] if t is not None else q.start) - STAGE_REACH)
        end = self.at.paragraphs[q.last_para].end
        out = set(self._narrated(start, end))
        sure, ends, starts = self._sure_quotes()
        # the quotes overlapping [start, end) other than qi: quotes are in text order, so their ends are too
        lo, hi = bisect.bisect_left(ends, start), bisect.bisect_left(starts, end)
        out.update(c for k in sure[lo:hi] if k != qi and (c := self.found[k][0]) is not None)
        return out

    def _narrated(self, start: int, end: int) -> set[int]:
        """The clusters of the narration's mentions starting in [start, end), read incrementally for a window
        start that grows to the right (``end`` is a paragraph's end, so no mention is cut)."""
        hit = self._stage.get(start)
        if hit is not None and hit[0] <= end:
            clusters = hit[1] | {m.cluster for m in self.at.narrative(hit[0], end)}
        else:
            clusters = {m.cluster for m in self.at.narrative(start, end)}
        if hit is None or hit[0] <= end:
            self._stage[start] = (end, clusters)
        return clusters

    def _sure_quotes(self) -> tuple[list[int], list[int], list[int]]:
        """The quotes a sure tag gives a speaker, in text order, with their ends and starts."""
        if self._sure_cache is None:
            sure = [k for k, (c, _, rule) in enumerate(self.found) if c is not None and rule in SURE_RULES]
            quotes = self.at.quotes
            self._sure_cache = (sure, [quotes[k].end for k in sure], [quotes[k].start for k in sure])
        return self._sure_cache

    def near(self, qi: int, other: int) -> bool:
        """Whether quote ``other`` is in the same exchange as quote ``qi``: each quote from one to the other at
        most NEAR_PARAGRAPHS paragraphs after the one before it (a bare exchange, one quote a paragraph, links the
        quote two back, so A B A alternation is read there too)."""
        if not 0 <= other < len(self.at.quotes):
            return False
        a, b = sorted((qi, other))
        quotes = self.at.quotes
        return all(quotes[k + 1].para - quotes[k].last_para <= NEAR_PARAGRAPHS for k in range(a, b))

    def speaker(self, qi: int, other: int) -> int | None:
        """The pipeline's speaker of quote ``other`` if it is near quote ``qi``."""
        return self.found[other][0] if self.near(qi, other) else None

    def narration(self, qi: int) -> tuple[int, int]:
        q = self.at.quotes[qi]
        return max(0, q.start - WINDOW), self.at.paragraphs[q.last_para].end

    def candidates(self, qi: int) -> list[int]:
        """The quote's candidate speakers: the pipeline's and the rules' choice, the neighbours' speakers, the
        characters of the narration around it (nearest first), the narrator of a first-person text."""
        ordered: list[int] = []
        picks: list[int | None] = [self.found[qi][0], self.rules[qi][0]]
        picks += [self.speaker(qi, qi + d) for d in range(-NEIGHBOURS, NEIGHBOURS + 1) if d]
        picks += self.recent(qi)
        picks += sorted(self.addressed(qi - 1) if qi > 0 and self.near(qi, qi - 1) else ())
        q = self.at.quotes[qi]
        start, end = self.narration(qi)
        after = [m.cluster for m in self.at.narrative(q.end, end)]
        before = [m.cluster for m in reversed(self.at.narrative(start, q.start))]
        extra = [NARRATOR] if self.first_person else []
        quoted = [m.cluster for m in reversed(self.at.cast.mentions_in(start, end)) if m.in_quote and m.kind == "name"]
        for c in [*picks, *after[:2], *before, *after[2:], *extra, *quoted]:
            if c is not None and c not in ordered:
                ordered.append(c)
        return ordered[:MAX_CANDIDATES]

    def recent(self, qi: int) -> list[int | None]:
        """The pipeline's speakers of the up to RECENT quotes before quote ``qi`` within WINDOW characters, latest
        first."""
        return [self.found[k][0] for k in self.recent_quotes(qi)]

    def recent_quotes(self, qi: int) -> list[int]:
        """The up to RECENT quotes before quote ``qi`` within WINDOW characters, latest first."""
        q = self.at.quotes[qi]
        return [k for k in range(qi - 1, max(-1, qi - 1 - RECENT), -1) if self.at.quotes[k].end >= q.start - WINDOW]

    def anchors(self, qi: int) -> tuple[tuple[int, int] | None, tuple[int, int] | None, set[int]]:
        """The nearest sure-tagged turns before and after the quote's turn in its run, as (speaker, turn
        distance), and the sure speakers of the run within ANCHOR_TURNS (its parties)."""
        t = self.turn_of.get(qi)
        if t is None:
            return None, None, set()
        found: list[tuple[int, int] | None] = []
        parties: set[int] = set()
        for step in (-1, 1):
            hit = None
            for d in range(1, ANCHOR_TURNS + 1):
                k = t + step * d
                if not 0 <= k < len(self.sure) or self.run_of[k] != self.run_of[t]:
                    break
                speaker = self.sure[k]
                if speaker is not None:
                    parties.add(speaker)
                    hit = hit or (speaker, d)
            found.append(hit)
        return found[0], found[1], parties

    def tag_subjects(self, qi: int) -> tuple[tuple[int, str] | None, tuple[int, str] | None]:
        """The (cluster, mention kind) a dialogue tag right after and right before the quote makes its subject
        ("…," said Emma / she said; Emma said, "…")."""
        at, q = self.at, self.at.quotes[qi]
        s, e = at.after_span(qi)
        e = min(e, q.end + TAG_REACH)
        cut = _SENTENCE_CUT.search(at.text, s, e)
        after = None
        for m in at.narrative(s, cut.start() if cut else e):
            if at.possessive(m):
                continue
            lead = lower_words(at.text[s:m.start])
            tail = lower_words(at.text[m.end:e])[:3]
            if len(lead) <= 2 and (any(speech_verb_at(lead, i) for i in range(len(lead)))
                                   or any(speech_verb_at(tail, i) for i in range(min(2, len(tail))))):
                after = (m.cluster, m.kind)
            break
        s, e = at.before_span(qi)
        before = None
        for m in reversed(at.narrative(max(s, q.start - TAG_REACH), e)):
            tail = lower_words(at.text[m.end:e])
            if not at.possessive(m) and any(speech_verb_at(tail, i) for i in range(min(3, len(tail)))):
                before = (m.cluster, m.kind)
                break
        return after, before

    def gender_of(self, c: int) -> str | None:
        return None if c == NARRATOR else self.at.cast.clusters[c].gender

    @staticmethod
    def recency(window: Sequence[Mention], called: set[int]) -> list[int]:
        """The characters of the narration ``window``, last mentioned first, leaving out those the quote calls."""
        out: list[int] = []
        for m in reversed(window):
            if m.cluster not in out and m.cluster not in called:
                out.append(m.cluster)
        return out

    def stand_in(self, choice: int | None, recency: Sequence[int]) -> int | None:
        """The named character a role speaker ("said the old man") most likely is: the last one mentioned before
        the quote whose gender does not clash with the role's; None when the choice is no role."""
        clusters = self.at.cast.clusters
        if choice is None or not 0 <= choice < len(clusters) or not clusters[choice].role:
            return None
        want = clusters[choice].gender
        return next((c for c in recency if c != NARRATOR and not clusters[c].role
                     and (want is None or clusters[c].gender in (None, want))), None)

    def narration_subject(self, qi: int) -> int | None:
        """The first character acting in the last sentence of narration before the quote (within its paragraph
        or the paragraph before): "Away she hurried. / "If Helen had…"" gives her."""
        at, q = self.at, self.at.quotes[qi]
        start = at.paragraphs[max(0, q.para - 1)].start
        if qi > 0:
            start = max(start, at.quotes[qi - 1].end)
        text = at.text[start:q.start]
        cuts = [m.end() for m in _SENTENCE_CUT.finditer(text.rstrip(" \n\t\"'“”‘’—-.!?;:,"))]
        begin = start + (cuts[-1] if cuts else 0)
        return next((m.cluster for m in at.narrative(begin, q.start) if not at.possessive(m)), None)

    def pronoun_gender(self, qi: int) -> str | None:
        """The gender ("m", "f", "i" for the first person) of the pronoun tagging quote ``qi``, if any."""
        if qi not in self._gender:
            at, q = self.at, self.at.quotes[qi]
            p = at.paragraphs[q.para]
            before_from = at.quotes[qi - 1].end if qi > 0 and at.quotes[qi - 1].end > p.start else p.start
            self._gender[qi] = tag_gender(at.text, q.start, q.end, at.text[before_from:q.start])
        return self._gender[qi]

    def acted_on_before(self, qi: int) -> set[int]:
        """The characters the narration of the previous turn's paragraphs acts on ("turned to Emma", "looked at
        him", ``addressees.acted_on``) when that turn is in the quote's exchange and in an earlier paragraph: the
        one spoken to answers."""
        t = self.turn_of.get(qi)
        if t is None or t == 0 or self.run_of[t - 1] != self.run_of[t]:
            return set()
        at = self.at
        prev = self.at.turns[t - 1]
        first, last = at.quotes[prev[0]], at.quotes[prev[-1]]
        if last.last_para >= at.quotes[qi].para:
            return set()
        narration = at.narrative(at.paragraphs[first.para].start, at.paragraphs[last.last_para].end)
        return {m.cluster for m in narration if acted_on(at.text, m.start)}

    def parity_cues(self, qi: int) -> tuple[dict[int, int], dict[str, int]]:
        """How many turns away, in the quote's run and within ``ANCHOR_TURNS``, the nearest turn is that calls
        each character (a vocative or a tag's addressee: the one called answers, an odd number of turns later or
        earlier, and the caller speaks again an even number away), and the nearest turn a "he"/"she" tag gives
        each gender: parity evidence beside the sure tags (``anchors``) in long bare exchanges."""
        t = self.turn_of.get(qi)
        called: dict[int, int] = {}
        genders: dict[str, int] = {}
        if t is None:
            return called, genders
        for step in (-1, 1):
            for d in range(1, ANCHOR_TURNS + 1):
                k = t + step * d
                if not 0 <= k < len(self.sure) or self.run_of[k] != self.run_of[t]:
                    break
                for other in self.at.turns[k]:
                    for c in self.addressed(other):
                        called[c] = min(called.get(c, d), d)
                    g = self.pronoun_gender(other)
                    if g in ("m", "f"):
                        genders[g] = min(genders.get(g, d), d)
        return called, genders

    def features(self, qi: int, cands: Sequence[int]) -> list[list[float]]:
        """One ``FEATURES`` vector per candidate of quote ``qi``."""
        at, q = self.at, self.at.quotes[qi]
        choice, choice_score, choice_rule = self.found[qi]
        rules_choice, _, rules_rule = self.rules[qi]
        after, before = self.tag_subjects(qi)
        p = at.paragraphs[q.para]
        gender = self.pronoun_gender(qi)
        called = self.addressed(qi)
        # the names the previous turn called answer it; a call earlier in the quote's own paragraph ("Kaia," she
        # said, "sit down.") names the one spoken to, so it is left out
        prev_same = qi > 0 and at.quotes[qi - 1].last_para == q.para
        called_before = self.addressed(qi - 1) if qi > 0 and self.near(qi, qi - 1) and not prev_same else set()
        inside = {m.cluster for m in at.cast.mentions_in(q.start, q.end) if m.kind == "name"}
        prev = self.speaker(qi, qi - 1)
        start, end = self.narration(qi)
        window = at.narrative(start, q.start)
        paragraph = at.narrative(p.start, at.paragraphs[q.last_para].end)
        last_before: dict[int, tuple[int, str]] = {m.cluster: (m.end, m.kind) for m in window}
        others = self.other_speaker_features(qi, cands, [h[0] for h in self.found], gender)
        anchor_before, anchor_after, parties = self.anchors(qi)

        def anchored(anchor: tuple[int, int] | None, c: int) -> tuple[bool, bool]:
            """(c speaks as the anchor at an even distance, c is another party at an odd one)."""
            if anchor is None:
                return False, False
            return (anchor[0] == c and anchor[1] % 2 == 0,
                    anchor[0] != c and anchor[1] % 2 == 1 and c in parties)
        counts: dict[int, int] = {}
        for m in window:
            counts[m.cluster] = counts.get(m.cluster, 0) + 1
        recency = self.recency(window, called)
        same_gender = [c for c in recency if gender in ("m", "f") and self.gender_of(c) == gender]
        gender_last = same_gender[0] if same_gender else None
        gender_other = next((c for c in same_gender if c != prev), None)
        stand_in = self.stand_in(choice, recency)
        called_after = self.addressed(qi + 1) if self.near(qi, qi + 1) and at.quotes[qi + 1].para > q.last_para \
            else set()
        not_prev = next((c for c in recency if c != prev), None)
        subject = self.narration_subject(qi)
        on_stage = self.on_stage(qi)
        called_turns, gender_turns = self.parity_cues(qi)
        acted_on = self.acted_on_before(qi)
        out: list[list[float]] = []
        for c, other in zip(cands, others, strict=True):
            is_choice = c == choice
            group = CHOICE_GROUPS.get(choice_rule, "choice_weak")
            cluster = None if c == NARRATOR else at.cast.clusters[c]
            c_gender = cluster.gender if cluster else None
            gendered = gender in ("m", "f")
            last = last_before.get(c)
            before_same, before_other = anchored(anchor_before, c)
            after_same, after_other = anchored(anchor_after, c)
            row = {
                "choice": is_choice, "choice_score": choice_score if is_choice else 0.0,
                group: is_choice,
                "rules_choice": c == rules_choice,
                "rules_tagged": c == rules_choice and rules_rule in ("explicit", "anaphoric"),
                "tag_after_name": after is not None and after[0] == c and after[1] == "name",
                "tag_after_other": after is not None and after[0] == c and after[1] != "name",
                "tag_before_name": before is not None and before[0] == c and before[1] == "name",
                "tag_before_other": before is not None and before[0] == c and before[1] != "name",
                "vocative": c in called,
                "called_before": c in called_before and c not in called,
                "named_inside": c in inside and c not in called,
                "anchor_before_same": before_same, "anchor_before_other": before_other,
                "anchor_after_same": after_same, "anchor_after_other": after_other,
                "run_party": c in parties,
                "gender_match": gendered and c_gender == gender,
                "gender_clash": gendered and (c == NARRATOR or c_gender not in (None, gender)),
                "narrator": c == NARRATOR,
                "narrator_tag": gender == "i" and c == NARRATOR,
                "in_paragraph": any(m.cluster == c for m in paragraph),
                "first_in_paragraph": bool(paragraph) and paragraph[0].cluster == c,
                "last_mentioned": bool(window) and window[-1].cluster == c,
                "nearness": 1.0 - min(1.0, math.log1p(q.start - last[0]) / math.log1p(WINDOW)) if last else 0.0,
                "mentioned_before": last is not None,
                "nearest_name": last is not None and last[1] == "name",
                "nearest_pronoun": last is not None and last[1] == "pronoun",
                "window_mentions": min(1.0, math.log1p(counts.get(c, 0)) / math.log1p(20)),
                "prominence": cluster.prominence / self.top if cluster else 0.0,
                "rules_anaphoric": c == rules_choice and rules_rule == "anaphoric",
                "gender_last": c == gender_last,
                "gender_last_other": c == gender_other,
                "recency_first": bool(recency) and recency[0] == c,
                "recency_second": len(recency) > 1 and recency[1] == c,
                "role": cluster is not None and cluster.role,
                "stands_for_role": c == stand_in,
                "narration_subject": c == subject,
                "called_after": c in called_after and c not in called,
                "recency_not_prev": c == not_prev,
                "off_stage": c != NARRATOR and c not in on_stage,
                "called_odd": called_turns.get(c, 0) % 2 == 1,
                "called_even": c in called_turns and called_turns[c] % 2 == 0,
                "gender_tag_even": c_gender in gender_turns and gender_turns[c_gender] % 2 == 0,
                "gender_tag_odd": c_gender in gender_turns and gender_turns[c_gender] % 2 == 1,
                "prev_acted_on": c in acted_on and c != prev,
            }
            row.update(other)
            row.update(self.addressee_features(qi, c))
            out.append([float(row.get(name, 0.0)) for name in FEATURES])
        return out

    def addressee_features(self, qi: int, c: int, spoken_to: Probabilities | None = None) -> dict[str, float]:
        """The ``ADDRESSEE_FEATURES`` of candidate ``c`` of quote ``qi``, read from ``spoken_to`` (default: this
        reader's addressee probabilities): the previous quote counts where it is in the exchange and in an
        earlier paragraph."""
        probs = self.spoken_to if spoken_to is None else spoken_to
        at = self.at
        prev = probs.get(qi - 1, {})  # empty without an addressee scorer (the shipped weights): nothing more to read
        if prev and not (self.near(qi, qi - 1) and at.quotes[qi - 1].last_para < at.quotes[qi].para):
            prev = {}
        return {"addressee_prev": prev.get(c, 0.0),
                "addressee_prev_top": bool(prev) and max(prev, key=lambda k: (prev[k], -k)) == c}

    def other_speaker_features(self, qi: int, cands: Sequence[int], speakers: Sequence[int | None],
                               gender: str | None = None) -> list[dict[str, float]]:
        """The ``OTHER_SPEAKER_FEATURES`` of each candidate of quote ``qi``, quote k being said by
        ``speakers[k]`` (the pipeline's speakers in ``features``); ``gender``: the quote's pronoun gender
        (``pronoun_gender``, computed when not given)."""
        at, q = self.at, self.at.quotes[qi]
        gender = gender if gender is not None else self.pronoun_gender(qi)
        gendered = gender in ("m", "f")
        prev_same = qi > 0 and at.quotes[qi - 1].last_para == q.para
        prev, prev2, nxt, nxt2 = (speakers[qi + d] if self.near(qi, qi + d) else None for d in (-1, -2, 1, 2))
        recent = [speakers[k] for k in self.recent_quotes(qi)]
        out: list[dict[str, float]] = []
        for c in cands:
            alternates = c == prev2 and c != prev
            out.append({
                "prev_other_paragraph": c == prev and not prev_same,
                "prev_same_paragraph": c == prev and prev_same,
                "prev2_alternates": alternates,
                "next_speaker": c == nxt,
                "next2_alternates": c == nxt2 and c != nxt,
                "gender_alternates": gendered and alternates and self.gender_of(c) == gender,
                "gender_prev_speaker": gendered and c == prev,
                "recent_speaker": c in recent,
                "recent_turns": recent.count(c) / RECENT,
            })
        return out


def decides(hit: tuple[int | None, float, str], roles: AbstractSet[int] = frozenset()) -> bool:
    """Whether the ranker decides a quote the pipeline attributed so: every quote but those an explicit tag
    names (the tag rules are right on 0.94 of them) and those that share a sure tag's paragraph, unless the tag
    names one of ``roles`` (``role_speakers``)."""
    return hit[2] not in KEPT_RULES or hit[0] in roles


def role_speakers(at: Attributor) -> frozenset[int]:
    """The characters known by a role ("said the old man": in novels most often someone the text names
    elsewhere) whose tagged quotes the ranker reconsiders; not a one-off voice ("came a voice from the hall"),
    which speaks for itself, nor a capitalised creature ("said the Eaglet", ``_creature``)."""
    one_off = set(at.anonymous_after.values()) | set(at.anonymous_before.values())
    return frozenset(c.id for c in at.cast.clusters if c.role and c.id not in one_off and not _creature(c.name))


def _creature(label: str) -> bool:
    """Whether a role is a capitalised creature or person the cast formed no name of ("the Eaglet", "the old
    Crab": roles.tag_subjects): a speaker of its own, like a name, not a description of a named character."""
    return label.split()[-1][:1].isupper()


Table = dict[int, tuple[list[int], list[list[float]]]]  # quote -> its candidates and their feature vectors


def candidate_table(reader: FeatureReader, roles: AbstractSet[int], every: bool = False) -> Table:
    """The candidates and feature vectors of every quote the ranker ``decides`` (every quote with ``every``) that
    has a candidate."""
    table: Table = {}
    for qi, hit in enumerate(reader.found):
        cands = reader.candidates(qi) if every or decides(hit, roles) else []
        if cands:
            table[qi] = (cands, reader.features(qi, cands))
    return table


def best_of(scores: Sequence[float]) -> int:
    """The index of the best score, the first of equals."""
    return max(range(len(scores)), key=lambda k: (scores[k], -k))


def stacked_scores(ranker: Ranker, rows: Sequence[Sequence[float]], restacked_rows: Sequence[Sequence[float]],
                   share: float = FIRST_SHARE) -> list[float]:
    """Each candidate's score under a stacked ranker: its first stage's logit on ``rows`` (the pipeline's
    speakers as the other quotes') and its second stage's on ``restacked_rows`` (the first stage's picks), the
    first weighing ``share``."""
    second = ranker.second or ranker
    return [_sigmoid(share * ranker.logit(a) + (1.0 - share) * second.logit(b))
            for a, b in zip(rows, restacked_rows, strict=True)]


def first_pass(reader: FeatureReader, table: Table, ranker: Ranker) -> list[int | None]:
    """Every quote's speaker with each quote of ``table`` given its best candidate under ``ranker`` alone."""
    speakers = [h[0] for h in reader.found]
    for qi, (cands, rows) in table.items():
        speakers[qi] = cands[best_of([ranker.score(row) for row in rows])]
    return speakers


def restacked(reader: FeatureReader, table: Table, speakers: Sequence[int | None]) -> Table:
    """``table`` with the ``OTHER_SPEAKER_FEATURES`` of every row read from ``speakers`` instead of the
    pipeline's."""
    columns = [FEATURES.index(name) for name in OTHER_SPEAKER_FEATURES]
    out: Table = {}
    for qi, (cands, rows) in table.items():
        others = reader.other_speaker_features(qi, cands, speakers)
        new = [list(row) for row in rows]
        for row, other in zip(new, others, strict=True):
            for k in columns:
                row[k] = float(other[FEATURES[k]])
        out[qi] = (cands, new)
    return out


def rerank(at: Attributor, found: Found, ranker: Ranker, rules: Found | None = None, margin: float = 0.0,
           every: bool = False, stacked: bool = STACKED) -> Found:
    """``found`` with the speaker of each quote the ranker ``decides`` (every quote with ``every``) replaced by
    its best candidate (rule "ranker" where it changed; a quote with no candidate keeps its speaker, and so does
    one whose speaker the ranker scores within ``margin`` of its best). With ``stacked``, a stacked ranker
    (``Ranker.second``) picks once alone, then again with its second stage reading the other quotes' speakers
    from those picks, its logit mixed with the first stage's (``stacked_scores``); without, its first stage alone
    decides."""
    reader = FeatureReader(at, found, rules, ranker.addressee)
    table = candidate_table(reader, role_speakers(at), every)
    second = restacked(reader, table, first_pass(reader, table, ranker)) \
        if stacked and ranker.second is not None else None
    out: Found = []
    for qi, hit in enumerate(found):
        if qi not in table:
            out.append(hit)
            continue
        cands, rows = table[qi]
        scores = [ranker.score(row) for row in rows] if second is None else \
            stacked_scores(ranker, rows, second[qi][1])
        best = best_of(scores)
        kept = scores[cands.index(hit[0])] if hit[0] in cands else 0.0
        if scores[best] - kept < margin:
            out.append(hit)
            continue
        out.append(hit if cands[best] == hit[0] else (cands[best], round(scores[best], 4), "ranker"))
    return out
