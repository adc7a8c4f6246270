"""Rebuild the warnings passage model from ../shared/data/passages/train.jsonl (deterministic).

    .venv/bin/python scripts/train_warnings.py [--data PATH] [--out PATH]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "passages" / "train.jsonl"
DEFAULT_OUT = ROOT / "src" / "ficlens" / "models" / "warnings-linear.json.gz"


def main() -> int:
    from ficlens.analyse.warnings.model import write_model
    from ficlens.analyse.warnings.training import fit_model, load_passages

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    if not args.data.exists():
        print(f"train_warnings: no data at {args.data} (needs ../shared)", file=sys.stderr)
        return 1
    model = fit_model(load_passages(args.data))
    write_model(model, str(args.out))
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes): {len(model.vocabulary):,} words, "
          f"labels {', '.join(f'{k}@{v.threshold:.2f}' for k, v in model.labels.items())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
