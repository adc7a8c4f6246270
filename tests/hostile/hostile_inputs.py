"""Pathological inputs the hostile tests build themselves, and a hang detector to run code on them.

:func:`within` is not a timing assertion: its bound is CPU time (so a loaded machine cannot trip it) and sits about
twenty times above what the code needs on that input; it catches super-linear code, which on these sizes takes
minutes to hours.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import TypeVar

import pytest

from ficlens.budget import TimeLimitExceeded, can_enforce, cpu_budget

T = TypeVar("T")

MiB = 1024 * 1024

#: Runs that made a regex or a tokenizer backtrack: each is repeated to the size a test asks for.
UNITS: dict[str, str] = {
    "quotes": '"',
    "apostrophes": "'",
    "angle brackets": "<",
    "dots": ".",
    "bangs and queries": "!?",
    "ellipses": "\u2026",
    "emoji": "\U0001f600",
    "zalgo": "Z\u0301\u0302\u0303\u0304\u0305\u0306",
    "dashes": "\u2014",
    "underscores": "_",
    "spaces": " ",
    "newline and spaces": "\n   ",
    "capitals": "A ",
    "mixed": '."<\U0001f600 a\u0301\u2014\'',
}


def repeat(unit: str, size: int) -> str:
    """``unit`` repeated to about ``size`` characters."""
    return unit * max(size // len(unit), 1)


def mixed_runs(size: int, seed: int) -> str:
    """Runs of random lengths of the units, one after another: a random pathological text of about ``size``."""
    rng = random.Random(seed)
    units = list(UNITS.values())
    parts: list[str] = []
    total = 0
    while total < size:
        part = repeat(rng.choice(units), rng.randint(1, size // 4 + 1))
        parts.append(part)
        total += len(part)
    return "".join(parts)


def within(seconds: float, fn: Callable[..., T], *args: object) -> T:
    """``fn(*args)``, failing the test if it uses more than ``seconds`` of CPU time (a hang, not a slowdown)."""
    if not can_enforce():
        pytest.skip("a CPU budget needs setitimer on the main thread")
    try:
        with cpu_budget(seconds):
            return fn(*args)
    except TimeLimitExceeded:
        pytest.fail(f"{getattr(fn, '__name__', fn)} did not finish within {seconds:g} CPU-seconds")
