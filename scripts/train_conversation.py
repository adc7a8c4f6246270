"""Try to fit the conversation model's weights (src/ficlens/analyse/speakers/conversation.py) on LitBank half A.

    .venv/bin/python scripts/train_conversation.py [--data DIR] [--epochs N] [--rate R] [--out FILE]

Half A = the even-numbered files in sorted order, as in eval/quotes_litbank.py; half B (odd files) is never read.
Each dialogue run is one training sequence: a turn is labelled with the candidates that name the gold speaker of
its quotes (eval/quotes_litbank.py's matching rule, the narrator included); turns no candidate names are left
free. Averaged structured perceptron over the Viterbi decoding, started from the hand-set weights, files in sorted
order (deterministic). It prints a 2-fold cross-validation inside half A (labelled turns right, hand-set against
fitted weights), then the weights fitted on all of half A (written as JSON with ``--out``). The runtime ships the
hand-set weights: the fitted ones did not beat them (docs/characters.md).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
Labelled = tuple[Any, list[set[int]]]  # a Conversation and, per turn, the candidate indices naming the gold


def load_eval() -> ModuleType:
    spec = importlib.util.spec_from_file_location("quotes_litbank", ROOT / "eval" / "quotes_litbank.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def file_sequences(ev: ModuleType, txt: Path, ann: Path) -> list[Labelled]:
    from ficlens.analyse.cast import cast_of
    from ficlens.analyse.speakers import NARRATOR, Attributor, rule_attributions
    from ficlens.analyse.speakers.conversation import conversations
    from ficlens.nlp import build_document
    from ficlens.work import Work

    lines = txt.read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    text, offsets = ev.rebuild(lines)
    golds = ev.read_gold(ann, offsets)
    doc = build_document(Work(text=text, source=str(txt), format="text"), "full")
    cast = cast_of(doc)
    at = Attributor(text, doc.paragraphs, cast)
    if not at.quotes:
        return []
    gold_names = {g.speaker: g.name for g in golds}
    narrators = ev.narrator_entities(text, golds)
    gold_of: dict[int, Any] = {}
    for g in golds:
        qi = max(range(len(at.quotes)), key=lambda i: ev.overlap_ratio((g.start, g.end),
                                                                       (at.quotes[i].start, at.quotes[i].end)))
        if ev.overlap_ratio((g.start, g.end), (at.quotes[qi].start, at.quotes[qi].end)) >= 0.5:
            gold_of.setdefault(qi, g)
    out: list[Labelled] = []
    for conv in conversations(at, rule_attributions(at)):
        allowed: list[set[int]] = []
        for turn in conv.run:
            g = next((gold_of[i] for i in turn.qis if i in gold_of), None)
            ok: set[int] = set()
            for k, c in enumerate(conv.cands if g is not None else []):
                names = None if c == NARRATOR else {cast.clusters[c].name, *cast.clusters[c].forms}
                if ev.speaker_matches(names, c == NARRATOR, g, gold_names, narrators):
                    ok.add(k)
            allowed.append(ok)
        if any(allowed):
            out.append((conv, allowed))
    return out


def turn_accuracy(seqs: list[Labelled], weights: dict[str, float]) -> tuple[int, int]:
    """Labelled turns whose decoded speaker names the gold, and labelled turns."""
    from ficlens.analyse.speakers.conversation import decode

    right = total = 0
    for conv, allowed in seqs:
        for k, ok in zip(decode(conv.run, conv.emissions, weights), allowed, strict=True):
            total += bool(ok)
            right += k in ok
    return right, total


def fit(seqs: list[Labelled], epochs: int, rate: float) -> dict[str, float]:
    """Averaged structured perceptron from the hand-set weights."""
    from ficlens.analyse.speakers.conversation import DEFAULT_WEIGHTS, FEATURES, decode, path_features

    w = [DEFAULT_WEIGHTS[n] for n in FEATURES]
    total = [0.0] * len(w)
    steps = 0
    for _ in range(epochs):
        for conv, allowed in seqs:
            weights = dict(zip(FEATURES, w, strict=True))
            pred = decode(conv.run, conv.emissions, weights)
            if any(ok and k not in ok for k, ok in zip(pred, allowed, strict=True)):
                extra = [[0.0 if not ok or k in ok else -1e6 for k in range(len(conv.cands))] for ok in allowed]
                gold = decode(conv.run, conv.emissions, weights, extra)
                fg = path_features(conv.run, conv.emissions, gold)
                fp = path_features(conv.run, conv.emissions, pred)
                w = [x + rate * (a - b) for x, a, b in zip(w, fg, fp, strict=True)]
            total = [t + x for t, x in zip(total, w, strict=True)]
            steps += 1
    return {n: t / max(steps, 1) for n, t in zip(FEATURES, total, strict=True)}


def main() -> int:
    ev = load_eval()
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ev.DEFAULT_DATA)
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--rate", type=float, default=0.1, help="perceptron step")
    ap.add_argument("--out", type=Path, default=None, help="write the weights fitted on all of half A here")
    args = ap.parse_args()
    if not args.data.is_dir():
        print(f"train_conversation: no LitBank data at {args.data} (needs ../shared); skipping", file=sys.stderr)
        return 0
    from ficlens.analyse.speakers.conversation import DEFAULT_WEIGHTS

    files = sorted(p for p in args.data.glob("*_brat.ann") if p.stat().st_size > 0)
    half_a = files[0::2]  # even positions: the tuning half; the odd ones stay held out
    per_file = [file_sequences(ev, ann.with_suffix(".txt"), ann) for ann in half_a]
    for k in range(2):
        train = [s for i, f in enumerate(per_file) if i % 2 != k for s in f]
        test = [s for i, f in enumerate(per_file) if i % 2 == k for s in f]
        hand = turn_accuracy(test, DEFAULT_WEIGHTS)
        fitted = turn_accuracy(test, fit(train, args.epochs, args.rate))
        print(f"fold {k}: hand-set {hand[0]}/{hand[1]}, fitted {fitted[0]}/{fitted[1]} labelled turns right")
    weights = fit([s for f in per_file for s in f], args.epochs, args.rate)
    for name, value in weights.items():
        print(f"  {name:18s} {value:+.3f} (hand-set {DEFAULT_WEIGHTS[name]:+.2f})")
    if args.out:
        args.out.write_text(json.dumps({k: round(v, 4) for k, v in weights.items()}, indent=1) + "\n",
                            encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
