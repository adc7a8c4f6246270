"""Who speaks the untagged turns of a conversation: a small sequence model over the turns of each dialogue run.

A turn is the quotes of one paragraph (split where one quote follows another with nothing between,
Attributor.turns); a run is a sequence of turns with at most ``MAX_GAP`` narration-only paragraphs between
neighbours and no scene break ("* * *", "Chapter 2") between them. Each run is decoded as a whole (second-order
Viterbi) over a handful of candidate speakers, so that tagged turns anchor the untagged ones both forward and
backward:

- evidence for a turn: a sure tag (a name, "I said") fixes it; a pronoun or gendered tag ("replied he", "said her
  mother") wants a speaker of that gender (and not the narrator); a name the quote calls ("Stiles, wait") is not
  its speaker, but likely the next turn's; a character acting in the turn's narration, or in the narration just
  before it, likely speaks it;
- between turns: the same speaker rarely speaks two bare turns in a row, and two-party exchanges alternate
  (A B A B); narration between two turns (a narration paragraph, a turn opening with narration) leaves that
  open; in texts whose paragraphs are cut at every sentence, a bare turn after a narration tail ("…," said
  Holmes, smiling. / "Excellent!") is most often the same speaker going on.
The weights are set by hand (tuned on LitBank half A only; see docs/characters.md).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ficlens.analyse.cast.model import Cluster
from ficlens.analyse.cast.vocabulary import noun_gender
from ficlens.analyse.dialogue import SPEECH_VERBS, lower_words, speech_verb_at
from ficlens.analyse.speakers.rules import FALLBACK_CHARS, NARRATOR, Attributor, Found

MAX_GAP = 1  # narration-only paragraphs allowed between two turns of one run
MAX_CANDIDATES = 8
TAG_REACH = 16  # characters next to a quote where its tag's pronoun stands
MIN_QUOTES, MID_QUOTE_SHARE = 10, 0.15  # below this share of quotes opening a sentence inside a paragraph, the
# paragraphs of a text with enough quotes look cut at every sentence
SURE_RULES = frozenset({"explicit", "same-paragraph"})
SURE_SCORE = 0.8

# Features of a candidate speaker at a turn, and of the speakers of three turns in a row, with hand-set weights
# (log-odds-like; set on LitBank half A only). A structured perceptron fitted on half A did worse than these in
# 2-fold cross-validation within half A (see docs/characters.md), so none is shipped.
EMISSION = ("other_than_sure", "narrator_tag", "not_narrator_tag", "gender_match", "gender_clash", "gender_unknown",
            "called", "named", "called_before", "first_actor", "actor", "narration_before", "coref_pick", "distance")
TRANSITION = ("same_close", "same_after_tail", "same_after_lead", "same_after_gap", "alternates_close",
              "alternates_loose")
FEATURES = EMISSION + TRANSITION
DEFAULT_WEIGHTS = {
    "other_than_sure": -8.0, "narrator_tag": 4.0, "not_narrator_tag": -4.0, "gender_match": 1.0,
    "gender_clash": -4.0, "gender_unknown": -1.0, "called": -5.0, "named": -1.5, "called_before": 1.5,
    "first_actor": 1.5, "actor": 0.5, "narration_before": 0.8, "coref_pick": 0.5, "distance": -0.4,
    "same_close": -2.5, "same_after_tail": 1.5, "same_after_lead": 0.0, "same_after_gap": 0.0, "alternates_close": 1.0,
    "alternates_loose": 0.0,
}
MAX_DISTANCE = 6
# same_after_tail: after a narration tail in sentence-cut text, LitBank half A has 101 same speaker, 54 A B A and 40
# someone new; +1.5 against 0: aligned 636 vs 628 of 840, by name 505 vs 498 (11 files up, 4 down).

_WHO = r"(?:(he|she|I)|(?:the|his|her|my|our|their)\s+(?:[a-z\-'’]+\s+){0,2}?([a-z]+))"
_TAG_AFTER_VERB_FIRST = re.compile(r"[\s,;:—–-]*([a-z]+)\s+" + _WHO + r"\b")
_TAG_AFTER_WHO_FIRST = re.compile(r"[\s,;:—–-]*" + _WHO.replace("(?:the|", "(?:[Tt]he|")
                                  + r"\s+(?:[a-z]+ly\s+)?([a-z]+)\b")
_NO_OBJECT = r"(?!(?:him|her|them|us|you|me|it)\b)"
_NARRATOR_TAG_LOOSE = re.compile(r"[\s,;:—–-]*I\s+((?:" + _NO_OBJECT + r"[a-z]+\s+){0,4}" + _NO_OBJECT + r"[a-z]+)\b")
_TAG_BEFORE = re.compile(r"\b([Hh]e|[Ss]he|I)\s+(?:[a-z]+ly\s+)?([a-z]+)[\s,:;—–-]*$")
_COLON_INTRO = re.compile(r"(?:^|[.!?;,]\s+|\b(?:[Tt]hen|[Ss]o|[Aa]nd)\s+)([Hh]e|[Ss]he|I)\s+[a-z]"
                          r"[^.!?;:\"“”]{0,60}:\s*$")
_SCENE_BREAK = re.compile(r"\s*(?:(?:[*~#=_+•·-]\s*){3,}|(?:o0o|0o0|oOo)\s*"
                          r"|(?:[Cc]hapter|CHAPTER|[Pp]art|PART)\s+(?:\d+|[IVXLC]+)(?:\s*[:.–—-][^\n]{0,60})?\s*)")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)]*\s+$")


def _who_gender(pronoun: str | None, noun: str | None) -> str | None:
    if pronoun:
        return "i" if pronoun == "I" else "m" if pronoun.lower() == "he" else "f"
    return noun_gender((noun or "").lower())


def tag_gender(text: str, start: int, end: int, before: str) -> str | None:
    """The speaker's gender from a pronoun or gendered tag next to a quote ("replied he", "said her mother",
    "she cried:"; a clause that opens with the pronoun and ends with a colon right before the quote, "So he
    forestalled what might be the next move:", "I observed:"): "m", "f", "i" (the narrator) or None.
    ``before``: the narration before the quote in its paragraph."""
    window = text[end:end + 60].split("\n")[0]
    m = _TAG_AFTER_VERB_FIRST.match(window)
    if m and m.group(1) in SPEECH_VERBS:
        gender = _who_gender(m.group(2), m.group(3))
        if gender:
            return gender
    m = _TAG_AFTER_WHO_FIRST.match(window)
    if m and speech_verb_at(lower_words(window[m.start(3):]), 0):
        gender = _who_gender(m.group(1), m.group(2))
        if gender:
            return gender
    b = _TAG_BEFORE.search(before[-60:])
    if b and b.group(2).lower() in SPEECH_VERBS:
        return _who_gender(b.group(1), None)
    intro = _COLON_INTRO.search(before[-80:])
    if intro:
        return _who_gender(intro.group(1), None)
    return "i" if _narrator_tag_loose(window) else None


def _narrator_tag_loose(window: str) -> bool:
    """"I" right after the quote with a speech verb a few words on in the same clause, no one else named before
    it: "“The story will tell,” I took upon myself to reply", "I remember asking" (the narrator speaks); not "I
    heard him say"."""
    m = _NARRATOR_TAG_LOOSE.match(window)
    if m is None:
        return False
    words = lower_words(window[m.start(1):])
    return any(speech_verb_at(words, i) for i in range(len(m.group(1).split())))


