"""Who says each quotation: explicit ("Stiles said", "said the parson", "said one": an anonymous speaker of its own,
build.anonymous_speakers), anaphoric ("he said" through coref), the paragraph's actor (a character acting in the same
paragraph speaks its dialogue), and turn-taking in an exchange (a bare quote goes to the other party of the last two
speakers, never to someone it addresses).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ficlens.analyse.cast.coref import spouse_of
from ficlens.analyse.cast.model import Cast, Mention
from ficlens.analyse.cast.roles import acts_after
from ficlens.analyse.cast.vocabulary import NOUN_GENDER, TITLES
from ficlens.analyse.dialogue import (
    SPEECH_PARTICIPLES,
    SPEECH_VERBS,
    QuoteSpan,
    is_vocative,
    loose_lead_in_verb,
    speech_verb_at,
)
from ficlens.nlp.document import TextSpan

NARRATOR = -1
# a word, a hyphen only inside it: "said--" and "said--then" hold the speech verb "said"
_WORD = re.compile(r"[A-Za-z](?:[A-Za-z'’]|-(?=[A-Za-z]))*")
_FIRST_PERSON = re.compile(r"^\W*(?:I)\b")
_SPOUSE_TAG = re.compile(r"[\s,;:—-]*([a-z]+)\s+(his|her)\s+(wife|husband|lady)\b")
_SAID_I = re.compile(r"^[\s,;:—-]*([a-z]+)\s+I\b")  # "said I", inverted
_NAME_TAG = re.compile(r"[\s,;:—-]*(?:([a-z]+)\s+(?:the\s+)?([A-Z][a-z]+)\b(?!['’]s\b)|(?:[Tt]he\s+)?([A-Z][a-z]+)\s+"
                       r"(?:[a-z]+ly\s+)?([a-z]+)\b)")
_SPEAKING_BEGUN = r"\s(?:began|begun|continued|resumed|spoke|went\s+on)(?:\s+(?:again|up|first))?\.\s*$"
_SENTENCE_END = re.compile(r"[.!?][)\]\"'”’]*\s")
# The end of a tag's clause: not the dot of a title or an initial ("said Mrs. Herriton", "said Mr. E. W. B. Childers").
_CLAUSE_END = re.compile(r"[!?;]|(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bMme)(?<!\bMlle)(?<!\bDr)(?<!\bSt)(?<!\bMessrs)"
                         r"(?<!\b[A-Z])\.")
# narration that ends leading into a quote: with a comma, a colon or a dash, unfinished ("said in a low voice"), or
# with a sentence of speaking begun ("Mrs. Hurst began again.", "He went on.")
_LEAD_IN_END = re.compile(r"[A-Za-z][ \t]*(?:[,:]|[—–]+|-{1,2})\s*$|\b[a-z]+\W{1,3}(?:[A-Za-z]+\W{1,3})?[A-Za-z]+\s*$"
                          r"|" + _SPEAKING_BEGUN)
_HEADING = re.compile(r"\s*(?:chapter|book|part|volume|prologue|epilogue)\b", re.I)
AFTER_CHARS = 90
FALLBACK_CHARS = 1500
BEFORE_CHARS = 160


@dataclass(frozen=True, slots=True)
class Attribution:
    quote: QuoteSpan
    cluster: int | None  # NARRATOR for the first-person narrator
    score: float
    rule: str  # explicit, anaphoric, actor, same-paragraph, paragraph, turn-taking, focus, conversation, resumed, none


def _words(text: str) -> list[str]:
    """The words of ``text``, lower-cased; a dash after a word ("said to her--") is no part of it."""
    return [w.lower() for w in _WORD.findall(text)]


def _has_speech_verb(segment: str, limit: int = 4) -> bool:
    """Whether one of the first ``limit`` words of ``segment`` is a speech verb used for speech ("said"; not
    "returned to the window": dialogue.speech_verb_at)."""
    words = _words(segment)[:limit + 2]
    return any(speech_verb_at(words, i) for i in range(min(limit, len(words))))


class Attributor:
    """The quotes of a text with the narration around them: the rules that find each quote's speaker."""

    def __init__(self, text: str, paragraphs: list[TextSpan], cast: Cast) -> None:
        self.text = text
        self.paragraphs = paragraphs
        self.cast = cast
        self.quotes = cast.quotes
        self.by_para: dict[int, list[int]] = {}
        for qi, q in enumerate(self.quotes):
            self.by_para.setdefault(q.para, []).append(qi)
        self.turns = self.joined_turns([turn for para in sorted(self.by_para)
                                        for turn in self.split_turns(self.by_para[para])])
        self.para_starts = [p.start for p in paragraphs]
        self.anonymous_after, self.anonymous_before = cast.anonymous_after, cast.anonymous_before
        self._addressed: dict[int, set[int]] = {}
        self._after: dict[int, tuple[tuple[int, float, str] | None, int]] = {}

    def split_turns(self, qis: list[int]) -> list[list[int]]:
        """The quotes of one paragraph as turns: a quote right after another with nothing between ("“…but --”
        “Knock about?”") is the next speaker's (9 of 9 such pairs in LitBank half A), one after narration goes
        on (81 of 85; eval/quotes_litbank.py prints the counts)."""
        turns = [[qis[0]]]
        for prev, qi in zip(qis, qis[1:], strict=False):
            if self.text[self.quotes[prev].end:self.quotes[qi].start].strip():
                turns[-1].append(qi)
            else:
                turns.append([qi])
        return turns

    def joined_turns(self, turns: list[list[int]]) -> list[list[int]]:
        """``turns`` with a turn that opens in the paragraph where the last turn's quote ends, narration between,
        joined to it: a speech running over a paragraph break goes on after its tag in the paragraph where it ends
        (“…” said the Mouse to Alice severely. “What are you thinking of?”)."""
        out: list[list[int]] = []
        for turn in turns:
            if out:
                prev, first = self.quotes[out[-1][-1]], self.quotes[turn[0]]
                if (prev.para < prev.last_para == first.para
                        and self.text[prev.end:first.start].strip()):
                    out[-1].extend(turn)
                    continue
            out.append(turn)
        return out

    def narrative(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.cast.mentions_in(start, end) if not m.in_quote]

    def after_span(self, qi: int) -> tuple[int, int]:
        q = self.quotes[qi]
        para = self.paragraphs[q.last_para]
        end = para.end
        if qi + 1 < len(self.quotes) and self.quotes[qi + 1].start < end:
            end = self.quotes[qi + 1].start
        return q.end, min(end, q.end + AFTER_CHARS)

    def before_span(self, qi: int) -> tuple[int, int]:
        """The narration before quote ``qi`` in its paragraph, after any earlier quote; for a quote opening its
        paragraph, the paragraph before when it ends as a lead-in does (``lead_in_paragraph``)."""
        q = self.quotes[qi]
        para = self.paragraphs[q.para]
        start = self.lead_in_paragraph(qi)
        if start is None:
            start = para.start
        if qi > 0 and self.quotes[qi - 1].end > start:
            start = self.quotes[qi - 1].end
        return max(start, q.start - BEFORE_CHARS), q.start

    def lead_in_paragraph(self, qi: int) -> int | None:
        """Where the paragraph before quote ``qi`` starts when the quote opens its own paragraph and that paragraph
        leads into it: its narration ends with a comma, a colon or a dash ("Mr. Bennet coolly observed," / "“From
        all that I can collect…”") or with no stop at all ("and said in a low voice"), and is no heading; else
        None."""
        q = self.quotes[qi]
        if q.para == 0 or self.text[self.paragraphs[q.para].start:q.start].strip():
            return None
        prev = self.paragraphs[q.para - 1]
        if _LEAD_IN_END.search(self.text, prev.start, prev.end) is None or _HEADING.match(self.text, prev.start):
            return None
        return prev.start

    def explicit_after(self, qi: int) -> tuple[int, float, str] | None:
        """The speaker a tag after quote ``qi`` names ("…," said Emma / Emma said / she said), or the character
        acting right after it ("actor"), or None."""
        if qi not in self._after:
            self._after[qi] = self.read_after_tag(qi)
        return self._after[qi][0]

    def after_tag_end(self, qi: int) -> int:
        """Where the mention that quote ``qi``'s tag after it makes the speaker ends (-1 when there is none):
        the narration up to it belongs to that quote, not to the next one."""
        self.explicit_after(qi)
        return self._after[qi][1]

    def read_after_tag(self, qi: int) -> tuple[tuple[int, float, str] | None, int]:
        if qi in self.anonymous_after:
            return (self.anonymous_after[qi], 0.95, "explicit"), -1
        s, e = self.after_span(qi)
        seg = self.text[s:e]
        cut = _CLAUSE_END.search(seg)
        clause_end = s + (cut.start() if cut else len(seg))
        mentions = [m for m in self.narrative(s, clause_end)
                    if not self.owner(m) or self.speech_noun_after(m)]
        if _FIRST_PERSON.match(seg) and _has_speech_verb(seg[seg.index("I") + 1:], 2):
            return (NARRATOR, 0.9, "explicit"), -1
        inverted = _SAID_I.match(seg)
        if inverted and inverted.group(1) in SPEECH_VERBS:
            return (NARRATOR, 0.9, "explicit"), -1
        spouse = self.spouse_tag(s, clause_end)
        if spouse is not None:
            return (spouse, 0.85, "explicit"), -1
        named = self.unlisted_name_tag(seg)
        if named is not None and not (mentions and mentions[0].kind == "name"):
            return (named, 0.9, "explicit"), -1
        if not mentions:
            return None, -1
        m = mentions[0]
        lead = self.text[s:m.start]
        tail = self.text[m.end:clause_end]
        lead_words = _words(lead)
        titled = all(w in TITLES for w in lead_words)  # nothing but the title the mention leaves out ("Mrs. ")
        rule = "explicit" if m.kind == "name" else "anaphoric"
        if (self.speech_noun_after(m) and len(lead_words) <= 2  # “…,” was Edmund's only reply
                or _SPEECH_NOUN_OF.fullmatch(lead)):  # “…,” was the view of Mr. Sandy Wadgers
            return (m.cluster, 0.9 if m.kind == "name" else 0.8, rule), m.end
        if self.leads_into_next(qi, lead_words):  # “…” and a Canary called out to its children, “…”
            return None, -1
        closing = self.closing_mark(qi)
        if _reported_speech(tail) and closing == ".":  # "The young man admitted that he was not in business."
            return None, -1
        if (len(lead_words) <= 2 and not _SUBORDINATORS.intersection(lead_words)
                and (_has_speech_verb(tail, 2) or any(w in SPEECH_VERBS for w in lead_words))
                or _verb_first_described(lead)
                or closing in _TAG_OPENERS and _INVERTED_VERB.fullmatch(lead) is not None
                or closing == "," and titled and m.kind == "name" and _verb_after(tail)):
            # "he asked Stiles": he is not Stiles; "said Mr. Buttons, the chairman": a name again is no addressee
            again = m.cluster if m.kind == "name" else None
            called = {x.cluster for x in mentions[1:] if x.kind == "name" and x.cluster != again}
            addressees = self.addressed(qi) | called
            if m.cluster in addressees:
                return self.someone_else(qi, m.cluster, 0.7), -1
            return (m.cluster, 0.95 if m.kind == "name" else 0.85, rule), m.end
        if not lead_words:
            return (m.cluster, 0.75, "actor"), -1
        return None, -1

    def leads_into_next(self, qi: int, lead_words: list[str]) -> bool:
        """Whether the narration after quote ``qi`` opens a clause of its own with "and" or "but" and runs into the
        next quote of the paragraph without a stop ("“…” and a Canary called out in a trembling voice to its
        children, “…”"): its subject speaks the next quote, not this one."""
        if not lead_words or lead_words[0] not in ("and", "but") or qi + 1 >= len(self.quotes):
            return False
        q, nxt = self.quotes[qi], self.quotes[qi + 1]
        return nxt.para == q.last_para and _CLAUSE_END.search(self.text, q.end, nxt.start) is None

    def closing_mark(self, qi: int) -> str:
        """The punctuation that ends quote ``qi``'s words, inside its closing mark ("," for “Come,”), or ""."""
        q = self.quotes[qi]
        inner = self.text[q.start:q.end].rstrip().rstrip("\"'”’»")
        return inner[-1:] if inner and not inner[-1].isalnum() else ""

    def tag_addressees(self, qi: int) -> set[int]:
        """The characters a quote's tag says it is spoken to, never its speaker: a name after a speech verb that
        has its subject before it ("he asked Stiles", "Scott told Lydia"), or after "to" ("said Scott to Stiles",
        "she whispered to Lydia"), in the clause after the quote or right before it ("He asked Stiles, “…”")."""
        out: set[int] = set()
        s, e = self.after_span(qi)
        cut = _CLAUSE_END.search(self.text, s, e)
        e = cut.start() if cut else e
        b_start, b_end = self.before_span(qi)
        if not re.search(r"[,:—–-]\s*$", self.text[b_start:b_end]):
            b_end = b_start
        for start, end in ((s, e), (b_start, b_end)):
            mentions = self.narrative(start, end)
            for k, m in enumerate(mentions):
                if (m.kind == "name" and _addressed_by_tag(self.text[start:m.start], k > 0)
                        and not (start == b_start and self.inverted_lead_in(m, end))):
                    out.add(m.cluster)
        return out

    def unlisted_name_tag(self, seg: str) -> int | None:
        """"said Hallward" where the cast has no mention for the word: the one character with that name part;
        "said the Colonel": the one character with that title ("Colonel Saunders")."""
        m = _NAME_TAG.match(seg)
        if not m:
            return None
        verb, word = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        if verb.lower() not in SPEECH_VERBS:
            return None
        owners = {c.id for c in self.cast.clusters if not c.role and word in c.name.split()}
        return owners.pop() if len(owners) == 1 else None

    def spouse_tag(self, start: int, end: int) -> int | None:
        """"replied his wife" / "said her husband": the character of the owner's surname and the other title
        ("Mr. Bennet" -> "Mrs. Bennet"), when the text has exactly one."""
        m = _SPOUSE_TAG.match(self.text, start, end)
        if not m or m.group(1).lower() not in SPEECH_VERBS:
            return None
        owners = [x for x in self.cast.mentions_in(m.start(2), m.end(2)) if x.kind == "pronoun"]
        if not owners:
            return None
        clusters = self.cast.clusters
        return spouse_of(clusters[owners[0].cluster], NOUN_GENDER[m.group(3).lower()], clusters)

    def possessive(self, m: Mention) -> bool:
        """"his"/"her" before a noun ("replied his wife") names the speaker's relative, not the speaker."""
        if m.kind != "pronoun":
            return False
        word = self.text[m.start:m.end].lower()
        if word in ("his", "its", "their"):
            return True
        if word == "her":
            nxt = _WORD.match(self.text, m.end + 1) if m.end + 1 < len(self.text) else None
            return nxt is not None and self.text[m.end] == " " and nxt.group().lower() not in SPEECH_VERBS
        return False

    def explicit_before(self, qi: int) -> tuple[int, float, str] | None:
        """The speaker a tag before quote ``qi`` names (Emma said, “…” / Emma, smiling, answered: “…”), or the
        character acting before it ("actor"), or None; narration that is the previous quote's tag, or that a
        quote opening in lower case goes on from, tags nothing here."""
        if qi in self.anonymous_before:
            return self.anonymous_before[qi], 0.9, "explicit"
        s, e = self.before_span(qi)
        if qi > 0 and s == self.quotes[qi - 1].end:
            if _CONTINUED.match(self.text, self.quotes[qi].start):  # “…,” said the Duchess, who …; “there's …”
                return None
            s = max(s, self.after_tag_end(qi - 1))  # “…” Alice panted; but the Gryphon only answered “…”
        seg_start = s
        seg = self.text[s:e]
        begun = re.search(_SPEAKING_BEGUN, seg)  # "Mrs. Hurst began again." leads in with its stop
        cuts = [m.end() for m in _CLAUSE_END.finditer(seg)
                if seg[m.end():m.end() + 1] in (" ", "\n") and not (begun and not seg[m.end():].strip())]
        if begun:  # its own sentence only ("... to say.) Presently she began again.")
            cuts += [m.end() - 1 for m in _SENTENCE_END.finditer(seg, 0, begun.start())]
        cuts += [m.end() for m in _NEW_CLAUSE.finditer(seg)]
        if cuts:
            seg_start = s + max(cuts) + 1
        mentions = self.narrative(seg_start, e)
        if not mentions:
            if re.search(r"(?:^|[\s,;])I\s+(?:\w+ly\s+)?(?:" + "|".join(("said", "asked", "replied", "cried",
                                                                         "answered")) + r")\b", self.text[seg_start:e]):
                return NARRATOR, 0.85, "explicit"
            return None
        inverted = self.inverted_lead_in(mentions[-1], e) or self.passive_agent(mentions[-1], e)
        if inverted is not None:
            return inverted
        for m in mentions:
            if (self.speaks_next(m, e) and self.may_be_subject(m)
                    and (not self.governed(m, seg_start) or _RELATIVE_SPEAKER.match(self.text, m.end))
                    or self.speech_noun_after(m) and not self.governed(m, seg_start)):
                return (m.cluster, 0.9, "explicit") if m.kind == "name" else (m.cluster, 0.8, "anaphoric")
        subject = self.subject_of_lead_in(seg_start, e, mentions)
        if subject is not None:
            return (subject.cluster, 0.85, "explicit") if subject.kind == "name" else (subject.cluster, 0.75,
                                                                                      "anaphoric")
        return mentions[0].cluster, 0.7, "actor"

    def speaks_next(self, m: Mention, end: int) -> bool:
        """Whether a speech verb follows the mention within three words, or right after an aside set off by
        commas ("the Admiral, with sympathetic cordiality, observed to his wife")."""
        if _has_speech_verb(self.text[m.end:end], 3):
            return True
        aside = _ASIDE.match(self.text, m.end, end)
        return (aside is not None and not self.narrative(m.end, aside.end())
                and _has_speech_verb(self.text[aside.end():end], 2))

    def inverted_lead_in(self, m: Mention, end: int) -> tuple[int, float, str] | None:
        """The speaker of a lead-in that ends with a speech verb and then its subject ("thus spoke Mary: “…”",
        "answered the Colonel, “…”"): ``m`` when only punctuation stands between it and the quote."""
        if not _LEAD_IN_TAIL_PUNCT.fullmatch(self.text, m.end, end) or not self.may_be_subject(m):
            return None
        verb = _VERB_BEFORE.search(self.text, max(0, m.start - 30), m.start)
        if verb is None or not speech_verb_at([verb.group(1).lower()], 0):
            return None
        return (m.cluster, 0.9, "explicit") if m.kind == "name" else (m.cluster, 0.8, "anaphoric")

    def passive_agent(self, m: Mention, end: int) -> tuple[int, float, str] | None:
        """The speaker of a lead-in that ends with a passive verb of address and its agent ("when thus accosted by
        Miss Bingley, “…”", "she was interrupted by Harry: “…”"): ``m`` when only punctuation follows it."""
        if m.kind != "name" or not _LEAD_IN_TAIL_PUNCT.fullmatch(self.text, m.end, end):
            return None
        if _PASSIVE_AGENT.search(self.text, max(0, m.start - 40), m.start) is None:
            return None
        return m.cluster, 0.9, "explicit"

    def speech_noun_after(self, m: Mention) -> bool:
        """Whether a possessive names the speaker of its speech ("Edmund's only reply", "her answer", "Mrs.
        Grant's saying")."""
        word = self.text[m.start:m.end].lower()
        if m.kind == "name":
            return _NAME_SPEECH_NOUN.match(self.text, m.end) is not None
        return word in ("his", "her", "their", "my") and _SPEECH_NOUN.match(self.text, m.end) is not None

    def may_be_subject(self, m: Mention) -> bool:
        """Whether a mention can be the subject of the verb after it: not an object or reflexive pronoun ("her
        sister kissed her, and said", "Margaret checked herself and said"), nor a possessive."""
        return not self.owner(m) and self.text[m.start:m.end].lower() not in _NOT_SUBJECTS

    def owner(self, m: Mention) -> bool:
        """Whether a mention owns what follows it in a tag: a possessive pronoun (``possessive``) or a name with
        "'s" ("said Margaret's young man": the young man speaks)."""
        return self.possessive(m) or m.kind == "name" and self.text[m.end:m.end + 2] in ("'s", "’s")

    def subject_of_lead_in(self, start: int, end: int, mentions: list[Mention]) -> Mention | None:
        """The speaker of a sentence that leads into its quote with a speech verb at its end, the verb far from
        its subject ("Mr. Woodhouse's giving a gentle sigh, and saying, “…”", "Miss Abbott, with decorous
        playfulness, answered him, “…”"): of the characters no preposition governs ("looking at Philip"), the last
        one that is the subject of a verb ("Emmanellain leaned toward him, at the same time Honoroit grasped at his
        sleeve and said, “…”"), not of a subordinate clause set off by commas ("the Rabbit noticed Alice, as she went
        hunting about, and called out"), else the first."""
        tail = _LEAD_IN_VERB.search(self.text, start, end)
        verb_at = tail.start() if tail is not None and _speech_word(tail.group(1)) else self.loose_lead_in(start, end)
        if verb_at is None:
            return None
        # a governed name with a relative clause after it is that clause's subject ("a long argument with the Lory,
        # who at last turned sulky, and would only say, “…”")
        free = [m for m in mentions if m.start < verb_at and self.may_be_subject(m)
                and (not self.governed(m, start) or _RELATIVE_SUBJECT.match(self.text, m.end))]
        acting = [m for m in free if (acts_after(self.text, m.end) or _RELATIVE_SUBJECT.match(self.text, m.end)
                                      or self.text[m.start:m.end].lower() in _SUBJECT_PRONOUNS)
                  and not _SUBORDINATE_SUBJECT.search(self.text, max(start, m.start - 14), m.start)]
        if not acting:
            return free[0] if free else None
        last = acting[-1]
        # a pronoun of the same character as a name acting before it is that name ("Mr Shepherd laughed, as he
        # knew he must, at this wit, and then added--")
        return next((m for m in acting if m.kind == "name" and m.cluster == last.cluster), last)

    def loose_lead_in(self, start: int, end: int) -> int | None:
        """Where the speech verb of a lead-in stands when words of manner or address follow it
        (dialogue.loose_lead_in_verb: "called out in a trembling voice to its children, “…”")."""
        return loose_lead_in_verb(self.text, start, end)

    def governed(self, m: Mention, start: int) -> bool:
        """Whether a preposition or a participle governs the mention ("a long look at Philip", "Mr. Darcy, drawing
        near Elizabeth, said"): it is no subject."""
        return (_GOVERNED.search(self.text, max(start, m.start - 24), m.start) is not None
                or _PARTICIPLE_OBJECT.search(self.text, max(start, m.start - 40), m.start) is not None)

    def not_the_last_speaker(self, qi: int, hit: tuple[int, float, str], last: int | None) -> tuple[int, float, str]:
        """"he said" in the next turn rarely means the man who spoke the last turn: take the previous other
        character of the same gender mentioned in the narration nearby, if there is one."""
        q, prev = self.quotes[qi], self.quotes[qi - 1]
        if last is None or hit[0] != last or prev.last_para != q.para - 1:
            return hit
        return self.someone_else(qi, last, 0.6) or hit

    def someone_else(self, qi: int, cluster: int, score: float) -> tuple[int, float, str] | None:
        """The speaker of quote ``qi`` when it cannot be ``cluster`` (its addressee, the last speaker): the
        character of that gender last mentioned before it (``other_than``), as an anaphoric pick."""
        other = self.other_than(self.quotes[qi].start, cluster)
        return (other, score, "anaphoric") if other is not None else None

    def other_than(self, pos: int, cluster: int) -> int | None:
        """The character of the same gender (or unknown) other than ``cluster`` last mentioned in narration."""
        clusters = self.cast.clusters
        gender = clusters[cluster].gender
        for m in reversed(self.narrative(max(0, pos - FALLBACK_CHARS), pos)):
            if m.cluster != cluster and clusters[m.cluster].gender in (gender, None):
                return m.cluster
        return None

    def paragraph_actor(self, qi: int) -> tuple[int, float, str] | None:
        """A character mentioned in the narration of the quote's paragraph(s)."""
        q = self.quotes[qi]
        para = self.paragraphs[q.para]
        last = self.paragraphs[q.last_para]
        mentions = self.narrative(para.start, last.end)
        if mentions:
            return mentions[0].cluster, 0.6, "paragraph"
        return None

    def addressed_all(self, qis: list[int]) -> set[int]:
        return set().union(*(self.addressed(i) for i in qis))

    def addressed(self, qi: int) -> set[int]:
        """Characters a quote speaks to: names used as vocatives ("Stiles, wait", "..., Lizzy?") and the names its
        tag says it is spoken to ("he asked Stiles": tag_addressees)."""
        if qi in self._addressed:
            return self._addressed[qi]
        q = self.quotes[qi]
        out = self.tag_addressees(qi)
        for m in self.cast.mentions_in(q.start, q.end):
            if m.kind != "name":
                continue
            if is_vocative(self.text, q.start, m.start, m.end):
                out.add(m.cluster)
        self._addressed[qi] = out
        return out


