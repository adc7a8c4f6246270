"""Inputs inside the per-file limits that still tried to exhaust memory, and markup nested past the parser's limit.

- zips of members just under the size at which each member's ratio is checked expanded 250-14,000 times;
- zips inside zips each stayed under the per-archive cap;
- ``analyze`` and ``add`` read every work into memory before analysing the first;
- text after 256 levels of HTML nesting was silently dropped.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from ficlens.cli import main
from ficlens.errors import InputError
from ficlens.ingest import count_works, limits, read, read_all
from ficlens.report import Report
from ficlens.work import Work

WORDS = ["the", "rain", "fell", "on", "Derek", "and", "Stiles", "while", "the", "pack", "waited", "by", "old",
         "house", "for", "news", "."]


def prose(size: int, seed: int = 0) -> bytes:
    """Random words: text that compresses about as well as a story does (3-4:1), never like a bomb."""
    rng = random.Random(seed)
    out: list[str] = []
    total = 0
    while total < size:
        word = rng.choice(WORDS) + rng.choice(["", "", "", ".", ","]) + " "
        out.append(word)
        total += len(word)
    return "".join(out).encode()


def make_zip(path: Path, members: dict[str, bytes | str], stored: frozenset[str] = frozenset()) -> Path:
    """A zip of ``members``, deflated but for those named in ``stored``."""
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data, compress_type=zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED)
    return path


def make_epub(path: Path, body: str) -> Path:
    """A minimal EPUB with one page whose <body> holds ``body``."""
    page = f'<html xmlns="http://www.w3.org/1999/xhtml"><head><title>c</title></head><body>{body}</body></html>'
    opf = ('<package xmlns="http://www.idpf.org/2007/opf" version="2.0"><metadata '
           'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Deep</dc:title></metadata>'
           '<manifest><item id="c1" href="c1.xhtml" media-type="application/xhtml+xml"/></manifest>'
           '<spine><itemref idref="c1"/></spine></package>')
    container = ('<container xmlns="urn:oasis:names:tc:opendocument:xmlns:container" version="1.0"><rootfiles>'
                 '<rootfile full-path="content.opf" media-type="application/oebps-package+xml"/></rootfiles>'
                 '</container>')
    members = {"mimetype": "application/epub+zip", "META-INF/container.xml": container, "content.opf": opf,
               "c1.xhtml": page}
    return make_zip(path, members, stored=frozenset({"mimetype"}))


def collect(paths: list[Path]) -> tuple[list[Work], list[str]]:
    errors: list[InputError] = []
    works = list(read_all([str(p) for p in paths], on_error=errors.append))
    return works, [str(e) for e in errors]


# -- decompression -----------------------------------------------------------------------------------------------


def test_small_members_that_expand_together_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "RATIO_CHECK_MIN_BYTES", 10_000)  # the real one is 1 MiB: same shape, 100x smaller
    members = {f"part-{i:03}.txt": b"a" * 10_000 for i in range(300)}  # each ~1,000:1, none over the member check
    archive = make_zip(tmp_path / "bomb.zip", members)
    works, errors = collect([archive])
    assert works == []
    assert len(errors) == 1 and errors[0].startswith(f"{archive}: zip archive's 300 small members would unpack to")
    assert errors[0].endswith("the limit is 200:1 (refused as a possible zip bomb)")


def test_ordinary_zips_of_many_small_works_are_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "RATIO_CHECK_MIN_BYTES", 10_000)
    archive = make_zip(tmp_path / "works.zip", {f"w{i}.txt": prose(9_000, i) for i in range(30)})
    works, errors = collect([archive])
    assert len(works) == 30 and errors == []


def test_zips_inside_zips_share_the_run_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_UNPACKED_BYTES_PER_RUN", 100_000)
    inner = {f"w{i}.txt": prose(20_000, i) for i in range(3)}
    outer = make_zip(tmp_path / "outer.zip", {
        "a.zip": make_zip(tmp_path / "a.zip", inner).read_bytes(),
        "b.zip": make_zip(tmp_path / "b.zip", inner).read_bytes(),
    })
    works, errors = collect([outer])
    assert 0 < len(works) < 6
    assert errors and all("unpacking it would take this run's archives past 100,000 bytes" in e for e in errors)


def test_the_cap_holds_over_all_inputs_of_a_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_UNPACKED_BYTES_PER_RUN", 100_000)
    text = prose(60_000, 1)
    first = make_zip(tmp_path / "first.zip", {"w.txt": text})
    second = make_zip(tmp_path / "second.zip", {"w.txt": prose(60_000, 2)})
    works, errors = collect([first, second])
    assert [w.source for w in works] == [f"{first}#w.txt"]
    assert errors == [f"{second}#w.txt: unpacking it would take this run's archives past 100,000 bytes "
                      f"({len(text):,} bytes unpacked before it; refused as a possible zip bomb)"]
    assert len(list(read(second))) == 1  # a run of its own has a cap of its own


def test_epub_pages_count_against_the_run_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_UNPACKED_BYTES_PER_RUN", 10_000)
    epub = make_epub(tmp_path / "big.epub", f"<p>{prose(20_000).decode()}</p>")
    works, errors = collect([epub])
    assert works == [] and len(errors) == 1
    assert errors[0].startswith(f"{epub}: unpacking it would take this run's archives past 10,000 bytes")


# -- one work at a time -------------------------------------------------------------------------------------------


@pytest.fixture
def two_works(tmp_path: Path) -> Path:
    folder = tmp_path / "works"
    folder.mkdir()
    (folder / "a.txt").write_text("Derek waited in the rain.", encoding="utf-8")
    (folder / "b.txt").write_text("Stiles came back.", encoding="utf-8")
    return folder


def test_a_folder_is_read_one_file_at_a_time(two_works: Path) -> None:
    errors: list[InputError] = []
    works = read(two_works, on_error=errors.append)
    assert next(works).source == str(two_works / "a.txt")
    (two_works / "b.txt").unlink()  # the next file is read only when the next work is asked for
    assert list(works) == [] and [e.source for e in errors] == [str(two_works / "b.txt")]


def _analysis_that_removes_b(work: Work, profile: str = "full", timings: object = None) -> Report:
    Path(work.source).with_name("b.txt").unlink(missing_ok=True)
    return Report.for_work(work)


def test_analyze_analyses_each_work_before_reading_the_next(two_works: Path, capsys: pytest.CaptureFixture[str],
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("ficlens.analyse.analyse_work", _analysis_that_removes_b)
    assert main(["analyze", "--json", str(two_works)]) == 1
    out, err = capsys.readouterr()
    assert [json.loads(line)["source"] for line in out.splitlines()] == [str(two_works / "a.txt")]
    assert f"ficlens: error: {two_works / 'b.txt'}: " in err


def test_add_analyses_each_work_before_reading_the_next(two_works: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("ficlens.analyse.analyse_work", _analysis_that_removes_b)
    assert main(["add", str(two_works), "--library", str(tmp_path / "lib.sqlite3")]) == 1
    assert "1 added, 0 updated, 1 failed" in capsys.readouterr().err


def test_count_works_reads_names_only(two_works: Path, tmp_path: Path) -> None:
    archive = make_zip(tmp_path / "three.zip", {"x.txt": b"X.", "y.txt": b"Y.", "cover.jpg": b"\xff\xd8"})
    assert count_works([str(two_works), str(archive)]) == 4


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_count_works_never_opens_a_pipe(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    code = f"from ficlens.ingest import count_works; print(count_works([{str(pipe)!r}]))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert done.stdout.strip() == "1"  # opening it would block until a writer came: forever


# -- deep markup ---------------------------------------------------------------------------------------------------


def nested(depth: int, open_tag: str = "<div><span>", close_tag: str = "</span></div>") -> str:
    return f"<p>Before.</p>{open_tag * depth}<p>Deep inside.</p>{close_tag * depth}<p>After the nesting.</p>"


@pytest.mark.parametrize("depth", [300, 5_000])
def test_text_past_the_parser_depth_limit_is_read(tmp_path: Path, depth: int) -> None:
    page = tmp_path / "deep.html"
    page.write_text(f"<html><body>{nested(depth)}</body></html>", encoding="utf-8")
    (work,) = list(read(page))
    assert work.text == "Before.\n\nDeep inside.\n\nAfter the nesting."


def test_text_past_the_depth_limit_of_an_epub_page_is_read(tmp_path: Path) -> None:
    (work,) = list(read(make_epub(tmp_path / "deep.epub", nested(300))))
    assert work.text.split("\n\n") == ["Before.", "Deep inside.", "After the nesting."]


def test_markup_too_deep_even_flattened_is_one_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                                           ) -> None:
    page = tmp_path / "svg.html"
    page.write_text(f"<html><body>{nested(300, '<svg>', '</svg>')}</body></html>", encoding="utf-8")
    assert main(["analyze", "--fast", "--json", str(page)]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"ficlens: error: {page}: HTML is nested more than 256 levels deep, even with its layout tags removed: "
        "its text cannot all be read"]


def test_a_file_opening_with_many_html_comments_is_sniffed_without_backtracking() -> None:
    # a nested repeat in the HTML sniffer backtracked exponentially: 100 comments with no <html> after them ran for
    # minutes; the child process is given far more time than a linear match needs
    code = (
        "from ficlens.ingest.sniff import looks_like_html;"
        "print(looks_like_html('<!-- a -->' * 200 + 'plain words'),"
        " looks_like_html('<!-- a -->' * 200 + '<html><body>x</body></html>'))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.split() == ["False", "True"]
