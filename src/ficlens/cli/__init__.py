"""The ``ficlens`` command line: one module per command group, each with ``register(subparsers)``."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from ficlens import __version__
from ficlens.cli import analyze, batch, classify, library
from ficlens.errors import FiclensError, UsageError
from ficlens.safe_text import escape_controls

COMMAND_MODULES = (analyze, classify, library, batch)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ficlens",
        description="Reads fan fiction and tells you what is inside before you read it.",
    )
    parser.add_argument("--version", action="version", version=f"ficlens {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks and debug logging")
    parser.add_argument("--library", dest="main_library", metavar="FILE",
                        help="the library file for the library commands (also accepted after the command)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.main_library and getattr(args, "library", None) is None:
        args.library = args.main_library  # `ficlens --library FILE list` as well as `ficlens list --library FILE`
    logging.basicConfig(level=logging.DEBUG if args.debug else logging.WARNING,
                        format="ficlens: %(levelname)s: %(message)s", stream=sys.stderr)
    try:
        code: int = args.func(args)
        return code
    except UsageError as exc:
        print(f"ficlens: error: {escape_controls(str(exc))}", file=sys.stderr)
        return 2
    except FiclensError as exc:
        if args.debug:
            raise
        print(f"ficlens: error: {escape_controls(str(exc))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("ficlens: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