_VERB_FIRST_DESCRIBED = re.compile(r"[\s,;:—–-]*([a-z]+)\s+(?:the|a|an)\s+(?:[A-Za-z]+\s+){1,2}$")
# After a quote whose words end with a comma, "!" or "?" (not a full stop), a verb then a name is a tag whatever the
# verb ("…," exploded Mr. Emerson; "…!" put in Mrs. Honeychurch); after a comma, so is a name then a past tense
# ("…," Childers interpreted: the sentence goes on, where after "?" a new one may start).
_CONTINUED = re.compile(r"\W{1,3}[a-z]")  # a quote that opens in lower case goes on with a sentence begun before
# a clause opening so after a quote is no tag of it ("…!” (when she thought it over afterwards, …)")
# a relative that opens a new clause with its own subject ("Katharine, who smiled but said nothing, upon which Mrs.
# Hilbery ... exclaimed:")
_NEW_CLAUSE = re.compile(r",\s+(?:upon|on|at|after)\s+which\b|\bwhereupon\b")
_SUBORDINATORS = frozenset({"when", "while", "whilst", "as", "if", "though", "although", "because", "since", "till",
                            "until", "after", "before", "where", "whereupon", "unless", "once"})
_TAG_OPENERS = frozenset(",!?—–-")
_INVERTED_VERB = re.compile(r"[\s—–-]*(?:[a-z]+ed|(?:put|broke|cut|chimed|struck|butted|went)\s+in)\s+(?:the\s+)?"
                            r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord|Captain|Colonel|Madame|Monsieur|Mme|Mlle)\.?\s+)?")