@dataclass
class Turn:
    """The quotes of one paragraph and what the text says about their speaker."""

    qis: list[int]
    gap: int  # narration-only paragraphs since the previous turn of the run
    after_tail: bool = False  # the previous turn ends with narration ("...," he said.) in sentence-cut paragraphs
    lead: bool = False  # the turn opens with narration naming someone ("Derek sighed. "Come on."")
    sure: int | None = None
    gender: str | None = None
    coref_pick: int | None = None
    called: set[int] = field(default_factory=set)
    named: set[int] = field(default_factory=set)  # characters the quotes speak of by name (not their speaker)
    actors: list[int] = field(default_factory=list)
    narration_before: list[int] = field(default_factory=list)


def quoted_only(at: Attributor, found: Found) -> set[int]:
    """The characters named only inside quotes and never tagged as speaking: in a first-person text most often
    the narrator, called by name by the others ("my dear Watson"); else someone absent or a by-name of another
    ("Harry" for Lord Henry). Never a candidate speaker."""
    narrated = {m.cluster for m in at.cast.mentions if not m.in_quote}
    tagged = {c for c, _, rule in found if rule == "explicit"}
    quoted = {m.cluster for m in at.cast.mentions if m.in_quote and m.kind == "name"}
    return quoted - narrated - tagged


