"""``ficlens batch`` under kills, repeated ids, other spellings of its input and bad outputs: no worker outlives
the run, resuming never redoes a work, a bad output is one line."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from ficlens.batch import run_batch
from ficlens.batch.items import count_items, iter_items
from ficlens.cli import main
from hostile.cli_process import cli_env

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "let-go.txt"
START_LIMIT_S = 180  # the first record must appear by then (workers load their models first)
EXIT_LIMIT_S = 30  # every process of the run must be gone by then


def records(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def complete_records(path: Path) -> list[dict[str, object]]:
    """The records of a file a running batch still appends to: its last line counts once its newline is written
    (read while a record was half written, the whole-file :func:`records` failed on the torn line)."""
    text = path.read_text(encoding="utf-8")
    return [json.loads(line) for line in text[:text.rfind("\n") + 1].splitlines() if line.strip()]


def corpus(folder: Path, works: int) -> Path:
    folder.mkdir()
    text = EXAMPLE.read_text(encoding="utf-8")
    for n in range(works):
        (folder / f"w{n:03d}.txt").write_text(f"Work {n}.\n\n{text}", encoding="utf-8")
    return folder


def children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (workers and the resource tracker), from /proc."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


def wait_for(condition: Callable[[], bool], limit_s: float) -> bool:
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM], ids=["kill-9", "sigterm"])
def test_no_worker_outlives_a_killed_batch(sig: signal.Signals, tmp_path: Path) -> None:
    folder = corpus(tmp_path / "works", 120)  # enough that the run is still going when the signal comes
    out = tmp_path / "out.jsonl"
    log = tmp_path / "stderr.txt"
    with log.open("wb") as err:  # a file, not a pipe: a worker left alive would hold a pipe open
        proc = subprocess.Popen([sys.executable, "-m", "ficlens", "batch", str(folder), str(out), "--workers", "2",
                                 "--fast", "--quiet"], env=cli_env(), stdout=subprocess.DEVNULL, stderr=err)
    kids: list[int] = []
    try:
        assert wait_for(lambda: out.exists() and len(complete_records(out)) >= 1, START_LIMIT_S), \
            "no record came out"
        kids = children(proc.pid)
        assert len(kids) >= 2  # the workers (and the resource tracker)
        proc.send_signal(sig)
        proc.wait(timeout=EXIT_LIMIT_S)
        assert wait_for(lambda: not any(alive(k) for k in kids), EXIT_LIMIT_S), [k for k in kids if alive(k)]
    finally:
        for pid in [proc.pid, *kids]:  # whatever the outcome, nothing of this run is left behind
            if alive(pid):
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
        proc.wait(timeout=EXIT_LIMIT_S)
    if sig == signal.SIGTERM:
        assert proc.returncode == 128 + signal.SIGTERM
        assert "ficlens batch: stopped by SIGTERM; run the same command again to resume" in log.read_text()
        assert "Traceback" not in log.read_text()


def test_repeated_jsonl_ids_are_made_unique_and_never_redone(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    lines = [{"id": f"w{n // 2}", "text": f"Work {n}. Derek smiled at Stiles."} for n in range(8)]
    lines.append({"id": "w0#2", "text": "A work whose own id looks like a made-unique one."})
    src.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    for _ in range(3):
        run_batch(src, out, workers=1, profile="fast", progress=False)
    ids = [str(r["id"]) for r in records(out)]
    assert len(ids) == 9 and len(set(ids)) == 9
    assert ids[:3] == ["w0", "w0#2", "w1"] and "w0#2#2" in ids


def test_the_same_input_spelled_differently_resumes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "works"
    folder.mkdir()
    for n in range(4):
        (folder / f"w{n}.txt").write_text(f"Work {n}. Derek smiled at Stiles.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    monkeypatch.chdir(tmp_path)
    first = run_batch("works", out, workers=1, profile="fast", progress=False)
    spellings = [str(folder), "./works/", f"works/../{folder.name}"]
    later = [run_batch(spelling, out, workers=1, profile="fast", progress=False) for spelling in spellings]
    assert first.analysed == 4 and all(s.skipped == 4 and s.analysed == 0 for s in later)
    assert len(records(out)) == 4


def test_an_output_that_is_a_folder_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "One fine day."}) + "\n", encoding="utf-8")
    (tmp_path / "out.jsonl").mkdir()
    assert main(["batch", str(src), str(tmp_path / "out.jsonl"), "--workers", "1", "--fast", "--quiet"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"ficlens: error: {tmp_path / 'out.jsonl'}: is a folder")


def test_an_output_that_cannot_be_written_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "One fine day."}) + "\n", encoding="utf-8")
    (tmp_path / "a-file").write_text("in the way", encoding="utf-8")
    target = tmp_path / "a-file" / "out.jsonl"
    assert main(["batch", str(src), str(target), "--workers", "1", "--fast", "--quiet"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"ficlens: error: {target}: cannot be written")


def test_batch_reads_works_one_at_a_time(tmp_path: Path) -> None:
    folder = tmp_path / "works"
    folder.mkdir()
    for n in range(3):
        (folder / f"w{n}.txt").write_text(f"Work {n}. Derek smiled at Stiles.", encoding="utf-8")
    items = iter_items(folder)
    first = next(items)
    (folder / "w2.txt").unlink()  # read after the first work was handed over: it is gone by then
    rest = list(items)
    assert first.work is not None and first.id.endswith("w0.txt")
    assert [item.error is None for item in rest] == [True, False]


def test_a_record_with_no_text_is_a_failure_not_a_report(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    rows = [{"id": "empty", "text": ""}, {"id": "blank", "text": " \n\t "}, {"id": "fine", "text": "One fine day."}]
    src.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    summary = run_batch(src, out, workers=1, profile="fast", progress=False)
    by_id = {r["id"]: r for r in records(out)}
    assert summary.failed == 2 and summary.analysed == 1
    assert (by_id["empty"]["ok"], by_id["empty"]["error"]) == (False, '"text" is empty')
    assert (by_id["blank"]["ok"], by_id["blank"]["error"]) == (False, '"text" holds only whitespace')
    assert run_batch(src, out, workers=1, profile="fast", progress=False).skipped == 3


def test_the_progress_total_counts_the_works_batch_reads(tmp_path: Path) -> None:
    root = tmp_path / "works"
    root.mkdir()
    (root / "a.txt").write_text("Derek waited.", encoding="utf-8")
    (root / "b.html").write_text("<p>Stiles smiled.</p>", encoding="utf-8")
    (root / ".DS_Store").write_bytes(b"\0\1")
    (root / "cover.jpg").write_bytes(b"\xff\xd8")
    assert count_items(root) == len(list(iter_items(root))) == 2
