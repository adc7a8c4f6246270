"""docs/pipeline.md's stage table is the pipeline's STAGES: each stage's name, reads, writes, --fast and function, in
order."""

from __future__ import annotations

from pathlib import Path

from ficlens.analyse.analysis import Stage
from ficlens.analyse.pipeline import STAGES

PAGE = Path(__file__).resolve().parents[1] / "docs" / "pipeline.md"
START, END = "<!-- stages:start -->", "<!-- stages:end -->"


def _names(names: tuple[str, ...]) -> str:
    return ", ".join(f"`{n}`" for n in names)


def table_row(stage: Stage) -> str:
    """The row docs/pipeline.md writes for ``stage``."""
    runs = f"{stage.run.__module__}.{stage.run.__name__}"
    fast = "yes" if stage.in_fast else "no"
    return f"| `{stage.name}` | {_names(stage.requires)} | {_names(stage.assigns)} | {fast} | `{runs}` |"


def documented_rows() -> list[str]:
    text = PAGE.read_text(encoding="utf-8")
    block = text[text.index(START) + len(START) : text.index(END)]
    return block.strip().splitlines()[2:]  # after the header and its rule


def test_stage_table_matches_stages() -> None:
    expected = [table_row(stage) for stage in STAGES]
    assert documented_rows() == expected, "docs/pipeline.md's stage table differs from STAGES; its rows:\n" + \
        "\n".join(expected)


def test_a_changed_stage_changes_its_row() -> None:
    first = STAGES[0]
    assert table_row(first._replace(in_fast=not first.in_fast)) not in documented_rows()
    assert table_row(first._replace(assigns=(*first.assigns, "report.summary"))) not in documented_rows()