_VERB_AFTER = re.compile(r"[ \t]+(?:[a-z]+ly[ \t]+)?([a-z]+ed)\b")
_REPORTED = re.compile(r"\s*(?:[a-z]+ly\s+)?([a-z]+)\s+that\b")


def _verb_after(tail: str) -> bool:
    """Whether a past tense follows a name right after a quote ("…," Childers interpreted)."""
    return _VERB_AFTER.match(tail) is not None


def _reported_speech(tail: str) -> bool:
    """Whether the narration after a name reports speech ("admitted that he was"): a speech verb then "that"."""
    m = _REPORTED.match(tail)
    return m is not None and m.group(1) in SPEECH_VERBS


def _verb_first_described(lead: str) -> bool:
    """Whether the narration ``lead`` between a quote and a name is an inverted tag with a described speaker:
    "said the agonized ", "cried the young " (then Harriet, Crab)."""
    m = _VERB_FIRST_DESCRIBED.fullmatch(lead)
    return m is not None and speech_verb_at(_words(lead), 0)


def _speech_word(word: str) -> bool:
    return word in SPEECH_VERBS or word in SPEECH_PARTICIPLES


_SPEECH_NOUNS = (r"(?:reply|replies|answer|question|remark|rejoinder|retort|response|exclamation|inquiry|enquiry|"
                 r"comment|words|declaration|reasoning|language|farewell|greeting|cry|complaint|reproach|"
                 r"observation|salutation|protest|objection)")
