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


def load_eval() -> ModuleType:
    spec = importlib.util.spec_from_file_location("quotes_litbank", ROOT / "eval" / "quotes_litbank.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def file_rows(ev: ModuleType, txt: Path, ann: Path) -> tuple[list[list[float]], list[int]]:
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
    doc = build_document(Work(text=text, source=str(txt), format="text"), "full")
    cast = cast_of(doc)
    at = Attributor(text, doc.paragraphs, cast)
    found = rule_attributions(at)
    feats = QuoteFeatures(at, found)
    gold_names = {g.speaker: g.name for g in golds}
    narrators = ev.narrator_entities(text, golds)
    xs: list[list[float]] = []
    ys: list[int] = []
    for g in golds:
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
    return xs, ys


def main() -> int:
    ev = load_eval()
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ev.DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=None, help="default: src/ficlens/models/speaker-ranker.json")
    args = ap.parse_args()
    if not args.data.is_dir():
        print(f"train_speaker_ranker: no LitBank data at {args.data} (needs ../shared)", file=sys.stderr)
        return 1
    from sklearn.linear_model import LogisticRegression

    from ficlens.analyse.speaker_model import ARTIFACT, FEATURES, write_ranker

    files = sorted(p for p in args.data.glob("*_brat.ann") if p.stat().st_size > 0)
    half_a = files[0::2]  # even positions: the tuning half; the odd ones stay held out
    xs: list[list[float]] = []
    ys: list[int] = []
    for ann in half_a:
        fx, fy = file_rows(ev, ann.with_suffix(".txt"), ann)
        xs.extend(fx)
        ys.extend(fy)
    model = LogisticRegression(C=1.0, max_iter=2000)
    model.fit(xs, ys)
    out = args.out or ARTIFACT
    write_ranker(out, [float(w) for w in model.coef_[0]], float(model.intercept_[0]),
                 f"LitBank quotations half A ({len(half_a)} files, {len(ys)} candidate rows, {sum(ys)} positive)")
    print(f"wrote {out}: {len(ys)} rows, {sum(ys)} positive")
    for name, w in zip(FEATURES, model.coef_[0], strict=True):
        print(f"  {name:20s} {w:+.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
