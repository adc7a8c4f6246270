"""A work whose analysis runs past its CPU budget, or that holds no text, is one error line and the run goes on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ficlens import budget
from ficlens.batch.items import Item, content_hash
from ficlens.batch.worker import analyse_item
from ficlens.budget import TimeLimitExceeded, analyse_within, cpu_budget
from ficlens.cli import main
from ficlens.errors import InputError
from ficlens.library import Library
from ficlens.library.importer import add_paths
from ficlens.report import Report
from ficlens.work import Work
from hostile.hostile_inputs import within

SLOW_MARK = "SPIN FOREVER"


def _spin(work: Work) -> Report:
    """An analysis that never ends on a work holding SLOW_MARK (a stand-in for a runaway analyser)."""
    while SLOW_MARK in work.text:
        pass
    return Report.for_work(work)


def _spin_fast(work: Work, profile: str = "full", timings: object = None) -> Report:
    return _spin(work)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "works"
    root.mkdir()
    (root / "a-slow.txt").write_text(f"Derek waited. {SLOW_MARK}.", encoding="utf-8")
    (root / "b-fine.txt").write_text("Stiles smiled at Derek.", encoding="utf-8")
    return root


def test_budget_stops_a_runaway_loop() -> None:
    with pytest.raises(TimeLimitExceeded, match="took longer than 0.2 s"), cpu_budget(0.2):
        _spin(Work(text=SLOW_MARK, source="x", format="text"))


def test_budget_stops_a_runaway_regex() -> None:
    import re

    with pytest.raises(TimeLimitExceeded), cpu_budget(0.2):
        re.findall(r"(\S*)*[^\W_]", '"' * 40)  # exponential: only the budget ends it


def test_no_budget_when_zero() -> None:
    work = Work(text="Fine.", source="x.txt", format="text")
    assert within(20, analyse_within, work, Report.for_work, 0).words == 1


def test_an_inner_budget_leaves_the_outer_one_running() -> None:
    with pytest.raises(TimeLimitExceeded, match="0.3 s"), cpu_budget(0.3):
        with cpu_budget(10):
            pass
        _spin(Work(text=SLOW_MARK, source="x", format="text"))


def test_analysis_past_its_budget_is_an_input_error_naming_the_file() -> None:
    work = Work(text=SLOW_MARK, source="slow.txt", format="text")
    with pytest.raises(InputError, match=r"^slow\.txt: analysis took longer than 0\.2 s$"):
        analyse_within(work, _spin, 0.2)


@pytest.mark.parametrize("text", ["", "   \n\t ", "\u200b\u200b\ufeff", "\x00\x01"])
def test_a_work_without_text_is_refused(text: str) -> None:
    with pytest.raises(InputError, match=r"^empty\.txt: no text$"):
        analyse_within(Work(text=text, source="empty.txt", format="text"), Report.for_work)


def test_a_text_over_the_size_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(budget.MAX_ANALYSIS_CHARS, "full", 100)
    work = Work(text="word " * 40, source="huge.txt", format="text")
    limit = r"^huge\.txt: text is too long to analyse \(200 characters; the limit is 100\)$"
    with pytest.raises(InputError, match=limit):
        analyse_within(work, Report.for_work)
    assert analyse_within(work, Report.for_work, profile="fast").words == 40  # fast mode needs less memory


def test_analyze_refuses_a_text_over_the_size_limit(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(budget.MAX_ANALYSIS_CHARS, "fast", 100)
    huge = tmp_path / "huge.txt"
    huge.write_text("word " * 40, encoding="utf-8")
    assert main(["analyze", "--fast", "--json", str(huge)]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"ficlens: error: {huge}: text is too long to analyse (200 characters; the limit is 100 in fast mode)"]


def test_analyze_records_the_slow_work_and_goes_on(folder: Path, capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("ficlens.analyse.analyse_work", _spin_fast)
    code = main(["analyze", "--json", "--time-limit", "0.3", str(folder)])
    out, err = capsys.readouterr()
    assert code == 1
    assert [json.loads(line)["source"] for line in out.splitlines()] == [str(folder / "b-fine.txt")]
    assert f"ficlens: error: {folder / 'a-slow.txt'}: analysis took longer than 0.3 s" in err.splitlines()


def test_analyze_time_limit_option_is_checked(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["analyze", "--time-limit", "-1", "x.txt"])
    assert exit_info.value.code == 2
    assert "--time-limit" in capsys.readouterr().err


def test_analyze_of_a_file_without_visible_text_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                                             ) -> None:
    blank = tmp_path / "blank.txt"
    blank.write_text("\u200b\u200b\n", encoding="utf-8")
    assert main(["analyze", "--json", "--fast", str(blank)]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.splitlines() == [f"ficlens: error: {blank}: no text"]


def test_add_records_the_slow_work_and_goes_on(folder: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    with Library(tmp_path / "lib.sqlite3") as lib:
        assert add_paths(lib, [str(folder)], "full", make_report=_spin, time_limit=0.3) == 1
        assert [Path(r.source).name for r in lib.rows()] == ["b-fine.txt"]
    assert f"{folder / 'a-slow.txt'}: analysis took longer than 0.3 s" in capsys.readouterr().err


def test_add_takes_the_time_limit_option(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("ficlens.analyse.analyse_work", _spin_fast)
    code = main(["add", str(folder), "--library", str(tmp_path / "lib.sqlite3"), "--time-limit", "0.3"])
    assert code == 1
    assert "analysis took longer than 0.3 s" in capsys.readouterr().err


def test_batch_record_of_a_work_without_text_is_not_ok() -> None:
    item = Item(id="7", hash=content_hash(""), work=Work(text="  ", source="in.jsonl#7", format="text"))
    record = analyse_item(item, "fast")
    assert record["ok"] is False and record["report"] is None
    assert "in.jsonl#7: no text" in record["error"]


def test_batch_takes_the_time_limit_option(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("ficlens.analyse.analyse_work", _spin_fast)
    out = tmp_path / "out.jsonl"
    code = main(["batch", str(folder), str(out), "--fast", "--workers", "1", "--quiet", "--time-limit", "0.3"])
    assert code == 1
    records = {Path(r["source"]).name: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert records["b-fine.txt"]["ok"] is True
    assert records["a-slow.txt"]["ok"] is False
    assert "analysis took longer than 0.3 s" in records["a-slow.txt"]["error"]


def _fail_on_slow_mark(work: Work, profile: str = "full", timings: object = None) -> Report:
    if SLOW_MARK in work.text:
        raise RuntimeError("boom")
    return Report.for_work(work)


def test_analyze_records_a_failing_analysis_and_goes_on(folder: Path, capsys: pytest.CaptureFixture[str],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("ficlens.analyse.analyse_work", _fail_on_slow_mark)
    code = main(["analyze", "--json", str(folder)])
    out, err = capsys.readouterr()
    assert code == 1
    assert [json.loads(line)["source"] for line in out.splitlines()] == [str(folder / "b-fine.txt")]
    assert err.splitlines() == [f"ficlens: error: {folder / 'a-slow.txt'}: analysis failed: RuntimeError: boom"]
