"""The warnings engine ("auto") is resolved once per process, and again only when its override changes."""

from __future__ import annotations

import pytest

from ficlens.analyse.warnings import stage as warnings_analyse
from ficlens.analyse.warnings.classifier import ENGINE_ENV


def test_the_auto_engine_is_resolved_once_per_override(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str | None] = []

    def resolve(engine: str = "auto") -> str:
        import os

        calls.append(os.environ.get(ENGINE_ENV))
        return "lexicon"

    monkeypatch.setattr(warnings_analyse, "resolve_engine", resolve)
    warnings_analyse._auto_engine.cache_clear()
    monkeypatch.delenv(ENGINE_ENV, raising=False)
    try:
        first = warnings_analyse.work_classifier()
        assert warnings_analyse.work_classifier() is first
        assert calls == [None]
        monkeypatch.setenv(ENGINE_ENV, "lexicon")  # a new override is read again
        warnings_analyse.work_classifier()
        assert calls == [None, "lexicon"]
    finally:
        warnings_analyse._auto_engine.cache_clear()
