"""The category stage: AO3's F/F, F/M, Gen, M/M, Multi, Other from the pairings and the characters' genders."""

from __future__ import annotations

from collections import Counter

from ficlens.analyse.analysis import Analysis

ORDER = ["F/F", "F/M", "Gen", "M/M", "Multi", "Other"]


def categorise(romantic_pairs: list[list[str | None]]) -> list[str]:
    """Categories for romantic pairings given as lists of genders ("m", "f" or None)."""
    cats: set[str] = set()
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
    return [c for c in ORDER if c in cats]


def run(analysis: Analysis) -> None:
    """Fill ``report.category`` from ``report.relationships`` and the cast's genders; a character in two romantic
    pairings makes the work Multi."""
    report = analysis.report
    gender = {c.name: c.gender for c in analysis.cast.clusters}
    romantic = [[n.strip() for n in r.tag.split("/")] for r in report.relationships if r.kind == "romantic"]
    cats = set(categorise([[gender.get(n) for n in names] for names in romantic]))
    if any(v > 1 for v in Counter(n for names in romantic for n in names).values()):
        cats.add("Multi")
    report.category = [c for c in ORDER if c in cats]
