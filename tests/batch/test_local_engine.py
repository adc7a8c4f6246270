"""``ficlens batch`` on the local engine: inputs, outputs, failures and resuming."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

import ficlens.analyse
from ficlens.batch import run_batch
from ficlens.batch.sinks import JsonlSink, open_sink
from ficlens.cli import main
from ficlens.errors import UsageError
from ficlens.report import Report
from ficlens.work import Work, count_words
from repo_paths import FIXTURES

BATCH = FIXTURES / "batch"


def _records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Count analyses (in-process runs only) and fail any work whose text says FAIL."""
    seen: list[str] = []
    real = ficlens.analyse.analyse_work

    def analyse_work(work: Work, profile: Any = "full", timings: Any = None) -> Report:
        if work.source != "<warm-up>":
            seen.append(work.source)
        if "FAIL" in work.text:
            raise RuntimeError("this work breaks the analyser")
        return real(work, profile)

    monkeypatch.setattr(ficlens.analyse, "analyse_work", analyse_work)
    return seen


def test_jsonl_input_gives_one_record_per_line(tmp_path: Path, calls: list[str]) -> None:
    out = tmp_path / "out.jsonl"
    summary = run_batch(BATCH / "works.jsonl", out, workers=1, profile="fast", progress=False)
    records = {r["id"]: r for r in _records(out)}
    assert len(records) == 5
    assert (summary.analysed, summary.failed) == (3, 2)
    assert records["w1"]["ok"] and records["w1"]["report"]["schema"] == "ficlens.report/1"
    assert records["w2"]["report"]["title"] == "Library"
    assert records["4"]["ok"] and records["4"]["report"]["words"] == 3
    assert not records["w3"]["ok"] and "text" in records["w3"]["error"]
    bad = [r for r in records.values() if r["id"].endswith(tuple("0123456789abcdef")) and ":line-" in r["id"]]
    assert len(bad) == 1 and not bad[0]["ok"] and bad[0]["report"] is None
    report = Report.from_json(records["w1"]["report"])
    assert report.mode == "fast"


def test_a_failing_work_is_recorded_and_the_run_goes_on(tmp_path: Path, calls: list[str]) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps({"id": i, "text": t}) for i, t in
                             [("a", "One fine day."), ("b", "FAIL here."), ("c", "Another day.")]) + "\n")
    out = tmp_path / "out.jsonl"
    summary = run_batch(src, out, workers=1, profile="fast", progress=False)
    assert (summary.analysed, summary.failed) == (2, 1)
    failed = [r for r in _records(out) if not r["ok"]]
    assert [r["id"] for r in failed] == ["b"] and "RuntimeError: this work breaks" in failed[0]["error"]


def test_rerun_skips_done_works_and_redoes_changed_ones(tmp_path: Path, calls: list[str]) -> None:
    src = tmp_path / "in.jsonl"
    rows = [{"id": "a", "text": "One fine day."}, {"id": "b", "text": "FAIL here."}]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows))
    out = tmp_path / "out.jsonl"
    run_batch(src, out, workers=1, profile="fast", progress=False)
    assert len(calls) == 2

    again = run_batch(src, out, workers=1, profile="fast", progress=False)
    assert (again.analysed, again.failed, again.skipped) == (0, 0, 2)
    assert len(calls) == 2

    rows[0]["text"] = "One fine day, changed."
    rows.append({"id": "c", "text": "A new work."})
    src.write_text("".join(json.dumps(r) + "\n" for r in rows))
    third = run_batch(src, out, workers=1, profile="fast", progress=False)
    assert (third.analysed, third.skipped) == (2, 1)
    assert calls[2:] == [f"{src}#a", f"{src}#c"]

    retry = run_batch(src, out, workers=1, profile="fast", progress=False, retry_failed=True)
    assert (retry.failed, retry.skipped) == (1, 2)
    assert calls[-1] == f"{src}#b"


