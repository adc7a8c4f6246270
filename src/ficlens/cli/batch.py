"""``ficlens batch INPUT OUTPUT``: a corpus into report records, on local processes or a Ray cluster."""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from ficlens.budget import add_time_limit_option


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "batch",
        help="analyse a corpus (folder, zip or JSONL) into JSONL or Parquet; resumable",
        description="Analyse every work in INPUT (a folder, a .zip, or a JSONL file of {\"id\", \"text\"}) into "
        "OUTPUT (.jsonl, or .parquet = a folder of part files). Re-running skips works already done "
        "(same id, same text); a work that fails is recorded with its error and the run goes on.",
    )
    p.add_argument("input", metavar="INPUT", help="a folder, a .zip, a JSONL file or folder of shards; - reads JSONL "
                   "from standard input")
    p.add_argument("output", metavar="OUTPUT")
    p.add_argument("--engine", choices=["local", "ray"], default="local",
                   help="local: a process pool (default); ray: Ray Data, local or on a cluster")
    p.add_argument("--workers", type=int, default=None, metavar="N",
                   help="worker processes / Ray actors (default: the number of CPUs)")
    p.add_argument("--fast", action="store_true", help="triage mode: no spaCy; warnings and names only")
    p.add_argument("--ray-address", default=os.environ.get("RAY_ADDRESS"), metavar="ADDR",
                   help="a Ray cluster to use (default: $RAY_ADDRESS, else a local Ray instance)")
    p.add_argument("--retry-failed", action="store_true", help="re-run works recorded as failed")
    p.add_argument("--quiet", action="store_true", help="no progress on stderr")
    add_time_limit_option(p)
    p.add_argument("--json", action="store_true",
                   help='at the end, one {"output", "analysed", "failed", "skipped", "words"} line on stdout')
    p.set_defaults(func=run_batch_command)


def run_batch_command(args: argparse.Namespace) -> int:
    from ficlens.batch import run_batch
    from ficlens.errors import UsageError

    if args.workers is not None and args.workers < 1:
        raise UsageError("--workers must be at least 1")
    with stop_on_signals():
        summary = run_batch(args.input, args.output, engine=args.engine, workers=args.workers,
                            profile="fast" if args.fast else "full", ray_address=args.ray_address,
                            retry_failed=args.retry_failed, progress=not args.quiet,
                            time_limit=args.time_limit)
    if args.json:
        from ficlens.safe_text import json_line

        sys.stdout.write(json_line({"output": args.output, "analysed": summary.analysed, "failed": summary.failed,
                                    "skipped": summary.skipped, "words": summary.words}) + "\n")
    return 1 if summary.failed else 0


STOP_SIGNALS = ("SIGTERM", "SIGHUP")


@contextmanager
def stop_on_signals() -> Iterator[None]:
    """SIGTERM or SIGHUP (a terminal closed) end the run as Ctrl-C does: the output is closed, the workers are
    stopped (:mod:`ficlens.batch.local_engine`), and the exit status is 128 + the signal's number. Python's
    default for SIGTERM is to die at once, leaving the workers behind."""

    def stop(signum: int, frame: FrameType | None) -> None:
        print(f"ficlens batch: stopped by {signal.Signals(signum).name}; run the same command again to resume",
              file=sys.stderr)
        raise SystemExit(128 + signum)

    previous = {}
    for name in STOP_SIGNALS:
        number = getattr(signal, name, None)
        if number is not None and threading.current_thread() is threading.main_thread():
            previous[number] = signal.signal(number, stop)
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