def _actors(at: Attributor, start: int, end: int, tags: Sequence[tuple[int, int]] = (),
            called: set[int] | None = None) -> list[int]:
    """The characters acting in a stretch of narration, in order; not the pronoun of a dialogue tag ("he said",
    in one of the ``tags`` spans) when it stands for someone the quote calls by name (coreference took the name)."""
    return [m.cluster for m in at.narrative(start, end)
            if not at.possessive(m) and not (m.kind == "pronoun" and called and m.cluster in called
                                             and any(s <= m.start < e for s, e in tags))]


def _as_narrator(clusters: set[int], aliases: set[int]) -> set[int]:
    return (clusters - aliases) | {NARRATOR} if clusters & aliases else clusters


def _turn(at: Attributor, found: Found, qis: list[int], gap: int, aliases: set[int], bounds: tuple[int, int]
          ) -> Turn:
    """The turn of quotes ``qis``: its tags, the names it calls, the characters acting in its narration
    (``bounds``) and in the paragraph before it."""
    turn = Turn(qis, gap)
    sure = [found[i] for i in qis if found[i][0] is not None and found[i][2] in SURE_RULES
            and found[i][1] >= SURE_SCORE]
    if sure:
        turn.sure = max(sure, key=lambda h: h[1])[0]
    for i in qis:
        q = at.quotes[i]
        p = at.paragraphs[q.para]
        before_from = at.quotes[i - 1].end if i > 0 and at.quotes[i - 1].end > p.start else p.start
        turn.gender = turn.gender or tag_gender(at.text, q.start, q.end, at.text[before_from:q.start])
        if found[i][2] == "anaphoric" and turn.coref_pick is None:
            turn.coref_pick = found[i][0]
    turn.called = _as_narrator(at.addressed_all(qis), aliases)
    spans = [(at.quotes[i].start, at.quotes[i].end) for i in qis]
    turn.named = _as_narrator({m.cluster for s, e in spans for m in at.cast.mentions_in(s, e) if m.kind == "name"},
                              aliases)
    tags = [span for s, e in spans for span in ((e, e + TAG_REACH), (s - TAG_REACH, s))]
    turn.actors = _actors(at, *bounds, tags, turn.called)
    turn.lead = bool(_actors(at, bounds[0], at.quotes[qis[0]].start))
    if gap > 0:
        prev = at.paragraphs[at.quotes[qis[0]].para - 1]
        turn.narration_before = _actors(at, prev.start, prev.end)
    return turn


def sentence_paragraphs(at: Attributor) -> bool:
    """Whether the text's paragraphs look cut at every sentence that opens a quote (a text laid out one sentence
    per line): no paragraph holds a quote that opens a new sentence after narration ("...," he said. "Sit
    down."). Then a turn after a tagged turn may well be the same speaker going on, not an answer. Too few
    quotes to tell: real paragraphs."""
    mid = 0
    for q in at.quotes:
        p = at.paragraphs[q.para]
        if q.start > p.start and _SENTENCE_END.search(at.text, max(p.start, q.start - 8), q.start):
            mid += 1
    return len(at.quotes) >= MIN_QUOTES and mid < MID_QUOTE_SHARE * len(at.quotes)


def scene_break(at: Attributor, start: int, end: int) -> bool:
    """Whether one of the paragraphs ``start`` .. ``end - 1`` is a scene break ("* * *", "~~~", "Chapter 2"): the
    dialogue after it is a new conversation, even with no other narration between (fan fiction marks scenes this
    way; LitBank's excerpts have none, so the LitBank figures do not move)."""
    return any(_SCENE_BREAK.fullmatch(at.text, p.start, p.end) for p in at.paragraphs[max(0, start):end])


def _turns(at: Attributor, found: Found, aliases: set[int]) -> list[list[Turn]]:
    """The dialogue runs of the text, each a list of turns. ``aliases``: names that stand for the narrator."""
    runs: list[list[Turn]] = []
    last_para = -10
    tail = False
    loose_tails = sentence_paragraphs(at)
    for k, qis in enumerate(at.turns):
        first, last = at.quotes[qis[0]], at.quotes[qis[-1]]
        shared = k > 0 and at.quotes[at.turns[k - 1][-1]].last_para == first.para  # split off a paragraph
        follows = k + 1 < len(at.turns) and at.quotes[at.turns[k + 1][0]].para == last.last_para
        bounds = (first.start if shared else at.paragraphs[first.para].start,
                  at.quotes[at.turns[k + 1][0]].start if follows else at.paragraphs[last.last_para].end)
        turn = _turn(at, found, qis, max(0, first.para - last_para - 1), aliases, bounds)
        turn.after_tail = tail and loose_tails
        if turn.gap > MAX_GAP or not runs or scene_break(at, last_para + 1, first.para):
            runs.append([])
        runs[-1].append(turn)
        last_para = last.last_para
        tail = bool(at.text[last.end:bounds[1]].strip())
    return runs


