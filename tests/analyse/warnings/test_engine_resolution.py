"""The warnings engine ("auto") is resolved once per process, and again only when its override changes."""

from __future__ import annotations

import os
import uuid

import pytest

from ficlens.analyse.warnings import stage as warnings_analyse
from ficlens.analyse.warnings.classifier import ENGINE_ENV


def test_the_auto_engine_is_resolved_once_per_override(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str | None] = []

    def resolve(engine: str = "auto") -> str:
        calls.append(os.environ.get(ENGINE_ENV))
        return "lexicon"

    monkeypatch.setattr(warnings_analyse, "resolve_engine", resolve)
    first_override, second_override = (f"override-{uuid.uuid4().hex}" for _ in range(2))  # new to this process
    monkeypatch.setenv(ENGINE_ENV, first_override)
    first = warnings_analyse.work_classifier()
    assert warnings_analyse.work_classifier() is first
    assert calls == [first_override]
    monkeypatch.setenv(ENGINE_ENV, second_override)  # a new override is read again
    warnings_analyse.work_classifier()
    assert calls == [first_override, second_override]
