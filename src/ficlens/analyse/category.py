"""The category analyser: AO3's F/F, F/M, Gen, M/M, Multi, Other from the pairings and the characters' genders."""

from __future__ import annotations

import re
from collections import Counter

from ficlens.analyse.cast.build import cast_of
from ficlens.nlp.document import Document
from ficlens.report import Report

ORDER = ["F/F", "F/M", "Gen", "M/M", "Multi", "Other"]


def categorise(romantic_pairs: list[list[str | None]], has_platonic: bool) -> list[str]:
    """Categories for romantic pairings given as lists of genders ("m", "f" or None)."""
    cats: set[str] = set()
    partners: Counter[int] = Counter()
    for genders in romantic_pairs:
        if len(genders) > 2:
            cats.add("Multi")
        if any(g is None for g in genders):
            cats.add("Other")
            continue
        m = sum(1 for g in genders if g == "m")
        f = len(genders) - m
        cats.add("M/M" if f == 0 else "F/F" if m == 0 else "F/M")
    if not romantic_pairs:
        cats.add("Gen")
    del partners, has_platonic
    return [c for c in ORDER if c in cats]


def analyse(doc: Document, report: Report) -> None:
    """Fill ``report.category`` from ``report.relationships`` and the cast's genders."""
    cast = cast_of(doc)
    gender = {c.name: c.gender for c in cast.clusters}
    romantic = [[gender.get(n.strip()) for n in re.split(r"/", r.tag)] for r in report.relationships
                if r.kind == "romantic"]
    cats = categorise(romantic, any(r.kind == "platonic" for r in report.relationships))
    names = Counter(n.strip() for r in report.relationships if r.kind == "romantic" for n in r.tag.split("/"))
    if any(v > 1 for v in names.values()) and "Multi" not in cats:
        cats = [c for c in ORDER if c in {*cats, "Multi"}]
    report.category = cats
