"""The pipeline: the stages, run in order over one work's :class:`~ficlens.analyse.analysis.Analysis`.

One visible sequence, no cached globals: ``analyse_work`` reads the work (NLP), ``analyse_document`` makes a new
Analysis and runs every stage of the document's profile on it. Each stage declares what it reads and writes
(``requires`` / ``assigns``); tests/analyse/test_stage_contracts.py checks that every read is written earlier, in
both profiles. The quotes stage counts quotes before anything is ranked by prominence (characters, pairings).
"""

from __future__ import annotations

import time

from ficlens.analyse import category, relations, summary
from ficlens.analyse.analysis import Analysis, Stage
from ficlens.analyse.cast import stages as cast_stages
from ficlens.analyse.speakers import stage as quotes_stage
from ficlens.analyse.warnings import stage as warnings_stage
from ficlens.nlp.document import Document, build_document
from ficlens.nlp.loader import Profile
from ficlens.report import Report
from ficlens.work import Work

STAGES: list[Stage] = [
    Stage("cast", cast_stages.run_cast, requires=("doc",), assigns=("cast",), in_fast=True),
    Stage("quotes", quotes_stage.run, requires=("doc", "cast"),
          assigns=("attributions", "cast.quotes", "report.quotes"), in_fast=False),
    Stage("characters", cast_stages.run_characters, requires=("doc", "cast"),
          assigns=("report.characters", "narrator"), in_fast=True),
    Stage("relations", relations.run, requires=("doc", "cast", "cast.quotes", "attributions", "narrator"),
          assigns=("report.relationships",), in_fast=False),
    Stage("warnings", warnings_stage.run, requires=("doc", "cast", "report.characters"),
          assigns=("report.warnings", "report.archive_warnings", "report.rating", "report.freeforms"), in_fast=True),
    Stage("consent", relations.run_consent, requires=("doc", "cast", "report.relationships", "report.warnings"),
          assigns=("report.relationships",), in_fast=False),
    Stage("fandom", cast_stages.run_fandom, requires=("cast",), assigns=("report.fandoms",), in_fast=True),
    Stage("category", category.run, requires=("cast", "report.relationships"), assigns=("report.category",),
          in_fast=False),
    Stage("summary", summary.run,
          requires=("report.fandoms", "report.rating", "report.warnings"), assigns=("report.summary",), in_fast=True),
]


def stages_for(fast: bool) -> list[Stage]:
    """The stages a profile runs, in order (``fast``: the --fast triage)."""
    return [s for s in STAGES if s.in_fast or not fast]


def analyse_document(doc: Document, timings: dict[str, float] | None = None) -> Report:
    """Run every stage of the document's profile on a new Analysis; ``timings`` (if given) collects seconds per
    stage."""
    analysis = Analysis(doc, Report.for_work(doc.work, mode=doc.profile))
    for stage in stages_for(doc.fast):
        t0 = time.perf_counter()
        stage.run(analysis)
        if timings is not None:
            timings[stage.name] = timings.get(stage.name, 0.0) + time.perf_counter() - t0
    return analysis.report


def analyse_work(work: Work, profile: Profile = "full", timings: dict[str, float] | None = None) -> Report:
    """Read the work once (NLP) and run the stages: the whole pipeline for one work."""
    t0 = time.perf_counter()
    doc = build_document(work, profile)
    if timings is not None:
        timings["nlp"] = timings.get("nlp", 0.0) + time.perf_counter() - t0
    return analyse_document(doc, timings)
