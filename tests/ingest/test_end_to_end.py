"""End to end through the command line: good and bad files in one folder, and ``ficlens text``."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from ficlens.ingest import read
from ficlens.report import shipped_schema

GOOD = ["ao3-download-plural.html", "fanficfare-ao3-2001.epub", "utf8-crlf.txt"]
BAD = ["empty.txt", "noise.bin", "truncated.epub", "no-text.html"]


def ficlens(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "ficlens", *args], capture_output=True, timeout=600, check=False)


@pytest.fixture
def mixed_folder(tmp_path: Path, fixtures: Path) -> Path:
    for name in GOOD + BAD:
        shutil.copy(fixtures / "ingest" / name, tmp_path / name)
    return tmp_path


def test_analyze_json_on_a_folder_with_good_and_bad_files(mixed_folder: Path) -> None:
    result = ficlens("analyze", "--json", str(mixed_folder))
    stderr = result.stderr.decode("utf-8")
    assert result.returncode == 1, stderr
    assert "Traceback" not in stderr
    error_lines = [line for line in stderr.splitlines() if line.startswith("ficlens: error: ")]
    assert len(error_lines) == len(BAD)
    for name in BAD:
        assert sum(str(mixed_folder / name) in line for line in error_lines) == 1
    reports = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    schema = shipped_schema()
    for report in reports:
        jsonschema.validate(report, schema)
    assert sorted(Path(r["source"]).name for r in reports) == sorted(GOOD)
    formats = {Path(r["source"]).name: r["format"] for r in reports}
    assert formats == {"ao3-download-plural.html": "ao3-html", "fanficfare-ao3-2001.epub": "fanficfare-epub",
                       "utf8-crlf.txt": "text"}
    for report in reports:
        if report["format"] != "text":
            assert report["author_tags"] is not None


@pytest.mark.parametrize("name", ["ao3-download-plural.html", "fanficfare-ao3-2001.epub", "utf16le-bom.txt",
                                  "utf8-crlf.txt"])
def test_text_command_prints_exactly_the_work_text(fixtures: Path, name: str) -> None:
    path = fixtures / "ingest" / name
    result = ficlens("text", str(path))
    assert result.returncode == 0
    assert result.stdout.decode("utf-8") == next(read(path)).text


def test_text_command_on_a_bad_file(fixtures: Path) -> None:
    path = fixtures / "ingest" / "noise.bin"
    result = ficlens("text", str(path))
    assert result.returncode == 1 and result.stdout == b""
    assert result.stderr.decode("utf-8").strip().splitlines() == [
        f"ficlens: error: {path}: not a text, HTML, EPUB or zip file (its bytes do not decode as text in any "
        "common encoding)"]
