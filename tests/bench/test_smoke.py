"""The benchmarks' cheap parts still run against the current code (their figures are not checked here)."""

from __future__ import annotations

import pytest

from script_loader import load_script


def test_prefilter_bench_runs(capsys: pytest.CaptureFixture[str]) -> None:
    load_script("bench/bench_warnings.py").bench_prefilter()
    assert "common prefixes carry their patterns' condition" in capsys.readouterr().out
