"""The public Python API of docs/api.md: ``ficlens.analyze``, ``ficlens.analyze_all`` and ``ficlens.Library``."""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

import ficlens
import ficlens.api
from ficlens.cli import main
from ficlens.errors import InputError

SCENE = ("Derek looked at Stiles across the kitchen. \u201cYou\u2019re late,\u201d Derek said.\n\n"
         "\u201cTraffic,\u201d Stiles said, and Derek rolled his eyes.\n")
SRC = str(Path(__file__).resolve().parents[1] / "src")


def cli_json(*args: str) -> list[str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["analyze", "--json", *args]) == 0
    return out.getvalue().splitlines()


def test_a_str_is_analysed_as_the_works_text() -> None:
    report = ficlens.analyze(SCENE)
    assert isinstance(report, ficlens.Report)
    assert (report.source, report.format, report.mode) == ("<text>", "text", "full")
    assert {"Derek", "Stiles"} <= {c.name.split()[0] for c in report.characters}
    assert [SCENE[q.start:q.end] for q in report.quotes] == ["\u201cYou\u2019re late,\u201d", "\u201cTraffic,\u201d"]


def test_a_str_naming_a_file_is_still_text(fixtures: Path) -> None:
    path = fixtures / "characters" / "sterek_snippet.txt"
    report = ficlens.analyze(str(path), fast=True)
    assert report.source == "<text>"
    assert report.words == 1


def test_a_path_is_read_like_the_cli_reads_it(fixtures: Path) -> None:
    path = fixtures / "characters" / "sterek_snippet.txt"
    report = ficlens.analyze(path)
    assert report.source == str(path)
    assert [report.to_json()] == cli_json(str(path))


def test_any_path_like_object_is_a_path(fixtures: Path) -> None:
    class Named(os.PathLike[str]):
        def __fspath__(self) -> str:
            return str(fixtures / "ingest" / "ao3-download-singular.html")

    report = ficlens.analyze(Named(), fast=True)
    assert report.format == "ao3-html"


def test_fast_mode_is_the_clis_fast_mode(fixtures: Path) -> None:
    path = fixtures / "characters" / "sterek_snippet.txt"
    report = ficlens.analyze(path, fast=True)
    assert report.mode == "fast"
    assert report.quotes == []
    assert [report.to_json()] == cli_json("--fast", str(path))


def test_a_path_holding_several_works_needs_analyze_all(fixtures: Path) -> None:
    folder = fixtures / "library" / "works"
    with pytest.raises(InputError, match="more than one work: use ficlens.analyze_all") as caught:
        ficlens.analyze(folder, fast=True)
    assert caught.value.source == str(folder)
    reports = list(ficlens.analyze_all(folder, fast=True))
    assert [Path(r.source).name for r in reports] == ["hostile.txt", "quiet-morning.txt", "the-fight.txt"]


def test_unreadable_inputs_raise_one_line_input_errors(fixtures: Path, tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"^<text>: contains no text"):
        ficlens.analyze("   \n")
    missing = tmp_path / "missing.txt"
    with pytest.raises(InputError, match="no such file") as caught:
        ficlens.analyze(missing)
    assert str(caught.value).splitlines() == [f"{missing}: no such file or directory"]
    with pytest.raises(TypeError, match="str or a file as a pathlib.Path"):
        ficlens.analyze(b"bytes are neither")  # type: ignore[arg-type]


def test_analyze_all_hands_bad_works_to_on_error_and_goes_on(fixtures: Path) -> None:
    folder = fixtures / "ingest"
    with pytest.raises(InputError):
        list(ficlens.analyze_all(folder, fast=True))
    errors: list[InputError] = []
    reports = list(ficlens.analyze_all(folder, fast=True, on_error=errors.append))
    assert reports and errors
    assert {Path(e.source).name for e in errors} >= {"empty.txt", "corrupt.zip"}


def test_a_failing_analysis_is_an_input_error_naming_the_work(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(analysis: object) -> object:
        def fail(work: object) -> None:
            raise RuntimeError("boom")
        return fail

    monkeypatch.setattr(ficlens.api, "analyser_for", broken)
    with pytest.raises(InputError, match=r"^<text>: analysis failed: RuntimeError: boom$") as caught:
        ficlens.analyze(SCENE)
    assert isinstance(caught.value.__cause__, RuntimeError)
    errors: list[InputError] = []
    assert list(ficlens.analyze_all(SCENE, on_error=errors.append)) == []
    assert len(errors) == 1


def test_library_round_trip_add_list_search(fixtures: Path, tmp_path: Path) -> None:
    with ficlens.Library(tmp_path / "lib.sqlite3") as lib:
        added = lib.add_works(fixtures / "library" / "works", fast=True)
        assert [a.created for a in added] == [True, True, True]
        assert not any(a.created for a in lib.add_works(fixtures / "library" / "works", fast=True))
        assert lib.add_works(SCENE)[0].created
        rows = lib.rows()
        assert len(rows) == 4
        assert {r.analysis for r in rows} == {"fast", "full"}
        found = lib.search("coffee")
        assert [Path(h.row.source).name for h in found.hits] == ["quiet-morning.txt"]
        assert found.hits[0].why == ["full text matches 'coffee'"]
        stored = lib.get(found.hits[0].id)
        assert stored is not None and "coffee maker" in stored.text
        violent = lib.search(include=["violence"])
        assert "the-fight.txt" in {Path(h.row.source).name for h in violent.hits}
        kept = lib.search(exclude=["violence"])
        assert "the-fight.txt" not in {Path(h.row.source).name for h in kept.hits}


def test_import_ficlens_stays_light() -> None:
    code = ("import sys, ficlens\n"
            "print(sorted(m for m in ('pydantic', 'sqlite3', 'spacy') if m in sys.modules))\n"
            "ficlens.analyze, ficlens.analyze_all, ficlens.Library, ficlens.Report\n"
            "print('spacy' in sys.modules)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env={"PYTHONPATH": SRC, "PATH": ""})
    assert proc.stdout.split("\n")[:2] == ["[]", "False"]


def test_the_public_names_are_listed_and_others_refused() -> None:
    assert {"analyze", "analyze_all", "Library", "Report", "__version__"} <= set(dir(ficlens))
    assert set(ficlens.__all__) <= set(dir(ficlens))
    with pytest.raises(AttributeError, match="no attribute 'no_such_name'"):
        ficlens.no_such_name  # type: ignore[attr-defined]  # noqa: B018


def test_a_text_with_nothing_to_read_is_an_input_error_as_in_the_cli() -> None:
    with pytest.raises(InputError, match="no text"):
        ficlens.analyze(" \n\u200b\t ")
