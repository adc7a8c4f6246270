"""The ``ficlens`` command line: one module per command group, each with ``register(subparsers)``."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from ficlens import __version__
from ficlens.cli import analyze, batch, classify, library
from ficlens.errors import FiclensError, UsageError

COMMAND_MODULES = (analyze, classify, library, batch)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ficlens",
        description="Reads fan fiction and tells you what is inside before you read it.",
    )
    parser.add_argument("--version", action="version", version=f"ficlens {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks and debug logging")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.debug else logging.WARNING,
                        format="ficlens: %(levelname)s: %(message)s", stream=sys.stderr)
    try:
        code: int = args.func(args)
        return code
    except UsageError as exc:
        print(f"ficlens: error: {exc}", file=sys.stderr)
        return 2
    except FiclensError as exc:
        if args.debug:
            raise
        print(f"ficlens: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("ficlens: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
