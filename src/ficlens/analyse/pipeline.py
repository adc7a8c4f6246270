"""The row of analysers, run in order over one Document, each adding its findings to one Report.

An analyser is a plain function ``(doc, report) -> None``. Later analysers may read what earlier ones wrote
(quotes read characters, relations read both, derive reads everything). Register new ones in ``ANALYSERS``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from ficlens.analyse import category, relations, summary
from ficlens.analyse.cast import stages as cast_stages
from ficlens.analyse.speakers import stage as quotes
from ficlens.analyse.warnings import stage as warnings
from ficlens.nlp.document import Document, build_document
from ficlens.nlp.loader import Profile
from ficlens.report import Report
from ficlens.work import Work

AnalyserFn = Callable[[Document, Report], None]


class Analyser(NamedTuple):
    name: str
    run: AnalyserFn
    in_fast: bool  # whether --fast runs it


ANALYSERS: list[Analyser] = [
    Analyser("characters", cast_stages.characters, True),
    Analyser("quotes", quotes.analyse, False),
    Analyser("relations", relations.analyse, False),
    Analyser("warnings", warnings.analyse, True),
    Analyser("fandom", cast_stages.fandom, True),
    Analyser("category", category.analyse, False),
    Analyser("derive", summary.analyse, True),
]


def analyse_document(doc: Document, timings: dict[str, float] | None = None) -> Report:
    """Run every analyser for the document's profile; ``timings`` (if given) collects seconds per stage."""
    import time

    report = Report.for_work(doc.work, mode=doc.profile)
    for analyser in ANALYSERS:
        if doc.fast and not analyser.in_fast:
            continue
        t0 = time.perf_counter()
        analyser.run(doc, report)
        if timings is not None:
            timings[analyser.name] = timings.get(analyser.name, 0.0) + time.perf_counter() - t0
    return report


def analyse_work(work: Work, profile: Profile = "full", timings: dict[str, float] | None = None) -> Report:
    """Read the work once (NLP) and run the analysers: the whole pipeline for one work."""
    import time

    t0 = time.perf_counter()
    doc = build_document(work, profile)
    if timings is not None:
        timings["nlp"] = timings.get("nlp", 0.0) + time.perf_counter() - t0
    return analyse_document(doc, timings)
