"""``ficlens serve`` on a port that is taken: one line naming the address and exit status 1, nothing served."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from ficlens.cli import main
from ficlens.library import Library


def test_busy_port_is_one_line_and_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "lib.sqlite3"
    Library(db).close()
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        code = main(["serve", "--library", str(db), "--port", str(port)])
    err = capsys.readouterr().err
    assert code == 1
    assert err.splitlines() == [f"ficlens: error: cannot listen on 127.0.0.1:{port}: Address already in use "
                                "(the port is in use: stop the other server or pass --port)"]


def test_unusable_port_number_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "lib.sqlite3"
    Library(db).close()
    assert main(["serve", "--library", str(db), "--port", "70000"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith("ficlens: error: cannot listen on 127.0.0.1:70000: ")
