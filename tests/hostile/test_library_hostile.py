"""A damaged, foreign, read-only or mistyped library: one line naming the file and the reason, never a traceback,
never a new empty library by accident; a read-only library can still be read."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from ficlens.cli import main
from ficlens.library import Library
from hostile.cli_process import TIMEOUT_S, cli_env, error_lines, ficlens

WORKS = Path(__file__).resolve().parents[1] / "fixtures" / "library" / "works"
READ_COMMANDS = (["list"], ["list", "--json"], ["search", "knife"], ["search", "--include", "violence"],
                 ["exclusions"], ["remove", "1"], ["remove", "/no/such/work.txt"])
PAGE = 4096


def good_library(path: Path) -> Path:
    with Library(path) as lib:
        lib.add_exclusions(["violence"])
    assert main(["add", str(WORKS), "--library", str(path), "--no-analysis"]) == 0
    return path


def overwrite_pages(path: Path) -> None:
    """Every page but the first (the header and the schema) overwritten: opens, fails on first read."""
    size = path.stat().st_size
    with path.open("r+b") as fh:
        fh.seek(PAGE)
        fh.write(b"\x41" * (size - PAGE))


def truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def garbage(path: Path) -> None:
    path.write_bytes(b"not a database, just notes\n" * 400)


def foreign(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE works (x)")
    conn.commit()
    conn.close()


def folder(path: Path) -> None:
    path.unlink()
    path.mkdir()


DAMAGE: dict[str, Callable[[Path], None]] = {"pages overwritten": overwrite_pages, "truncated": truncate,
                                              "not SQLite": garbage, "another program's SQLite": foreign,
                                              "a folder": folder}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_damaged_library_is_one_line_naming_the_file(damage: str, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    path = good_library(tmp_path / "lib.sqlite3")
    DAMAGE[damage](path)
    capsys.readouterr()
    failures = 0
    for argv in READ_COMMANDS + (["exclusions", "add", "x"],):
        code = main([*argv, "--library", str(path)])
        err = capsys.readouterr().err
        if code != 0:
            failures += 1
            assert code == 1 and err.count("\n") == 1 and err.startswith(f"ficlens: error: {path}: "), (argv, err)
    assert failures >= len(READ_COMMANDS) - 1  # a command may not touch the damaged pages at all


def test_a_damaged_library_gives_no_traceback_from_a_process(tmp_path: Path) -> None:
    path = good_library(tmp_path / "lib.sqlite3")
    overwrite_pages(path)
    done = ficlens("list", "--library", path)
    assert done.returncode == 1 and error_lines(done.stderr) == [
        f"ficlens: error: {path}: the library is damaged (database disk image is malformed); restore a copy, "
        "or rebuild it with `ficlens add`"]


@pytest.mark.parametrize("argv", [*READ_COMMANDS, ["serve"]])
def test_reading_a_library_that_is_not_there_never_creates_one(argv: list[str], tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str],
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    uvicorn = pytest.importorskip("uvicorn")
    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: pytest.fail("served a library that is not there"))
    typo = tmp_path / "libary.sqlite3"
    assert main([*argv, "--library", str(typo)]) == 1
    assert capsys.readouterr().err == f"ficlens: error: {typo}: no library there (`ficlens add` creates one)\n"
    assert not typo.exists()


def test_add_and_saving_exclusions_create_the_library(tmp_path: Path) -> None:
    assert main(["exclusions", "add", "violence", "--library", str(tmp_path / "a.sqlite3")]) == 0
    assert main(["add", str(WORKS), "--library", str(tmp_path / "b.sqlite3"), "--no-analysis"]) == 0
    assert Library(tmp_path / "a.sqlite3").exclusions() == ["violence"] and Library(tmp_path / "b.sqlite3").count()


def test_library_option_before_the_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = good_library(tmp_path / "lib.sqlite3")
    capsys.readouterr()
    assert main(["--library", str(path), "list"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 3
    assert main(["--library", str(tmp_path / "other.sqlite3"), "list", "--library", str(path)]) == 0


@pytest.fixture
def read_only_library() -> Iterator[Path]:
    """A library in a folder nobody may write; as root (who may write anything) the commands run as nobody."""
    folder = Path(tempfile.mkdtemp(prefix="ficlens-ro-"))
    try:
        path = good_library(folder / "lib.sqlite3")
        path.chmod(0o444)
        folder.chmod(0o555)
        yield path
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder)


AS_NOBODY = ("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups")


def as_reader(*args: str | Path) -> tuple[int, list[str], list[str]]:
    """``ficlens ARGS`` as a user who may not write the library (root may write anything: nobody then)."""
    if os.geteuid() == 0:
        done = subprocess.run([*AS_NOBODY, sys.executable, "-m", "ficlens", *map(str, args)], capture_output=True,
                              timeout=TIMEOUT_S, env=cli_env(), check=False)
    else:
        done = ficlens(*args)
    return done.returncode, done.stdout.decode("utf-8").splitlines(), error_lines(done.stderr)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("setpriv") is None,
                    reason="running as root without setpriv to drop privileges")
def test_a_read_only_library_can_be_read_but_not_written(read_only_library: Path) -> None:
    path = read_only_library
    code, out, err = as_reader("list", "--library", path)
    assert code == 0 and len(out) == 3 and err == [f"3 works in {path}"]
    code, out, _ = as_reader("search", "knife", "--library", path)
    assert code == 0 and out[0].endswith("the-fight.txt)")
    code, out, _ = as_reader("exclusions", "--library", path)
    assert code == 0 and out == ["violence"]
    for argv in (["remove", "1"], ["exclusions", "add", "x"]):
        code, _, err = as_reader(*argv, "--library", path)
        assert code == 1 and err == [f"ficlens: error: {path}: the library is read-only (its file or folder "
                                     "cannot be written)"]
    assert sorted(p.name for p in path.parent.iterdir()) == ["lib.sqlite3"]
