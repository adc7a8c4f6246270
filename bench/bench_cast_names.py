"""Character name mentions against LitBank's gold person names (precision of character detection).

Every name mention of a listed character (the cast's name mentions, role clusters such as "the parson" left out)
is compared by exact span with LitBank's proper-name PER mentions (gold span starting with a capital, not "I"),
on the same 80 held-out excerpts as bench_accuracy.py (the first 20, sorted by name, are for design only).
Spans are the name part without a title ("Bennet" of "Mr. Bennet"), so recall is bounded below 1.

A second, title-aware figure ("proper names") is printed beside it: gold mentions whose every word is capitalised
("Mr. Bennet", "Elizabeth", "Sir Walter Elliot"; not "The girl", "My dear", nor a title alone such as "Mr."),
and a predicted name matches a gold one with the same span or the gold span without its leading title
("Bennet" for "Mr. Bennet"). It measures names rather than the span convention; the first figure is unchanged.

Run: .venv/bin/python bench/bench_cast_names.py [--quick] [--fast]
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from bench_accuracy import DEV_EXCERPTS, _gold_names, _prf
from common import LITBANK, machine_note, print_table

_GOLD = re.compile(r"^T\d+\tPER (\d+) (\d+)\t(.*)$")


def proper_gold(ann: Path, titles: set[str]) -> tuple[set[tuple[int, int]], dict[tuple[int, int], tuple[int, int]]]:
    """Gold proper-name mentions (every word capitalised, not a title alone) and, for those with a leading title,
    the span without it mapped to the full span."""
    gold: set[tuple[int, int]] = set()
    untitled: dict[tuple[int, int], tuple[int, int]] = {}
    for line in ann.read_text(encoding="utf-8").splitlines():
        m = _GOLD.match(line)
        if not m:
            continue
        start, end, words = int(m.group(1)), int(m.group(2)), m.group(3).split()
        if not words or words == ["I"] or not all(w[:1].isupper() for w in words if w.isalpha()):
            continue
        if all(w.lower().rstrip(".") in titles for w in words):
            continue
        gold.add((start, end))
        if len(words) > 1 and words[0].lower().rstrip(".") in titles:
            untitled[(end - len(" ".join(words[1:])), end)] = (start, end)
    return gold, untitled


def cast_names(limit: int, fast: bool) -> None:
    from ficlens.analyse.cast import build_cast
    from ficlens.analyse.cast.vocabulary import TITLES
    from ficlens.nlp import build_document
    from ficlens.work import Work

    if not LITBANK.is_dir():
        print("cast names: ../shared/data/litbank absent: skipped")
        return
    files = sorted(LITBANK.glob("*.txt"))[DEV_EXCERPTS : DEV_EXCERPTS + limit]
    tp = pred_total = gold_total = 0
    tp2 = gold2_total = 0
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
        gold2, untitled = proper_gold(txt.with_suffix(".ann"), TITLES)
        tp2 += len({untitled.get(span, span) for span in pred} & gold2)
        gold2_total += len(gold2)
    p, r, f = _prf(tp, pred_total, gold_total)
    p2, r2, f2 = _prf(tp2, pred_total, gold2_total)
    mode = "fast" if fast else "full"
    print(f"\ncast names ({mode}): {len(files)} held-out LitBank excerpts, {gold_total:,} gold name mentions "
          f"({gold2_total:,} proper names)")
    print_table(["mode", "gold", "name mentions", "precision", "recall", "F1"],
                [[mode, "capitalised (exact span)", pred_total, f"{p:.3f}", f"{r:.3f}", f"{f:.3f}"],
                 [mode, "proper names (title-aware)", pred_total, f"{p2:.3f}", f"{r2:.3f}", f"{f2:.3f}"]])


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