# "was the view of Mr. Wadgers", "came the answer of the old man": the one after "of" said the quote before
_SPEECH_NOUN_OF = re.compile(r"[\s,;:—–-]*(?:was|were|came|followed)\s+the\s+(?:[a-z]+\s+)?(?:" + _SPEECH_NOUNS[3:-1]
                             + r"|view|opinion|verdict|advice)\s+of\s+(?:the\s+)?(?:[A-Z][a-z]{0,8}\.?\s+)?")
# "his only answer"; "Edmund's only reply", "Mrs. Croft's suddenly saying", "Scott's voice called" (not "stirred
# her up by saying")
_SPEECH_NOUN = re.compile(r"\s+(?:[a-z]+\s+)?" + _SPEECH_NOUNS + r"\b")
_NAME_SPEECH_NOUN = re.compile(r"['’]s\s+(?:[a-z]+\s+){0,2}?(?:" + _SPEECH_NOUNS + r"|saying|voice)\b")
_NOT_SUBJECTS = frozenset({"him", "her", "them", "me", "us", "his", "its", "their", "my", "our", "himself",
                           "herself", "itself", "themselves", "myself", "ourselves"})
# a name with a relative clause after it is the subject of the verb after the clause ("Gino, who had flung wide
# his arms, took him by the shoulders ... and said,")
_RELATIVE_SUBJECT = re.compile(r",\s+who\b")
_RELATIVE_SPEAKER = re.compile(r",?\s+who\s+(?:[a-z]+ly\s+)?[a-z]+")  # "looked at the Rabbit, who said …"
_LEAD_IN_TAIL_PUNCT = re.compile(r"[\s,:;—–-]*")
# a speech verb opening its clause, or after "thus", then its subject: "; thus spoke Mary", ", answered the Colonel"
_VERB_BEFORE = re.compile(r"(?:[,;:]\s*|\b(?:thus|so|then|now)\s+)([a-z]+)\s+"
                          r"(?:(?:the|a|an)\s+(?:[A-Za-z]+\s+){0,2})?$")
