"""Additional (freeform) tags in AO3's own wording, derived from the warnings and the cues behind them."""

from __future__ import annotations

import re

from ficlens.analyse.warnings.aggregate import Finding
from ficlens.nlp.document import Document
from ficlens.report import Freeform, Warning

TAGS: dict[str, str] = {
    "pornographic-content": "Explicit Sexual Content", "violence": "Violence", "death": "Character Death",
    "sexual-assault": "Rape/Non-con Elements", "abuse": "Abuse", "blood": "Blood", "suicide": "Suicidal Thoughts",
    "pregnancy": "Pregnancy", "child-abuse": "Child Abuse", "incest": "Incest", "underage": "Underage",
    "homophobia": "Homophobia", "self-harm": "Self-Harm", "dying": "Dying", "kidnapping": "Kidnapping",
    "mental-illness": "Mental Health Issues", "dissection": "Body Horror", "eating-disorders": "Eating Disorders",
    "abduction": "Abduction", "body-hatred": "Body Image", "childbirth": "Childbirth", "racism": "Racism",
    "sexism": "Sexism", "miscarriages": "Miscarriage", "transphobia": "Transphobia", "abortion": "Abortion",
    "fat-phobia": "Fatphobia", "animal-death": "Animal Death", "ableism": "Ableism", "classism": "Classism",
    "misogyny": "Misogyny", "animal-cruelty": "Animal Cruelty", "war": "War",
}
SEVERITY_TAGS: dict[tuple[str, str], str] = {
    ("violence", "graphic"): "Graphic Violence", ("death", "mentioned"): "Past Character Death",
    ("suicide", "mentioned"): "Past Suicide Attempt",
}
# Specific mental-health tags by the cue that carried the passage.
MENTAL_HEALTH = (
    (re.compile(r"panic|hyperventilat|chest (?:constrict|tighten)|gasping", re.I), "Panic Attacks"),
    (re.compile(r"anxi", re.I), "Anxiety"),
    (re.compile(r"depress", re.I), "Depression"),
    (re.compile(r"ptsd|trauma|flashback", re.I), "PTSD"),
)
HURT_LABELS = ("violence", "blood", "suicide", "self-harm", "mental-illness", "abuse", "dying")
COMFORT = re.compile(r"\b(?:comfort\w*|consol\w*|sooth\w*|hugg?\w*|cradl\w*|held him|held her|"
                     r"wrap\w* (?:his|her|their) arms|rubb\w* (?:his|her) back|calm(?:ed)? (?:him|her) down|"
                     r"took care of)\b", re.I)
COMFORT_MIN = 2


def freeforms(doc: Document, warnings: list[Warning], findings: dict[str, list[Finding]]) -> list[Freeform]:
    out: dict[str, float] = {}

    def add(tag: str, score: float) -> None:
        out[tag] = max(out.get(tag, 0.0), round(score, 4))

    for w in warnings:
        add(SEVERITY_TAGS.get((w.label, w.severity), TAGS[w.label]), w.score)
    for f in findings.get("mental-illness", []):
        cues = " ".join(doc.text[f.passage.start + h.start : f.passage.start + h.end] for h in f.decision.evidence.hits)
        for pattern, tag in MENTAL_HEALTH:
            if pattern.search(cues):
                add(tag, f.decision.score)
    hurt = [w for w in warnings if w.label in HURT_LABELS]
    if hurt and len(COMFORT.findall(doc.text)) >= COMFORT_MIN:
        add("Hurt/Comfort", max(w.score for w in hurt) * 0.9)
    return [Freeform(tag=tag, score=score) for tag, score in sorted(out.items(), key=lambda kv: -kv[1])]
