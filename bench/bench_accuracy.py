"""What the speed work gives up, measured: selective NER against the stock NER, and --fast against full.

1. Names: LitBank's excerpts (../shared; skipped when absent) carry gold PER mentions; the first 20 were used
   while designing selective NER, so only the other 80 are reported. Proper-name mentions
   (the gold span starts with a capital and is not "I") are compared, by exact span, with PERSON entities from
   (a) the stock en_core_web_sm pipeline and (b) ficlens's full Document (selective NER + propagation).
2. Reports: for every work in the corpus (the bundled examples and, with ../shared, LitBank excerpts as works),
   ``analyse_work`` in --fast mode against full mode: agreement on content-warning labels, archive warnings and
   rating, and how many of full mode's top characters --fast also names. Full mode is the reference here, not
   a gold standard: this measures what --fast gives up relative to full.

Run: .venv/bin/python bench/bench_accuracy.py [--quick]
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from common import LITBANK, ROOT, detokenise, machine_note, print_table

DEV_EXCERPTS = 20  # the first 20 (sorted by name) were looked at while designing selective NER: not reported
_GOLD = re.compile(r"^T\d+\tPER (\d+) (\d+)\t(.*)$")


def _gold_names(ann: Path) -> set[tuple[int, int]]:
    out: set[tuple[int, int]] = set()
    for line in ann.read_text(encoding="utf-8").splitlines():
        m = _GOLD.match(line)
        if m and m.group(3)[:1].isupper() and m.group(3) != "I":
            out.add((int(m.group(1)), int(m.group(2))))
    return out


def _prf(tp: int, pred: int, gold: int) -> tuple[float, float, float]:
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def names(limit: int) -> None:
    import spacy

    from ficlens.nlp import build_document
    from ficlens.nlp.loader import MODEL_NAME
    from ficlens.work import Work

    if not LITBANK.is_dir():
        print("names: ../shared/data/litbank absent: skipped")
        return
    stock = spacy.load(MODEL_NAME)
    counts = {"stock": [0, 0], "ficlens": [0, 0]}
    gold_total = 0
    share = 0.0
    files = sorted(LITBANK.glob("*.txt"))[DEV_EXCERPTS : DEV_EXCERPTS + limit]
    for txt in files:
        text = txt.read_text(encoding="utf-8")  # LitBank's offsets index the tokenised text as is
        gold = _gold_names(txt.with_suffix(".ann"))
        gold_total += len(gold)
        d = build_document(Work(text=text, source=txt.name, format="text"))
        preds = {
            "stock": {(e.start_char, e.end_char) for e in stock(text).ents if e.label_ == "PERSON"},
            "ficlens": {(e.start, e.end) for e in d.entities if e.label == "PERSON"},
        }
        share += d.ner_share
        for name, pred in preds.items():
            counts[name][0] += len(pred & gold)
            counts[name][1] += len(pred)
    print(f"\nnames: {len(files)} held-out LitBank excerpts, {gold_total:,} gold proper-name PER mentions (exact span)")
    rows = []
    for name, (tp, pred) in counts.items():
        p, r, f = _prf(tp, pred, gold_total)
        rows.append([name, pred, f"{p:.3f}", f"{r:.3f}", f"{f:.3f}"])
    print_table(["entities from", "PERSON spans", "precision", "recall", "F1"], rows)
    print(f"  ficlens's NER read {share / len(files):.0%} of the tokens on average (propagation did the rest)")


def reports(limit: int) -> None:
    from ficlens.analyse import analyse_work
    from ficlens.work import Work

    works = [Work(text=p.read_text(encoding="utf-8"), source=p.name, format="text")
             for p in sorted((ROOT / "examples").glob("*.txt"))]
    if LITBANK.is_dir():
        works += [Work(text=detokenise(p.read_text(encoding="utf-8")), source=p.name, format="text")
                  for p in sorted(LITBANK.glob("*.txt"))[: max(limit - len(works), 0)]]
    agree = {"warnings": [0, 0, 0], "archive": [0, 0, 0]}  # tp, fast, full
    rating_same = 0
    top_found = top_total = 0
    for work in works:
        full = analyse_work(work, "full")
        fast = analyse_work(work, "fast")
        for key, getter in (("warnings", lambda r: {w.label for w in r.warnings}),
                            ("archive", lambda r: {w.label for w in r.archive_warnings})):
            a, b = getter(fast), getter(full)
            agree[key][0] += len(a & b)
            agree[key][1] += len(a)
            agree[key][2] += len(b)
        rating_same += fast.rating.label == full.rating.label
        top = [c.name for c in full.characters[:5]]
        names_fast = {c.name for c in fast.characters} | {a for c in fast.characters for a in c.aliases}
        top_total += len(top)
        top_found += sum(n in names_fast for n in top)
    print(f"\n--fast against full on {len(works)} works (full = reference):")
    rows = []
    for key, (tp, n_fast, n_full) in agree.items():
        p, r, f = _prf(tp, n_fast, n_full)
        rows.append([f"{key} labels", n_full, n_fast, f"{p:.3f}", f"{r:.3f}", f"{f:.3f}"])
    print_table(["field", "full finds", "fast finds", "precision", "recall", "F1"], rows)
    print(f"  rating: same in {rating_same}/{len(works)} works")
    print(f"  characters: --fast names {top_found}/{top_total} of full mode's top-5 characters")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="20 excerpts instead of 100")
    args = ap.parse_args(argv)
    limit = 20 if args.quick else 80
    print(machine_note())
    names(limit)
    reports(limit)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
