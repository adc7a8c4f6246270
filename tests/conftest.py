from __future__ import annotations

from pathlib import Path

import pytest

from repo_paths import EXAMPLES, FIXTURES


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def examples() -> Path:
    return EXAMPLES
