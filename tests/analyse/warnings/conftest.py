"""Fixtures the warnings tests share."""

from __future__ import annotations

import pytest

from ficlens.analyse.warnings.classifier import PassageClassifier


@pytest.fixture(scope="module")
def lexicon_only() -> PassageClassifier:
    """The passage decision on the cue lexicons alone (no trained model)."""
    return PassageClassifier("lexicon")
