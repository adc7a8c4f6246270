"""Document aggregation: passage decisions -> work-level warnings with severity and evidence.

Candidate passages are found with one pre-filtered pass of every label's cue pattern over the whole text
(:mod:`.cue_scan`: a 100k-word work costs one regex scan, not 33 x passages); only candidates are classified,
and each candidate passage's cues are read only for the labels, and the cues, present in it. With the ``reader``
engine, the passage reader scores every passage for every label too (one pass, cue-present labels among its
inputs), and a passage it scores the classifier's ``reader_bar`` or more is a candidate as well. A
warning needs at least one positive passage and the work-level decision of :mod:`.work_decision` (one strong passage,
or several consistent ones); its severity is the strongest among the positives, its evidence the best three of them,
each cut down to the sentences that hold the cues, its spans every passage the decision rests on, whole (the
positive ones and the supporting ones), then its nearby passages (:mod:`.nearby`: scored by the label's models
below the decision's level) — the reader folds them all — and its score is the work-level probability.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import partial

import numpy as np

from ficlens.analyse.cast.model import Cast
from ficlens.analyse.warnings.age import NO_AGE, AgeCues, AgeEvidence, character_ages, read_age
from ficlens.analyse.warnings.classifier import (
    RELATED_CUES,
    PassageClassifier,
    PassageDecision,
    gate_evidence,
    has_strong_cue,
)
from ficlens.analyse.warnings.context import NO_EVIDENCE, LexiconEvidence
from ficlens.analyse.warnings.cue_free import BARS, NO_PATH, PassageScorer, cue_free_passages, label_columns
from ficlens.analyse.warnings.cue_scan import EvidenceFn, evidence_reader, lexicon_scan
from ficlens.analyse.warnings.labels import LABELS
from ficlens.analyse.warnings.learned_decision import EVIDENCE as LEARNED_EVIDENCE
from ficlens.analyse.warnings.learned_decision import MIN_WORDS as LEARNED_MIN_WORDS
from ficlens.analyse.warnings.learned_decision import features as work_features
from ficlens.analyse.warnings.learned_decision import load_model, logits_of
from ficlens.analyse.warnings.learned_decision import profile as work_profile
from ficlens.analyse.warnings.lexicon import normalize
from ficlens.analyse.warnings.nearby import KIN, NEARBY_NEXT, NEARBY_READER, nearby_passages
from ficlens.analyse.warnings.reader import PassageReader, load_reader
from ficlens.analyse.warnings.work_decision import prior_for, warns, work_probability
from ficlens.nlp.document import Document, TextSpan
from ficlens.report import MAX_SPANS, SEVERITY_ORDER, FlaggedSpan, Span, Warning

MAX_EVIDENCE = 3
AROUND = 2  # sentences either side of a sexual passage whose characters count as in it (underage)


@dataclass(frozen=True, slots=True)
class Finding:
    """One positive passage for one label, with the span that justifies it."""

    passage: TextSpan
    evidence: TextSpan
    decision: PassageDecision


class WorkScanner:
    """Classifies the candidate passages of one document, sharing model vectors and age cues across labels."""

    def __init__(self, doc: Document, classifier: PassageClassifier, cast: Cast | None,
                 scorer: PassageScorer | None = None) -> None:
        self.doc = doc
        self.classifier = classifier
        self.scorer = scorer  # the cue-free path's scorer (:mod:`.cue_free`); None: the shipped passage reader
        self._label_scores: np.ndarray | None = None
        self._words: list[int] | None = None
        self.norm = normalize(doc.text)
        self.passages = doc.passages or [TextSpan(0, len(doc.text))]
        self._starts = [p.start for p in self.passages]
        self._sent_starts = [s.start for s in doc.sentences]
        self._vectors: dict[int, dict[int, float] | None] = {}
        self._readers: dict[int, EvidenceFn] = {}  # per passage index, so repeats don't hit
        self._candidates: dict[str, set[int]] = {}
        self._candidate_lists: dict[str, list[int]] = {}  # candidates()' answers
        self.age_cues = AgeCues.find(self.norm)  # found once: the whole work's reading and the per-character one
        self.age: AgeEvidence = read_age(self.norm, self.age_cues)
        self._cast = cast if doc.text else None
        # minor cues linked to the characters they are about; None (no cast) falls back to the whole work's cues
        has_cast = self._cast is not None and bool(self._cast.clusters)
        self.ages = character_ages(self.norm, self._cast, doc.sentences, doc.paragraphs, self.age_cues) \
            if self._cast is not None and has_cast else None
        self._passage_ages: dict[int, AgeEvidence] = {}
        self._reader_scores: np.ndarray | None = None  # passages x reader labels (engine ``reader``)
        self._cues: list[set[str]] = []  # per passage, the labels whose cues occur in it (:meth:`passage_cues`)
        self._judged: dict[str, list[tuple[TextSpan, PassageDecision]]] = {}  # judged()'s answers
        self._profile: list[float] | None = None  # the learned decision's reader profile (:meth:`work_row`)

    def reader_scores(self, reader: PassageReader | None = None) -> np.ndarray | None:
        """The passage reader's scores of every passage (rows) for its labels, computed once; ``reader``: the one to
        use when the classifier has none (:meth:`nearby`); None without one."""
        reader = self.classifier.reader or reader
        if reader is None:
            return None
        if self._reader_scores is None:
            self._reader_scores = reader.score_many(self.texts(), self.passage_cues())
        return self._reader_scores

    def passage_cues(self) -> list[set[str]]:
        """Per passage, the labels any of whose cues occur in it (before context reading), found once."""
        if not self._cues:
            self._scan()
            self._cues = [set() for _ in self.passages]
            for name, found in self._candidates.items():
                for i in found:
                    self._cues[i].add(name)
        return self._cues

    def texts(self) -> list[str]:
        """The text of every passage."""
        return [self.doc.span_text(p) for p in self.passages]

    def word_counts(self) -> list[int]:
        """The number of words of every passage, counted once."""
        if self._words is None:
            self._words = [len(text.split()) for text in self.texts()]
        return self._words

    def label_scores(self) -> np.ndarray | None:
        """The cue-free path's scores of every passage (rows) for every label of LABELS (columns), computed once:
        the ``scorer``'s, else the shipped passage reader's (shared with :meth:`reader_scores`); None in a
        ``--fast`` analysis or without a scorer."""
        if self.doc.fast:
            return None
        if self._label_scores is None:
            if self.scorer is not None:
                self._label_scores = np.asarray(self.scorer(self.texts(), self.passage_cues()), dtype=np.float32)
            else:
                reader = self.classifier.reader or load_reader()
                scores = self.reader_scores(reader)
                if reader is None or scores is None:
                    return None
                self._label_scores = label_columns(reader, scores)
        return self._label_scores

    def cue_free(self, label: str) -> list[Finding]:
        """The passages holding no cue of ``label`` (nor a candidate of it for any other reason) of
        :data:`~.cue_free.MIN_WORDS` words or more that the cue-free path's scorer puts at the label's bar
        (:data:`~.cue_free.BARS`) or more, best first, as findings told as
        ``mentioned`` (nothing was read of when or how). Empty in a ``--fast`` analysis."""
        bar = BARS.get(label)
        if bar is None or label in NO_PATH:
            return []
        scores = self.label_scores()
        if scores is None:
            return []
        column = scores[:, LABELS.index(label)]
        found = cue_free_passages(column, set(self.candidates(label)), bar, self.word_counts())
        return [Finding(self.passages[i], self.passages[i],
                        PassageDecision(label, round(score, 4), False, "mentioned", NO_EVIDENCE, score))
                for i, score in found]

    def work_row(self, label: str, findings: Sequence[Finding], support: Sequence[tuple[TextSpan, PassageDecision]],
                 cue_free: Sequence[Finding], warning: Warning | None) -> list[float] | None:
        """The learned work-level decision's features of ``label`` (:func:`.learned_decision.features`) given what the
        hand-set decision read (``warning``: its verdict); None in a ``--fast`` analysis or without a reader."""
        scores = self.label_scores()
        if scores is None:
            return None
        if self._profile is None:
            self._profile = work_profile(logits_of(scores), self.word_counts())
        positive, supporting = [f.decision.score for f in findings], [d.score for _, d in support]
        return work_features(logits_of(scores[:, LABELS.index(label)]), self.word_counts(), positive, supporting,
                             work_probability([*positive, *supporting], prior_for(len(self.passages))),
                             len(cue_free), None if warning is None else warning.severity, self.age.minor,
                             self._profile)

    def learned(self, label: str, row: Sequence[float] | None) -> tuple[float, list[Finding]] | None:
        """The learned work-level decision's probability for ``label`` (:mod:`.learned_decision`) and the passages
        it shows (the reader's best for the label, told as ``mentioned``) when it raises the label; None when it does
        not, for a label it does not decide, or without the features (``row``)."""
        model = load_model().get(label)
        if model is None or row is None:
            return None
        scores = self.label_scores()
        if scores is None:
            return None
        probability = model.probability(row)
        if probability < model.threshold:
            return None
        column, words = scores[:, LABELS.index(label)], self.word_counts()
        best = [i for i in np.argsort(-column, kind="stable").tolist() if words[i] >= LEARNED_MIN_WORDS]
        shown = [Finding(self.passages[i], self.passages[i],
                         PassageDecision(label, round(float(column[i]), 4), False, "mentioned", NO_EVIDENCE,
                                         float(column[i])))
                 for i in best[:LEARNED_EVIDENCE]]
        return (round(probability, 4), shown) if shown else None

    def reader_score(self, i: int, label: str) -> float | None:
        """The reader's score of passage ``i`` for ``label``; None without a reader (0 for a label it lacks)."""
        scores = self.reader_scores()
        reader = self.classifier.reader
        if scores is None or reader is None:
            return None
        return float(scores[i, reader.column(label)]) if label in reader.labels else 0.0

    def candidates(self, label: str) -> list[int]:
        """Indices of passages where any cue of ``label``, or of a label whose cues also anchor it
        (:data:`~.classifier.RELATED_CUES`: "kidnapped" for abduction), occurs; every label is scanned on the first
        call. The related cues make ``analyze`` judge the passages ``classify-passages`` would call positive."""
        listed = self._candidate_lists.get(label)
        if listed is not None:  # asked for again by prepare_vectors and findings
            return listed
        self._scan()
        found = self._candidates[label]
        for related in RELATED_CUES.get(label, ()):
            found = found | self._candidates[related]
        reader = self.classifier.reader
        scores = self.reader_scores()
        if reader is not None and scores is not None and label in reader.labels:
            column = scores[:, reader.column(label)]
            found = found | set(np.flatnonzero(column >= self.classifier.reader_bar).tolist())
        listed = self._candidate_lists[label] = sorted(found)
        return listed

    def _scan(self) -> None:
        """Every label's cue candidates, in one pre-filtered pass (once)."""
        if not self._candidates:
            for name, spans in zip(LABELS, lexicon_scan().label_spans(self.norm), strict=True):
                self._candidates[name] = set(self._passages_of(spans))

    def _passages_of(self, spans: list[tuple[int, int]]) -> list[int]:
        found: list[int] = []
        for start, _end in spans:
            i = bisect.bisect_right(self._starts, start) - 1
            if i >= 0 and start < self.passages[i].end and (not found or found[-1] != i):
                found.append(i)
        return found

    def passage_age(self, i: int) -> AgeEvidence:
        """The age cues of the youngest-read character mentioned in passage ``i`` or named AROUND sentences either
        side of it (who "the boy" and "he" are is often named just before), so a minor elsewhere in the work does
        not make an adult sex scene underage."""
        if self.ages is None or self._cast is None:
            return self.age
        if i not in self._passage_ages:
            span = self.passages[i]
            k = bisect.bisect_right(self._sent_starts, span.start) - 1
            j = bisect.bisect_left(self._sent_starts, span.end)
            sentences = self.doc.sentences
            start = sentences[max(k - AROUND, 0)].start if sentences else span.start
            end = sentences[min(j + AROUND - 1, len(sentences) - 1)].end if j < len(sentences) else span.end
            present = {m.cluster for m in self._cast.mentions_in(min(start, span.start), max(end, span.end))
                       if m.kind == "name" or span.start <= m.start < span.end}  # around it: names only
            ages = [self.ages[c] for c in present if c in self.ages]
            self._passage_ages[i] = max(ages, key=lambda a: a.minor, default=NO_AGE)
        return self._passage_ages[i]

    def evidence_fn(self, i: int) -> Callable[[str], LexiconEvidence]:
        """Lexicon evidence of passage ``i`` for any label, computed once per (passage, label)."""
        span = self.passages[i]

        def evidence(label: str) -> LexiconEvidence:
            if i not in self._candidates.get(label, ()) and label in self._candidates:
                return NO_EVIDENCE
            if i not in self._readers:
                self._readers[i] = evidence_reader(self.norm[span.start : span.end])
            return self._readers[i](label)

        return evidence

    def prepare_vectors(self) -> None:
        """Model features, in one batch, for every passage that may be positive for a label the model scores."""
        model = self.classifier.model
        if model is None:
            return
        wanted = sorted({i for label in model.labels for i in self.candidates(label)
                         if gate_evidence(label, self.evidence_fn(i), True) is not None} - set(self._vectors))
        vectors = model.vectors([self.doc.span_text(self.passages[i]) for i in wanted],
                                [self.evidence_fn(i) for i in wanted])
        self._vectors.update(zip(wanted, vectors, strict=True))

    def _vector(self, i: int) -> dict[int, float] | None:
        if i not in self._vectors:
            self._vectors[i] = self.classifier.vector(self.doc.span_text(self.passages[i]), self.evidence_fn(i))
        return self._vectors[i]

    def judged(self, label: str) -> Iterator[tuple[TextSpan, PassageDecision]]:
        """Every candidate passage of ``label`` with its decision, positive or not (decided once per label: the
        findings, the label's nearby passages and its kin labels' read them)."""
        if label not in self._judged:
            self._judged[label] = list(self._judge(label))
        return iter(self._judged[label])

    def _judge(self, label: str) -> Iterator[tuple[TextSpan, PassageDecision]]:
        model = self.classifier.model
        needs_vector = model is not None and label in model.labels
        reads = self.classifier.reader is not None
        for i in self.candidates(label):
            span = self.passages[i]
            text = self.doc.span_text(span)
            yield span, self.classifier.classify(text, label, vector=self._vector(i) if needs_vector else None,
                                                 age=self.passage_age(i) if label == "underage" else self.age,
                                                 evidence=self.evidence_fn(i),
                                                 reader_score=self.reader_score(i, label),
                                                 cues=self.passage_cues()[i] if reads else None)

    def findings(self, label: str) -> tuple[list[Finding], list[tuple[TextSpan, PassageDecision]]]:
        """The positive passages of ``label`` as findings, and its other supporting passages: those where a cue of
        the cue gate's weight survived its context (:mod:`.work_decision`). A passage repeated word for word (an
        echo: an epigraph quoted again, a recap) counts once."""
        found: list[Finding] = []
        support: list[tuple[TextSpan, PassageDecision]] = []
        seen: set[str] = set()
        for span, decision in self.judged(label):
            echo = " ".join(self.doc.span_text(span).split())
            if echo in seen:  # the same passage again word for word (an epigraph, a recap): one reading
                continue
            seen.add(echo)
            if decision.positive:
                found.append(self.finding(span, decision))
            elif has_strong_cue(decision.evidence):
                support.append((span, decision))
        return found, support

    def finding(self, span: TextSpan, decision: PassageDecision) -> Finding:
        """A passage as a finding, with the sentences of its cues as evidence."""
        return Finding(span, self.evidence_span(span, decision), decision)

    def nearby(self, label: str, counted: Sequence[TextSpan] = ()) -> list[tuple[TextSpan, float]]:
        """The passages a warning of ``label`` flags below its decision's level (:mod:`.nearby`): its candidates
        scored near the threshold and, in a full analysis, the passages the passage reader scores high for it or a
        kin label, and those next to a flagged one (``counted``: the passages the decision rests on); without a
        reader, the kin labels' candidates scored high."""
        reader = self.classifier.reader or (None if self.doc.fast else load_reader())
        scores = self.reader_scores(reader)
        column = None
        kin: list[np.ndarray] = []
        if reader is not None and scores is not None and label in reader.labels:
            column = scores[:, reader.column(label)]
            if label == "underage":  # sexual content *and* a minor, as the classifier reads it
                column = column.copy()
                for i in np.flatnonzero(column >= min(NEARBY_READER, NEARBY_NEXT)).tolist():
                    column[i] = min(column[i], self.passage_age(i).minor)
            kin = [scores[:, reader.column(k)] for k in KIN.get(label, ()) if k in reader.labels]
        kin_judged = [] if column is not None else [item for k in KIN.get(label, ()) for item in self.judged(k)]
        return nearby_passages(self.judged(label), self.passages, column, kin, counted, kin_judged)

    def consistent(self, label: str) -> bool:
        """Whether ``label``'s passage scores are a trained model's reading (:func:`~.work_decision.warns`: several
        supporting passages of such a label warn without a positive one)."""
        return self.classifier.modelled(label) and label != "underage"

    def evidence_span(self, passage: TextSpan, decision: PassageDecision) -> TextSpan:
        """The shortest run of whole sentences of ``passage`` that holds every cue that counted."""
        hits = [h for h in decision.evidence.hits if h.weight >= 0.15] or list(decision.evidence.hits)
        if not hits:
            return passage
        first = passage.start + min(h.start for h in hits)
        last = passage.start + max(h.end for h in hits)
        return TextSpan(self._sentence_start(first, passage), self._sentence_end(last, passage))

    def _sentence_start(self, pos: int, passage: TextSpan) -> int:
        i = bisect.bisect_right(self._sent_starts, pos) - 1
        if i >= 0 and self.doc.sentences[i].end >= pos:
            return max(self.doc.sentences[i].start, passage.start)
        return passage.start

    def _sentence_end(self, pos: int, passage: TextSpan) -> int:
        i = bisect.bisect_right(self._sent_starts, pos - 1) - 1
        if i >= 0 and self.doc.sentences[i].end >= pos:
            return min(self.doc.sentences[i].end, passage.end)
        return passage.end


def age_evidence(scanner: WorkScanner, warning: Warning, top: Finding) -> None:
    """Add the sentence with the strongest minor cue of the character behind the top underage passage (the whole
    work's, without a cast) to an underage warning: it is half the reason."""
    i = bisect.bisect_left(scanner._starts, top.passage.start)
    age = scanner.passage_age(i) if i < len(scanner.passages) and scanner.passages[i] == top.passage else scanner.age
    if not age.spans or len(warning.evidence) >= MAX_EVIDENCE:
        return
    start, end = age.spans[0]
    i = bisect.bisect_right(scanner._starts, start) - 1
    passage = scanner.passages[i] if i >= 0 and start < scanner.passages[i].end else TextSpan(start, end)
    span = TextSpan(scanner._sentence_start(start, passage), scanner._sentence_end(end, passage))
    if all(span.end <= e.start or span.start >= e.end for e in warning.evidence):
        score = min(age.minor, warning.evidence[-1].score)  # keeps the evidence strongest first
        warning.evidence.append(Span.of(scanner.doc.text, span.start, span.end, score))


def warn(doc: Document, label: str, findings: list[Finding],
         support: Sequence[tuple[TextSpan, PassageDecision]] = (), passages: int = 1,
         backing: Callable[[TextSpan, PassageDecision], Finding] | None = None,
         nearby: Callable[[Sequence[TextSpan]], Sequence[tuple[TextSpan, float]]] | None = None,
         cue_free: Sequence[Finding] = ()) -> Warning | None:
    """The work-level warning of ``label`` from its positive passages (``findings``) and its other supporting
    passages (``support``, listed in the warning's spans) in a work of ``passages`` passages
    (:mod:`.work_decision`), or None when the work-level decision says no. ``backing``, given when the label's scores
    are a trained model's: what makes a supporting passage a finding; with no positive passage, enough supporting
    ones then warn (as ``mentioned``: none was read as the content itself) and are the evidence. ``nearby``: the
    label's nearby passages (:mod:`.nearby`) given the passages the decision rests on, asked for only once the
    warning is raised, listed after the others.
    ``cue_free``: the label's cue-free passages (:meth:`WorkScanner.cue_free`), counted by the work-level decision
    and flagged among the supporting ones; with no positive passage they are evidence too (after the supporting ones a
    trained model backs)."""
    score = warns([f.decision.score for f in findings], [d.score for _, d in support], passages,
                  consistent=backing is not None, cue_free=[f.decision.score for f in cue_free])
    if score is None:
        return None
    supporting = [(span, d.score) for span, d in support] + [(f.passage, f.decision.score) for f in cue_free]
    counted = [f.passage for f in findings] + [span for span, _score in supporting]
    spans = flagged_spans(findings, supporting, nearby(counted) if nearby else ())
    if not findings:
        backed = [backing(span, replace(d, severity="mentioned")) for span, d in support] if backing else []
        findings = backed + list(cue_free)
    ranked = sorted(findings, key=lambda f: (-f.decision.score, f.evidence.start))
    severity = max((f.decision.severity for f in findings), key=SEVERITY_ORDER.__getitem__)
    evidence = [Span.of(doc.text, f.evidence.start, f.evidence.end, f.decision.score) for f in ranked[:MAX_EVIDENCE]]
    return Warning(label=label, severity=severity, score=score, evidence=evidence, spans=spans[:MAX_SPANS],
                   spans_total=len(spans))


def learned_warning(doc: Document, scanner: WorkScanner, label: str, findings: list[Finding],
                    support: Sequence[tuple[TextSpan, PassageDecision]], row: Sequence[float] | None
                    ) -> Warning | None:
    """The warning of ``label`` the learned work-level decision raises where the hand-set one does not
    (:meth:`WorkScanner.learned`): ``mentioned``, its score the model's probability, its evidence the passages the
    reader scores highest for the label (whole), flagged with the cue path's passages and the label's nearby ones."""
    learned = scanner.learned(label, row)
    if learned is None:
        return None
    score, shown = learned
    supporting = [(f.passage, f.decision.score) for f in shown] + [(span, d.score) for span, d in support]
    counted = [f.passage for f in findings] + [span for span, _score in supporting]
    spans = flagged_spans(findings, supporting, scanner.nearby(label, counted))
    evidence = [Span.of(doc.text, f.evidence.start, f.evidence.end, f.decision.score) for f in shown]
    warning = Warning(label=label, severity="mentioned", score=score, evidence=evidence, spans=spans[:MAX_SPANS],
                      spans_total=len(spans))
    if label == "underage":
        age_evidence(scanner, warning, shown[0])
    return warning


def flagged_spans(findings: Sequence[Finding], supporting: Sequence[tuple[TextSpan, float]] = (),
                  nearby: Sequence[tuple[TextSpan, float]] = ()) -> list[FlaggedSpan]:
    """Every passage a warning flags: those its decision rests on, its positive passages (``findings``) and its
    supporting ones (a strong cue that survived its context, counted by :mod:`.work_decision`), then the ``nearby``
    ones (scored below the decision's level, :mod:`.nearby`; ``counted`` false) not already among them; ranked for
    the cap — positive first, then supporting, then nearby, each by score — and the first
    :data:`~ficlens.report.MAX_SPANS` of them put in text order."""
    items = [(f.passage, float(f.decision.score), 0) for f in findings]
    items += [(span, float(score), 1) for span, score in supporting]
    taken = {span for span, _score, _rank in items}
    items += [(span, float(score), 2) for span, score in nearby if span not in taken]
    items.sort(key=lambda item: (item[2], -item[1], item[0].start))
    spans = [FlaggedSpan(start=span.start, end=span.end, score=round(score, 4), positive=rank == 0,
                         counted=rank < 2) for span, score, rank in items]
    spans[:MAX_SPANS] = sorted(spans[:MAX_SPANS], key=lambda s: s.start)
    return spans


def scan_warnings(doc: Document, classifier: PassageClassifier, cast: Cast | None,
                  scorer: PassageScorer | None = None, rows: dict[str, list[float]] | None = None
                  ) -> tuple[list[Warning], dict[str, list[Finding]]]:
    """Every label's warning for the document, strongest first, plus the findings behind them. ``cast``: the
    work's (minor cues are linked to its characters); None reads the whole work's cues. ``scorer``: the cue-free
    path's (:mod:`.cue_free`; None: the shipped passage reader). ``rows``: when given, filled with every label's
    learned-decision features (:meth:`WorkScanner.work_row`, read before the learned decision), for training it."""
    scanner = WorkScanner(doc, classifier, cast, scorer)
    for label in LABELS:  # every label's candidates first: they also tell the model features where cues are
        scanner.candidates(label)
    scanner.prepare_vectors()
    warnings: list[Warning] = []
    all_findings: dict[str, list[Finding]] = {}
    for label in LABELS:
        findings, support = scanner.findings(label)
        cue_free = scanner.cue_free(label)
        warning = warn(doc, label, findings, support, len(scanner.passages),
                       scanner.finding if scanner.consistent(label) else None, partial(scanner.nearby, label),
                       cue_free)
        row = scanner.work_row(label, findings, support, cue_free, warning) \
            if rows is not None or label in load_model() else None
        if row is not None and rows is not None:
            rows[label] = row
        if warning is None:
            warning = learned_warning(doc, scanner, label, findings, support, row)
        elif label == "underage":
            age_evidence(scanner, warning, max(findings, key=lambda f: (f.decision.score, -f.evidence.start)))
        if warning is not None:
            warnings.append(warning)
            all_findings[label] = findings
    warnings.sort(key=lambda w: (-w.score, -SEVERITY_ORDER[w.severity], LABELS.index(w.label)))
    return warnings, all_findings
