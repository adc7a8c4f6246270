"""``ficlens completion bash|zsh|tcsh``: a shell completion script for every command and option (via shtab)."""

from __future__ import annotations

import argparse
import sys

SHELLS = ("bash", "zsh", "tcsh")
PATH_METAVARS = {"PATH", "FILE", "INPUT", "OUTPUT", "LIBRARY_DIR", "ID|PATH", "FILE.jsonl"}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("completion", help="print a shell completion script",
                       description="Print a completion script for SHELL. bash: "
                       "`ficlens completion bash > ~/.local/share/bash-completion/completions/ficlens`; zsh: "
                       '`ficlens completion zsh > "${fpath[1]}/_ficlens"`.')
    p.add_argument("shell", choices=SHELLS, metavar="SHELL", help="bash, zsh or tcsh")
    p.set_defaults(func=run_completion)


def mark_paths(parser: argparse.ArgumentParser, files: object) -> None:
    """Complete file names for every argument (in every subcommand) whose metavar names a path."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in set(action.choices.values()):
                mark_paths(child, files)
        elif action.metavar in PATH_METAVARS:
            action.complete = files  # type: ignore[attr-defined]  # read by shtab


def run_completion(args: argparse.Namespace) -> int:
    import shtab

    parser: argparse.ArgumentParser = args.parser  # the root parser (build_parser sets it)
    mark_paths(parser, shtab.FILE)
    sys.stdout.write(shtab.complete(parser, shell=args.shell))
    return 0
