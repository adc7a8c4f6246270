"""The warnings stage: content warnings with severity and evidence, then archive warnings, rating and the
freeform tags they justify. Runs after the characters stage (it reads ``report.characters``) and reads the cast."""

from __future__ import annotations

import os
from functools import lru_cache

from ficlens.analyse.analysis import Analysis
from ficlens.analyse.warnings.aggregate import scan_warnings
from ficlens.analyse.warnings.archive import archive_warnings, rating
from ficlens.analyse.warnings.classifier import ENGINE_ENV, PassageClassifier, resolve_engine
from ficlens.analyse.warnings.freeforms import freeforms


@lru_cache(maxsize=4)
def classifier(engine: str = "auto") -> PassageClassifier:
    """The shared classifier of an engine (loads its model artifact once per process)."""
    return PassageClassifier(engine)


@lru_cache(maxsize=8)
def _auto_engine(override: str | None) -> str:
    """``resolve_engine("auto")`` once per process and value of FICLENS_WARNINGS_ENGINE (``override``): resolving
    "auto" looks for three installed packages (``importlib.util.find_spec``: file-system look-ups), ~0.1 ms, which
    was 4% of ``analyze --fast`` on 300-word works when done for every work."""
    return resolve_engine("auto")


def work_classifier() -> PassageClassifier:
    """The classifier ``analyze`` uses: the ``auto`` engine's (see :func:`~.classifier.resolve_engine`)."""
    return classifier(_auto_engine(os.environ.get(ENGINE_ENV)))


def run(analysis: Analysis) -> None:
    """Fill ``warnings``, ``archive_warnings``, ``rating`` and add freeform tags."""
    doc, report = analysis.doc, analysis.report
    # --fast stays on the cue path: the passage reader would read every passage (and its artifact is not loaded)
    fast_reader = doc.fast and _auto_engine(os.environ.get(ENGINE_ENV)) == "reader"
    warnings, findings = scan_warnings(doc, classifier("linear") if fast_reader else work_classifier(), analysis.cast)
    report.warnings = warnings
    report.archive_warnings = archive_warnings(doc, warnings, findings, report.characters)
    report.rating = rating(doc, warnings)
    known = {f.tag for f in report.freeforms}
    report.freeforms.extend(f for f in freeforms(doc, warnings, findings) if f.tag not in known)