_PASSIVE_AGENT = re.compile(r"\b(?:accosted|addressed|interrupted|greeted|hailed|questioned|answered)\s+by\s+"
                            r"(?:the\s+|[A-Z][a-z]{0,8}\.?\s+)?$")  # a title the mention leaves out: "by Miss "
_LEAD_IN_VERB = re.compile(r"\b([a-z]+)(?:\s+(?:him|her|them|me|us))?[\s,:—–-]*$")
# a preposition before a name, the name's title between ("in the absence of Miss Bartlett": the mention is "Bartlett")
_GOVERNED = re.compile(r"\b(?:at|to|towards|toward|with|on|of|for|from|by|upon|about)\s+(?:the\s+)?"
                       r"(?:(?-i:[A-Z][a-z]{0,8})\.?\s+)?$", re.I)
_PARTICIPLE_OBJECT = re.compile(r"(?:,|\band|\bwhile|\bafter|\bbefore|\bwithout)\s+[a-z]+ing\s+"
                                r"(?:(?:near|to|towards|toward|at|with|up\s+to)\s+)?(?:the\s+)?$")
_ASIDE = re.compile(r"\s*,(?:[^,;:.!?\"“”\n]|\n(?!\s*\n)){1,60},")  # one line break: hard-wrapped text
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "i", "we"})
# the subject of a subordinate clause set off by commas inside a lead-in is not the one speaking ("the Rabbit noticed
# Alice, as she went hunting about, and called out"; but "was still urging the subject when Henry Crawford entered
# the room, fresh from the Parsonage, calling out," is Henry's)
_SUBORDINATE_SUBJECT = re.compile(r",\s+(?:as|when|while|whilst|though|although|because|since|till|until)\s+$")


