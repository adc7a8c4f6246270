"""What the command line imports: a one-work ``analyze --json`` does not import ``rich`` (the progress bar's)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from repo_paths import SRC


def test_one_work_as_json_does_not_import_rich(tmp_path: Path) -> None:
    work = tmp_path / "one.txt"
    work.write_text("Derek looked at Stiles. \u201cYou\u2019re late,\u201d he said.\n", encoding="utf-8")
    code = ("import io, sys, contextlib\n"
            "from ficlens.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
            f"    rc = main(['analyze', '--fast', '--json', {str(work)!r}])\n"
            "print(rc, '\"warnings\"' in out.getvalue(), any(m.split('.')[0] == 'rich' for m in sys.modules))\n")
    src = str(SRC)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env={"PYTHONPATH": src, "PATH": ""})
    assert proc.stdout.split() == ["0", "True", "False"]
