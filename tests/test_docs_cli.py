"""Every ``ficlens`` subcommand and every long option is documented (README.md, docs/*.md or docs/contract.md).

An option counts as documented for a subcommand when one section of a page (from a heading to the next) names both
``ficlens COMMAND`` and the option; the top-level options (``--version``, ``--debug``) may be anywhere."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from ficlens.cli import build_parser

ROOT = Path(__file__).resolve().parents[1]


def documentation() -> str:
    pages = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    return "\n".join(page.read_text(encoding="utf-8") for page in pages)


def sections() -> list[str]:
    """Each page cut at its headings."""
    return re.split(r"(?m)^(?=#{1,6} )", documentation())


def mention(words: str) -> re.Pattern[str]:
    """``words`` as whole words: ``--json`` is not ``--json-lines``, ``ficlens analyse`` not ``ficlens analyses``."""
    return re.compile(rf"(?<![\w-]){re.escape(words)}(?![\w-])")


def long_options(parser: argparse.ArgumentParser) -> list[str]:
    return [o for action in parser._actions for o in action.option_strings if o.startswith("--") and o != "--help"]


def commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """Every subcommand name (aliases included) with its parser."""
    found: dict[str, argparse.ArgumentParser] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found.update(action.choices)
    return found


PARSER = build_parser()
COMMANDS = commands(PARSER)
OPTIONS = sorted({(name, option) for name, sub in COMMANDS.items() for option in long_options(sub)}
                 | {("", option) for option in long_options(PARSER)})


def test_the_parser_has_the_commands_this_test_walks() -> None:
    assert {"analyze", "text", "classify-passages", "add", "search", "batch", "serve"} <= set(COMMANDS)
    assert ("search", "--exclude") in OPTIONS and ("", "--version") in OPTIONS


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_subcommand_is_documented(name: str) -> None:
    assert mention(f"ficlens {name}").search(documentation()), f"`ficlens {name}` appears in no documentation page"


@pytest.mark.parametrize(("command", "option"), OPTIONS, ids=[f"{c or 'ficlens'} {o}" for c, o in OPTIONS])
def test_every_long_option_is_documented(command: str, option: str) -> None:
    pattern = mention(option)
    if not command:
        assert pattern.search(documentation()), f"{option} of `ficlens` appears in no documentation page"
        return
    named = mention(f"ficlens {command}")
    assert any(named.search(section) and pattern.search(section) for section in sections()), (
        f"no documentation section names both `ficlens {command}` and {option}")