def _addressed_by_tag(lead: str, subject_named: bool) -> bool:
    """Whether a name after the narration ``lead`` (from the tag's start) is spoken to: the lead ends with a
    speech verb and its subject ("he asked", "she turned and told", with ``subject_named`` a name before it), or
    with a speech verb and "to" ("said Scott to", "he said to")."""
    words = _words(lead)[-6:]
    if not words:
        return False
    if words[-1] == "to":
        return any(speech_verb_at(words, i) for i in range(len(words) - 1))
    if not speech_verb_at(words, len(words) - 1):
        return False
    return subject_named or any(w in _SUBJECT_PRONOUNS for w in words[:-1])


Found = list[tuple[int | None, float, str]]  # per quote: (cluster or NARRATOR or None, score, rule)


_CUT_OFF = re.compile(r"[—―–-]{1,2}\W{0,2}$")  # "And Harry—"
_RESUMED = re.compile(r"\W{0,2}[—―–-]")  # "—don't bring the cloak."
RESUME_PARAGRAPHS = 2  # how far (in paragraphs) a resumed speech may be from the one it goes on with


def resumed_speeches(at: Attributor, found: Found) -> None:
    """A quote opening with a dash right after a quote cut off by one ("And Harry—" / narration / "—don't bring
    the cloak.") is the same speech going on, whatever narration stands between: its speaker is the cut-off
    quote's, unless a sure tag names another (fan-fiction dev: the paragraph between named the listener, who
    took the resumed line)."""
    for qi in range(1, len(at.quotes)):
        q, prev = at.quotes[qi], at.quotes[qi - 1]
        if (found[qi][2] in ("explicit", "same-paragraph") or found[qi - 1][0] is None
                or q.para - prev.last_para > RESUME_PARAGRAPHS):
            continue
        if _CUT_OFF.search(at.text, prev.start, prev.end) and _RESUMED.match(at.text, q.start, q.end):
            found[qi] = (found[qi - 1][0], found[qi - 1][1], "resumed")


