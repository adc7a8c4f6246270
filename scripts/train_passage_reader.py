"""Rebuild the passage reader (src/ficlens/models/passage-reader.npz) from the labelled passages (deterministic).

    .venv/bin/python scripts/train_passage_reader.py [--set0 ../shared/data/passages/train.jsonl]
                                                     [--written data/passages/train.jsonl] [--out PATH]

Training rows, per label L (one-vs-rest logistic regression, see :mod:`ficlens.analyse.warnings.reader`):

- positives: the written passages of L marked positive, and set 0's passages of L with a majority of votes;
- negatives: L's written hard negatives and set 0's passages of L without a majority (weight 1; half for one vote);
- other labels' passages as negatives (weight :data:`OTHER_WEIGHT`), except where they could be L too: a passage is
  labelled for one label only, so one written or judged for a label of L's group (:data:`GROUPS`: sexual content,
  harm, mind, pregnancy, prejudice), or whose note names L, is left out of L's rows;
- background negatives: paragraphs of novels without warning content in the main (:data:`BACKGROUND_NOVELS`,
  from ../shared/data/pdnc), weight :data:`BACKGROUND_WEIGHT`, for every label: a work is mostly ordinary prose,
  and a reader that has only seen dark passages and their hard negatives scores ordinary prose too high;
- real fan-fiction negatives: the passages of the real works' dev split (data/works, texts from --texts, default
  /work/realfic-cache) as negatives (weight :data:`REALFIC_WEIGHT`) for every label the work's gold file does not
  carry (the test split is never read);
- real fan-fiction positives: each such passage that holds or overlaps one of its gold file's evidence strings of
  a label is a positive of that label (weight :data:`REALFIC_POSITIVE_WEIGHT`), with ``--real-positives`` (not in
  the shipped artifact: out of fold on dev it adds 2 death pairs at one rate and nothing else, docs/warnings.md); for
  the other labels its work carries it is neither;
- the passage's static embedding (:mod:`ficlens.analyse.warnings.static_embed`, 128 dimensions, scaled by
  :data:`EMBED_SCALE`) beside the n-grams and cue flags, when its artifact is there (``--no-embed``: without);
- classes balanced. C is chosen from :data:`C_GRID` and each label's threshold from out-of-fold scores (5 folds
  grouped by work for set 0, by passage for the written ones): the threshold with the best balanced accuracy.
  ``--no-thresholds`` skips those out-of-fold fits (a sixth of the time): C is the first of the grid (or ``--c``)
  and every threshold 0.5, so the artifact's scores are the labels' plain probabilities.

Set 0 is optional (without ../shared the reader is trained on the written passages alone, and says so).
"""

from __future__ import annotations

import argparse
import bisect
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SET0 = ROOT.parent / "shared" / "data" / "passages" / "train.jsonl"
DEFAULT_WRITTEN = ROOT / "data" / "passages" / "train.jsonl"
DEFAULT_BACKGROUND = ROOT.parent / "shared" / "data" / "pdnc" / "data"
BACKGROUND_NOVELS = ("Emma", "MansfieldPark", "NorthangerAbbey", "Persuasion", "PrideAndPrejudice",
                     "SenseAndSensibility", "AnneOfGreenGables", "ARoomWithAView", "AlicesAdventuresInWonderland",
                     "DaisyMiller", "NightAndDay", "TheAgeOfInnocence", "HowardsEnd")
BACKGROUND_PER_NOVEL = 150
BACKGROUND_WEIGHT = 0.3
BACKGROUND_LABEL = "(background)"
REALFIC_LABEL = "(realfic)"
REALFIC_WEIGHT = 0.5
REALFIC_MIN_WORDS = 12
REALFIC_POSITIVE_WEIGHT = 1.0  # a real work's passage holding gold evidence of a label, as a positive of that label
DEFAULT_WORKS = ROOT / "data" / "works"
DEFAULT_TEXTS = Path("/work/realfic-cache")
EMBED_SCALE = 2.0
OUT = ROOT / "src" / "ficlens" / "models" / "passage-reader.npz"
OTHER_WEIGHT = 0.5
MIN_DF = 2
C_GRID = (16.0,)  # 64 gave 0.888 out-of-fold mean balanced accuracy against 0.894 (with embeddings)
FOLDS = 5
GROUPS: tuple[frozenset[str], ...] = (
    frozenset({"pornographic-content", "sexual-assault", "underage", "incest", "child-abuse", "abuse"}),
    frozenset({"violence", "death", "blood", "dying", "war", "kidnapping", "abduction", "animal-death",
               "animal-cruelty", "dissection", "suicide", "self-harm", "abuse", "child-abuse", "sexual-assault"}),
    frozenset({"suicide", "self-harm", "mental-illness", "eating-disorders", "body-hatred", "fat-phobia", "dying",
               "death"}),
    frozenset({"pregnancy", "childbirth", "miscarriages", "abortion", "death"}),
    frozenset({"homophobia", "transphobia", "racism", "sexism", "misogyny", "ableism", "classism", "fat-phobia"}),
)


