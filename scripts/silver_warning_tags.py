"""AO3 authors' tags -> ficlens's content-warning labels, for the silver set (``scripts/ao3_silver.py``).

A silver work carries a label when its rating, one of its archive warnings or one of its additional tags says so
(:data:`TAGS`, read against docs/taxonomy.md's meanings; the frequencies they were written from are printed by
``scripts/train_silver_work_decision.py --tags``). Absence is weak evidence (authors under-tag), and for the labels an
archive warning would state (:data:`ARCHIVE`: Rape/Non-Con -> sexual-assault, Major Character Death -> death, Graphic
Depictions Of Violence -> violence) a work whose author chose not to use archive warnings is *unknown* unless a tag
states the label. ``underage`` has no silver label: the silver set keeps out every work warned for Underage.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

OPT_OUT = frozenset({"Choose Not To Use Archive Warnings", "Creator Chose Not To Use Archive Warnings"})
ARCHIVE = {"Rape/Non-Con": "sexual-assault", "Major Character Death": "death",
           "Graphic Depictions Of Violence": "violence"}
EXPLICIT = "Explicit"  # the rating: explicit sex on the page, nearly always (pornographic-content)

# label -> (a tag that states it, a tag that matches the first pattern but does not: a fix, a denial, a pun)
TAGS: dict[str, tuple[str, str]] = {
    "pornographic-content": (
        r"\bsmut\b|\bpwp\b|\bporn\b|plot what plot|explicit sex|^sex$|\b(anal|oral|vaginal|rough|shower|wall|phone|car"
        r"|drunk|angry|morning|public|group|table|bathroom|outdoor|clothed|gay|lesbian|married|pregnant|reunion"
        r"|birthday|marathon|werewolf|heterosexual|consensual|unprotected|unsafe|intercrural|tentacle|first time)"
        r" sex\b|sex toys|blow ?jobs?|hand ?jobs?|fingering|rimming|orgasm|masturbat|69 \(sex position\)|come eating"
        r"|bottoming|topping|\bknotting\b|\bfisting\b",
        r"\bno (smut|sex|porn)\b|food porn|identity porn|implied|eventual|no plot|mild smut|fade to black"),
    "sexual-assault": (
        r"\brape\b|non-?con\b|non-?consensual|dub(ious)?[- ]?con|sexual (assault|abuse|slavery|harassment|violence)"
        r"|drugged sex|consent issues",
        r"enthusiastic consent|explicit consent|non-consensual (drug use|kissing)|not rape|no rape"),
    "suicide": (r"suicid", r"suicide squad"),
    "self-harm": (r"self[- ]?harm|self[- ]?injur|\bcutting\b", r"no self"),
    "child-abuse": (r"child (abuse|neglect)|abusive parents?|parental abuse|child sexual abuse", r"no child abuse"),
    "abuse": (r"\babus(e|ive)\b|domestic violence|abusive relationship",
              r"alcohol|drug|substance|child|no abuse|sexual abuse|animal abuse"),
    "death": (r"character death|\bmurder\b|^death$|^character death|dead (character|parents?)",
              r"\bfix\b|fix-it|everyone lives|nobody dies|near death|no death|not dead|temporary|fake|mystery"),
    "violence": (r"violence|torture|\bgore\b|\bbeating\b|\bfight(ing|s)?\b|gun ?shot|stabbing",
                 r"threats? of|no violence|implied|sexual violence|domestic violence|pillow fight|food fight"),
    "blood": (r"\bblood\b|\bgore\b", r"blood magic|blood (bond|oath|type|brothers?)|bloodline"),
    "mental-illness": (
        r"depress|anxiety|panic attacks?|\bptsd\b|post[- ]traumatic|mental (health|illness|breakdown)|bipolar"
        r"|schizophren|\bocd\b|dissociat|psychosis",
        r"^not|no (depression|anxiety)"),
    "eating-disorders": (r"eating disorder|anorexi|bulimi|self-starv|\bpurging\b", r"^no "),
    "homophobia": (r"homophob", r"^no "),
    "transphobia": (r"transphob", r"^no "),
    "racism": (r"racis", r"^no "),
    "sexism": (r"sexis", r"^no "),
    "misogyny": (r"misogyn", r"^no "),
    "kidnapping": (r"kidnap", r"^no "),
    "abduction": (r"abduct", r"alien abduction humor"),
    "pregnancy": (r"pregnan|mpreg", r"no pregnancy|pregnancy scare"),
    "incest": (r"incest|wincest", r"pseudo|not incest|no incest"),
    "miscarriages": (r"miscarri", r"^no "),
    "abortion": (r"abortion", r"^no "),
    "childbirth": (r"childbirth|giving birth|\bbirth\b", r"birthday|birthmark|rebirth"),
    "war": (r"^war$|world war|\bwar (crimes?|trauma|fic)|post-war|wartime|\bwar veteran", r"\(movie\)|civil war"),
    "animal-death": (r"animal death|pet death|death of a pet", r"^no "),
    "animal-cruelty": (r"animal (abuse|cruelty)", r"^no "),
    "body-hatred": (r"body (image|dysmorphi|issues|hatred|shaming)|self[- ]hat(red|e)", r"^no "),
    "ableism": (r"ableis", r"^no "),
    "fat-phobia": (r"fat ?phob|fat[- ]shaming", r"^no "),
    "classism": (r"classis", r"^no "),
}
PATTERNS = {label: (re.compile(yes, re.I), re.compile(no, re.I)) for label, (yes, no) in TAGS.items()}


def tag_labels(tags: Iterable[str]) -> set[str]:
    """The labels the additional ``tags`` state."""
    found = set()
    for tag in tags:
        text = tag.strip()
        for label, (yes, no) in PATTERNS.items():
            if yes.search(text) and not no.search(text):
                found.add(label)
    return found


def silver_labels(rating: str, archive_warnings: Iterable[str], additional_tags: Iterable[str]
                  ) -> tuple[set[str], set[str]]:
    """(labels the work carries, labels unknown for it) from its authors' tags."""
    warnings = set(archive_warnings)
    positive = tag_labels(additional_tags) | {ARCHIVE[w] for w in warnings if w in ARCHIVE}
    if rating.strip() == EXPLICIT:
        positive.add("pornographic-content")
    unknown = set(ARCHIVE.values()) - positive if warnings & OPT_OUT else set()
    return positive, unknown
