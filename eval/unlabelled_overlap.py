"""Word sequences that one split of the unlabelled-warnings set shares with the others.

The splits of eval/data/unlabelled-*.jsonl are meant to be written independently (docs/warnings-unlabelled.md):
no passage should reuse another split's wording. This lists, for each passage of ``--split``, the ``--n``-word
sequences (lower-cased words, punctuation dropped) it shares with any passage of the ``--against`` splits, and how
many passages share at least one. Stock phrases ("for the rest of the night") are expected; a run of shared
sequences, or one naming the same characters and situation, is a sign of a paraphrase.

    .venv/bin/python eval/unlabelled_overlap.py [--split test2] [--against dev test] [--n 6]

Exits 0 with a note when a data file is absent. Reads the passages only; runs no classifier.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from warnings_unlabelled import DATA, SPLITS, Item, read_items  # noqa: E402

WORD = re.compile(r"[a-z']+")


def sequences(text: str, n: int) -> set[tuple[str, ...]]:
    """The ``n``-word sequences of ``text`` (lower-cased words, punctuation dropped)."""
    words = WORD.findall(text.lower())
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def shared(target: list[Item], others: list[Item], n: int) -> dict[str, list[tuple[str, str]]]:
    """For each passage of ``target`` that shares a sequence with ``others``: [(sequence, other passage id)]."""
    seen: dict[tuple[str, ...], str] = {}
    for item in others:
        for seq in sequences(item.text, n):
            seen.setdefault(seq, item.id)
    found: dict[str, list[tuple[str, str]]] = {}
    for item in target:
        hits = sorted((" ".join(seq), seen[seq]) for seq in sequences(item.text, n) if seq in seen)
        if hits:
            found[item.id] = hits
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=SPLITS, default="test2", help="the split to check")
    parser.add_argument("--against", choices=SPLITS, nargs="+", default=["dev", "test"], help="the other splits")
    parser.add_argument("--n", type=int, default=6, help="sequence length in words (default 6)")
    parser.add_argument("--data", type=Path, default=DATA, help="folder of the unlabelled-{split}.jsonl files")
    args = parser.parse_args(argv)
    paths = [args.data / f"unlabelled-{split}.jsonl" for split in [args.split, *args.against]]
    absent = [p for p in paths if not p.is_file()]
    if absent:
        print(f"skipped: {', '.join(str(p) for p in absent)} absent")
        return 0
    target = read_items(paths[0])
    others = [item for path in paths[1:] for item in read_items(path)]
    found = shared(target, others, args.n)
    for item_id, hits in found.items():
        print(f"{item_id}: " + "; ".join(f"'{seq}' ({other})" for seq, other in hits))
    print(f"{len(found)} of {len(target)} passages of {args.split} share a {args.n}-word sequence with "
          f"{'+'.join(args.against)} ({len(others)} passages)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
