"""Additional (freeform) tags in AO3's own wording, derived from the warnings and the cues behind them."""

from __future__ import annotations

import re
from itertools import islice

from ficlens.analyse.warnings.aggregate import Finding
from ficlens.analyse.warnings.labels import BY_NAME, TABLE
from ficlens.nlp.document import Document
from ficlens.report import Freeform, Warning

# Specific tags by the cue that carried a passage (the label table's ``freeform_by_cue``), compiled once.
BY_CUE: dict[str, tuple[tuple[re.Pattern[str], str], ...]] = {
    row.name: tuple((re.compile(pattern, re.I), tag) for pattern, tag in row.freeform_by_cue)
    for row in TABLE if row.freeform_by_cue
}
# Hurt/Comfort: a warning of a hurt label (the table's ``hurt``) and at least COMFORT_MIN words of comfort in the work.
COMFORT = re.compile(r"\b(?:comfort\w*|consol\w*|sooth\w*|hugg?\w*|cradl\w*|held him|held her|"
                     r"wrap\w* (?:his|her|their) arms|rubb\w* (?:his|her) back|calm(?:ed)? (?:him|her) down|"
                     r"took care of)\b", re.I)
COMFORT_MIN = 2


def freeforms(doc: Document, warnings: list[Warning], findings: dict[str, list[Finding]]) -> list[Freeform]:
    out: dict[str, float] = {}

    def add(tag: str, score: float) -> None:
        out[tag] = max(out.get(tag, 0.0), round(score, 4))

    for w in warnings:
        row = BY_NAME[w.label]
        add(dict(row.freeform_by_severity).get(w.severity, row.freeform), w.score)
    for label, by_cue in BY_CUE.items():
        for f in findings.get(label, []):
            cues = " ".join(doc.text[f.passage.start + h.start : f.passage.start + h.end]
                            for h in f.decision.evidence.hits)
            for pattern, tag in by_cue:
                if pattern.search(cues):
                    add(tag, f.decision.score)
    hurt = [w for w in warnings if BY_NAME[w.label].hurt]
    if hurt and sum(1 for _ in islice(COMFORT.finditer(doc.text), COMFORT_MIN)) >= COMFORT_MIN:  # stops at enough
        add("Hurt/Comfort", max(w.score for w in hurt) * 0.9)
    return [Freeform(tag=tag, score=score) for tag, score in sorted(out.items(), key=lambda kv: -kv[1])]
