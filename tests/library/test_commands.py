"""``ficlens add | remove | list | search | exclusions`` end to end, and a ``kill -9`` in the middle of ``add``."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ficlens.cli import build_parser, main
from ficlens.library import Library
from ficlens.library.importer import add_paths
from ficlens.report import Report, Warning
from ficlens.work import Work
from repo_paths import FIXTURES, ROOT

WORKS = FIXTURES / "library" / "works"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_add_list_and_readd_never_duplicates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "lib.sqlite3")
    code, _, err = run(capsys, "add", str(WORKS), "--library", db, "--no-analysis")
    assert code == 0 and "3 added, 0 updated, 0 failed" in err
    code, _, err = run(capsys, "add", str(WORKS), "--library", db, "--no-analysis")
    assert code == 0 and "0 added, 3 updated" in err
    code, _, err = run(capsys, "add", str(WORKS), "--library", db, "--no-analysis", "--skip-existing")
    assert code == 0 and "0 added, 0 updated, 0 failed, 3 already there" in err
    code, out, _ = run(capsys, "list", "--json", "--library", db)
    rows = [json.loads(line) for line in out.splitlines()]
    assert sorted(Path(r["source"]).name for r in rows) == ["hostile.txt", "quiet-morning.txt", "the-fight.txt"]
    assert all(r["analysis"] is None for r in rows)


def test_library_from_environment_variable(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FICLENS_LIBRARY", str(tmp_path / "env.sqlite3"))
    assert run(capsys, "add", str(WORKS / "the-fight.txt"), "--no-analysis")[0] == 0
    assert Library(tmp_path / "env.sqlite3").count() == 1


def test_unreadable_input_gets_one_line_and_the_rest_go_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "lib.sqlite3")
    missing = str(tmp_path / "no-such-file.txt")
    code, _, err = run(capsys, "add", missing, str(WORKS / "the-fight.txt"), "--library", db, "--no-analysis")
    assert code == 1
    assert [line for line in err.splitlines() if line.startswith("ficlens: error:")][0].count(missing) == 1
    assert Library(db).count() == 1


def test_a_failed_analysis_skips_only_that_work(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def flaky(work: Work) -> Report:
        if "hostile" in work.source:
            raise ValueError("analyser exploded")
        report = Report.for_work(work)
        report.warnings = [Warning(label="violence", severity="depicted", score=0.7)]
        return report

    with Library(tmp_path / "lib.sqlite3") as lib:
        assert add_paths(lib, [str(WORKS)], "full", make_report=flaky) == 1
        assert lib.count() == 2
        assert {r.analysis for r in lib.rows()} == {"full"}
    err = capsys.readouterr().err
    assert "hostile.txt: analysis failed: ValueError: analyser exploded" in err


def test_search_json_and_exclusions(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "lib.sqlite3")
    run(capsys, "add", str(WORKS), "--library", db, "--no-analysis")
    code, out, _ = run(capsys, "search", "knife", "--json", "--library", db)
    hits = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(hits) == 1
    assert set(hits[0]) == {"id", "title", "source", "why"} and hits[0]["why"] == ["full text matches 'knife'"]

    code, out, _ = run(capsys, "exclusions", "add", "Major Character Death", "violence", "--library", db)
    assert out.splitlines() == ["Major Character Death", "violence"]
    code, out, err = run(capsys, "search", "--json", "--library", db)
    assert len(out.splitlines()) == 3 and "saved exclusions applied" in err
    code, out, _ = run(capsys, "search", "--json", "--ignore-exclusions", "--show-removed", "--library", db)
    assert all(json.loads(line)["removed"] is False for line in out.splitlines())
    code, out, _ = run(capsys, "exclusions", "remove", "violence", "--library", db)
    assert out.splitlines() == ["Major Character Death"]
    assert run(capsys, "exclusions", "add", "--library", db)[0] == 2


def test_remove(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "lib.sqlite3")
    run(capsys, "add", str(WORKS / "the-fight.txt"), "--library", db, "--no-analysis")
    assert run(capsys, "remove", "1", "--library", db)[0] == 0
    code, _, err = run(capsys, "remove", "1", "--library", db)
    assert code == 1 and "no work with id 1" in err
    assert Library(db).count() == 0


def test_remove_by_the_path_added(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "lib.sqlite3")
    run(capsys, "add", str(WORKS), "--library", db, "--no-analysis")
    assert Library(db).count() == 3
    code, _, err = run(capsys, "remove", str(WORKS / "the-fight.txt"), "--library", db)
    assert code == 0 and err.count("removed ") == 1 and Library(db).count() == 2
    code, _, err = run(capsys, "remove", str(tmp_path / "never-added.txt"), "--library", db)
    assert code == 1 and "no work with source" in err and Library(db).count() == 2
    code, _, err = run(capsys, "remove", str(WORKS), "--library", db)  # a folder: every work added from it
    assert code == 0 and err.count("removed ") == 2 and Library(db).count() == 0


def test_added_from_matches_files_folders_and_zip_members(tmp_path: Path) -> None:
    from ficlens.cli.library import added_from

    work = tmp_path / "a" / "w.txt"
    assert added_from(str(work), str(work)) and added_from(str(work), str(tmp_path / "a"))
    assert added_from(f"{tmp_path}/b.zip#inner/w.txt", str(tmp_path / "b.zip"))
    assert not added_from(str(work), str(tmp_path / "a" / "w"))  # a prefix of the name is not the file
    assert not added_from(str(tmp_path / "ab" / "w.txt"), str(tmp_path / "a"))


@pytest.mark.slow
def test_kill_9_during_add_loses_nothing_committed(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    n_works = 3000
    texts: dict[str, str] = {}
    for i in range(n_works):
        text = f"Work number {i}.\n\n" + ("The lantern burned low over the harbour. " * 30) + f"\n\nEnd {i}.\n"
        path = corpus / f"work-{i:05d}.txt"
        path.write_text(text, encoding="utf-8")
        texts[str(path)] = text
    db = tmp_path / "lib.sqlite3"
    cmd = [sys.executable, "-m", "ficlens", "add", str(corpus), "--library", str(db), "--no-analysis"]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    seen: dict[int, tuple[str, str]] = {}
    deadline = time.monotonic() + 120
    try:
        while len(seen) < 200:  # a concurrent reader watches the works arrive
            assert proc.poll() is None, "ficlens add finished before it could be killed; use more works"
            assert time.monotonic() < deadline, "ficlens add made no progress"
            if db.exists():
                try:
                    reader = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10)
                    seen = {int(i): (str(s), str(h)) for i, s, h in
                            reader.execute("SELECT id, source, content_hash FROM works")}
                    reader.close()
                except sqlite3.OperationalError:
                    pass  # the schema is not there yet
            time.sleep(0.005)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait()
        assert proc.stderr is not None
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL

    with Library(db) as lib:
        assert lib.integrity_check() == "ok"
        conn = lib.connection()
        conn.execute("INSERT INTO works_fts(works_fts) VALUES ('integrity-check')")
        before_rerun = lib.count()
        assert 200 <= before_rerun < n_works
        for work_id, (source, _) in seen.items():  # everything committed before the kill is intact
            stored = lib.get(work_id)
            assert stored is not None and stored.row.source == source and stored.text == texts[source]

    rerun = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{n_works - before_rerun} added, {before_rerun} updated, 0 failed" in rerun.stderr
    with Library(db) as lib:
        assert lib.count() == n_works
        assert lib.integrity_check() == "ok"
        distinct = lib.connection().execute("SELECT count(DISTINCT content_hash) FROM works").fetchone()[0]
        assert distinct == n_works


def test_serve_binds_to_loopback_by_default() -> None:
    args = build_parser().parse_args(["serve"])
    assert (args.host, args.port) == ("127.0.0.1", 8000)