def not_the_addressee(at: Attributor, found: Found) -> None:
    """No quote goes to the one its tag says it is spoken to ("he asked Stiles"): such a pick becomes the other
    character of that gender last mentioned, or no one."""
    for qi, (cluster, _, _) in enumerate(found):
        if cluster is not None and cluster != NARRATOR and cluster in at.tag_addressees(qi):
            found[qi] = at.someone_else(qi, cluster, 0.5) or (None, 0.0, "none")


def rule_attributions(at: Attributor) -> Found:
    """The rule-based speaker of every quote."""
    found: Found = []
    for qi in range(len(at.quotes)):
        hit = at.explicit_after(qi)
        if hit is None or hit[2] in ("actor", "anaphoric"):
            # a tag before the quote beats a character acting after it, and a name tagging it before beats a
            # pronoun after it (the Queen said severely, “Who is this?” She said it to the Knave)
            before = at.explicit_before(qi)
            if before is not None and (hit is None or hit[2] == "actor" and before[2] != "actor"
                                       or before[2] == "explicit" and before[1] >= 0.85):
                hit = before
        if hit and hit[2] == "anaphoric" and qi > 0:
            hit = at.not_the_last_speaker(qi, hit, found[qi - 1][0])
        if hit and hit[2] == "anaphoric" and hit[0] in at.addressed(qi):  # "Have a troche, Kronborg," he said
            hit = at.someone_else(qi, hit[0], 0.6)
        found.append(hit if hit else (None, 0.0, "none"))
    # Quotes of one paragraph share its speaker: a sure tag ("said her father") beats a guess from the narration
    # around a continued quote ("...," said her father; "she times them ill.").
    for qis in at.turns:
        known = [(i, found[i]) for i in qis if found[i][0] is not None]
        if known:
            fallback = max((hit for _, hit in known), key=lambda x: x[1])
            for i in qis:
                # a speech resumed after its tag is the tagged quote's before it, two speakers sharing a paragraph
                # (“…,” quoted Marilla. “…,” remarked Anne, sniffing. “Oh, …”)
                sure_before = [hit for k, hit in known if k < i and hit[1] >= 0.8 and hit[2] != "same-paragraph"]
                best = sure_before[-1] if sure_before else fallback
                if found[i][0] is None or (best[1] >= 0.8 and found[i][2] == "actor"):
                    found[i] = (best[0], min(best[1], 0.8 if best[2] == "explicit" else 0.75), "same-paragraph")
    for qi in range(len(at.quotes)):
        if found[qi][0] is None:
            hit = at.paragraph_actor(qi)
            if hit:
                found[qi] = hit
    _turn_taking(at, found)
    for qi in range(len(at.quotes)):  # last resort: the character in focus before the quote, not the last speaker
        if found[qi][0] is None:
            q = at.quotes[qi]
            last = found[qi - 1][0] if qi > 0 and at.quotes[qi - 1].last_para >= q.para - 1 else None
            recent = [m.cluster for m in at.narrative(max(0, q.start - FALLBACK_CHARS), q.start)]
            others = [c for c in recent if c != last]
            if others or recent:
                found[qi] = ((others or recent)[-1], 0.3, "focus")
    return found


