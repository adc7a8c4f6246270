"""Rebuild a warnings passage model from ../shared/data/passages/train.jsonl (deterministic); ``--written`` adds the
team's written passages of the trained labels (data/passages/train.jsonl; not in the shipped model: on the real
works' dev split it lowered micro-F1 0.602 -> 0.545, death found in 5 works instead of 13).

    .venv/bin/python scripts/train_warnings.py                 # linear (TF-IDF) model, default install
    .venv/bin/python scripts/train_warnings.py --engine ml     # MiniLM model, needs the ml extra
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "passages" / "train.jsonl"
MODELS = ROOT / "src" / "ficlens" / "models"


def main() -> int:
    from ficlens.analyse.warnings.labels import TRAINED_LABELS
    from ficlens.analyse.warnings.model import ARTIFACT, ML_ARTIFACT, write_model
    from ficlens.analyse.warnings.training import fit_model, load_passages, load_written, passage_embedder

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--engine", choices=["linear", "ml"], default="linear")
    parser.add_argument("--out", type=Path, help="default: the artifact the engine loads, in src/ficlens/models/")
    parser.add_argument("--written", type=Path, help="add these written passages (data/passages/train.jsonl)")
    parser.add_argument("--embeddings-cache", type=Path, help="a .npy file to keep the passage embeddings in")
    args = parser.parse_args()
    if not args.data.exists():
        print(f"train_warnings: no data at {args.data} (needs ../shared)", file=sys.stderr)
        return 1
    if args.out is None:
        args.out = MODELS / Path(ML_ARTIFACT if args.engine == "ml" else ARTIFACT).name
    rows = load_passages(args.data)
    if args.written is not None:
        rows += load_written(args.written, TRAINED_LABELS)
    embedder = passage_embedder(rows, args.embeddings_cache) if args.engine == "ml" else None
    model = fit_model(rows, embedder=embedder)
    write_model(model, str(args.out))
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes): {model.kind}, {len(model.vocabulary):,} words, "
          f"labels {', '.join(f'{k}@{v.threshold:.2f}' for k, v in model.labels.items())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
