"""Per-work and start-up costs: the warnings engine is resolved once per process (and per override), and a
one-work ``analyze --json`` does not import ``rich``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ficlens.analyse.warnings import stage as warnings_analyse
from ficlens.analyse.warnings.classifier import ENGINE_ENV
from repo_paths import SRC


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


def test_one_work_as_json_does_not_import_rich(tmp_path: Path) -> None:
    work = tmp_path / "one.txt"
    work.write_text("Derek looked at Stiles. \u201cYou\u2019re late,\u201d he said.\n", encoding="utf-8")
    code = ("import io, sys, contextlib\n"
            "from ficlens.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
            f"    rc = main(['analyze', '--fast', '--json', {str(work)!r}])\n"
            "print(rc, '\"warnings\"' in out.getvalue(), any(m.split('.')[0] == 'rich' for m in sys.modules))\n")
    src = str(SRC)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env={"PYTHONPATH": src, "PATH": ""})
    assert proc.stdout.split() == ["0", "True", "False"]
