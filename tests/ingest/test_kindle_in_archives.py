"""A MOBI/AZW3 book inside a zip goes through the MOBI reader (never read as text), and what a book unpacks to counts
against the run's cap on unpacked bytes as a zip's members do."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import pytest

from ficlens.errors import InputError
from ficlens.ingest import UnpackBudget, limits, read
from repo_paths import FIXTURES

AZW3 = FIXTURES / "ingest" / "lighthouse.azw3"


def zipped(tmp_path: Path) -> Path:
    path = tmp_path / "books.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.write(AZW3, "kindle/lighthouse.azw3")
    return path


def test_a_kindle_book_in_a_zip_is_unpacked_and_read(tmp_path: Path) -> None:
    pytest.importorskip("mobi")
    [work] = list(read(zipped(tmp_path)))
    assert work.source.endswith("books.zip#kindle/lighthouse.azw3")
    assert work.title == "The Lighthouse Keeper" and "BOOKMOBI" not in work.text


def test_a_kindle_book_in_a_zip_without_the_unpacker_is_named_in_the_error(tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "mobi", None)  # as if the mobi extra were not installed
    with pytest.raises(InputError) as caught:
        list(read(zipped(tmp_path)))
    assert "books.zip#kindle/lighthouse.azw3: MOBI/AZW3 needs the mobi package" in str(caught.value)
    assert str(caught.value).endswith("ebook-convert lighthouse.azw3 lighthouse.epub")


def test_the_book_a_kindle_file_unpacks_to_counts_against_the_run_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("mobi")
    budget = UnpackBudget()
    [work] = list(read(AZW3, budget=budget))
    assert budget.used > 0  # the EPUB inside, and its pages
    monkeypatch.setattr(limits, "MAX_UNPACKED_BYTES_PER_RUN", 1000)
    with pytest.raises(InputError, match="past 1,000 bytes"):
        list(read(AZW3, budget=UnpackBudget()))
