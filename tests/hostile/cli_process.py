"""Running ``ficlens`` as a real process: its output as bytes (to check the encoding) and its error lines."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"
TIMEOUT_S = 300


def cli_env(**extra: str) -> dict[str, str]:
    """The environment for a ``ficlens`` child: this checkout's sources first, no colour unless asked for."""
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "FICLENS_LIBRARY")}
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(SRC), env.get("PYTHONPATH", "")) if p)
    env.update(extra)
    return env


def ficlens(*args: str | os.PathLike[str] | bytes, env: dict[str, str] | None = None,
            **popen: object) -> subprocess.CompletedProcess[bytes]:
    """``python -m ficlens ARGS`` to completion; stdout and stderr as bytes."""
    argv: list[str | bytes | os.PathLike[str]] = [sys.executable, "-m", "ficlens", *args]
    return subprocess.run(argv, capture_output=True, timeout=TIMEOUT_S, env=env or cli_env(), check=False,
                          **popen)  # type: ignore[call-overload]


def error_lines(stderr: bytes) -> list[str]:
    """The lines of stderr, decoded strictly (invalid UTF-8 fails the test)."""
    return stderr.decode("utf-8").splitlines()