@dataclass(frozen=True)
class Row:
    label: str
    target: int  # 1 positive for its label, 0 negative
    weight: float  # of the row for its own label
    text: str
    group: str
    note: str
    carries: frozenset[str] = frozenset()  # real fan fiction: the gold labels of its work (never negatives for them)
    evidences: frozenset[str] = frozenset()  # real fan fiction: the gold labels one of whose evidence strings it holds


def related(label: str) -> set[str]:
    """Labels a passage of ``label`` could also be (its groups)."""
    return set().union(*(g for g in GROUPS if label in g)) - {label}


def background(folder: Path) -> list[Row]:
    """Every n-th paragraph of 40-200 words of each background novel, :data:`BACKGROUND_PER_NOVEL` per novel."""
    rows: list[Row] = []
    for novel in BACKGROUND_NOVELS:
        path = folder / novel / "novel_text.txt"
        if not path.is_file():
            continue
        paras = [" ".join(p.split()) for p in path.read_text(encoding="utf-8").split("\n\n")]
        paras = [p for p in paras if 40 <= len(p.split()) <= 200]
        step = max(len(paras) // BACKGROUND_PER_NOVEL, 1)
        rows += [Row(BACKGROUND_LABEL, 0, BACKGROUND_WEIGHT, p, f"b{novel}", "")
                 for p in paras[::step][:BACKGROUND_PER_NOVEL]]
    if not rows:
        print(f"train_passage_reader: no background novels in {folder}", file=sys.stderr)
    return rows


def work_passage_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of the passages ``analyze`` reads in a work (paragraphs, long ones cut at sentences;
    rule-based sentences)."""
    from ficlens.nlp.document import passage_spans
    from ficlens.nlp.segment import paragraph_spans, sentence_spans

    paragraphs = paragraph_spans(text)
    return [(p.start, p.end) for p in passage_spans(text, paragraphs, sentence_spans(text, paragraphs))]


def work_passages(text: str) -> list[str]:
    """The passages ``analyze`` reads in a work."""
    return [text[start:end] for start, end in work_passage_spans(text)]


def evidence_labels(text: str, spans: list[tuple[int, int]], warnings: dict[str, Any]) -> list[frozenset[str]]:
    """Per passage span, the labels of ``warnings`` (a gold file's) one of whose evidence strings (exact
    substrings of ``text``; every occurrence) the passage holds or overlaps."""
    found: list[set[str]] = [set() for _ in spans]
    starts = [start for start, _end in spans]
    for label, entry in warnings.items():
        for evidence in (entry or {}).get("evidence", []) if isinstance(entry, dict) else []:
            if not evidence:
                continue
            at = text.find(evidence)
            while at >= 0:
                end = at + len(evidence)
                k = max(bisect.bisect_right(starts, at) - 1, 0)
                while k < len(spans) and spans[k][0] < end:
                    if spans[k][1] > at:
                        found[k].add(label)
                    k += 1
                at = text.find(evidence, at + 1)
    return [frozenset(f) for f in found]


def realfic_dev(works: Path, texts: Path, split: str = "dev", positives: bool = False) -> list[Row]:
    """Every passage of :data:`REALFIC_MIN_WORDS` words or more of the real works of ``split`` whose text is found
    (sha256 checked), each carrying its work's gold labels and (with ``positives``) the labels whose gold evidence
    it holds (:func:`evidence_labels`), which it trains as a positive (:func:`label_rows`)."""
    import hashlib

    rows: list[Row] = []
    sources = works / "sources.jsonl"
    if not sources.is_file():
        return rows
    for line in sources.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        path, gold = texts / f"{d['id']}.txt", works / "labels" / f"{d['id']}.json"
        if d.get("split") != split or not path.is_file() or not gold.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != d.get("sha256"):
            continue
        warnings = json.loads(gold.read_text(encoding="utf-8")).get("warnings", {})
        spans = work_passage_spans(text)
        evidences = evidence_labels(text, spans, warnings) if positives else [frozenset()] * len(spans)
        rows += [Row(REALFIC_LABEL, 0, REALFIC_WEIGHT, text[start:end], f"r{d['id']}", "", frozenset(warnings), ev)
                 for (start, end), ev in zip(spans, evidences, strict=True)
                 if len(text[start:end].split()) >= REALFIC_MIN_WORDS]
    if not rows:
        print(f"train_passage_reader: no real works of the {split} split in {texts}", file=sys.stderr)
    return rows


def load(set0: Path | None, written: Path) -> list[Row]:
    rows: list[Row] = []
    for line in written.read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            rows.append(Row(d["label"], int(bool(d["positive"])), 1.0, d["text"], d["id"], d.get("note", "")))
    if set0 is not None and set0.exists():
        for line in set0.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                votes = int(sum(d["labels"]))
                rows.append(Row(d["warning"], int(votes >= 2), 0.5 if votes == 1 else 1.0, d["text"],
                                f"w{d['work_id']}", ""))
    elif set0 is not None:
        print(f"train_passage_reader: no set 0 at {set0}; written passages only", file=sys.stderr)
    return rows


def design(rows: list[Row], embed: bool = True) -> tuple[sparse.csr_matrix, list[str]]:
    """Binary unigram+bigram features (df >= MIN_DF, L2-normalised), one cue-present column per label, then (with
    ``embed``) the static embedding times :data:`EMBED_SCALE`."""
    from ficlens.analyse.warnings.cue_scan import lexicon_scan
    from ficlens.analyse.warnings.labels import LABELS
    from ficlens.analyse.warnings.lexicon import normalize
    from ficlens.analyse.warnings.reader import features

    feats = [features(r.text) for r in rows]
    df: dict[str, int] = {}
    for fs in feats:
        for f in fs:
            df[f] = df.get(f, 0) + 1
    vocab = sorted(f for f, n in df.items() if n >= MIN_DF)
    index = {f: i for i, f in enumerate(vocab)}
    scan = lexicon_scan()
    data, cols, ptr = [], [], [0]
    for r, fs in zip(rows, feats, strict=True):
        found = sorted(index[f] for f in fs if f in index)
        for k in found:
            cols.append(k)
            data.append(1.0 / np.sqrt(len(found)))
        spans = scan.label_spans(normalize(r.text))
        for j, s in enumerate(spans):
            if s:
                cols.append(len(vocab) + j)
                data.append(1.0)
        ptr.append(len(cols))
    x = sparse.csr_matrix((data, cols, ptr), shape=(len(rows), len(vocab) + len(LABELS)))
    if embed:
        from ficlens.analyse.warnings.static_embed import load_embedder

        embedder = load_embedder()
        if embedder is not None:
            x = sparse.hstack([x, sparse.csr_matrix(embedder.encode([r.text for r in rows]) * EMBED_SCALE)],
                              format="csr")
        else:
            print("train_passage_reader: no static embeddings; n-grams and cues only", file=sys.stderr)
    return x, vocab


def label_rows(rows: list[Row], label: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Indices, targets and weights of the rows that train ``label``."""
    near = related(label)
    idx, y, w = [], [], []
    for i, r in enumerate(rows):
        if r.label == REALFIC_LABEL and label in r.evidences:
            idx.append(i)
            y.append(1)
            w.append(REALFIC_POSITIVE_WEIGHT)
        elif r.label == BACKGROUND_LABEL or (r.label == REALFIC_LABEL and label not in r.carries):
            idx.append(i)
            y.append(0)
            w.append(r.weight)
        elif r.label == REALFIC_LABEL:
            continue
        elif r.label == label:
            idx.append(i)
            y.append(r.target)
            w.append(r.weight)
        elif r.label not in near and label not in r.note.lower():
            idx.append(i)
            y.append(0)
            w.append(OTHER_WEIGHT)
    yy, ww = np.array(y), np.array(w, dtype=float)
    pos = ww[yy == 1].sum()
    neg = ww[yy == 0].sum()
    ww = np.where(yy == 1, ww * (pos + neg) / (2 * pos), ww * (pos + neg) / (2 * neg))
    return np.array(idx), yy, ww


def fit(x: sparse.csr_matrix, y: np.ndarray, w: np.ndarray, c: float) -> LogisticRegression:
    model = LogisticRegression(C=c, solver="liblinear", max_iter=200)
    model.fit(x, y, sample_weight=w)
    return model


def fit_weights(x: sparse.csr_matrix, rows: list[Row], labels: list[str], c: float,
                embed_dims: int) -> tuple[np.ndarray, np.ndarray]:
    """Each label's weights (columns; the embedding rows unscaled, as the run time reads them) and biases."""
    weights = np.zeros((x.shape[1], len(labels)))
    bias = np.zeros(len(labels))
    for j, label in enumerate(labels):
        idx, y, w = label_rows(rows, label)
        model = fit(x[idx], y, w, c)
        weights[:, j] = model.coef_[0]
        weights[x.shape[1] - embed_dims:, j] *= EMBED_SCALE
        bias[j] = model.intercept_[0]
    return weights, bias


def best_threshold(p: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """The threshold of best balanced accuracy over out-of-fold probabilities ``p``, and that accuracy."""
    best = (0.5, 0.0)
    for t in np.unique(np.round(p, 3)):
        acc = 0.5 * ((p[y == 1] >= t).mean() + (p[y == 0] < t).mean())
        if acc > best[1]:
            best = (float(t), float(acc))
    return best


def out_of_fold(x: sparse.csr_matrix, rows: list[Row], label: str, c: float) -> tuple[np.ndarray, np.ndarray]:
    idx, y, w = label_rows(rows, label)
    groups = np.array([rows[i].group for i in idx])
    p = np.zeros(len(idx))
    for train, test in GroupKFold(FOLDS).split(idx, y, groups):
        if y[train].min() == y[train].max():
            continue
        p[test] = fit(x[idx[train]], y[train], w[train], c).predict_proba(x[idx[test]])[:, 1]
    return p, y


@dataclass
class FittedReader:
    """A reader fitted by :func:`fit_reader`, with the out-of-fold scores its thresholds were chosen on."""

    vocab: list[str]
    weights: np.ndarray
    bias: np.ndarray
    thresholds: np.ndarray
    labels: list[str]
    embed_dims: int
    x: sparse.csr_matrix  # the design matrix of the rows
    folds: dict[str, tuple[np.ndarray, np.ndarray]]  # label -> out-of-fold (scores, targets) at the chosen C

    def write(self, out: Path) -> None:
        from ficlens.analyse.warnings.reader import write_reader

        write_reader(str(out), self.vocab, self.weights, self.bias, self.thresholds, self.labels, self.embed_dims)


def fit_reader(rows: list[Row], grid: tuple[float, ...] = C_GRID, embed: bool = True, log: bool = True,
               labels: list[str] | None = None, search: bool = True) -> FittedReader:
    """The reader over ``rows``: C chosen from ``grid`` by out-of-fold mean balanced accuracy, each label's
    threshold from its out-of-fold scores at that C, the weights fitted on every row. ``labels``: the labels it
    reads (default: those with a positive row). Without ``search`` no out-of-fold fits at all: C is ``grid[0]``,
    every threshold 0.5 (a score is the label's plain probability) and ``folds`` is empty (~6 times faster)."""
    from ficlens.analyse.warnings.labels import LABELS

    x, vocab = design(rows, embed=embed)
    embed_dims = x.shape[1] - len(vocab) - len(LABELS)
    if log:
        print(f"{len(rows)} rows, {len(vocab)} features")
    if labels is None:
        labels = [label for label in LABELS if any(r.label == label and r.target for r in rows)]
    best_c, best_mean, folds = grid[0], -1.0, {}
    for c in grid if search else ():
        folds[c] = {label: out_of_fold(x, rows, label, c) for label in labels}
        mean = float(np.mean([best_threshold(*folds[c][label])[1] for label in labels]))
        if log:
            print(f"C={c}: out-of-fold mean balanced accuracy {mean:.3f}")
        if mean > best_mean:
            best_c, best_mean = c, mean
    weights, bias = fit_weights(x, rows, labels, best_c, embed_dims)
    thresholds = np.full(len(labels), 0.5)
    for j, label in enumerate(labels if search else ()):
        thresholds[j], acc = best_threshold(*folds[best_c][label])
        if log:
            print(f"  {label:22s} threshold {thresholds[j]:.3f} oof {acc:.3f}")
    if log:
        print(f"C={best_c}")
    return FittedReader(vocab, weights, bias, thresholds, labels, embed_dims, x, folds.get(best_c, {}))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set0", type=Path, default=DEFAULT_SET0)
    parser.add_argument("--written", type=Path, default=DEFAULT_WRITTEN)
    parser.add_argument("--background", type=Path, default=DEFAULT_BACKGROUND, help="PDNC's data folder")
    parser.add_argument("--works", type=Path, default=DEFAULT_WORKS, help="the real works (dev split read only)")
    parser.add_argument("--texts", type=Path, default=DEFAULT_TEXTS, help="folder of the real works' <id>.txt")
    parser.add_argument("--no-realfic", action="store_true", help="without the real works' negatives")
    parser.add_argument("--real-positives", action="store_true",
                        help="the real works' passages holding gold evidence of a label also as its positives")
    parser.add_argument("--no-embed", action="store_true", help="without the static embedding features")
    parser.add_argument("--no-thresholds", action="store_true",
                        help="no out-of-fold threshold search: every threshold 0.5, ~6 times faster")
    parser.add_argument("--c", type=float, default=None, help=f"this C instead of choosing from {C_GRID}")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    if not args.written.exists():
        print(f"train_passage_reader: no written passages at {args.written}", file=sys.stderr)
        return 1
    rows = load(args.set0, args.written) + background(args.background)
    if not args.no_realfic:
        rows += realfic_dev(args.works, args.texts, positives=args.real_positives)
    fitted = fit_reader(rows, (args.c,) if args.c else C_GRID, embed=not args.no_embed, search=not args.no_thresholds)
    fitted.write(args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
