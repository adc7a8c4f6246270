"""A character the KB tags apart by gender ("Commander Shepard", "Male Shepard", "Female Shepard" go by the same
"Shepard"): once the text has voted the character's gender, its canonical name is the variant of that gender."""

from __future__ import annotations

from ficlens.analyse.cast.model import Cluster
from ficlens.knowledge.fandom_kb import FandomKB


def gendered_variants(kb: FandomKB, clusters: list[Cluster]) -> None:
    """Rename in place each cluster whose KB character has no gender, or another gender than the text gives it, to
    the one character of its fandom with the text's gender that the same name forms find."""
    for c in clusters:
        if c.kb is None or c.gender is None or c.kb.gender == c.gender:
            continue
        fandom = {c.kb.fandom}
        variants = {h.character for form in c.forms for h in kb.lookup(form, fandom)
                    if h.character.gender == c.gender and h.character.name != c.kb.name
                    and any(o.character.name == c.kb.name for o in kb.lookup(form, fandom))}
        if len(variants) == 1:
            c.kb = variants.pop()
            c.name = c.kb.name
