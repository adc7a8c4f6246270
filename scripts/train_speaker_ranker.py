"""Fit the speaker ranker (src/ficlens/analyse/speaker_model.py) on LitBank quotations, half A only.

    .venv/bin/python scripts/train_speaker_ranker.py [--data DIR] [--out FILE]

Half A = the even-numbered files in sorted order, as in eval/quotes_litbank.py; half B (odd files) is never read,
so the eval's half-B figure stays held out. For every detected gold quote whose rule-based speaker is a guess, each
candidate character is a row (label: it names the gold speaker, by eval/quotes_litbank.py's matching rule); quotes
whose speaker no candidate names are skipped. Logistic regression (scikit-learn, C=1), deterministic.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
N_PICK = 4  # the first features say which candidate the rules picked (speaker_model.GUESS_RULES)


def load_eval() -> ModuleType:
    spec = importlib.util.spec_from_file_location("quotes_litbank", ROOT / "eval" / "quotes_litbank.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


Rows = tuple[list[list[float]], list[int], list[int]]  # features, labels, quote group ids


def file_rows(ev: ModuleType, txt: Path, ann: Path, profile: str = "full") -> Rows:
    from ficlens.analyse.cast import cast_of
    from ficlens.analyse.speaker_model import RERANKED_RULES, QuoteFeatures
    from ficlens.analyse.speakers import NARRATOR, Attributor, rule_attributions
    from ficlens.nlp import build_document
    from ficlens.work import Work

    lines = txt.read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    text, offsets = ev.rebuild(lines)
    golds = ev.read_gold(ann, offsets)
    doc = build_document(Work(text=text, source=str(txt), format="text"), profile)  # type: ignore[arg-type]
    cast = cast_of(doc)
    at = Attributor(text, doc.paragraphs, cast)
    found = rule_attributions(at)
    feats = QuoteFeatures(at, found)
    gold_names = {g.speaker: g.name for g in golds}
    narrators = ev.narrator_entities(text, golds)
    xs: list[list[float]] = []
    ys: list[int] = []
    groups: list[int] = []
    for gi, g in enumerate(golds):
        qi = max(range(len(at.quotes)), key=lambda i: ev.overlap_ratio((g.start, g.end), (at.quotes[i].start,
                                                                                           at.quotes[i].end)),
                 default=None)
        if qi is None or ev.overlap_ratio((g.start, g.end), (at.quotes[qi].start, at.quotes[qi].end)) < 0.5:
            continue
        if found[qi][2] not in RERANKED_RULES:
            continue
        rows = feats.candidates(qi)
        labels = {}
        for c in rows:
            names = None if c == NARRATOR else {cast.clusters[c].name, *cast.clusters[c].forms}
            labels[c] = int(ev.speaker_matches(names, c == NARRATOR, g, gold_names, narrators))
        if not any(labels.values()):
            continue
        for c, f in sorted(rows.items()):
            xs.append(f)
            ys.append(labels[c])
            groups.append(gi)
    return xs, ys, groups


def cross_validate(per_file: list[Rows], keep: list[int], folds: int = 5) -> float:
    """Top-1 accuracy on the attainable quotes of half A, files split into ``folds`` (model choice only)."""
    from sklearn.linear_model import LogisticRegression

    right = total = rules_right = 0
    for k in range(folds):
        train = [r for i, r in enumerate(per_file) if i % folds != k]
        model = LogisticRegression(C=1.0, max_iter=2000)
        model.fit([[x[j] for j in keep] for r in train for x in r[0]], [y for r in train for y in r[1]])
        for xs, ys, groups in (r for i, r in enumerate(per_file) if i % folds == k):
            if not xs:
                continue
            scores = model.decision_function([[x[j] for j in keep] for x in xs])
            best: dict[int, tuple[float, int]] = {}
            for s, y, g in zip(scores, ys, groups, strict=True):
                if g not in best or s > best[g][0]:
                    best[g] = (float(s), y)
            right += sum(y for _, y in best.values())
            total += len(best)
            rules_right += sum(1 for x, y in zip(xs, ys, strict=True) if y and any(x[:N_PICK]))
    print(f"rules' own pick on the same quotes: {rules_right / max(total, 1):.3f}")
    return right / max(total, 1)


def main() -> int:
    ev = load_eval()
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ev.DEFAULT_DATA)
    ap.add_argument("--cv", action="store_true", help="also report 5-fold (by file) accuracy within half A")
    ap.add_argument("--drop", nargs="*", default=[], help="features left out (to compare with --cv)")
    ap.add_argument("--out", type=Path, default=None, help="default: src/ficlens/models/speaker-ranker.json")
    args = ap.parse_args()
    if not args.data.is_dir():
        print(f"train_speaker_ranker: no LitBank data at {args.data} (needs ../shared)", file=sys.stderr)
        return 1
    from sklearn.linear_model import LogisticRegression

    from ficlens.analyse.speaker_model import ARTIFACT, FEATURES, write_ranker

    files = sorted(p for p in args.data.glob("*_brat.ann") if p.stat().st_size > 0)
    half_a = files[0::2]  # even positions: the tuning half; the odd ones stay held out
    keep = [i for i, name in enumerate(FEATURES) if name not in set(args.drop)]
    per_file = [file_rows(ev, ann.with_suffix(".txt"), ann) for ann in half_a]
    xs = [[x[i] for i in keep] for r in per_file for x in r[0]]
    ys = [y for r in per_file for y in r[1]]
    if args.cv:
        print(f"5-fold accuracy within half A (attainable guessed quotes): {cross_validate(per_file, keep):.3f}")
    model = LogisticRegression(C=1.0, max_iter=2000)
    model.fit(xs, ys)
    out = args.out or ARTIFACT
    names = [FEATURES[i] for i in keep]
    write_ranker(out, names, [float(w) for w in model.coef_[0]], float(model.intercept_[0]),
                 f"LitBank quotations half A ({len(half_a)} files, {len(ys)} candidate rows, {sum(ys)} positive)")
    print(f"wrote {out}: {len(ys)} rows, {sum(ys)} positive")
    for name, w in zip(names, model.coef_[0], strict=True):
        print(f"  {name:20s} {w:+.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