def _runs(at: Attributor) -> list[list[list[int]]]:
    """Dialogue runs: consecutive paragraphs holding quotes; each turn is the quotes of one paragraph."""
    runs: list[list[list[int]]] = []
    last_para = -10
    for para in sorted(at.by_para):
        qis = at.by_para[para]
        if para > last_para + 1 or not runs:
            runs.append([])
        runs[-1].append(qis)
        last_para = max(at.quotes[i].last_para for i in qis)
    return runs


def _turn_taking(at: Attributor, found: list[tuple[int | None, float, str]]) -> None:
    """Unattributed turns of a run alternate between its two parties, counted from the nearest known turn."""
    for run in _runs(at):
        known: list[int | None] = []
        for qis in run:
            hits = [found[i] for i in qis if found[i][0] is not None and found[i][0] != NARRATOR]
            known.append(max(hits, key=lambda h: h[1])[0] if hits else None)
        if all(k is not None for k in known) or all(k is None for k in known):
            continue
        counts = Counter(k for k in known if k is not None)
        parties = [c for c, _ in counts.most_common(2)]
        if len(parties) < 2:
            continue
        a, b = parties
        for t, qis in enumerate(run):
            if known[t] is not None:
                continue
            k = _nearest_known(known, t)
            ref = known[k]
            if ref not in (a, b):
                continue
            guess = ref if (t - k) % 2 == 0 else (b if ref == a else a)
            if guess in at.addressed_all(qis):
                guess = b if guess == a else a
            for i in qis:
                if found[i][0] is None:
                    found[i] = (guess, 0.55, "turn-taking")


def _nearest_known(known: list[int | None], t: int) -> int:
    best = -1
    for k, v in enumerate(known):
        if v is not None and (best < 0 or abs(k - t) < abs(best - t) or (abs(k - t) == abs(best - t) and k < t)):
            best = k
    return best
