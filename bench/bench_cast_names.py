"""Character name mentions against LitBank's gold person names (precision of character detection).

Every name mention of a listed character (the cast's name mentions, role clusters such as "the parson" left out)
is compared by exact span with LitBank's proper-name PER mentions (gold span starting with a capital, not "I"),
on the same 80 held-out excerpts as bench_accuracy.py (the first 20, sorted by name, are for design only).
Spans are the name part without a title ("Bennet" of "Mr. Bennet"), so recall is bounded below 1.

Run: .venv/bin/python bench/bench_cast_names.py [--quick] [--fast]
"""

from __future__ import annotations

import argparse

from bench_accuracy import DEV_EXCERPTS, _gold_names, _prf
from common import LITBANK, machine_note, print_table


def cast_names(limit: int, fast: bool) -> None:
    from ficlens.analyse.cast import build_cast
    from ficlens.nlp import build_document
    from ficlens.work import Work

    if not LITBANK.is_dir():
        print("cast names: ../shared/data/litbank absent: skipped")
        return
    files = sorted(LITBANK.glob("*.txt"))[DEV_EXCERPTS : DEV_EXCERPTS + limit]
    tp = pred_total = gold_total = 0
    for txt in files:
        text = txt.read_text(encoding="utf-8")  # LitBank's offsets index the tokenised text as is
        gold = _gold_names(txt.with_suffix(".ann"))
        d = build_document(Work(text=text, source=txt.name, format="text"), profile="fast" if fast else "full")
        cast = build_cast(d.text, d.paragraphs, d.sentences, d.entities, fast=fast, resolve_references=False)
        roles = {c.id for c in cast.clusters if c.role}
        pred = {(m.start, m.end) for m in cast.mentions if m.kind == "name" and m.cluster not in roles}
        tp += len(pred & gold)
        pred_total += len(pred)
        gold_total += len(gold)
    p, r, f = _prf(tp, pred_total, gold_total)
    mode = "fast" if fast else "full"
    print(f"\ncast names ({mode}): {len(files)} held-out LitBank excerpts, {gold_total:,} gold name mentions")
    print_table(["mode", "name mentions", "precision", "recall", "F1"],
                [[mode, pred_total, f"{p:.3f}", f"{r:.3f}", f"{f:.3f}"]])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="20 excerpts instead of 80")
    ap.add_argument("--fast", action="store_true", help="the --fast profile (no NER votes)")
    args = ap.parse_args(argv)
    print(machine_note())
    cast_names(20 if args.quick else 80, args.fast)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
