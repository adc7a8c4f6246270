"""CPU-seconds of the characters stage (build the cast + the characters analyser), min of several runs.

For before/after comparisons of the cast code on a shared machine: CPU time of the stage alone, the NLP pass
excluded, in a fresh process per tree. ``--src`` measures another source tree (a checkout of an older commit:
``git worktree add /tmp/old HEAD`` then ``--src /tmp/old/src``); run the trees alternately and compare minima.
The text is bench/common.py's corpus (the bundled examples, plus LitBank's excerpts when ../shared is present).

Run: .venv/bin/python bench/bench_cast_stage.py [--profile fast|full] [--workload short|long] [--runs 5] [--src DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from typing import Any

from common import long_text, short_texts


def characters_stage() -> Callable[[Any, Any], None]:
    """Build the cast and list the characters of one document, in the tree being measured: this tree's stages
    (over an Analysis), or the analysers of a tree from before the regroup of analyse/ (cached cast cleared)."""
    try:
        from ficlens.analyse.analysis import Analysis
        from ficlens.analyse.cast.stages import run_cast, run_characters
    except ImportError:  # an older tree: characters.analyse(doc, report) over a cast cached by document
        import importlib

        cast_module = importlib.import_module("ficlens.analyse.cast")
        characters = importlib.import_module("ficlens.analyse.characters")
        cast_module._CACHE.clear()
        return characters.analyse

    def run(doc: Any, report: Any) -> None:
        analysis = Analysis(doc, report)
        run_cast(analysis)
        run_characters(analysis)

    return run


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--profile", choices=["fast", "full"], default="fast")
    ap.add_argument("--workload", choices=["short", "long"], default="short",
                    help="1,000 works of ~300 words, or one work of ~100,000 words")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--src", help="the source tree to measure (default: this checkout's src)")
    args = ap.parse_args(argv)
    if args.src:
        sys.path.insert(0, args.src)  # before common.py's entry, so this tree's ficlens is imported
    import ficlens
    from ficlens.nlp import build_document
    from ficlens.report import Report
    from ficlens.work import Work

    texts = [long_text(100_000)] if args.workload == "long" else short_texts(1000, 300)
    docs = [build_document(Work(text=t, source=f"w{i}", format="text"), args.profile) for i, t in enumerate(texts)]
    words = sum(d.work.words for d in docs)
    runs: list[float] = []
    for _ in range(args.runs):
        stage = characters_stage()
        c0 = time.process_time()
        for doc in docs:
            stage(doc, Report.for_work(doc.work, mode=args.profile))
        runs.append(time.process_time() - c0)
    best = min(runs)
    print(json.dumps({"src": ficlens.__file__, "profile": args.profile, "workload": args.workload, "words": words,
                      "cpu_s": round(best, 3), "words_per_cpu_s": round(words / best)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