def test_a_line_cut_short_by_a_kill_is_redone(tmp_path: Path, calls: list[str]) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "One."}) + "\n" + json.dumps({"id": "b", "text": "Two."}) + "\n")
    out = tmp_path / "out.jsonl"
    run_batch(src, out, workers=1, profile="fast", progress=False)
    lines = out.read_text().splitlines()
    out.write_text(lines[0] + "\n" + lines[1][: len(lines[1]) // 2])  # the process died mid-write
    assert set(JsonlSink(out).done()) == {"a"}
    summary = run_batch(src, out, workers=1, profile="fast", progress=False)
    assert (summary.analysed, summary.skipped) == (1, 1)
    assert {r["id"] for r in _records_tolerant(out)} == {"a", "b"}


def _records_tolerant(path: Path) -> list[dict[str, Any]]:
    out = []
    for line in path.read_text().splitlines():
        try:
            out.append(json.loads(line))
        except ValueError:
            continue
    return out


def test_folder_input_on_a_process_pool(tmp_path: Path) -> None:
    lib = tmp_path / "library"
    shutil.copytree(BATCH / "library", lib)
    out = tmp_path / "out.jsonl"
    summary = run_batch(lib, out, workers=2, profile="fast", progress=False)
    records = _records(out)
    assert sorted(Path(r["id"]).name for r in records) == ["bad.txt", "one.txt", "two.txt"]
    assert summary.analysed + summary.failed == 3
    good = {Path(r["id"]).name: r for r in records if r["ok"]}
    assert good["one.txt"]["report"]["source"] == str(lib / "one.txt")
    assert good["two.txt"]["words"] == count_words((lib / "sub" / "two.txt").read_text(encoding="utf-8"))
    again = run_batch(lib, out, workers=2, profile="fast", progress=False)
    assert again.skipped == 3 and again.analysed == 0


def test_parquet_output_is_a_folder_of_parts_and_resumes(tmp_path: Path, calls: list[str]) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "out.parquet"
    run_batch(BATCH / "works.jsonl", out, workers=1, profile="fast", progress=False)
    table = pq.read_table(out)
    assert table.num_rows == 5
    assert set(table.column_names) >= {"id", "hash", "ok", "error", "report"}
    reports = [json.loads(r) for r in table.column("report").to_pylist() if r]
    assert {r["schema"] for r in reports} == {"ficlens.report/1"}
    again = run_batch(BATCH / "works.jsonl", out, workers=1, profile="fast", progress=False)
    assert again.skipped == 5 and pq.read_table(out).num_rows == 5


def test_output_must_be_jsonl_or_parquet(tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        open_sink(tmp_path / "out.csv")


def test_cli_batch_exit_status_says_whether_all_works_succeeded(tmp_path: Path, calls: list[str]) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(BATCH / "works.jsonl"), str(out), "--workers", "1", "--fast", "--quiet"]) == 1
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"id": "x", "text": "All good."}) + "\n")
    assert main(["batch", str(good), str(tmp_path / "good-out.jsonl"), "--workers", "1", "--fast", "--quiet"]) == 0
    assert main(["batch", str(tmp_path / "missing.jsonl"), str(out), "--quiet"]) == 1
    assert main(["batch", str(good), str(tmp_path / "out.csv"), "--quiet"]) == 2


def test_a_folder_of_jsonl_shards_is_jsonl_input(tmp_path: Path, calls: list[str]) -> None:
    shards = tmp_path / "shards"
    shards.mkdir()
    (shards / "part-0.jsonl").write_text(json.dumps({"id": "a", "text": "One fine day."}) + "\n")
    (shards / "part-1.jsonl").write_text(json.dumps({"id": "b", "text": "Another day."}) + "\n\n")
    out = tmp_path / "out.jsonl"
    summary = run_batch(shards, out, workers=1, profile="fast", progress=False)
    assert summary.analysed == 2
    assert sorted(r["source"] for r in _records(out)) == [f"{shards}#a", f"{shards}#b"]


def test_uris_need_the_ray_engine(tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        run_batch("s3://bucket/shards/", tmp_path / "out.jsonl", engine="local", progress=False)
