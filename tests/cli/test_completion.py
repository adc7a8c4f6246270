"""``ficlens completion SHELL`` prints a script (shtab's) that completes commands, options and file names."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from ficlens.cli import main


def script(capsys: pytest.CaptureFixture[str], shell: str) -> str:
    assert main(["completion", shell]) == 0
    return capsys.readouterr().out


def complete(script_path: Path, *words: str) -> list[str]:
    """What bash offers after typing ``words`` (the last one partial) with the script loaded."""
    quoted = " ".join(f"'{w}'" for w in words)
    program = (f"source {script_path}\nCOMP_WORDS=({quoted})\nCOMP_CWORD={len(words) - 1}\n"
               f"COMP_LINE='{' '.join(words)}'\nCOMP_POINT=${{#COMP_LINE}}\n_shtab_ficlens\n"
               'printf "%s\\n" "${COMPREPLY[@]}"\n')
    done = subprocess.run(["bash", "-c", program], capture_output=True, text=True, check=True)
    return done.stdout.split()


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
def test_bash_completes_commands_and_their_options(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "ficlens.bash"
    path.write_text(script(capsys, "bash"), encoding="utf-8")
    assert {"serve", "search"} <= set(complete(path, "ficlens", "se"))
    assert "--skip-existing" in complete(path, "ficlens", "add", "--sk")
    assert "--json" in complete(path, "ficlens", "exclusions", "--js")


def test_zsh_script_names_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    text = script(capsys, "zsh")
    assert text.startswith("#compdef ficlens")
    for command in ("analyze", "add", "exclusions", "serve", "batch", "completion"):
        assert command in text
