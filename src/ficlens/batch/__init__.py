"""Corpus runs: many works in, one report record per work out (JSONL or Parquet), on local processes or Ray.

``run_batch(input, output, engine="local"|"ray", workers=N, profile="full"|"fast")`` is the whole job; the
``ficlens batch`` command is a thin layer over it. See docs/scale.md.
"""

from ficlens.batch.run import BatchSummary, run_batch

__all__ = ["BatchSummary", "run_batch"]
