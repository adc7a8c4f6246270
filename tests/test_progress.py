from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def test_json_stays_on_stdout_while_the_bar_draws_on_a_terminal(tmp_path: Path) -> None:
    """stderr is a terminal (the bar shows), stdout a pipe: every report must reach stdout, none the terminal."""
    for i in range(4):
        (tmp_path / f"w{i}.txt").write_text(f"Work {i}. Stiles ran home.\n", encoding="utf-8")
    master, slave = os.openpty()
    try:
        proc = subprocess.run([sys.executable, "-m", "ficlens", "analyze", "--fast", "--json", str(tmp_path)],
                              stdout=subprocess.PIPE, stderr=slave, timeout=120,
                              env={**os.environ, "COLUMNS": "100", "TERM": "xterm"})
    finally:
        os.close(slave)
        os.close(master)
    assert proc.returncode == 0
    lines = proc.stdout.decode("utf-8").splitlines()
    assert len(lines) == 4
    assert all(json.loads(line)["schema"] == "ficlens.report/1" for line in lines)
