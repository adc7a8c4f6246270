"""Helpers shared by the benchmarks: the test corpus, a fresh process per measurement, peak RSS, printing.

Every figure is measured in a fresh Python process (``python bench/X.py --one CASE``) so that peak RSS is that
measurement's own and no model is warm unless the case loads it. The machine is shared: figures are noisy, so
each bench prints spaCy's small model alone on the same text, in the same run, as the floor to compare with.
"""

from __future__ import annotations

import json
import os
import re
import resource
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
LITBANK = SHARED / "data" / "litbank" / "entities" / "brat"
sys.path.insert(0, str(ROOT / "src"))

_DETOK = [(re.compile(r" ([,.;:!?)\]}'’”])"), r"\1"), (re.compile(r"([(\[{“‘]) "), r"\1"),
          (re.compile(r" (n't|'s|'re|'ll|'ve|'d|'m)\b"), r"\1")]


def detokenise(text: str) -> str:
    """LitBank's texts are space-tokenised ("word , word"); undo the obvious cases so spaCy sees prose."""
    for pattern, repl in _DETOK:
        text = pattern.sub(repl, text)
    return text


def source_texts() -> tuple[list[str], str]:
    """The bundled fan-fiction examples, plus LitBank's 100 excerpts when ../shared is present."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    note = "the 2 bundled examples"
    if LITBANK.is_dir():
        texts += [detokenise(p.read_text(encoding="utf-8")) for p in sorted(LITBANK.glob("*.txt"))]
        note += f" + {len(texts) - 2} LitBank excerpts (detokenised)"
    else:
        note += " (repeated: ../shared absent, so optimistic: names repeat)"
    return texts, note


def paragraphs_cycle() -> Iterator[str]:
    texts, _ = source_texts()
    paras = [p for t in texts for p in re.split(r"\n\s*\n|\n", t) if p.strip()]
    while True:
        yield from paras


def long_text(words: int) -> str:
    """One work of about ``words`` words made of the source texts' paragraphs, in order."""
    return short_texts(1, words)[0]


def short_texts(count: int, words_each: int) -> list[str]:
    """``count`` works of about ``words_each`` words, consecutive slices of the source paragraphs."""
    works: list[str] = []
    cur: list[str] = []
    n = 0
    for para in paragraphs_cycle():
        cur.append(para)
        n += len(para.split())
        if n >= words_each:
            works.append("\n\n".join(cur))
            cur, n = [], 0
            if len(works) == count:
                break
    return works


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_child(script: str, case: dict[str, Any], timeout: int = 1800) -> dict[str, Any]:
    """Run ``script --one JSON`` in a fresh interpreter; it prints one JSON object as its last line."""
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / script), "--one", json.dumps(case)],
                          capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    if proc.returncode != 0:
        return {"error": proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else f"rc {proc.returncode}"}
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def machine_note() -> str:
    load = os.getloadavg()
    return (f"machine: {os.cpu_count()} CPUs, load average {load[0]:.1f} (shared with other work: "
            f"figures are noisy; compare with the spaCy floor measured in the same run)")


def print_table(headers: list[str], rows: list[list[Any]]) -> None:
    cells = [[_fmt(c) for c in row] for row in [headers, *rows]]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    for j, row in enumerate(cells):
        print("  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))))
        if j == 0:
            print("  ".join("-" * w for w in widths))


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.1f}" if value < 1000 else f"{value:,.0f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)