def _candidates(at: Attributor, run: list[Turn], first_person: bool, exclude: set[int]) -> list[int]:
    """The plausible speakers of a run: its tagged speakers, then the characters acting or called in it and those
    mentioned just before it, most recent first."""
    ordered: list[int] = []

    def add(cs: Sequence[int | None]) -> None:
        for c in cs:
            if c is not None and c not in ordered and c not in exclude:
                ordered.append(c)

    add([t.sure for t in run])
    for t in run:
        add(t.narration_before[:1] + t.actors[:2])
    start = at.quotes[run[0].qis[0]].start
    recent = [m.cluster for m in at.narrative(max(0, start - FALLBACK_CHARS), start)]
    add(list(reversed(recent)))
    for t in run:
        add(sorted(t.called))
        add([t.coref_pick])
    if first_person and NARRATOR not in ordered:
        ordered.insert(min(len(ordered), 2), NARRATOR)
    sure = [c for c in ordered if any(t.sure == c for t in run)]
    rest = [c for c in ordered if c not in sure]
    return sure + rest[:max(0, MAX_CANDIDATES - len(sure))]


def _evidence(run: list[Turn], cands: list[int], before: set[int]) -> dict[int, list[int]]:
    """For each candidate, the turns that tell of it (a tag, an action, a call); -1 for a mention before the run."""
    out: dict[int, list[int]] = {c: [-1] if c in before else [] for c in cands}
    for t, turn in enumerate(run):
        told = {turn.sure, turn.coref_pick, *turn.called, *turn.actors, *turn.narration_before[-1:]}
        for c in told:
            if c in out:
                out[c].append(t)
    return out


def emission_features(at: Attributor, run: list[Turn], t: int, cands: list[int],
                      evidence: dict[int, list[int]]) -> list[list[float]]:
    """One vector (``EMISSION``) per candidate: what turn ``t`` says about that candidate speaking it."""
    turn = run[t]
    called_before = run[t - 1].called if t > 0 else set()
    out: list[list[float]] = []
    for c in cands:
        gender = None if c == NARRATOR else cluster_gender(at.cast.clusters[c])
        narrator_tag = turn.gender == "i"
        gendered = turn.gender is not None and not narrator_tag
        out.append([
            float(turn.sure is not None and c != turn.sure),
            float(narrator_tag and c == NARRATOR),
            float(narrator_tag and c != NARRATOR),
            float(gendered and c != NARRATOR and gender == turn.gender),
            float(gendered and (c == NARRATOR or gender not in (None, turn.gender))),
            float(gendered and c != NARRATOR and gender is None),
            float(c in turn.called),
            float(c in turn.named and c not in turn.called),
            float(c in called_before),
            float(bool(turn.actors) and turn.actors[0] == c),
            float(c in turn.actors[1:] and turn.actors[0] != c),
            float(bool(turn.narration_before) and turn.narration_before[-1] == c),
            float(turn.coref_pick == c),
            float(min([MAX_DISTANCE, *(abs(t - e) for e in evidence[c])])),
        ])
    return out


def cluster_gender(cluster: Cluster) -> str | None:
    """The character's gender; in the fast profile (no coreference, so none set) the majority of its name's votes:
    the KB's, its title's, its given name's usual gender (fan-fiction dev, fast: "she said" could not tell Lydia
    from the two boys, 5 of her lines wrong)."""
    if cluster.gender is not None:
        return cluster.gender
    top = cluster.gender_votes.most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return None
    return top[0][0]


def transition_features(turn: Turn, a: int, b: int, c: int) -> list[float]:
    """``TRANSITION`` for speakers a, b, c of three turns in a row (c speaks ``turn``): the same speaker again
    right after (a bare answer), after a narration tail in sentence-cut paragraphs, in a turn that opens with
    narration, or after a narration paragraph; A B A alternation, close or loose."""
    gap, lead = turn.gap > 0, turn.lead and turn.gap == 0
    tail = turn.after_tail and not gap and not lead
    close = not (gap or lead or tail)
    same, alternates = c == b, c == a and c != b
    return [float(same and close), float(same and tail), float(same and lead), float(same and gap),
            float(alternates and close), float(alternates and not close)]


def _dot(weights: Sequence[float], features: Sequence[float]) -> float:
    return sum(w * f for w, f in zip(weights, features, strict=True) if f)


