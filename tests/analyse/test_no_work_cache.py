"""Nothing is cached between works: a work's results live in its own analysis (the Analysis, the warnings'
WorkScanner), never in a module-level memo keyed by its text or document, so analysing texts in a row gives each its
own result. The process-wide caches that stay are look-ups (a name form, a model artifact, an engine name)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Iterator
from typing import Any

import ficlens.analyse
from ficlens import analyze

# parameter names that carry a whole work (its text, folded text or parsed document)
WORK_PARAMETERS = {"text", "folded", "norm", "doc", "document", "work", "analysis"}
WORK_TYPES = ("Document", "Work", "Analysis")

TEEN = "Sam Reed was only sixteen. Sam Reed went to high school and hated homework. Sam Reed sighed."
ADULT = "Ann Moss was thirty-two. Ann Moss worked at the bank and hated paperwork. Ann Moss sighed."


def _caches() -> Iterator[tuple[str, Any]]:
    """Every functools cache defined at module level in ficlens.analyse."""
    for info in pkgutil.walk_packages(ficlens.analyse.__path__, "ficlens.analyse."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if hasattr(value, "cache_info") and getattr(value, "__module__", None) == info.name:
                yield f"{info.name}.{name}", value


def test_analyse_has_its_lookup_caches() -> None:
    assert len(list(_caches())) >= 3  # the walk finds them (a broken walk would pass the next test vacuously)


def test_no_module_cache_is_keyed_by_a_work() -> None:
    for qualname, cached in _caches():
        for parameter in inspect.signature(cached.__wrapped__).parameters.values():
            assert parameter.name not in WORK_PARAMETERS, f"{qualname} caches per work ({parameter.name})"
            assert not any(t in str(parameter.annotation) for t in WORK_TYPES), f"{qualname} caches per work"


def test_texts_analysed_in_a_row_each_get_their_own_report() -> None:
    alone = analyze(ADULT, fast=True)
    analyze(TEEN, fast=True)
    after = analyze(ADULT, fast=True)
    assert after == alone
    assert [c.name for c in after.characters] != [c.name for c in analyze(TEEN, fast=True).characters]
