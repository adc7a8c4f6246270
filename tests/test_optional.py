from __future__ import annotations

import pytest

from ficlens.errors import FiclensError
from ficlens.optional import require


def test_require_imports_an_installed_module() -> None:
    assert require("json", extra="none", purpose="test").dumps([1]) == "[1]"


def test_require_names_the_extra_when_missing() -> None:
    with pytest.raises(FiclensError, match=r'Parquet output needs the parquet extra: pip install "ficlens\[parquet\]"'):
        require("json", extra="parquet", purpose="Parquet output", also=("no_such_module_here",))