def decode(run: list[Turn], emissions: list[list[list[float]]], weights: dict[str, float],
           extra: list[list[float]] | None = None) -> list[int]:
    """Second-order Viterbi: the best candidate index for each turn of the run. ``extra``: scores added per turn
    and candidate (training decodes the readings that agree with the gold this way)."""
    w_e = [weights[n] for n in EMISSION]
    w_t = [weights[n] for n in TRANSITION]
    n = len(emissions[0])
    none = n  # "no earlier turn"
    scores = [[_dot(w_e, f) + (extra[t][c] if extra else 0.0) for c, f in enumerate(emis)]
              for t, emis in enumerate(emissions)]
    best: dict[tuple[int, int], float] = {(none, c): scores[0][c] for c in range(n)}
    back: list[dict[tuple[int, int], tuple[int, int]]] = []
    for t in range(1, len(run)):
        same = _dot(w_t, transition_features(run[t], none, 0, 0))
        alternates = _dot(w_t, transition_features(run[t], 0, 1, 0))
        nxt: dict[tuple[int, int], float] = {}
        ptr: dict[tuple[int, int], tuple[int, int]] = {}
        for (a, b), score in best.items():
            for c in range(n):
                s = score + scores[t][c] + (same if c == b else alternates if c == a else 0.0)
                if (b, c) not in nxt or s > nxt[(b, c)]:
                    nxt[(b, c)] = s
                    ptr[(b, c)] = (a, b)
        best = nxt
        back.append(ptr)
    state = max(best, key=lambda k: best[k])
    path = [state[1]]
    for ptr in reversed(back):
        state = ptr[state]
        path.append(state[1])
    return list(reversed(path))


def path_features(run: list[Turn], emissions: list[list[list[float]]], path: list[int]) -> list[float]:
    """The summed ``FEATURES`` of one reading of the run (what a learner compares)."""
    n = len(emissions[0])
    total = [0.0] * len(FEATURES)
    for t, c in enumerate(path):
        trans = transition_features(run[t], path[t - 2] if t > 1 else n, path[t - 1], c) if t else [0.0] * len(
            TRANSITION)
        total = [x + y for x, y in zip(total, [*emissions[t][c], *trans], strict=True)]
    return total


@dataclass
class Conversation:
    """One dialogue run ready to decode: its turns, candidate speakers and emission features."""

    run: list[Turn]
    cands: list[int]
    emissions: list[list[list[float]]]


def conversations(at: Attributor, found: Found) -> list[Conversation]:
    """The dialogue runs of the text with their candidates and features. A one-off anonymous speaker ("came a
    voice from the landing", "said one") keeps its own tagged turn but is no candidate for the others: the voice
    that called from the landing said nothing else (LitBank half A aligned 671 -> 675 of 840)."""
    first_person = sum(1 for c, _, r in found if c == NARRATOR and r == "explicit") >= 2
    unseen = quoted_only(at, found)
    narrated = any(c == NARRATOR for c, _, _ in found)  # "I said" anywhere: a name only quoted may be the narrator's
    out: list[Conversation] = []
    one_off = set(at.anonymous_after.values()) | set(at.anonymous_before.values())
    for run in _turns(at, found, unseen if first_person else set()):
        cands = _candidates(at, run, first_person, one_off | (unseen if narrated else unseen - _called_in(run)))
        if not cands:
            continue
        start = at.quotes[run[0].qis[0]].start
        before = {m.cluster for m in at.narrative(max(0, start - FALLBACK_CHARS), start)}
        evidence = _evidence(run, cands, before)
        out.append(Conversation(run, cands, [emission_features(at, run, t, cands, evidence)
                                             for t in range(len(run))]))
    return out


def _called_in(run: list[Turn]) -> set[int]:
    """The characters the run's quotes call by name ("Hunting, Dean."): in a third-person text (no quote of the
    narrator's) one called in the conversation itself is there to answer, even if the narration never names them
    (fan-fiction dev: a 19-quote exchange between two brothers, one of them named only in the other's lines, went
    wholly to the other, 8 wrong; LitBank half A aligned 672 -> 671)."""
    return set().union(*(t.called for t in run))


def decode_conversations(at: Attributor, found: Found, score: float = 0.6) -> None:
    """Give every quote of a turn no sure tag names the speaker its run's best reading gives it."""
    weights = DEFAULT_WEIGHTS
    for conv in conversations(at, found):
        for turn, k in zip(conv.run, decode(conv.run, conv.emissions, weights), strict=True):
            for i in turn.qis:
                if turn.sure is None or found[i][2] not in SURE_RULES:
                    found[i] = (conv.cands[k], score, "conversation")
